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

// Bidirectional controls (LRE, RLE, PDF, LRO, RLO, isolates, the Arabic letter mark) are invisible
// like LRM and RLM: read as spaces. So are control characters.
const FOLDABLE = /[\u2019\u02bc\u00b4\u0060\u00a0\u2007\u2009\u200a\u202f\u3000\ufeff\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\r\u2028\u2029\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

// HTML a scraper left in: space entities ("300&nbsp;soldati") and tags ("<p>", "</strong>") are read
// as spaces of the same length, so no word or quote mark is found in them and offsets still hold.
// Known tag names only, and never inside "<<" ">>", which some sites write for « »:
// "<<A noi non interessa>>" is a quote, not an <a> tag. `[^<>\n]{0,500}` stops at the first
// angle bracket or line end: linear on any input.
const MARKUP =
  /&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#8203|#x200b);|(?<!<)<\/?(?:a|abbr|b|blockquote|br|cite|div|em|figcaption|figure|h[1-6]|hr|i|img|li|ol|p|s|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)\b[^<>\n]{0,500}>(?!>)/gi;

/** The text with apostrophes, spaces, line ends, control characters and markup folded, same length. */
export function foldText(text: string): string {
  const folded = text.replace(FOLDABLE, (ch) => FOLDS[ch] ?? ' ');
  return folded.includes('&') || folded.includes('<') ? folded.replace(MARKUP, (markup) => ' '.repeat(markup.length)) : folded;
}
