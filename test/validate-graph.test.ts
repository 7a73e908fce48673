import { describe, expect, it } from 'vitest';
import { extractGraph, validateGraph, type ArticleGraph } from '../src/index.js';

// One graph with every kind of node and reference: a quote with a speaker and a relay, a claim
// with a time and a place, an affiliated actor.
const text = "«Resteremo qui», ha detto ieri il ministro Mario Rossi. Il ministro russo Sergei Lavrov, citando la Cnn, ha detto che nella regione di Kursk sono morti 300 soldati lunedì.";
const graph = extractGraph(text, { language: 'it', publishedAt: '2024-11-01' });

type Mutation = (g: ArticleGraph) => void;
const errorsAfter = (mutate: Mutation, options?: { text?: string }) => {
  const copy = structuredClone(graph);
  mutate(copy);
  const result = validateGraph(copy, options);
  return result.valid ? [] : result.errors;
};

describe('validateGraph: integrity', () => {
  it('has a graph with every reference to break', () => {
    expect(graph.attributions.some((a) => a.sourceId !== null)).toBe(true);
    expect(graph.attributions.some((a) => a.viaId !== null)).toBe(true);
    expect(graph.claims.some((c) => c.timeId !== null && c.placeId !== null)).toBe(true);
    expect(graph.actors.some((a) => a.affiliationId !== null)).toBe(true);
  });

  it('accepts the graph, alone and with its text', () => {
    expect(validateGraph(graph)).toEqual({ valid: true, graph });
    expect(validateGraph(graph, { text })).toEqual({ valid: true, graph });
    expect(validateGraph(graph, {})).toEqual({ valid: true, graph });
  });

  const withSource = (g: ArticleGraph) => g.attributions.findIndex((a) => a.sourceId !== null);
  const withVia = (g: ArticleGraph) => g.attributions.findIndex((a) => a.viaId !== null);
  const withPlace = (g: ArticleGraph) => g.claims.findIndex((c) => c.placeId !== null);
  const affiliated = (g: ArticleGraph) => g.actors.findIndex((a) => a.affiliationId !== null);
  const person = (g: ArticleGraph) => g.actors.find((a) => a.type === 'person')!.id;

  // [case, mutation, path of the error (a function of the graph), keyword]
  const cases: [string, Mutation, (g: ArticleGraph) => string, string][] = [
    ['a source that is no actor', (g) => { g.attributions[withSource(g)]!.sourceId = 'nobody'; }, (g) => `/attributions/${withSource(g)}/sourceId`, 'reference'],
    ['a relay that is no actor', (g) => { g.attributions[withVia(g)]!.viaId = 'nobody'; }, (g) => `/attributions/${withVia(g)}/viaId`, 'reference'],
    ['a content that is no quote or claim', (g) => { g.attributions[0]!.contentId = 'q_99'; }, () => '/attributions/0/contentId', 'reference'],
    ['a claim time that is no time', (g) => { g.claims[0]!.timeId = 't_99'; }, () => '/claims/0/timeId', 'reference'],
    ['a claim place that is no actor', (g) => { g.claims[withPlace(g)]!.placeId = 'atlantide'; }, (g) => `/claims/${withPlace(g)}/placeId`, 'reference'],
    ['a claim place that is a person', (g) => { g.claims[withPlace(g)]!.placeId = person(g); }, (g) => `/claims/${withPlace(g)}/placeId`, 'reference'],
    ['an affiliation that is no actor', (g) => { g.actors[affiliated(g)]!.affiliationId = 'atlantide'; }, (g) => `/actors/${affiliated(g)}/affiliationId`, 'reference'],
    ['two actors with one id', (g) => { g.actors[1]!.id = g.actors[0]!.id; }, () => '/actors/1/id', 'unique'],
    ['two quotes with one id', (g) => { g.quotes.push({ ...g.quotes[0]! }); }, (g) => `/quotes/${g.quotes.length}/id`, 'unique'],
    ['a time with the id of another', (g) => { g.times.push({ ...g.times[0]! }); }, (g) => `/times/${g.times.length}/id`, 'unique'],
    ['a quote ending past the document', (g) => { g.quotes[0]!.end = text.length + 5; }, () => '/quotes/0', 'span'],
    ['a claim starting after its end', (g) => { g.claims[0]!.start = g.claims[0]!.end + 1; }, () => '/claims/0', 'span'],
    ['a mention past the document', (g) => { g.actors[0]!.mentions[0]!.end = text.length + 1; }, () => '/actors/0/mentions/0', 'span'],
    ['a sentence past the document', (g) => { g.document.sentences[0]!.end = text.length + 1; }, () => '/document/sentences/0', 'span'],
    ['a cue past the document', (g) => { g.attributions[withSource(g)]!.cue!.end = text.length + 1; }, (g) => `/attributions/${withSource(g)}/cue`, 'span'],
    ['a diagnostic past the document', (g) => { g.diagnostics.push({ code: 'x/y', severity: 'info', message: 'x', start: 0, end: text.length + 1 }); }, (g) => `/diagnostics/${g.diagnostics.length}`, 'span'],
    ['a quote mark span past the document', (g) => { g.quotes[0]!.marks!.end = text.length + 1; }, () => '/quotes/0/marks', 'span'],
  ];

  // The path is read off the graph before the change: a pushed node's index is the old length.
  it.each(cases)('rejects %s, saying where', (_, mutate, path, keyword) => {
    const errors = errorsAfter(mutate);
    expect(errors.map((e) => [e.path, e.keyword])).toContainEqual([path(graph), keyword]);
    for (const e of errors) expect(e.message.length).toBeGreaterThan(10);
  });

  describe('with the text', () => {
    it.each([
      ['a quote text that is not the text at its offsets', (g: ArticleGraph) => { g.quotes[0]!.text = 'Partiremo'; }, '/quotes/0/text'],
      ['a claim shifted by one', (g: ArticleGraph) => { g.claims[0]!.start += 1; g.claims[0]!.end += 1; }, '/claims/0/text'],
      ['a mention text that differs', (g: ArticleGraph) => { g.actors[0]!.mentions[0]!.text = 'X'; }, '/actors/0/mentions/0/text'],
      ['a time text that differs', (g: ArticleGraph) => { g.times[0]!.text = 'domani'; }, '/times/0/text'],
      ['a paragraph text that differs', (g: ArticleGraph) => { g.document.paragraphs[0]!.text = ''; }, '/document/paragraphs/0/text'],
    ])('rejects %s', (_, mutate, path) => {
      const errors = errorsAfter(mutate, { text });
      expect(errors).toContainEqual(expect.objectContaining({ path, keyword: 'slice' }));
      // Without the text, spans are only checked against the document's length.
      expect(errorsAfter(mutate).filter((e) => e.keyword === 'slice')).toEqual([]);
    });

    it('rejects a text of another length than the document', () => {
      const result = validateGraph(graph, { text: `${text} ` });
      expect(result.valid).toBe(false);
      if (!result.valid) expect(result.errors).toEqual([expect.objectContaining({ path: '/document/length', keyword: 'document' })]);
    });

    it('rejects another text of the same length by its document.id', () => {
      const other = text.replace('Lavrov', 'Lavrof');
      const result = validateGraph(graph, { text: other });
      expect(result.valid).toBe(false);
      if (!result.valid) expect(result.errors[0]).toEqual(expect.objectContaining({ path: '/document/id', keyword: 'document' }));
    });
  });

  it('still checks shape first, with the schema keyword', () => {
    const result = validateGraph({ ...graph, actors: 'none' });
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors[0]).toEqual(expect.objectContaining({ path: '/actors', keyword: 'type' }));
  });
});
