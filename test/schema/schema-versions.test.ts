import { describe, expect, it } from 'vitest';
import { extractGraph, SCHEMA_VERSION, validateGraph } from '../../src/index.js';

// Versions relative to the current one, so the table keeps its meaning when the schema moves on.
const [major, minor, patch] = SCHEMA_VERSION.split('.').map(Number) as [number, number, number];
const graph = extractGraph('«Resteremo qui», ha detto il ministro Mario Rossi nel 2023. Sono arrivati 300 soldati a Roma.', { language: 'it' });

// A graph as claimgraph 0.1.0 wrote it under schema 1.0.0: no time expressions, no claim time or place.
function asVersion100(): Record<string, unknown> {
  const { times: _, ...rest } = structuredClone(graph) as unknown as Record<string, unknown> & { claims: Record<string, unknown>[] };
  return { ...rest, schemaVersion: '1.0.0', claims: rest.claims.map(({ timeId: __, placeId: ___, ...claim }) => claim) };
}

describe('validateGraph and schema versions', () => {
  it('returns a graph of the current version as it is', () => {
    const result = validateGraph(graph);
    expect(result.valid && result.graph).toBe(graph);
  });

  it.each([
    ['the next patch of the current minor', `${major}.${minor}.${patch + 1}`],
    ['a later patch of the current minor', `${major}.${minor}.${patch + 7}`],
  ])('accepts %s (%s) as the current version', (_, version) => {
    const result = validateGraph({ ...graph, schemaVersion: version });
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.graph.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('upgrades a 1.0.0 graph: the fields later minors added get their empty values, and the input is left alone', () => {
    const old = asVersion100();
    const before = structuredClone(old);
    const result = validateGraph(old);
    expect(result.valid).toBe(true);
    if (!result.valid) return;
    expect(result.graph.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.graph.times).toEqual([]);
    expect(result.graph.claims.map((c) => [c.text, c.timeId, c.placeId])).toEqual(graph.claims.map((c) => [c.text, null, null]));
    expect(result.graph.quotes).toEqual(graph.quotes);
    expect(old).toEqual(before);
  });

  it('still checks the shape of an upgraded graph, with paths into the input', () => {
    const old = asVersion100() as { actors: { type: string }[] };
    old.actors[0]!.type = 'animal';
    const result = validateGraph(old);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors.map((e) => e.path)).toContain('/actors/0/type');
  });

  it.each([
    ['the next major', `${major + 1}.0.0`, /major/],
    ['an earlier major', `${major - 1}.9.0`, /major/],
    ['a newer minor', `${major}.${minor + 1}.0`, /newer .*upgrade claimgraph/],
  ])('refuses %s (%s) with one error at /schemaVersion that says why', (_, version, reason) => {
    const result = validateGraph({ ...graph, schemaVersion: version });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: '/schemaVersion', keyword: 'schemaVersion' });
    expect(result.errors[0]!.message).toMatch(reason);
  });

  it.each([['not a version', 'latest'], ['a number', 1], ['missing', undefined]])('rejects a schemaVersion that is %s through the schema', (_, version) => {
    const result = validateGraph({ ...graph, schemaVersion: version });
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/(schemaVersion)?$/)]));
  });

  it('converts the ids of a 1.1.0 graph to the 2.0 scheme, references included', () => {
    // A graph as claimgraph 0.1.0 wrote it: q1/c1/t1/a1 ids, actor ids that kept their accents.
    const text = '«Nessun rinvio», ha detto la ministra Łucja Król. Secondo la ministra, 40 scuole riapriranno a Varsavia nel 2025.';
    const current = extractGraph(text, { language: 'it' });
    const oldActor = new Map(current.actors.map((a) => [a.id, a.name.toLowerCase().replace(/\s+/g, '-')]));
    const oldNode = (id: string) => id.replace(/^at_/, 'a').replace('_', '');
    const old = {
      ...structuredClone(current),
      schemaVersion: '1.1.0',
      document: { ...current.document, id: '0123456789abcdef' },
      actors: current.actors.map((a) => ({ ...a, id: oldActor.get(a.id)!, affiliationId: a.affiliationId && oldActor.get(a.affiliationId)! })),
      quotes: current.quotes.map((q) => ({ ...q, id: oldNode(q.id) })),
      claims: current.claims.map((c) => ({ ...c, id: oldNode(c.id), timeId: c.timeId && oldNode(c.timeId), placeId: c.placeId && oldActor.get(c.placeId)! })),
      times: current.times.map((t) => ({ ...t, id: oldNode(t.id) })),
      attributions: current.attributions.map((a) => ({ ...a, id: oldNode(a.id), contentId: oldNode(a.contentId), sourceId: a.sourceId && oldActor.get(a.sourceId)!, viaId: a.viaId && oldActor.get(a.viaId)! })),
    };
    expect(old.actors.some((a) => /[^\x00-\x7f]/.test(a.id))).toBe(true);
    expect(old.attributions.length).toBeGreaterThan(0);
    const result = validateGraph(old, { text });
    expect(result.valid).toBe(true);
    if (result.valid) expect(result.graph).toEqual(current);
    // Without the text the document id cannot be recomputed: it is kept, and the graph still reads.
    const withoutText = validateGraph(old);
    expect(withoutText.valid && withoutText.graph.document.id).toBe('0123456789abcdef');
  });
});
