import type { Token } from '../../pipeline/article.js';

// Words keep an elided article's apostrophe ("l'", "dell'") so "l'Ucraina" is two tokens; numbers
// keep their separators ("10.000", "3,5", "16:25"); everything else is one character. No nested
// quantifiers over overlapping classes: linear on any input.
const TOKEN = /[\p{L}\p{M}]+(?:'(?=\p{L}))?|\p{N}+(?:[.,:/](?=\p{N})\p{N}+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;
const NUMBER = /^\p{N}/u;

/** Tokens of `folded` between `start` and `end`, with offsets and text from the original. */
export function tokenize(text: string, folded: string, start: number, end: number, sentence: number): Token[] {
  const tokens: Token[] = [];
  const slice = folded.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const s = start + m.index;
    tokens.push({
      start: s,
      end: s + raw.length,
      text: text.slice(s, s + raw.length),
      lower: raw.toLowerCase(),
      kind: LETTER.test(raw) ? 'word' : NUMBER.test(raw) ? 'number' : 'punct',
      sentence,
      capitalized: UPPER.test(raw),
    });
  }
  return tokens;
}
