import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepLetters } from '../../src/text/keep-letters.js';

const byPattern = (text: string) => text.replace(/[^\p{L}\p{N} ]/gu, '');

describe('keepLetters', () => {
  it.each([
    ["l'ha detto: «sì»", 'lha detto sì'],
    ['già 10.000, ok', 'già 10000 ok'],
    ['nothing to drop', 'nothing to drop'],
    ['«»—…', ''],
    ['𝒜 and 😀 beyond the BMP', '𝒜 and  beyond the BMP'],
    ['Москва ٣', 'Москва ٣'],
  ])('%j', (text, expected) => {
    expect(keepLetters(text)).toBe(expected);
    expect(keepLetters(text)).toBe(byPattern(text));
  });

  it('drops what the pattern drops, on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => keepLetters(text) === byPattern(text)), { seed: 20261127, numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => keepLetters(text) === byPattern(text)), { seed: 20261127, numRuns: 2000 });
  });
});
