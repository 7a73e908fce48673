import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';
import { pairQuoteMarks } from '../../../src/stages/quotes/pair-quote-marks.js';
import { splitParagraphs } from '../../../src/stages/segment/split-paragraphs.js';

const quotesOf = (text: string) => extractGraph(text, { language: 'it' }).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);

describe('quote marks', () => {
  it.each([
    ['angled', 'Ha detto: «Andiamo avanti».', ['Andiamo avanti']],
    ['curly', 'Ha detto: “Andiamo avanti”.', ['Andiamo avanti']],
    ['low-high', 'Ha detto: „Andiamo avanti”.', ['Andiamo avanti']],
    ['straight', 'Ha detto: "Andiamo avanti".', ['Andiamo avanti']],
    ['single curly', 'Lo chiamano ‘il professore’ da anni.', ['il professore']],
    ['two quotes in a sentence', 'Parla di «crisi» e di «svolta» nel paese.', ['crisi', 'svolta']],
    ['a nested quote kept inside its outer quote', '«Il piano “Aurora” partirà domani», ha detto.', ['Il piano “Aurora” partirà domani']],
  ])('pairs %s quotes', (_, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it('loses only the stray mark, never the other quotes of the article', () => {
    expect(quotesOf('Un » stray qui. Poi ha detto: «Resto».\nE ancora: «Vado».')).toEqual(['Resto', 'Vado']);
  });

  it('continues a quote across paragraphs that reopen with «', () => {
    const text = '«Prima parte del discorso\n«seconda parte del discorso», ha detto.';
    expect(quotesOf(text)).toEqual(['Prima parte del discorso\n«seconda parte del discorso']);
  });

  it('ends a quote that never closes at its paragraph and reports it', () => {
    const text = 'Ha detto: «Non è finita qui\nIl giorno dopo è partito.';
    const graph = extractGraph(text, { language: 'it' });
    expect(graph.quotes.map((q) => q.text)).toContain('Non è finita qui');
    expect(graph.diagnostics.map((d) => d.code)).toContain('quote/unclosed');
  });

  it('reports a closing mark with no opening one', () => {
    const diagnostics: { code: string }[] = [];
    const text = 'Poi » niente.';
    pairQuoteMarks(text, splitParagraphs(text), diagnostics as never);
    expect(diagnostics.map((d) => d.code)).toEqual(['quote/stray-close']);
  });
});

describe('quote properties', () => {
  const pieces = fc.constantFrom('«', '»', '“', '”', '"', "'", '‘', '’', ' ha detto ', ', ha aggiunto Mario Rossi', ': ', 'che ', '\n', '. ', 'la Russia ', 'il ministro ', 'Non ', '8mila ', 'x');
  const articleLike = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws, slices back, and never overlaps two quotes of one kind', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const graph = extractGraph(text, { language: 'it' });
        for (const q of graph.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
        for (const kind of ['direct', 'partial', 'indirect'] as const) {
          const spans = graph.quotes.filter((q) => q.kind === kind).sort((a, b) => a.start - b.start);
          for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        }
      }),
      { seed: 20261127, numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });
});
