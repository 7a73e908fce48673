import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/text/bounded-memo.js';

describe('boundedMemo', () => {
  it('computes a repeated key once, and answers undefined as well as values', () => {
    const asked: string[] = [];
    const lengthOf = boundedMemo((key: string) => { asked.push(key); return key === 'none' ? undefined : key.length; });
    expect([lengthOf('Mosca'), lengthOf('Mosca'), lengthOf('none'), lengthOf('none')]).toEqual([5, 5, undefined, undefined]);
    expect(asked).toEqual(['Mosca', 'none']);
  });

  it('stays bounded: past its limit, keys are computed again rather than kept', () => {
    let computed = 0;
    const memo = boundedMemo((key: string) => { computed++; return key.toUpperCase(); }, { limit: 16 });
    const keys = Array.from({ length: 1000 }, (_, i) => `k${i}`);
    for (const k of keys) memo(k);
    computed = 0;
    for (const k of keys) expect(memo(k)).toBe(k.toUpperCase());
    expect(computed).toBeGreaterThan(900); // 16 slots cannot hold 1,000 answers
  });

  it('computes long keys every time', () => {
    let computed = 0;
    const memo = boundedMemo((key: string) => { computed++; return key.length; }, { maxKeyLength: 4 });
    memo('abcdef');
    memo('abcdef');
    expect(computed).toBe(2);
  });

  it('always answers what the function answers', () => {
    const memo = boundedMemo((key: string) => `${key.length}:${key.toLowerCase()}`, { limit: 64 });
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 300 }), (keys) => {
      for (const k of keys) expect(memo(k)).toBe(`${k.length}:${k.toLowerCase()}`);
    }), { seed: 20261127, numRuns: 300 });
  });
});
