/** Options of {@link boundedMemo}. */
export interface BoundedMemoOptions {
  /** Answers kept at most (rounded up to a power of two): an archive run never grows it past this. */
  limit?: number;
  /** Longer keys are computed every time, not kept (a quote's text is rarely asked twice). */
  maxKeyLength?: number;
}

/**
 * Remembers a pure function of a string. The stages ask the same questions about the same
 * words all through an article ("is 'Sergei' a given name?", "which place is 'Mosca'?"), and
 * a long article asks them hundreds of thousands of times. Bounded: a key's slot is chosen by a
 * hash of its characters and holds the last key asked there, so a new key replaces an old one
 * instead of growing the cache. (A `Map` emptied when full rebuilt itself, growing and
 * rehashing, over and over on a text of ever new names: a tenth of the time there.) The
 * function must be pure and its results treated as read-only, so a kept answer is always the
 * answer.
 *
 * @example
 * const keyOf = boundedMemo((name: string) => name.normalize('NFD').toLowerCase());
 * keyOf('Perù') === keyOf('Perù') // computed once
 */
export function boundedMemo<T>(compute: (key: string) => T, options: BoundedMemoOptions = {}): (key: string) => T {
  let slots = 1;
  while (slots < (options.limit ?? 32_768)) slots *= 2;
  const mask = slots - 1;
  const maxKeyLength = options.maxKeyLength ?? Number.POSITIVE_INFINITY;
  // Made on the first question: a pack that is never used costs nothing.
  let keys: (string | undefined)[] | null = null;
  let answers: (T | undefined)[] = [];
  return (key) => {
    if (key.length > maxKeyLength) return compute(key);
    if (keys === null) {
      keys = new Array<string | undefined>(slots).fill(undefined);
      answers = new Array<T | undefined>(slots).fill(undefined);
    }
    let hash = 0x811c9dc5; // FNV-1a over the UTF-16 code units
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    const slot = hash & mask;
    if (keys[slot] === key) return answers[slot] as T;
    const answer = compute(key);
    keys[slot] = key;
    answers[slot] = answer;
    return answer;
  };
}
