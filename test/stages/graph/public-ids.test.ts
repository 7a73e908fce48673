import { describe, expect, it } from 'vitest';
import { extractGraph, validateGraph, type ArticleGraph } from '../../../src/index.js';
import { actorIds } from '../../../src/stages/graph/public-ids.js';

const allIds = (graph: ArticleGraph) => [...graph.actors, ...graph.quotes, ...graph.claims, ...graph.times, ...graph.attributions].map((n) => n.id);
const actorNamed = (graph: ArticleGraph, name: string) => graph.actors.find((a) => a.name === name);

describe('node ids never meet actor ids', () => {
  it.each([
    ['the A1 motorway', 'Sulla A1 ci sono 300 chilometri di coda, ha detto il ministro Mario Rossi.'],
    ['an actor named like a quote id', '«Resteremo», ha detto Q1. Secondo Q1, 300 soldati sono morti.'],
    ['an actor named like a claim id', 'Secondo C 1, 300 soldati sono morti. «Resto», ha detto C 1.'],
    ['an actor named like a time id', 'Secondo T1, 300 soldati sono morti ieri.'],
    ['an actor named like an attribution id', 'Secondo AT 1, 300 soldati sono morti. «Resto», ha detto AT 1.'],
  ])('%s', (_, text) => {
    const graph = extractGraph(text, { language: 'it' });
    const ids = allIds(graph);
    expect(new Set(ids).size).toBe(ids.length);
    for (const actor of graph.actors) expect(actor.id).toMatch(/^[a-z0-9-]+$/);
    for (const node of [...graph.quotes, ...graph.claims, ...graph.times, ...graph.attributions]) expect(node.id).toMatch(/^(q|c|t|at)_[1-9][0-9]*$/);
    expect(validateGraph(graph, { text }).valid).toBe(true);
  });

  it('gives each kind its own prefix, numbered in text order', () => {
    const graph = extractGraph('«Resteremo», ha detto ieri il ministro Mario Rossi. Sono morti 300 soldati.', { language: 'it', publishedAt: '2024-11-01' });
    expect(graph.quotes.map((q) => q.id)).toEqual(['q_1']);
    expect(graph.claims.map((c) => c.id)).toEqual(['c_1']);
    expect(graph.times.map((t) => t.id)).toEqual(['t_1']);
    expect(graph.attributions.map((a) => a.id)).toEqual(['at_1']);
  });

  it('uses no character that needs escaping in a relative IRI or a URI fragment', () => {
    const graph = extractGraph('«Sì», ha detto Łukasz Mrozek a Zürich. Secondo Владимир Путин, 300 soldati sono morti.', { language: 'it' });
    for (const id of allIds(graph)) expect(encodeURIComponent(id)).toBe(id);
  });
});

describe('actor ids', () => {
  it('are the same for a name in two different articles', () => {
    const first = extractGraph('«Non cederemo», ha detto il ministro Łukasz Mrozek a Varsavia.', { language: 'it' });
    const second = extractGraph('Secondo Łukasz Mrozek, 300 soldati sono arrivati. Mrozek ha poi lasciato la sala.', { language: 'it' });
    expect(actorNamed(first, 'Łukasz Mrozek')?.id).toBe('lukasz-mrozek');
    expect(actorNamed(second, 'Łukasz Mrozek')?.id).toBe('lukasz-mrozek');
  });

  it('tell two actors of one name apart by type, not by text order', () => {
    const keys = [
      { name: 'Napoli', type: 'place', firstSeen: 0 },
      { name: 'Napoli', type: 'organization', firstSeen: 40 },
    ];
    expect(actorIds(keys)).toEqual(['napoli--place', 'napoli--organization']);
    expect(actorIds([...keys].reverse())).toEqual(['napoli--organization', 'napoli--place']);
  });

  it.each([
    ['the club first', 'La Juventus ha battuto il Napoli. A Napoli, secondo la polizia, 300 persone sono scese in piazza.'],
    ['the club inside a role', 'Il presidente del Napoli, Aurelio De Laurentiis, ha detto che a Napoli sono arrivati 3.000 tifosi.'],
  ])('tell the city and the club "Napoli" of one article apart by type (%s)', (_, text) => {
    const graph = extractGraph(text, { language: 'it' });
    const napoli = graph.actors.filter((a) => a.name === 'Napoli').map((a) => [a.type, a.id]).sort();
    expect(napoli).toEqual([['organization', 'napoli--organization'], ['place', 'napoli--place']]);
  });

  it('give the city alone its plain slug', () => {
    const graph = extractGraph('A Napoli, secondo la polizia, 300 persone sono scese in piazza.', { language: 'it' });
    expect(graph.actors.find((a) => a.name === 'Napoli')?.id).toBe('napoli');
  });

  it('keep the plain slug when the name is the only one of its slug', () => {
    expect(actorIds([{ name: 'Napoli', type: 'place', firstSeen: 0 }, { name: 'Milano', type: 'place', firstSeen: 9 }])).toEqual(['napoli', 'milano']);
  });

  it('number two of one slug and one type by name, whatever their order in the text', () => {
    const a = { name: "Sant'Egidio", type: 'organization', firstSeen: 50 };
    const b = { name: 'Sant Egidio', type: 'organization', firstSeen: 10 };
    expect(actorIds([a, b])).toEqual(['sant-egidio--organization-2', 'sant-egidio--organization']);
    expect(actorIds([{ ...a, firstSeen: 5 }, { ...b, firstSeen: 60 }])).toEqual(['sant-egidio--organization-2', 'sant-egidio--organization']);
  });

  it('are ASCII for names in Cyrillic and with letters that do not decompose', () => {
    const graph = extractGraph('«Мы не отступим», ha detto Владимир Путин. «No», ha detto Łukasz Mrozek.', { language: 'it' });
    expect(actorNamed(graph, 'Владимир Путин')?.id).toBe('vladimir-putin');
    expect(actorNamed(graph, 'Łukasz Mrozek')?.id).toBe('lukasz-mrozek');
  });
});
