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

describe('a quotation mark left open', () => {
  const unclosedMessage = (text: string) => extractGraph(text, { language: 'it' }).diagnostics.find((d) => d.code === 'quote/unclosed')?.message;

  it.each([
    ['a third-person past', 'Il sindaco ha detto: «Faremo di tutto per riaprire la scuola. Il prefetto, intanto, ha convocato un tavolo per lunedì.', 'Faremo di tutto per riaprire la scuola.'],
    ['a cue of its own', 'La ministra ha scritto: «Il paese merita di più. La sua portavoce ha poi spiegato che la lettera era privata.', 'Il paese merita di più.'],
    ['a new opening mark', 'Il cronista ha chiesto: «Che cosa cambia adesso? «Nulla», ha risposto il tecnico.', 'Che cosa cambia adesso?'],
  ])('ends where narration resumes: %s', (_, text, quote) => {
    expect(quotesOf(text)[0]).toBe(quote);
    expect(unclosedMessage(text)).toMatch(/narration resumes/u);
  });

  it('keeps going through sentences in the first person', () => {
    const text = 'Il sindaco ha detto: «Faremo di tutto per riaprire la scuola. Abbiamo già chiesto i fondi alla Regione.';
    expect(quotesOf(text)[0]).toBe('Faremo di tutto per riaprire la scuola. Abbiamo già chiesto i fondi alla Regione.');
  });

  it('leaves a closed quote of several sentences whole', () => {
    const text = '«Non possiamo aspettare. Il comune ha già perso un anno», ha detto il sindaco.';
    expect(quotesOf(text)).toEqual(['Non possiamo aspettare. Il comune ha già perso un anno']);
  });

  it('gives the narration after the repaired quote its own report', () => {
    const graph = extractGraph('La ministra ha scritto: «Il paese merita di più. La portavoce Anna Neri ha poi spiegato che la lettera era privata.', { language: 'it' });
    expect(graph.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(['la lettera era privata']);
  });
});
