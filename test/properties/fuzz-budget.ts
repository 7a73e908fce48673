/**
 * How many cases the property tests run, and from which seed. CI runs a fixed seed and about
 * 2,000 cases in all; `npm run fuzz` sets FUZZ_RUNS=50000 for a long run. FUZZ_SEED replays
 * another seed (fast-check prints the seed and path of any counterexample it finds).
 */
const DEFAULT_TOTAL_RUNS = 2000;
const total = Number(process.env.FUZZ_RUNS ?? DEFAULT_TOTAL_RUNS);

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20241101);
export const FUZZ_TOTAL_RUNS = Number.isFinite(total) && total > 0 ? total : DEFAULT_TOTAL_RUNS;

/** The runs of one property: its `share` of the total (the shares of all properties sum to 1). */
export function runsFor(share: number): number {
  return Math.max(1, Math.round(FUZZ_TOTAL_RUNS * share));
}

/** A test timeout that grows with the runs: `msPerRun` is generous for a slow, shared machine. */
export function timeoutFor(runs: number, msPerRun: number): number {
  return 60_000 + runs * msPerRun;
}
