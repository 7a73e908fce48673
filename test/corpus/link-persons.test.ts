import { describe, expect, it } from 'vitest';
import { mergeGraphs, type CorpusGraph } from '../../src/index.js';
import { articleOf, type ActorSketch } from './article-of.js';

/** Whether the person named `a` in the first article and `b` in a later one end in one merged actor. */
function together(corpus: CorpusGraph, a: string, b: string): boolean {
  const home = (name: string, first: boolean) => corpus.actors.find((x) => x.members.some((m) => m.name === name && (m.documentId === 'doc-0') === first))?.id;
  return home(a, true) !== undefined && home(a, true) === home(b, false);
}

const corpus = (...articles: ActorSketch[][]) => mergeGraphs(articles.map((actors, i) => articleOf(`doc-${i}`, actors)));

describe('linking persons across articles', () => {
  it.each([
    ['spellings of a transliterated name', [[{ name: 'Volodymyr Zelensky' }], [{ name: 'Volodymyr Zelenskyy' }], [{ name: 'Volodymyr Zelenskij' }]], 'Volodymyr Zelensky', 'Volodymyr Zelenskij'],
    ['a Korean name with and without hyphen', [[{ name: 'Kim Jong-un' }], [{ name: 'Kim Jong Un' }]], 'Kim Jong-un', 'Kim Jong Un'],
    ['a lone surname and the one full name that has it', [[{ name: 'Ferrante' }], [{ name: 'Giulio Ferrante' }]], 'Ferrante', 'Giulio Ferrante'],
    ['a lone transliterated surname', [[{ name: 'Zelenskyy' }], [{ name: 'Volodymyr Zelensky' }]], 'Zelenskyy', 'Volodymyr Zelensky'],
    ['an initial', [[{ name: 'G. Ferrante' }], [{ name: 'Giulio Ferrante' }]], 'G. Ferrante', 'Giulio Ferrante'],
    ['a dropped middle name', [[{ name: 'Anna Ferrante' }], [{ name: 'Anna Maria Ferrante' }]], 'Anna Ferrante', 'Anna Maria Ferrante'],
    ['a middle initial', [[{ name: 'Bruno Ferrante' }], [{ name: 'Bruno T. Ferrante' }]], 'Bruno Ferrante', 'Bruno T. Ferrante'],
    ['two spellings of one given name (tie-breaker)', [[{ name: 'Piero Valsecchi' }], [{ name: 'Pietro Valsecchi' }]], 'Piero Valsecchi', 'Pietro Valsecchi'],
    ['a surname with its particle', [[{ name: 'Di Vaio' }], [{ name: 'Lucio Di Vaio' }]], 'Di Vaio', 'Lucio Di Vaio'],
    ['the same full name', [[{ name: 'Tommaso Ferri', titles: ['sindaco'] }], [{ name: 'Tommaso Ferri' }]], 'Tommaso Ferri', 'Tommaso Ferri'],
  ])('joins %s', (_, articles, a, b) => {
    expect(together(corpus(...(articles as ActorSketch[][])), a, b)).toBe(true);
  });

  it.each([
    ['a lone surname two full names share', [[{ name: 'Ferrante' }], [{ name: 'Giulio Ferrante' }], [{ name: 'Marta Ferrante' }]], 'Ferrante', 'Giulio Ferrante'],
    ['a compound given name and its second part', [[{ name: 'Gian Marco Ferrante' }], [{ name: 'Marco Ferrante' }]], 'Gian Marco Ferrante', 'Marco Ferrante'],
    ['two different given names of one surname', [[{ name: 'Ignazio Ferrante' }], [{ name: 'Gaetano Ferrante' }]], 'Ignazio Ferrante', 'Gaetano Ferrante'],
    ['given names of another gender', [[{ name: 'Maria Valsecchi' }], [{ name: 'Mario Valsecchi' }]], 'Maria Valsecchi', 'Mario Valsecchi'],
    ['a short form that respells the given name', [[{ name: 'Bobby Valsecchi' }], [{ name: 'Bobbi Anna Valsecchi' }]], 'Bobby Valsecchi', 'Bobbi Anna Valsecchi'],
    ['near surnames', [[{ name: 'Luca Rossi' }], [{ name: 'Luca Russo' }]], 'Luca Rossi', 'Luca Russo'],
    ['descriptions', [[{ name: 'il portavoce' }], [{ name: 'il portavoce' }]], 'il portavoce', 'il portavoce'],
    ['a lone given name and a full name', [[{ name: 'Ignazio' }], [{ name: 'Gaetano Ignazio' }, { name: 'Ignazio Ferrante' }]], 'Ignazio', 'Ignazio Ferrante'],
  ])('keeps apart %s', (_, articles, a, b) => {
    expect(together(corpus(...(articles as ActorSketch[][])), a, b)).toBe(false);
  });

  it('lets titles pick one of two full names for a lone surname', () => {
    const c = corpus(
      [{ name: 'Ferrante', titles: ['ministro della Salute'] }],
      [{ name: 'Giulio Ferrante', titles: ['ministro'] }],
      [{ name: 'Marta Ferrante', titles: ['cantante'] }],
    );
    expect(together(c, 'Ferrante', 'Giulio Ferrante')).toBe(true);
    expect(together(c, 'Ferrante', 'Marta Ferrante')).toBe(false);
  });

  it('lets clashing affiliations veto a link', () => {
    const c = corpus(
      [{ name: 'Ferrante', type: 'person', affiliation: 'Argentina' }, { name: 'Argentina', type: 'place' }],
      [{ name: 'Giulio Ferrante', affiliation: 'Cile' }, { name: 'Cile', type: 'place' }],
    );
    expect(together(c, 'Ferrante', 'Giulio Ferrante')).toBe(false);
    const d = corpus(
      [{ name: 'Ferrante', affiliation: 'Cile' }, { name: 'Cile', type: 'place' }],
      [{ name: 'Giulio Ferrante', affiliation: 'Cile' }, { name: 'Cile', type: 'place' }],
    );
    expect(together(d, 'Ferrante', 'Giulio Ferrante')).toBe(true);
  });

  it('merges organisations and places by type and name, not across types', () => {
    const c = corpus([{ name: 'Banca d’Italia', type: 'organization' }, { name: 'Roma', type: 'place' }], [{ name: 'banca d’Italia', type: 'organization' }, { name: 'Roma', type: 'organization' }]);
    const bank = c.actors.filter((a) => a.type === 'organization' && /banca/i.test(a.name));
    expect(bank).toHaveLength(1);
    expect(bank[0]!.members).toHaveLength(2);
    expect(c.actors.filter((a) => a.name === 'Roma').map((a) => a.type).sort()).toEqual(['organization', 'place']);
  });

  it('gives each merged actor a distinct id', () => {
    const c = corpus([{ name: 'il portavoce' }, { name: 'Ferrante' }], [{ name: 'il portavoce' }, { name: 'Giulio Ferrante' }], [{ name: 'Marta Ferrante' }]);
    expect(new Set(c.actors.map((a) => a.id)).size).toBe(c.actors.length);
  });
});
