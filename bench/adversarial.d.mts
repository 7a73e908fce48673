// Types of bench/adversarial.mjs, for the tests that build the same inputs.
export interface AdversarialInput {
  name: string;
  about: string;
  /** The input built from the fixture text at about `bytes` bytes of UTF-8. */
  build(fixture: string, bytes: number): string;
}
export interface AdversarialRow {
  name: string;
  bytes: number;
  /** CPU milliseconds of the best run. */
  ms: number;
  fixtureMs: number;
  /** CPU time per byte over the fixture's. */
  ratioToFixture: number;
  wallMs: number;
  wallRatioToFixture: number;
  valid: boolean;
  quotes: number;
  claims: number;
  actors: number;
}
export const TARGET_RATIO: number;
export const ADVERSARIAL_INPUTS: readonly AdversarialInput[];
export function fixtureText(): string;
export function buildFixtureInput(bytes: number, fixture?: string): string;
export function buildAdversarialInputs(bytes?: number): { name: string; about: string; text: string }[];
export function runAdversarial(options?: { log?: (line: string) => void; size?: number; runs?: number; only?: readonly string[] | null }): Promise<AdversarialRow[]>;
export function formatTable(rows: readonly AdversarialRow[]): string;
