import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RangeLookup } from '../../src/text/range-lookup.js';

type Entry = readonly [{ start: number; end: number }, number];

// The definitions, by scanning every range.
const containingByScan = (entries: Entry[], start: number, end: number) =>
  entries
    .map(([range, value], order) => ({ range, value, order }))
    .filter(({ range }) => range.start <= start && range.end >= end)
    // of equal lengths, the later start first, then the later entry
    .sort((x, y) => x.range.end - x.range.start - (y.range.end - y.range.start) || y.range.start - x.range.start || y.order - x.order)
    .map(({ value }) => value);
const coveringByScan = (entries: Entry[], start: number, end: number, share: number) =>
  entries.filter(([range]) => Math.min(range.end, end) - Math.max(range.start, start) >= share * (end - start)).map(([, value]) => value);

describe('RangeLookup', () => {
  const entries: Entry[] = [[{ start: 0, end: 100 }, 1], [{ start: 10, end: 20 }, 2], [{ start: 15, end: 18 }, 3], [{ start: 50, end: 60 }, 4]];

  it('finds the ranges holding a point or a range, innermost first', () => {
    const lookup = new RangeLookup(entries);
    expect(lookup.containing(16)).toEqual([3, 2, 1]);
    expect(lookup.containing(12, 19)).toEqual([2, 1]);
    expect(lookup.containing(100)).toEqual([]);
    expect(lookup.containing(55, 61)).toEqual([1]);
  });

  it('finds the ranges overlapping a span by a share of its length', () => {
    const lookup = new RangeLookup(entries);
    expect(lookup.covering(45, 55, 0.5).sort()).toEqual([1, 4]);
    expect(lookup.covering(45, 55, 0.6)).toEqual([1]);
  });

  it('answers as a scan of every range does', () => {
    const range = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));
    const input = fc.record({
      ranges: fc.array(range, { maxLength: 30 }),
      query: range,
      share: fc.constantFrom(0.25, 0.5, 0.8, 1), // a share of a span that is not empty: some overlap
    });
    fc.assert(
      fc.property(input, ({ ranges, query, share }) => {
        const list: Entry[] = ranges.map((r, i) => [r, i]);
        const lookup = new RangeLookup(list);
        expect(lookup.containing(query.start, Math.max(query.end, query.start + 1))).toEqual(containingByScan(list, query.start, Math.max(query.end, query.start + 1)));
        const end = Math.max(query.end, query.start + 1);
        expect(lookup.covering(query.start, end, share).sort()).toEqual(coveringByScan(list, query.start, end, share).sort());
      }),
      { seed: 20261127, numRuns: 2000 },
    );
  });
});
