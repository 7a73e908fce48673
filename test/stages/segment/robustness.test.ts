import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';
import { italian } from '../../../src/lang/it/index.js';
import { english } from '../../../src/lang/en/index.js';
import type { Token } from '../../../src/pipeline/article.js';
import { capSentenceLength } from '../../../src/stages/segment/cap-sentence-length.js';
import { findBoilerplate } from '../../../src/stages/segment/find-boilerplate.js';
import { isHeading } from '../../../src/stages/segment/is-heading.js';
import { splitParagraphs } from '../../../src/stages/segment/split-paragraphs.js';
import { expectGraphInvariants } from '../../helpers/graph-invariants.js';

const boilerplateLines = (text: string, pack = italian.boilerplate) => {
  const paragraphs = splitParagraphs(text);
  const flags = findBoilerplate(text, paragraphs, pack);
  return paragraphs.filter((_, i) => flags[i]).map((p) => text.slice(p.start, p.end));
};

describe('findBoilerplate: scraper lines, not article', () => {
  it.each([
    ['a "Related News" block with its headlines', 'Il testo.\nRelated News :\nPutin: «Pronti»\nUcraina, 300 soldati', ['Related News :', 'Putin: «Pronti»', 'Ucraina, 300 soldati']],
    ['prose after the block ends it (articles pasted one after another)', 'Testo.\nRelated News :\nUn titolo\nIl ministro ha detto che piove, e molto, da giorni.', ['Related News :', 'Un titolo']],
    ['"Leggi anche" between paragraphs: that line only', 'Uno.\nLeggi anche: «Sì», dice Rossi\nDue.', ['Leggi anche: «Sì», dice Rossi']],
    ['"© Riproduzione riservata", any case', 'Testo.\n© RIPRODUZIONE RISERVATA', ['© RIPRODUZIONE RISERVATA']],
    ['a bullet before the marker', 'Testo.\n• Leggi anche: altro', ['• Leggi anche: altro']],
    ['no boilerplate', 'Il ministro ha detto che piove.\nPoi ha aggiunto altro.', []],
    ['a word that starts like a marker is not one', 'Testo.\nLeggiadra la sera, disse.', []],
    ['a long paragraph that starts like a marker is prose', `Testo.\nLeggi anche ${'parole '.repeat(60)}`, []],
    ['a block marker on a long line is prose', `Testo.\nRelated news ${'about the vote '.repeat(10)}.`, []],
  ])('%s', (_, text, expected) => {
    expect(boilerplateLines(text)).toEqual(expected);
  });

  it('English markers are English data', () => {
    expect(boilerplateLines('Text.\nRead more: the minister said\nAll rights reserved', english.boilerplate)).toEqual(['Read more: the minister said', 'All rights reserved']);
  });

  it('keeps boilerplate out of quotes and claims, says so in a diagnostic, and keeps its paragraphs', () => {
    const text = 'Il ministro Mario Rossi ha detto che 300 soldati sono morti.\nRelated News :\nPutin: «Abbiamo 500 missili»\n© Riproduzione riservata';
    const graph = extractGraph(text, { language: 'it' });
    expect(graph.quotes.map((q) => q.text)).toEqual(['300 soldati sono morti']);
    expect(graph.claims.map((c) => c.text)).toEqual(['300 soldati']);
    expect(graph.document.paragraphs).toHaveLength(4);
    expect(graph.document.sentences.map((s) => s.text)).toEqual(['Il ministro Mario Rossi ha detto che 300 soldati sono morti.']);
    expect(graph.diagnostics.filter((d) => d.code === 'text/boilerplate').map((d) => text.slice(d.start, d.end))).toEqual([
      'Related News :\nPutin: «Abbiamo 500 missili»\n© Riproduzione riservata',
    ]);
    expectGraphInvariants(text, graph);
  });
});

describe('capSentenceLength: a run with no sentence end is read in pieces', () => {
  const tokens = (words: string[]) => {
    let at = 0;
    return words.map((text): Token => {
      const token = { start: at, end: at + text.length, text, lower: text, kind: 'word' as const, sentence: 0, capitalized: false };
      at += text.length + 1;
      return token;
    });
  };

  it('leaves a sentence under the cap whole', () => {
    expect(capSentenceLength(tokens(['a', 'b', 'c']), { start: 0, end: 3 }, 3)).toEqual([{ start: 0, end: 3 }]);
  });

  it('cuts after the last comma in the second half of the cap', () => {
    const words = ['a', 'b', 'c', 'd', ',', 'e', 'f', 'g', 'h', 'i'];
    expect(capSentenceLength(tokens(words), { start: 0, end: 10 }, 6)).toEqual([{ start: 0, end: 5 }, { start: 5, end: 10 }]);
  });

  it('cuts at the cap where there is no comma', () => {
    expect(capSentenceLength(tokens('abcdefghij'.split('')), { start: 0, end: 10 }, 4)).toEqual([{ start: 0, end: 4 }, { start: 4, end: 8 }, { start: 8, end: 10 }]);
  });

  it('reports it in the graph', () => {
    const text = 'parola '.repeat(700);
    const graph = extractGraph(text, { language: 'it' });
    expect(graph.document.sentences.length).toBeGreaterThanOrEqual(3);
    expect(graph.diagnostics.map((d) => d.code)).toContain('text/long-sentence');
    expectGraphInvariants(text, graph);
  });
});

describe('isHeading', () => {
  const heading = (line: string) => isHeading(line, { start: 0, end: line.length });
  it.each([
    ['Un trattato strategico e aiuti militari', true],
    ['“Saremo sempre al fianco dei nostri compagni russi”', true],
    ['Il ministro ha parlato.', false],
    ['Ha detto: «Sì.»', false],
    ['»»»', false],
    ['x'.repeat(251), false],
  ])('%s -> %s', (line, expected) => {
    expect(heading(line)).toBe(expected);
  });
});
