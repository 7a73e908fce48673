import type { Range } from '../../text/span.js';
import { overlapLength } from '../../text/span.js';

/** Characters between two ranges; 0 when they touch or overlap. */
function gapBetween(a: Range, b: Range): number {
  return overlapLength(a, b) > 0 ? 0 : Math.max(0, b.start - a.end, a.start - b.end);
}

/**
 * The candidate nearest to `target`, preferring those inside `clause` and taking any in `sentence`
 * only when the clause has none; on a tie, the earlier one. Returns its index in `candidates`, or
 * null. `candidates` are sorted by start, so the scan stops past the sentence.
 * @example
 * pickNearest(claim, clause, sentence, times, (t) => true) // index of the nearest time, or null
 */
export function pickNearest<T extends Range>(
  target: Range, clause: Range, sentence: Range, candidates: readonly T[], from: number, accept: (candidate: T) => boolean,
): number | null {
  let best: number | null = null;
  let bestKey = Infinity;
  for (let i = from; i < candidates.length && candidates[i]!.start < sentence.end; i++) {
    const candidate = candidates[i]!;
    if (candidate.end <= sentence.start || !accept(candidate)) continue;
    const inClause = candidate.start >= clause.start && candidate.end <= clause.end;
    // Clause members first: their keys stay below any sentence-only candidate's.
    const key = gapBetween(target, candidate) + (inClause ? 0 : sentence.end - sentence.start + 1);
    if (key < bestKey) {
      best = i;
      bestKey = key;
    }
  }
  return best;
}
