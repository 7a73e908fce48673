// Each replacement is one UTF-16 unit for one, so offsets into the folded text are offsets into the
// original: the original is never rewritten, the folded copy only serves matching.
const FOLDS: Record<string, string> = {
  '\u2019': "'", // ’ typographic apostrophe
  '\u02bc': "'", // ʼ modifier apostrophe
  '\u00b4': "'", // ´ used as an apostrophe by some keyboards
  '\u0060': "'",
  '\u00a0': ' ', // no-break space
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
  '\ufeff': ' ', // BOM
  '\u200b': ' ', // zero-width space
  '\u200e': ' ', // LRM
  '\u200f': ' ', // RLM
  '\r': '\n', // CR and CRLF line ends: a lone CR still ends a paragraph
  '\u2028': '\n',
  '\u2029': '\n',
  '\t': ' ',
};

const FOLDABLE = /[\u2019\u02bc\u00b4\u0060\u00a0\u2007\u2009\u200a\u202f\u3000\ufeff\u200b\u200e\u200f\r\u2028\u2029\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The text with apostrophes, spaces, line ends and control characters folded, same length. */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLDS[ch] ?? ' ');
}
