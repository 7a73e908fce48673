/**
 * How many cases the property tests run, and from which seed. CI runs a fixed seed and about
 * 2,000 cases in all; `npm run fuzz` sets FUZZ_RUNS=50000 and a random seed for a long run.
 * FUZZ_SEED replays a seed (fast-check prints the seed and path of any counterexample it finds).
 */
const DEFAULT_TOTAL_RUNS = 2000;
const DEFAULT_SEED = 20241101;
const total = Number(process.env.FUZZ_RUNS ?? DEFAULT_TOTAL_RUNS);

function seedOf(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (value === 'random') {
    const seed = Math.floor(Math.random() * 2 ** 31);
    process.stderr.write(`fuzz: FUZZ_SEED=${seed} (set it to replay this run)\n`);
    return seed;
  }
  const seed = Number(value);
  return Number.isInteger(seed) ? seed : DEFAULT_SEED;
}

/** The seed: fixed for CI, `FUZZ_SEED=<n>` to replay one, `FUZZ_SEED=random` (npm run fuzz) for a new one each run. */
export const FUZZ_SEED = seedOf(process.env.FUZZ_SEED);
export const FUZZ_TOTAL_RUNS = Number.isFinite(total) && total > 0 ? total : DEFAULT_TOTAL_RUNS;

/** The runs of one property: its `share` of the total (the shares of all properties sum to 1). */
export function runsFor(share: number): number {
  return Math.max(1, Math.round(FUZZ_TOTAL_RUNS * share));
}

/** A test timeout that grows with the runs: `msPerRun` is generous for a slow, shared machine. */
export function timeoutFor(runs: number, msPerRun: number): number {
  return 60_000 + runs * msPerRun;
}
