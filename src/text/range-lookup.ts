import { countBefore } from './count-before.js';
import type { Range } from './span.js';

/**
 * Finds the ranges that contain a point or a range, in O(log n + k) for ranges that rarely nest
 * (quotes, reported clauses): sorted by start, with the running maximum of ends so a backward scan
 * stops as soon as no earlier range can reach the point. Keeps every stage linear on long texts.
 *
 * Offsets are copied into typed arrays: callers pass ranges of many shapes (spans, quote contents,
 * times) in arrays of several kinds, and V8 re-optimises code each time it reads a new one.
 */
export class RangeLookup<T> {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly maxEnd: Int32Array;
  private readonly values: T[] = [];

  constructor(entries: Iterable<readonly [Range, T]>) {
    const unsorted: { start: number; end: number; value: T }[] = [];
    for (const [range, value] of entries) unsorted.push({ start: range.start, end: range.end, value });
    const items = unsorted.sort((a, b) => a.start - b.start);
    this.starts = new Int32Array(items.length);
    this.ends = new Int32Array(items.length);
    this.maxEnd = new Int32Array(items.length);
    let max = -1;
    for (let i = 0; i < items.length; i++) {
      const { start, end, value } = items[i]!;
      this.starts[i] = start;
      this.ends[i] = end;
      this.maxEnd[i] = max = Math.max(max, end);
      this.values.push(value);
    }
  }

  /** Values whose range holds all of `start`..`end` (a point when `end` is omitted), innermost first. */
  containing(start: number, end: number = start + 1): T[] {
    const found: number[] = [];
    for (let i = countBefore(this.starts, (s) => s <= start) - 1; i >= 0 && this.maxEnd[i]! >= end; i--) {
      if (this.ends[i]! >= end) found.push(i);
    }
    found.sort((a, b) => this.ends[a]! - this.starts[a]! - (this.ends[b]! - this.starts[b]!));
    return found.map((i) => this.values[i]!);
  }

  /** Values whose range overlaps `start`..`end` by at least `share` of that span's length. */
  covering(start: number, end: number, share: number): T[] {
    const need = share * (end - start);
    const found: T[] = [];
    for (let i = countBefore(this.starts, (s) => s < end) - 1; i >= 0 && this.maxEnd[i]! > start; i--) {
      if (Math.min(this.ends[i]!, end) - Math.max(this.starts[i]!, start) >= need) found.push(this.values[i]!);
    }
    return found;
  }
}
