import { existsSync, readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { extractGraph, mergeGraphs, toNQuads } from '../../src/index.js';

// Made-up articles where one person is named in several ways, and the Italian fixture.
const articles: { id: string; text: string }[] = [
  { id: 'kursk', text: readFileSync('fixtures/it/kursk-north-korea.txt', 'utf8') },
  { id: 'valle-1', text: 'Il sindaco Giulio Ferrante ha detto che 300 famiglie hanno lasciato la valle. «Servono almeno 120 tende», ha aggiunto Ferrante.' },
  { id: 'valle-2', text: 'Le scuole restano chiuse. «Riapriremo lunedì», ha annunciato Ferrante. Secondo la prefettura, gli sfollati sono 450.' },
  { id: 'kyiv', text: 'Oleksandr Kravčuk ha dichiarato che i droni abbattuti sono 45. «Non ci arrenderemo», ha detto Kravčuk.' },
  { id: 'kyiv-2', text: '«La difesa aerea regge», ha spiegato Oleksandr Kravchuk. Secondo Kravchuk, i missili intercettati sono stati oltre 2.000.' },
];
// A few development articles when the shared evaluation data is beside the checkout (read, never copied).
const DEV = '../shared/eval/it-attr-dev.jsonl';
const dev = existsSync(DEV) ? readFileSync(DEV, 'utf8').split('\n').filter(Boolean).slice(0, 4).map((l) => JSON.parse(l) as { id: string; text: string }) : [];
const all = [...articles, ...dev.map(({ id, text }) => ({ id, text }))];
const texts = new Map(all.map((a) => [a.id, a.text]));
const corpus = mergeGraphs(all.map(({ id, text }) => ({ id, graph: extractGraph(text, { language: 'it' }) })));
const store = new oxigraph.Store();
store.load(toNQuads(corpus), { format: 'application/n-quads' });

const PREFIXES = `PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX cg: <https://claimgraph.dev/ns#>
`;
type Row = Map<string, { value: string }>;
const select = (query: string) => [...(store.query(PREFIXES + query) as Iterable<Row>)].map((row) => Object.fromEntries([...row].map(([k, v]) => [k, v.value])));

/** Every quote of one person across the archive, with where it is in each article. */
export const QUOTES_OF_PERSON = `SELECT ?article ?text ?start ?end WHERE {
  ?person a schema:Person ; schema:name ?name .
  ?quote a schema:Quotation ; schema:creator ?person ; schema:text ?text ; schema:isPartOf ?doc ;
         cg:position/oa:hasSelector ?at .
  ?at a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?doc schema:identifier ?article .
  FILTER(?name = $NAME)
} ORDER BY ?article ?start`;

/** Every claim above a value, with who claims it (when the article says). */
export const CLAIMS_ABOVE = `SELECT ?article ?text ?value ?source WHERE {
  ?claim a schema:Claim ; schema:text ?text ; schema:appearance ?doc ; cg:quantity/schema:value ?value .
  ?doc schema:identifier ?article .
  OPTIONAL { ?claim schema:author/schema:name ?source }
  FILTER(?value > $BOUND)
} ORDER BY DESC(?value) ?article ?text`;

describe('the corpus in an RDF store (Oxigraph), queried with SPARQL', () => {
  it('holds every document, quote and claim', () => {
    const count = (type: string) => Number(select(`SELECT (COUNT(?x) AS ?n) WHERE { ?x a ${type} }`)[0]!.n);
    expect(count('schema:NewsArticle')).toBe(all.length);
    expect(count('schema:Quotation')).toBe(corpus.quotes.length);
    expect(count('schema:Claim')).toBe(corpus.claims.length);
  });

  it('finds all quotes of one merged person across articles, with their offsets', () => {
    const ferrante = corpus.actors.find((a) => a.type === 'person' && a.name === 'Giulio Ferrante')!;
    expect(new Set(ferrante.members.map((m) => m.documentId))).toEqual(new Set(['valle-1', 'valle-2']));
    const rows = select(QUOTES_OF_PERSON.replace('$NAME', JSON.stringify(ferrante.name)));
    const expected = corpus.quotes.filter((q) => corpus.attributions.some((a) => a.documentId === q.documentId && a.contentId === q.id && a.sourceId === ferrante.id));
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => r.article))).toEqual(new Set(['valle-1', 'valle-2']));
    for (const r of rows) expect(texts.get(r.article!)!.slice(Number(r.start), Number(r.end))).toBe(r.text);
    expect(rows.map((r) => r.text)).toEqual(expect.arrayContaining(['Servono almeno 120 tende', 'Riapriremo lunedì']));
  });

  it('finds a transliterated name under one person', () => {
    const rows = select(QUOTES_OF_PERSON.replace('$NAME', JSON.stringify(corpus.actors.find((a) => /Kravchuk|Kravčuk/.test(a.name))!.name)));
    expect(new Set(rows.map((r) => r.article))).toEqual(new Set(['kyiv', 'kyiv-2']));
  });

  it('finds all claims above a bound, with their sources', () => {
    const rows = select(CLAIMS_ABOVE.replace('$BOUND', '100'));
    const expected = corpus.claims.filter((c) => c.value > 100);
    expect(rows).toHaveLength(expected.length + expected.reduce((n, c) => n + Math.max(0, corpus.attributions.filter((a) => a.documentId === c.documentId && a.contentId === c.id && a.sourceId !== null).length - 1), 0));
    expect(rows.every((r) => Number(r.value) > 100)).toBe(true);
    const families = rows.find((r) => r.article === 'valle-1' && Number(r.value) === 300)!;
    expect(families.source).toBe('Giulio Ferrante');
    expect(rows.find((r) => r.article === 'kyiv-2' && Number(r.value) === 2000)?.source).toMatch(/Krav/);
    expect(corpus.claims.some((c) => c.documentId === 'kyiv' && c.value === 45)).toBe(true);
    expect(rows.some((r) => r.article === 'kyiv' && Number(r.value) === 45)).toBe(false);
  });
});
