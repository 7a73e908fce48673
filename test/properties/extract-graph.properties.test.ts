import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractGraph, validateGraph, type ExtractOptions } from '../../src/index.js';
import { expectGraphInvariants } from '../helpers/graph-invariants.js';
import { anyText, mutatedArticle, repetitiveText } from './arbitraries.js';
import { FUZZ_SEED, runsFor, timeoutFor } from './fuzz-budget.js';

/**
 * What must hold for any string: no throw, a graph the schema accepts (also once through JSON,
 * which is what a caller stores: NaN or Infinity would become null), spans that slice back,
 * references that resolve, and the same graph on a second run.
 */
function expectSoundGraph(text: string, options: ExtractOptions): void {
  const graph = extractGraph(text, options);
  const validation = validateGraph(graph);
  expect(validation.valid ? [] : validation.errors).toEqual([]);
  const stored = validateGraph(JSON.parse(JSON.stringify(graph)));
  expect(stored.valid ? [] : stored.errors).toEqual([]);
  expectGraphInvariants(text, graph);
  expect(extractGraph(text, options)).toEqual(graph);
}

// Shares of the FUZZ_RUNS budget, by what a case costs: a mutated article is a whole article.
const properties: { name: string; share: number; msPerRun: number; arbitrary: fc.Arbitrary<{ text: string; describe?: string }>; options: ExtractOptions }[] = [
  { name: 'any string, Italian', share: 0.35, msPerRun: 20, arbitrary: anyText.map((text) => ({ text })), options: { language: 'it' } },
  { name: 'any string, English', share: 0.2, msPerRun: 40, arbitrary: anyText.map((text) => ({ text })), options: { language: 'en' } },
  { name: 'any string, language detected', share: 0.1, msPerRun: 40, arbitrary: anyText.map((text) => ({ text })), options: {} },
  { name: 'long repetitive text, Italian', share: 0.05, msPerRun: 300, arbitrary: repetitiveText.map((text) => ({ text })), options: { language: 'it' } },
  { name: 'mutated fixture articles, Italian', share: 0.25, msPerRun: 100, arbitrary: mutatedArticle, options: { language: 'it' } },
  { name: 'mutated fixture articles, read as English', share: 0.05, msPerRun: 300, arbitrary: mutatedArticle, options: { language: 'en' } },
];

describe('extractGraph on any input', () => {
  for (const { name, share, msPerRun, arbitrary, options } of properties) {
    const numRuns = runsFor(share);
    it(
      `${name}: never throws, valid graph, spans slice back, references resolve, deterministic (${numRuns} cases)`,
      () => {
        fc.assert(fc.property(arbitrary, ({ text }) => expectSoundGraph(text, options)), { seed: FUZZ_SEED, numRuns });
      },
      timeoutFor(numRuns, msPerRun),
    );
  }
});
