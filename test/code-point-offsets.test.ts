import { describe, expect, it } from 'vitest';
import { extractGraph, toCodePointOffsets, validateGraph, type ArticleGraph } from '../src/index.js';
import { codePointOffsets, codePointStarts } from '../src/text/code-points.js';

// What Python's text[start:end] gives: slicing by code points.
const pythonSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

/** Every node with offsets and a text, as [path, node]. */
function spansOf(graph: ArticleGraph): { start: number; end: number; text: string }[] {
  return [
    ...graph.document.paragraphs, ...graph.document.sentences, ...graph.document.headings,
    ...graph.actors.flatMap((a) => a.mentions), ...graph.quotes, ...graph.claims, ...graph.times,
    ...graph.quotes.flatMap((q) => (q.marks ? [q.marks] : [])),
    ...graph.claims.flatMap((c) => (c.object ? [c.object] : [])),
    ...graph.attributions.flatMap((a) => (a.cue ? [a.cue] : [])),
  ];
}

describe('toCodePointOffsets', () => {
  it.each([
    ['an emoji before a quote', '😀😀 «Resteremo qui», ha detto il ministro Mario Rossi. Sono arrivati 300 soldati.'],
    ['a mathematical letter in a name', '«Non cederemo», ha detto 𝕏avier Rossi, capo di 𝕏 Corp. Secondo la polizia, 300 persone erano in piazza.'],
    ['a CJK extension B ideograph between nodes', 'Il ministro 𠀋 Mario Rossi ha detto che 300 soldati 𠀋 sono arrivati. «Resto», ha detto 𠀋 Rossi.'],
    ['astral characters inside a quote', '«Arriviamo 🚀🚀 subito», ha detto il sindaco Anna Bianchi. Sono morti 40 soldati 🇮🇹.'],
    ['no astral character at all', '«Resteremo», ha detto il ministro Mario Rossi.'],
  ])('%s: every span slices back as Python slices', (_, text) => {
    const graph = extractGraph(text, { language: 'it' });
    const converted = toCodePointOffsets(graph, text);
    expect(converted.document.offsets).toBe('codepoint');
    expect(converted.document.length).toBe(Array.from(text).length);
    const spans = spansOf(converted);
    expect(spans.length).toBeGreaterThan(3);
    for (const s of spans) expect(pythonSlice(text, s.start, s.end)).toBe(s.text);
    for (const d of converted.diagnostics) expect(d.end).toBeLessThanOrEqual(converted.document.length);
    expect(validateGraph(converted, { text })).toEqual({ valid: true, graph: converted });
  });

  it('shifts offsets after an astral character and leaves the original graph as it was', () => {
    const text = '😀 «Resto», ha detto Mario Rossi.';
    const graph = extractGraph(text, { language: 'it' });
    const before = structuredClone(graph);
    const converted = toCodePointOffsets(graph, text);
    expect(graph).toEqual(before);
    expect(converted.quotes[0]!.start).toBe(graph.quotes[0]!.start - 1);
    expect(converted.document.id).toBe(graph.document.id);
  });

  it('leaves the ISO values of a time range alone', () => {
    const text = '😀 Nel periodo 1999-2013 sono arrivati 300 soldati.';
    const converted = toCodePointOffsets(extractGraph(text, { language: 'it' }), text);
    expect(converted.times[0]?.value).toBe('1999/2013');
  });

  it('refuses a text that is not the graph\'s', () => {
    const graph = extractGraph('«Resto», ha detto Mario Rossi.', { language: 'it' });
    expect(() => toCodePointOffsets(graph, 'altro')).toThrow(/the graph's is 30 UTF-16 code units long, the text given 5/);
  });

  it('a UTF-16 graph checked as code points fails where the text has astral characters', () => {
    const text = '😀 «Resto», ha detto Mario Rossi.';
    const graph = extractGraph(text, { language: 'it' });
    const mislabelled = { ...graph, document: { ...graph.document, offsets: 'codepoint' as const } };
    expect(validateGraph(mislabelled, { text }).valid).toBe(false);
  });
});

describe('code-point tables', () => {
  it.each([
    ['', [0], [0]],
    ['ab', [0, 1, 2], [0, 1, 2]],
    ['a😀b', [0, 1, 3, 4], [0, 1, 2, 2, 3]],
    ['\ud800x', [0, 1, 2], [0, 1, 2]], // a lone surrogate counts as one
  ])('%j', (text, starts, offsets) => {
    expect(Array.from(codePointStarts(text))).toEqual(starts);
    expect(Array.from(codePointOffsets(text))).toEqual(offsets);
  });
});
