import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../src/schema/json-schema.js';
import { validateGraph, extractGraph } from '../../src/index.js';

describe('published schema', () => {
  it('is the one generated from the TypeBox source (regenerate with npm run generate)', () => {
    const published = JSON.parse(readFileSync('schemas/article-graph.schema.json', 'utf8'));
    expect(published).toEqual(buildJsonSchema());
  });

  it('is draft 2020-12 with an $id and $defs per node type', () => {
    const schema = buildJsonSchema() as { $schema: string; $id: string; $defs: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Actor', 'Quote', 'Claim', 'Attribution', 'Mention', 'Diagnostic', 'Document']));
  });
});

describe('validateGraph', () => {
  const graph = extractGraph('«Resteremo qui», ha detto il ministro Mario Rossi. Sono arrivati 300 soldati.');

  it('accepts a graph extractGraph returned', () => {
    expect(validateGraph(graph)).toEqual({ valid: true, graph });
  });

  it.each([
    ['a missing field', (g: Record<string, unknown>) => { delete g.actors; }, '/'],
    ['a wrong actor type', (g: any) => { g.actors[0].type = 'animal'; }, '/actors/0/type'],
    ['an extra property', (g: any) => { g.quotes[0].speaker = 'x'; }, '/quotes/0'],
    ['a negative offset', (g: any) => { g.claims[0].start = -1; }, '/claims/0/start'],
    ['a source that is not a string or null', (g: any) => { g.attributions[0].sourceId = 3; }, '/attributions/0/sourceId'],
  ])('rejects %s with the path of the error', (_, mutate, path) => {
    const copy = structuredClone(graph) as any;
    mutate(copy);
    const result = validateGraph(copy);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors.map((e) => e.path)).toContain(path);
  });

  it.each([null, 42, 'graph', []])('rejects %j', (value) => {
    expect(validateGraph(value).valid).toBe(false);
  });
});
