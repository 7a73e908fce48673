/** A token as written: its offsets, its text, a lookup key and what kind of characters it is made of. */
export interface RawToken {
  start: number;
  end: number;
  raw: string;
  /** Lowercase, ’ made ', a possessive "'s" dropped (numbers and other characters: as written). */
  key: string;
  kind: 'num' | 'abbr' | 'word' | 'other';
}

// Letters beyond ASCII are told by one Unicode test per character code, remembered: this scanner
// runs around every digit and time word of an article, and a regular expression per token costs
// several times more than these comparisons.
const letterCodes = new Int8Array(0x10000);

export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = letterCodes[code]!;
  if (known === 0) letterCodes[code] = known = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
export const isApostropheCode = (code: number): boolean => code === 39 || code === 0x2019;
export const isSpaceCode = (code: number): boolean =>
  code === 32 || code === 9 || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
export const isLineBreakCode = (code: number): boolean => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

const isSeparator = (code: number) => code === 46 || code === 44 || code === 58 || code === 47; // . , : /
const isOrdinalMark = (code: number) => code === 0xb0 || code === 0xba || code === 0xaa; // ° º ª

function keyOf(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Reads the token that starts at `pos` after horizontal white space, or null at a line break or
 * the text's end. Tokens: a number with its separators and suffix ("10.000", "16:25",
 * "24/02/2022", "'70", "1970s", "1°"); an abbreviation with dots ("p.m."); a word with an elided
 * article's apostrophe ("l'", "quest'") or a possessive ("year's"); one other character.
 * @example
 * scanTimeToken("nell'estate", 0) // { start: 0, end: 5, raw: "nell'", key: "nell'", kind: 'word' }
 */
export function scanTimeToken(text: string, pos: number): RawToken | null {
  const n = text.length;
  let i = pos;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= n) return null;
  const first = text.charCodeAt(i);
  if (isLineBreakCode(first)) return null;
  const start = i;
  let kind: RawToken['kind'];
  if (isDigitCode(first) || (isApostropheCode(first) && isDigitCode(text.charCodeAt(i + 1)))) {
    kind = 'num';
    if (!isDigitCode(first)) i++;
    while (isDigitCode(text.charCodeAt(i))) i++;
    while (isSeparator(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1))) {
      i++;
      while (isDigitCode(text.charCodeAt(i))) i++;
    }
    if (isOrdinalMark(text.charCodeAt(i))) i++;
    else while (i < n && isLetterCode(text.charCodeAt(i))) i++;
  } else if (isLetterCode(first)) {
    kind = 'word';
    // "p.m.", "d.C.": letters each followed by a dot, at least two.
    let j = i;
    while (isLetterCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
    if (j - i >= 4) {
      kind = 'abbr';
      i = j;
    } else {
      while (i < n && isLetterCode(text.charCodeAt(i))) i++;
      if (isApostropheCode(text.charCodeAt(i))) {
        const after = text.charCodeAt(i + 1);
        if ((after === 115 || after === 83) && !isLetterCode(text.charCodeAt(i + 2)) && !isDigitCode(text.charCodeAt(i + 2))) i += 2;
        else if (isLetterCode(after) || isDigitCode(after)) i++;
      }
    }
  } else {
    kind = 'other';
    i += first >= 0xd800 && first <= 0xdbff && i + 1 < n ? 2 : 1;
  }
  const raw = text.slice(start, i);
  let key = kind === 'num' || kind === 'other' ? raw : keyOf(raw);
  if (kind === 'word' && key.endsWith("'s")) key = key.slice(0, -2);
  return { start, end: i, raw, key, kind };
}
