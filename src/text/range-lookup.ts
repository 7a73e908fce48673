import { countBefore } from './count-before.js';
import type { Range } from './span.js';

/**
 * Finds the ranges that contain a point or a range, in O(log n + k) for ranges that rarely nest
 * (quotes, reported clauses): sorted by start, with the running maximum of ends so a backward scan
 * stops as soon as no earlier range can reach the point. Keeps every stage linear on long texts.
 */
export class RangeLookup<T> {
  private readonly items: { range: Range; value: T }[];
  private readonly maxEnd: number[];

  constructor(entries: Iterable<readonly [Range, T]>) {
    this.items = [...entries].map(([range, value]) => ({ range, value })).sort((a, b) => a.range.start - b.range.start);
    let max = -1;
    this.maxEnd = this.items.map((item) => (max = Math.max(max, item.range.end)));
  }

  /** Values whose range holds all of `start`..`end` (a point when `end` is omitted), innermost first. */
  containing(start: number, end: number = start + 1): T[] {
    const found: { range: Range; value: T }[] = [];
    const lo = countBefore(this.items, (item) => item.range.start <= start);
    for (let i = lo - 1; i >= 0 && this.maxEnd[i]! >= end; i--) {
      const item = this.items[i]!;
      if (item.range.end >= end) found.push(item);
    }
    found.sort((a, b) => a.range.end - a.range.start - (b.range.end - b.range.start));
    return found.map((item) => item.value);
  }

  /** Values whose range overlaps `start`..`end` by at least `share` of that span's length. */
  covering(start: number, end: number, share: number): T[] {
    const need = share * (end - start);
    const found: T[] = [];
    const lo = countBefore(this.items, (item) => item.range.start < end);
    for (let i = lo - 1; i >= 0 && this.maxEnd[i]! > start; i--) {
      const { range, value } = this.items[i]!;
      if (Math.min(range.end, end) - Math.max(range.start, start) >= need) found.push(value);
    }
    return found;
  }
}
