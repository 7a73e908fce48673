import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusOf, extractGraph, mergeCorpora, mergeGraphs, type ArticleGraph, type CorpusGraph } from '../../src/index.js';

// Made-up people, some written in several ways, and sentences that report what they said.
const NAMES = ['Giulio Ferrante', 'Ferrante', 'Marta Ferrante', 'Oleksandr Kravchuk', 'Oleksandr Kravčuk', 'Kravchuk', 'Anna Maria Valsecchi', 'Anna Valsecchi', 'Piero Dossena', 'Pietro Dossena'];
const SENTENCES = [
  (name: string, n: number) => `${name} ha detto che ${n} famiglie hanno lasciato la valle.`,
  (name: string, n: number) => `«Abbiamo ${n} tende pronte», ha spiegato ${name} ai giornalisti.`,
  (name: string, n: number) => `Secondo ${name}, i feriti sono ${n}.`,
];

const graphs = new Map<string, ArticleGraph>();
const graphOf = (text: string) => {
  let g = graphs.get(text);
  if (!g) graphs.set(text, g = extractGraph(text, { language: 'it' }));
  return g;
};

const article = fc.array(fc.tuple(fc.integer({ min: 0, max: SENTENCES.length - 1 }), fc.constantFrom(...NAMES), fc.integer({ min: 2, max: 900 })), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([s, name, n]) => SENTENCES[s]!(name, n)).join(' '))
  .map((text) => ({ id: `art-${text.length}-${text.slice(0, 12)}`, graph: graphOf(text) }));
const corpus = fc.array(article, { maxLength: 3 }).map((items) => {
  // One id names one article: a second article drawn with the same id is dropped.
  const seen = new Set<string>();
  return mergeGraphs(items.filter((i) => !seen.has(i.id) && seen.add(i.id)));
});

const fixture = { id: 'fixture-kursk', graph: extractGraph(readFileSync('fixtures/it/kursk-north-korea.txt', 'utf8'), { language: 'it' }) };

/** Corpora drawn independently may give one id to two texts: those triples are not valid input. */
const compatible = (...cs: CorpusGraph[]) => {
  const hash = new Map<string, string>();
  return cs.every((c) => c.documents.every((d) => (hash.get(d.id) ?? d.contentHash) === d.contentHash && hash.set(d.id, d.contentHash)));
};

describe('mergeCorpora is associative and commutative', () => {
  it('on graphs extracted from generated articles', () => {
    fc.assert(fc.property(corpus, corpus, corpus, (a, b, c) => {
      fc.pre(compatible(a, b, c));
      expect(mergeCorpora([mergeCorpora([a, b]), c])).toEqual(mergeCorpora([a, mergeCorpora([b, c])]));
      expect(mergeCorpora([a, b])).toEqual(mergeCorpora([b, a]));
      expect(mergeCorpora([a, a])).toEqual(mergeCorpora([a]));
    }), { numRuns: 60 });
  });

  it('with the fixture in the mix', () => {
    const f = corpusOf(fixture);
    fc.assert(fc.property(corpus, corpus, (a, b) => {
      fc.pre(compatible(a, b, f));
      expect(mergeCorpora([mergeCorpora([a, f]), b])).toEqual(mergeCorpora([a, mergeCorpora([f, b])]));
      expect(mergeCorpora([f, a])).toEqual(mergeCorpora([a, f]));
    }), { numRuns: 20 });
  });

  it('mergeGraphs is the fold of single-article corpora', () => {
    const items = [fixture, { id: 'b', graph: graphOf(SENTENCES[0]!('Giulio Ferrante', 12)) }, { id: 'c', graph: graphOf(SENTENCES[2]!('Ferrante', 40)) }];
    expect(mergeGraphs(items)).toEqual(items.map((i) => corpusOf(i)).reduce((acc, c) => mergeCorpora([acc, c])));
    expect(mergeGraphs(items)).toEqual(mergeGraphs([...items].reverse()));
  });

  it('refuses one id for two different texts', () => {
    expect(() => mergeGraphs([{ id: 'x', graph: graphOf(SENTENCES[0]!('Piero Dossena', 3)) }, { id: 'x', graph: graphOf(SENTENCES[0]!('Piero Dossena', 4)) }]))
      .toThrow(/different texts/);
  });
});

describe('merged actor ids', () => {
  const first = [
    { id: 'one', graph: graphOf('Giulio Ferrante ha detto che 30 famiglie hanno lasciato la valle. Secondo Oleksandr Kravchuk, i feriti sono 4.') },
    { id: 'two', graph: graphOf('«Abbiamo 12 tende pronte», ha spiegato Oleksandr Kravčuk ai giornalisti.') },
    fixture,
  ];
  const later = { id: 'three', graph: graphOf('Secondo Giulio Ferrante, i feriti sono 8. Piero Dossena ha detto che 5 famiglie hanno lasciato la valle.') };

  it('are the same for the same input', () => {
    expect(mergeGraphs(first).actors.map((a) => a.id)).toEqual(mergeGraphs([...first].reverse()).actors.map((a) => a.id));
  });

  it('do not change when an article is added', () => {
    const before = mergeGraphs(first);
    const after = mergeGraphs([...first, later]);
    for (const actor of before.actors) {
      const same = after.actors.find((a) => a.id === actor.id);
      expect(same, actor.id).toBeDefined();
      expect(same!.members).toEqual(expect.arrayContaining([...actor.members]));
    }
    const ferrante = after.actors.find((a) => a.name === 'Giulio Ferrante')!;
    expect(new Set(ferrante.members.map((m) => m.documentId))).toEqual(new Set(['one', 'three']));
  });

  it('join transliterations of one name across articles', () => {
    const kravchuk = mergeGraphs(first).actors.filter((a) => a.type === 'person' && /Krav/.test(a.name));
    expect(kravchuk).toHaveLength(1);
    expect(kravchuk[0]!.aliases).toContain('Oleksandr Kravčuk');
  });

  it('point quotes and attributions to their document and merged actor', () => {
    const c = mergeGraphs(first);
    const quote = c.quotes.find((q) => q.text.includes('tende pronte'))!;
    expect(quote.documentId).toBe('two');
    const attribution = c.attributions.find((a) => a.documentId === 'two' && a.contentId === quote.id)!;
    expect(c.actors.find((a) => a.id === attribution.sourceId)?.name).toMatch(/Krav/);
  });
});
