const NONE: unique symbol = Symbol('none');

/** Options of {@link boundedMemo}. */
export interface BoundedMemoOptions {
  /** Entries kept before the cache starts over: an archive run never grows it past this. */
  limit?: number;
  /** Longer keys are computed every time, not kept (a quote's text is rarely asked twice). */
  maxKeyLength?: number;
}

/**
 * Remembers a pure function of a string. The stages ask the same questions about the same
 * words all through an article ("is 'Sergei' a given name?", "which place is 'Mosca'?"), and
 * a long article asks them hundreds of thousands of times. Bounded: when full it starts over.
 * The function must be pure and its results treated as read-only, so a cached answer is
 * always the answer.
 *
 * @example
 * const keyOf = boundedMemo((name: string) => name.normalize('NFD').toLowerCase());
 * keyOf('Perù') === keyOf('Perù') // computed once
 */
export function boundedMemo<T>(compute: (key: string) => T, options: BoundedMemoOptions = {}): (key: string) => T {
  const limit = options.limit ?? 20_000;
  const maxKeyLength = options.maxKeyLength ?? Number.POSITIVE_INFINITY;
  // An undefined answer ("not a cue verb", the most frequent one) is kept as NONE, so a hit is
  // one lookup whatever the answer.
  const cache = new Map<string, T | typeof NONE>();
  return (key) => {
    if (key.length > maxKeyLength) return compute(key);
    const hit = cache.get(key);
    if (hit !== undefined) return hit === NONE ? (undefined as T) : hit;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value === undefined ? NONE : value);
    return value;
  };
}
