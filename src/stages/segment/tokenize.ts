import type { Token, TokenKind } from '../../pipeline/article.js';
import type { WordPool } from './word-pool.js';

// Words keep an elided article's apostrophe ("l'", "dell'") so "l'Ucraina" is two tokens; numbers
// keep their separators ("10.000", "3,5", "16:25"); everything else is one character. No nested
// quantifiers over overlapping classes: linear on any input. Sticky, and run with test(): the
// token is read from lastIndex, with no match array built per token.
const TOKEN_AT = /[\p{L}\p{M}]+(?:'(?=\p{L}))?|\p{N}+(?:[.,:/](?=\p{N})\p{N}+)*|\S/uy;
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;
const NUMBER = /^\p{N}/u;

/** JavaScript's `\s`, by char code: the characters no token starts with (`\S` takes all others). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Where TOKEN_AT's match from `at` ends, read by char code while the token stays ASCII (most of
 * them: the pattern's Unicode classes cost more than the rest of the tokenizer together), or -1
 * when a character beyond ASCII decides it and the pattern must.
 */
function asciiTokenEnd(slice: string, at: number, first: number): number {
  const length = slice.length;
  if (isAsciiLetter(first)) {
    let end = at + 1;
    while (end < length && isAsciiLetter(slice.charCodeAt(end))) end++;
    if (end >= length) return end;
    const c = slice.charCodeAt(end);
    if (c >= 128) return -1;
    if (c !== 39 || end + 1 >= length) return end; // "'" is kept only before a letter
    const after = slice.charCodeAt(end + 1);
    if (after >= 128) return -1;
    return isAsciiLetter(after) ? end + 1 : end;
  }
  if (isAsciiDigit(first)) {
    let end = at + 1;
    for (;;) {
      while (end < length && isAsciiDigit(slice.charCodeAt(end))) end++;
      if (end >= length) return end;
      const c = slice.charCodeAt(end);
      if (c >= 128) return -1;
      if (c !== 46 && c !== 44 && c !== 58 && c !== 47) return end; // . , : /
      if (end + 1 >= length) return end;
      const after = slice.charCodeAt(end + 1);
      if (after >= 128) return -1;
      if (!isAsciiDigit(after)) return end;
      end += 2;
    }
  }
  return at + 1; // any other ASCII character is a token of its own (`\S`)
}

/**
 * Tokens of `folded` between `start` and `end`, with offsets and text from the original, appended
 * to `into` (a new array by default) and returned.
 */
export function tokenize(text: string, folded: string, start: number, end: number, sentence: number, pool?: WordPool, into: Token[] = []): Token[] {
  const slice = folded.slice(start, end);
  const length = slice.length;
  const unfolded = text === folded; // nothing was folded: every token's text is the original's
  for (let at = 0; ; ) {
    while (at < length && isSpace(slice.charCodeAt(at))) at++;
    if (at >= length) break;
    // An ASCII character that is no letter or digit can only be a one-character token (`\S`).
    const first = slice.charCodeAt(at);
    let next = first < 128 ? asciiTokenEnd(slice, at, first) : -1;
    if (next < 0) {
      TOKEN_AT.lastIndex = at;
      TOKEN_AT.test(slice); // always matches: `\S` takes any character that is not a space
      next = TOKEN_AT.lastIndex;
    }
    const raw = pool ? pool.sharedAt(slice, at, next) : slice.slice(at, next);
    const s = start + at;
    at = next;
    // Most tokens start with an ASCII character, where \p{L} is [A-Za-z], \p{Lu} [A-Z] and \p{N}
    // [0-9]: char codes answer without running three Unicode patterns per token.
    const c = raw.charCodeAt(0);
    let kind: TokenKind;
    let capitalized: boolean;
    if (c < 128) {
      capitalized = c >= 65 && c <= 90;
      kind = capitalized || (c >= 97 && c <= 122) ? 'word' : c >= 48 && c <= 57 ? 'number' : 'punct';
    } else {
      capitalized = UPPER.test(raw);
      kind = LETTER.test(raw) ? 'word' : NUMBER.test(raw) ? 'number' : 'punct';
    }
    // Where the original reads the same as the folded copy (all but folded apostrophes) and the
    // word is already lowercase, the token holds one (shared) string instead of three.
    let lower = raw;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw.charCodeAt(i);
      if ((ch >= 65 && ch <= 90) || ch >= 128) {
        // A-Z, or a letter beyond ASCII that may have a case
        if (pool) lower = pool.lower(raw);
        else if (raw.toLowerCase() !== raw) lower = raw.toLowerCase();
        break;
      }
    }
    into.push({
      start: s,
      end: s + raw.length,
      text: unfolded || text.startsWith(raw, s) ? raw : text.slice(s, s + raw.length),
      lower,
      kind,
      sentence,
      capitalized,
    });
  }
  return into;
}
