import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';
import type { ArticleGraph } from '../../../src/index.js';

// Sentences are written for these tests.
type Actor = ArticleGraph['actors'][number];

const graphOf = (text: string) => extractGraph(text, { language: 'it' });
const actorNamed = (graph: ArticleGraph, name: string): Actor | undefined => graph.actors.find((a) => a.name === name);
const mentionTexts = (actor: Actor | undefined) => actor?.mentions.map((m) => m.text);

describe('an acronym and the name it abbreviates are one actor', () => {
  it.each<[string, string, string, string[]]>([
    // in brackets after the name, then alone
    ['La Lega Italiana Protezione Uccelli (LIPU) denuncia la caccia. La LIPU chiede un incontro.', 'Lega Italiana Protezione Uccelli', 'LIPU',
      ['Lega Italiana Protezione Uccelli', 'LIPU', 'LIPU']],
    // in brackets before the name
    ['L\'OMS (Organizzazione mondiale della sanità) ha parlato.', 'Organizzazione mondiale della sanità', 'OMS', ['OMS', 'Organizzazione mondiale della sanità']],
    // spelling the initials of the meaningful words, in any case
    ['L\'Anfi protesta. L\'Associazione Nazionale Fotografi Indipendenti chiede un incontro. L\'Anfi attende.', 'Associazione Nazionale Fotografi Indipendenti', 'Anfi',
      ['Anfi', 'Associazione Nazionale Fotografi Indipendenti', 'Anfi']],
    ['Il Partito della Rinascita Liberale (PdRL) ha votato.', 'Partito della Rinascita Liberale', 'PdRL', ['Partito della Rinascita Liberale', 'PdRL']],
  ])('%s', (text, name, acronym, mentions) => {
    const graph = graphOf(text);
    const actor = actorNamed(graph, name);
    expect(actor?.type).toBe('organization');
    expect(actor?.aliases).toContain(acronym);
    expect(mentionTexts(actor)).toEqual(mentions);
    expect(actorNamed(graph, acronym)).toBeUndefined();
  });

  it('makes a body of a name its bracketed initials spell, though a given name opens it', () => {
    const graph = graphOf('Un responsabile del Robert Meyer Institut (RMI) ha parlato.');
    expect(actorNamed(graph, 'Robert Meyer Institut')?.type).toBe('organization');
    expect(actorNamed(graph, 'Robert Meyer Institut')?.aliases).toContain('RMI');
  });

  it.each<[string, string, string]>([
    // a party in brackets after a person is the person's party, not the person's acronym
    ['Carlo Neri (PD) ha votato contro.', 'Carlo Neri', 'PD'],
    // a place keeps its type and its code stays apart
    ['Il treno Roma-Lido (RL) è fermo.', 'Roma-Lido', 'RL'],
    // initials that fit two organisations say nothing
    ['Il Cnr protesta. Il Comitato Nazionale Ricerca e il Centro Nazionale Risorse tacciono.', 'Comitato Nazionale Ricerca', 'Cnr'],
  ])('leaves %s apart', (text, name, acronym) => {
    const graph = graphOf(text);
    expect(actorNamed(graph, name)?.aliases ?? []).not.toContain(acronym);
  });
});

describe('a description of a body resolved to the named body before it', () => {
  it.each<[string, string, string]>([
    // the same kind of body: "la società" given by apposition, "l'azienda" later
    ['La società Alfatech ha chiuso lo stabilimento. L\'azienda ha detto che riaprirà.', 'Alfatech', 'azienda'],
    // the descriptor in the name
    ['Il Partito Democratico ha votato contro. Il partito ha chiesto le dimissioni.', 'Partito Democratico', 'partito'],
    ['L\'Università di Padova ha aperto il bando. L\'ateneo ha detto sì.', 'Università di Padova', 'ateneo'],
    // a company the gazetteer knows
    ['Google ha comprato la Alfatech. La società ha detto che è contenta.', 'Google', 'società'],
  ])('%s', (text, name, description) => {
    const actor = actorNamed(graphOf(text), name);
    expect(actor?.mentions.find((m) => m.kind === 'nominal' && m.text === description)?.rule).toBe('recent-same-kind');
  });

  it.each<[string, string]>([
    // no body of that kind before it
    ['Il Comune di Bari ha deciso. L\'azienda ha protestato.', 'Comune di Bari'],
    // "partito" without an article is a verb
    ['Il Partito Democratico ha votato. Poi è partito per Roma.', 'Partito Democratico'],
  ])('leaves %s unresolved', (text, name) => {
    const actor = actorNamed(graphOf(text), name);
    expect(actor?.mentions.filter((m) => m.kind === 'nominal' && m.rule === 'recent-same-kind')).toEqual([]);
  });
});

describe('roles before names, across adjectives and titles', () => {
  it.each<[string, string, string[]]>([
    ['Il giudice monocratico Paola Serra ha assolto tutti.', 'Paola Serra', ['giudice monocratico']],
    ['Lo ha scoperto il paleontologo polacco Tomasz Wrona.', 'Tomasz Wrona', ['paleontologo polacco']],
    ['Il primo ministro britannico Anna Ford ha parlato.', 'Anna Ford', ['primo ministro britannico']],
    ['Parla l\'on. Marco Testa in aula.', 'Marco Testa', ['on.']],
    // a verb between role and name is no adjective
    ['Il presidente incontra Luca Neri domani.', 'Luca Neri', []],
  ])('%s', (text, name, titles) => {
    expect(actorNamed(graphOf(text), name)?.titles).toEqual(titles);
  });

  it('takes no "primo" alone for a role', () => {
    const graph = graphOf('È il primo frutto della nuova politica.');
    expect(graph.actors.filter((a) => a.type === 'person')).toEqual([]);
  });
});
