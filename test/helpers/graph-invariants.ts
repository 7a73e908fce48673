import { expect } from 'vitest';
import type { ArticleGraph } from '../../src/index.js';

/** Asserts what must hold of every graph: spans slice back, ids are unique, references resolve. */
export function expectGraphInvariants(text: string, graph: ArticleGraph): void {
  const spans = [
    ...graph.document.paragraphs, ...graph.document.sentences, ...graph.document.headings,
    ...graph.actors.flatMap((a) => a.mentions), ...graph.quotes, ...graph.claims,
    ...graph.claims.flatMap((c) => (c.object ? [c.object] : [])),
    ...graph.quotes.flatMap((q) => (q.marks ? [q.marks] : [])),
    ...graph.attributions.flatMap((a) => (a.cue ? [a.cue] : [])),
    ...graph.times,
  ];
  for (const span of spans) {
    expect(span.start).toBeLessThanOrEqual(span.end);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  for (const d of graph.diagnostics) expect(d.end).toBeLessThanOrEqual(text.length);
  const ids = [...graph.actors, ...graph.quotes, ...graph.claims, ...graph.times, ...graph.attributions].map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const actorIds = new Set(graph.actors.map((a) => a.id));
  const contentIds = new Set([...graph.quotes, ...graph.claims].map((n) => n.id));
  for (const a of graph.attributions) {
    expect(contentIds.has(a.contentId)).toBe(true);
    if (a.sourceId !== null) expect(actorIds.has(a.sourceId)).toBe(true);
    if (a.viaId !== null) expect(actorIds.has(a.viaId)).toBe(true);
  }
  for (const actor of graph.actors) if (actor.affiliationId !== null) expect(actorIds.has(actor.affiliationId)).toBe(true);
  // Times in text order, t_1, t_2...; a claim's time and place resolve to a time node and a place actor.
  graph.times.forEach((t, i) => {
    expect(t.id).toBe(`t_${i + 1}`);
    if (i > 0) expect(t.start).toBeGreaterThanOrEqual(graph.times[i - 1]!.end);
  });
  const timeIds = new Set(graph.times.map((t) => t.id));
  const placeIds = new Set(graph.actors.filter((a) => a.type === 'place').map((a) => a.id));
  for (const claim of graph.claims) {
    if (claim.timeId !== null) expect(timeIds.has(claim.timeId)).toBe(true);
    if (claim.placeId !== null) expect(placeIds.has(claim.placeId)).toBe(true);
  }
  expect(graph.document.length).toBe(text.length);
}
