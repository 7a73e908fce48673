import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph, validateGraph } from '../../src/index.js';
import { expectGraphInvariants } from '../helpers/graph-invariants.js';

// One expected graph per fixture, reviewed by hand; `npm run fixtures` rewrites them for review.
const cases = readdirSync('fixtures').flatMap((language) =>
  readdirSync(join('fixtures', language))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ language, name: f.replace(/\.txt$/, ''), dir: join('fixtures', language) })),
);

describe.each(cases)('fixture $language/$name', ({ language, name, dir }) => {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const graph = extractGraph(text, { language: language as 'it' | 'en' });

  it('matches its reviewed expected graph', () => {
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
    expect(graph).toEqual(expected);
  });

  it('validates against the published schema', () => {
    const result = validateGraph(graph);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('keeps every invariant: spans slice back, ids unique, references resolve', () => {
    expectGraphInvariants(text, graph);
  });

  it('is deterministic', () => {
    expect(extractGraph(text, { language: language as 'it' | 'en' })).toEqual(graph);
  });
});
