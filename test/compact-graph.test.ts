import { describe, expect, it } from 'vitest';
import { compactGraph, expandGraph, extractGraph, toCodePointOffsets, validateGraph } from '../src/index.js';

const text = '«Resteremo qui fino alla fine», ha detto ieri il ministro Mario Rossi. Secondo la polizia, a Bologna sono arrivate 300 persone.';

describe('compactGraph and expandGraph', () => {
  const graph = extractGraph(text, { language: 'it', publishedAt: '2024-11-01' });

  it('drop every span text and give it back from the article', () => {
    const compact = compactGraph(graph);
    expect(JSON.stringify(compact)).not.toMatch(/"text":/);
    expect(expandGraph(compact, text)).toEqual(graph);
    expect(JSON.stringify(expandGraph(compact, text))).toBe(JSON.stringify(graph));
  });

  it('keep what offsets cannot give back: names, titles, diagnostics, time values', () => {
    const compact = compactGraph(graph);
    expect(compact.actors.map((a) => a.name)).toEqual(graph.actors.map((a) => a.name));
    expect(compact.diagnostics).toEqual(graph.diagnostics);
    expect(compact.times.map((t) => t.value)).toEqual(graph.times.map((t) => t.value));
  });

  it('is not a graph validateGraph accepts until expanded', () => {
    expect(validateGraph(compactGraph(graph)).valid).toBe(false);
    expect(validateGraph(expandGraph(compactGraph(graph), text), { text }).valid).toBe(true);
  });

  it('expands a compact graph with code-point offsets by code points', () => {
    const astral = `😀 ${text}`;
    const converted = toCodePointOffsets(extractGraph(astral, { language: 'it' }), astral);
    expect(expandGraph(compactGraph(converted), astral)).toEqual(converted);
  });

  it('refuses a text of another length', () => {
    expect(() => expandGraph(compactGraph(graph), `${text} `)).toThrow(/needs the text the graph was made from/);
  });
});
