import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS, fixtureText } from '../../bench/adversarial.mjs';
import { extractGraph, validateGraph } from '../../src/index.js';
import { expectGraphInvariants } from '../helpers/graph-invariants.js';

/**
 * The adversarial inputs of `npm run bench` (bench/adversarial.mjs), small: 4 times the text must
 * take less than 10 times as long (linear is 4, quadratic 16). Never absolute times: the bench
 * reports those against the fixture. Each graph must also be sound.
 */
const SMALL = 12 * 1024;
const LARGE = 4 * SMALL;
const BOUND = 10;
const fixture = fixtureText();

function bestTime(text: string, runs: number, language: 'it' | 'en' = 'it'): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractGraph(text, { language });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('extractGraph grows linearly on adversarial input (4× the text, under 10× the time)', () => {
  it.each(ADVERSARIAL_INPUTS.map((input) => [input.name, input] as const))('%s', (_, input) => {
    const small = input.build(fixture, SMALL);
    const large = input.build(fixture, LARGE);
    const graph = extractGraph(large, { language: 'it' }); // warm up, and check what it returns
    const validation = validateGraph(JSON.parse(JSON.stringify(graph)));
    expect(validation.valid ? [] : validation.errors).toEqual([]);
    expectGraphInvariants(large, graph);
    // A shared machine only adds time: the lowest of up to five measurements. Quadratic stays
    // over the bound however often it is measured; linear does not.
    let ratio = Infinity;
    for (let attempt = 0; attempt < 5 && ratio >= BOUND; attempt++) ratio = Math.min(ratio, bestTime(large, 2) / bestTime(small, 3));
    expect(ratio).toBeLessThan(BOUND);
  });
});

// English names come from compromise, whose matcher is quadratic in a sentence's length: a line
// of capitalised words with no full stop took 3 s at 32 KB and 79 s at 128 KB before long runs
// were read in pieces. Larger sizes than above: the quadratic term shows only past some 30 KB.
describe('the English tagger grows linearly on a run with no sentence end', () => {
  it('capitalised words, language en', () => {
    const input = ADVERSARIAL_INPUTS.find((i) => i.name === 'capitalised words')!;
    const small = input.build(fixture, 32 * 1024);
    const large = input.build(fixture, 128 * 1024);
    extractGraph(small, { language: 'en' });
    let ratio = Infinity;
    for (let attempt = 0; attempt < 5 && ratio >= BOUND; attempt++) ratio = Math.min(ratio, bestTime(large, 1, 'en') / bestTime(small, 1, 'en'));
    expect(ratio).toBeLessThan(BOUND);
  }, 120_000);
});

