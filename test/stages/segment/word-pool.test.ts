import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordPool } from '../../../src/stages/segment/word-pool.js';

describe('WordPool', () => {
  it('gives the same string for the same characters, wherever they stand', () => {
    const pool = new WordPool();
    const first = pool.sharedAt('il ministro Lavrov', 12, 18);
    expect(first).toBe('Lavrov');
    expect(pool.sharedAt('Lavrov ha detto', 0, 6)).toBe(first);
    expect(pool.shared('Lavrov')).toBe(first);
    expect(pool.sharedAt('Lavrova', 0, 7)).toBe('Lavrova');
  });

  it('keeps every form apart as it grows past its first slots', () => {
    const pool = new WordPool();
    const forms = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const copies = forms.map((f) => pool.sharedAt(` ${f} `, 1, f.length + 1));
    forms.forEach((f, i) => {
      expect(copies[i]).toBe(f);
      expect(pool.shared(f)).toBe(copies[i]);
    });
  });

  it('shares one lowercase per form', () => {
    const pool = new WordPool();
    expect(pool.lower(pool.shared('ROMA'))).toBe(pool.lower(pool.shared('Roma')));
    expect(pool.lower('CITTÀ')).toBe('città');
  });

  it('returns, for any words, each word itself', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 200 }), (words) => {
        const pool = new WordPool();
        const text = words.join(' ');
        let at = 0;
        for (const w of words) {
          expect(pool.sharedAt(text, at, at + w.length)).toBe(w);
          at += w.length + 1;
        }
        for (const w of words) expect(pool.shared(w)).toBe(w);
      }),
      { seed: 20261127, numRuns: 500 },
    );
  });
});
