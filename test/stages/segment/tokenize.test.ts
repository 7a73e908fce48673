import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/stages/segment/tokenize.js';
import { WordPool } from '../../../src/stages/segment/word-pool.js';

// The tokenizer reads ASCII tokens by char code and leaves the rest to its Unicode pattern; this
// is that pattern alone, the definition the fast path must agree with on every input.
const TOKEN = /[\p{L}\p{M}]+(?:'(?=\p{L}))?|\p{N}+(?:[.,:/](?=\p{N})\p{N}+)*|\S/gu;
const byPattern = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m[0]]);
const byTokenizer = (text: string) => tokenize(text, text, 0, text.length, 0).map((t) => [t.start, t.text]);

describe('tokenize', () => {
  it.each([
    ['an elided article keeps its apostrophe', "l'Ucraina", [[0, "l'"], [2, 'Ucraina']]],
    ['an apostrophe before a non-ASCII letter', "dell'Élysée", [[0, "dell'"], [5, 'Élysée']]],
    ['a closing apostrophe is its own token', "po' di", [[0, 'po'], [2, "'"], [4, 'di']]],
    ['numbers keep their separators', '10.000 e 3,5 alle 16:25 il 1/2', [[0, '10.000'], [7, 'e'], [9, '3,5'], [13, 'alle'], [18, '16:25'], [24, 'il'], [27, '1/2']]],
    ['a separator with no digit after it ends the number', '2024. 8,', [[0, '2024'], [4, '.'], [6, '8'], [7, ',']]],
    ['a word running into accented letters is one word', 'perché città', [[0, 'perché'], [7, 'città']]],
    ['letters then digits are two tokens', 'G7 F-16', [[0, 'G'], [1, '7'], [3, 'F'], [4, '-'], [5, '16']]],
    ['digits beyond ASCII continue a number', '12٣4', [[0, '12٣4']]],
  ])('%s', (_, text, expected) => {
    expect(byTokenizer(text)).toEqual(expected);
  });

  it('shares one string per word form and its lowercase across the tokens of an article', () => {
    const pool = new WordPool();
    const text = 'Roma e ROMA, Roma e roma; Città e CITTÀ';
    const tokens = tokenize(text, text, 0, text.length, 0, pool);
    const words = tokens.filter((t) => t.kind === 'word');
    expect(words.map((t) => t.lower)).toEqual(['roma', 'e', 'roma', 'roma', 'e', 'roma', 'città', 'e', 'città']);
    expect(words.map((t) => t.text)).toEqual(['Roma', 'e', 'ROMA', 'Roma', 'e', 'roma', 'Città', 'e', 'CITTÀ']);
    expect(pool.shared('Roma')).toBe(words[0]!.text);
    expect(pool.lower('ROMA')).toBe(pool.lower('Roma'));
  });

  it('reads the same tokens with a word pool as without', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (t) => {
        expect(tokenize(t, t, 0, t.length, 0, new WordPool())).toEqual(tokenize(t, t, 0, t.length, 0));
      }),
      { seed: 20261127, numRuns: 1000 },
    );
  });

  it('cuts every text exactly as its Unicode pattern does', () => {
    const pieces = fc.constantFrom('a', 'Z', 'é', 'È', '\u0301', "'", '’', '1', '٣', '.', ',', ':', '/', ' ', '\n', '«', '-', 'ß', '😀', 'ﬁ');
    const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(byTokenizer(t)).toEqual(byPattern(t));
      }),
      { seed: 20261127, numRuns: 3000 },
    );
  });
});
