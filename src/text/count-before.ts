/**
 * How many leading items of a sorted array are before a point, by binary search: the index of the
 * first item `isBefore` is false for. `isBefore` must be true for a prefix of the array only.
 * @example countBefore(tokens, (t) => t.start < offset) // the first token at or after `offset`
 */
export function countBefore<T>(items: ArrayLike<T>, isBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
