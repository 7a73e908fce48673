import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';
import type { ArticleGraph } from '../../../src/index.js';

// Sentences are written for these tests.
type Actor = ArticleGraph['actors'][number];

const graphOf = (text: string) => extractGraph(text, { language: 'it' });
const actorNamed = (graph: ArticleGraph, name: string): Actor | undefined => graph.actors.find((a) => a.name === name);

describe('one actor per entity: full names, surnames, first names', () => {
  it.each<[string, string, string[]]>([
    ['Sergio Valli è arrivato a Torino. Valli ha parlato per un\'ora.', 'Sergio Valli', ['Sergio Valli', 'Valli']],
    ['Anna Ferri ha vinto. Anna ha ringraziato il pubblico.', 'Anna Ferri', ['Anna Ferri', 'Anna']],
    ['Il governo tedesco tace. Poi il governo tedesco ha smentito.', 'governo tedesco', ['governo tedesco', 'governo tedesco']],
  ])('%s', (text, name, mentions) => {
    const actor = actorNamed(graphOf(text), name);
    expect(actor?.mentions.map((m) => m.text)).toEqual(mentions);
  });

  it('keeps a surname that fits two full names apart from both', () => {
    const graph = graphOf('Marco Rinaldi e Paola Rinaldi sono fratelli. Rinaldi ha parlato.');
    expect(actorNamed(graph, 'Marco Rinaldi')?.mentions.map((m) => m.text)).toEqual(['Marco Rinaldi']);
    expect(actorNamed(graph, 'Paola Rinaldi')?.mentions.map((m) => m.text)).toEqual(['Paola Rinaldi']);
  });

  it('does not merge a person and a place that share a word', () => {
    const graph = graphOf('Carla Milano vive a Milano da anni.');
    expect(actorNamed(graph, 'Carla Milano')?.type).toBe('person');
    expect(actorNamed(graph, 'Milano')?.type).toBe('place');
  });
});

describe('titles and affiliations', () => {
  it.each<[string, string, string[], string | null]>([
    // apposition: the role before the name gives its title and, with a nationality, its affiliation
    ['Il premier russo Ivan Sorokin ha approvato il decreto.', 'Ivan Sorokin', ['premier russo'], 'russia'],
    ['Lo ha detto il ministro degli Esteri Luca Sarti.', 'Luca Sarti', ['ministro degli Esteri'], null],
    // an institution's adjective of nationality is its affiliation
    ['Il governo tedesco ha approvato la legge.', 'governo tedesco', [], 'germania'],
    ['Il Parlamento inglese ha votato la mozione.', 'Parlamento inglese', [], 'regno-unito'],
  ])('%s', (text, name, titles, affiliationId) => {
    const actor = actorNamed(graphOf(text), name);
    expect(actor?.titles).toEqual(titles);
    expect(actor?.affiliationId ?? null).toBe(affiliationId);
  });

  it('gives no affiliation where no nationality is said', () => {
    expect(actorNamed(graphOf('La polizia ha chiuso la strada.'), 'polizia')?.affiliationId ?? null).toBeNull();
  });
});

describe('role descriptions resolved to an actor, with the rule that did it', () => {
  it.each<[string, string, string, string]>([
    // the same title given earlier by apposition
    ['Il ministro francese Paul Girard è arrivato. Più tardi il ministro francese ha parlato.', 'Paul Girard', 'ministro francese', 'same-title'],
    // the most recent actor of that affiliation
    ['Il presidente russo Vladimir Putin ha risposto. Il leader russo ha aggiunto altro.', 'Vladimir Putin', 'leader russo', 'recent-same-affiliation'],
  ])('%s', (text, name, nominal, rule) => {
    const actor = actorNamed(graphOf(text), name);
    const mention = actor?.mentions.find((m) => m.text === nominal && m.kind === 'nominal' && m.rule !== 'apposition');
    expect(mention?.rule).toBe(rule);
  });

  it('leaves a role with no actor of its kind before it unresolved', () => {
    const graph = graphOf('Il ministro francese ha parlato a lungo.');
    expect(graph.actors.some((a) => a.type === 'person' && a.mentions.some((m) => m.kind === 'name'))).toBe(false);
  });
});

describe('metonymy kept as used', () => {
  it.each<[string, string, Actor['type']]>([
    ['Washington ha annunciato nuove sanzioni.', 'Washington', 'place'],
    ['Secondo Mosca il piano non funzionerà.', 'Mosca', 'place'],
    ['Il Napoli ha vinto il campionato.', 'Napoli', 'organization'],
  ])('%s', (text, name, type) => {
    expect(actorNamed(graphOf(text), name)?.type).toBe(type);
  });
});
