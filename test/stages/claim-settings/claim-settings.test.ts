import { describe, expect, it } from 'vitest';
import { extractGraph, type ArticleGraph } from '../../../src/index.js';
import { expectGraphInvariants } from '../../helpers/graph-invariants.js';

// Each claim of the text as [claim text, its time's text, its place's name].
function settings(text: string): Array<[string, string | null, string | null]> {
  const graph: ArticleGraph = extractGraph(text, { language: 'it', publishedAt: '2024-11-01' });
  expectGraphInvariants(text, graph);
  return graph.claims.map((c) => [
    c.text,
    c.timeId === null ? null : graph.times.find((t) => t.id === c.timeId)!.text,
    c.placeId === null ? null : graph.actors.find((a) => a.id === c.placeId)!.name,
  ]);
}

describe('claim settings: when and where a sentence puts a claim', () => {
  it('takes a place named after a preposition of place, through a place noun', () => {
    const [[, time, place]] = settings('Sono già 8mila i soldati nordcoreani schierati nella regione di Kursk.') as [[string, string | null, string | null]];
    expect(time).toBeNull();
    expect(place).toMatch(/Kursk/);
  });

  it('takes no place that names a source or a target', () => {
    expect(settings('Secondo Washington, sono morti 300 soldati.').map(([, , place]) => place)).toEqual([null]);
    expect(settings("L'assalto all'Ucraina è costato 300 milioni di euro.").map(([, , place]) => place)).toEqual([null]);
  });

  it('prefers the clause of the claim, then its sentence', () => {
    expect(settings('Nel 2022 i morti erano 300, nel 2023 sono stati 500.').map(([text, time]) => [text, time])).toEqual([
      ['300', '2022'], ['500', '2023'],
    ]);
    const [[, time, place]] = settings('Giovedì, secondo Washington, 10.000 soldati sono entrati in Russia.') as [[string, string | null, string | null]];
    expect(time).toBe('Giovedì');
    expect(place).toBe('Russia');
  });

  it('carries nothing across sentences', () => {
    expect(settings('Ieri a Roma è piovuto. Sono arrivati 300 soldati.').map(([, time, place]) => [time, place])).toEqual([[null, null]]);
  });

  it('leaves the numbers of dates to the time nodes: "tre giorni fa" is no claim', () => {
    const graph = extractGraph('Tre giorni fa sono arrivati 300 soldati.', { language: 'it', publishedAt: '2024-11-01' });
    expect(graph.claims.map((c) => c.text)).toEqual(['300 soldati']);
    expect(graph.times.map((t) => [t.text, t.value])).toEqual([['Tre giorni fa', '2024-10-29']]);
    expect(graph.claims[0]!.timeId).toBe(graph.times[0]!.id);
  });
});
