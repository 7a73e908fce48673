import jsonld from 'jsonld';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { escapeNQuadsIri, escapeNQuadsString } from '../../src/export/n-quads.js';
import { extractGraph, jsonLdToQuads, mergeGraphs, serializeNQuads, toJsonLd, toNQuads, type RdfQuad } from '../../src/index.js';
import { documentLoader, graph, text } from './offline-context.js';

interface JsTerm { termType: string; value: string; datatype?: { value: string } }
const key = (s: string, p: string, o: string) => `${s} ${p} ${o}`;
const ours = (quads: RdfQuad[]) => new Set(quads.map((q) => key(q.subject, q.predicate, q.object.termType === 'NamedNode' ? `<${q.object.value}>` : `"${q.object.value}"^^${q.object.datatype}`)));
async function theirs(doc: object): Promise<Set<string>> {
  const dataset = (await jsonld.toRDF(doc, { documentLoader })) as unknown as { subject: JsTerm; predicate: JsTerm; object: JsTerm; graph: JsTerm }[];
  for (const q of dataset) expect(q.graph.termType).toBe('DefaultGraph');
  return new Set(dataset.map((q) => key(q.subject.value, q.predicate.value, q.object.termType === 'NamedNode' ? `<${q.object.value}>` : `"${q.object.value}"^^${q.object.datatype!.value}`)));
}

describe('N-Quads escapes (W3C N-Quads §2.4)', () => {
  it.each([
    ['plain', 'plain'],
    ['a "quoted" word', 'a \\"quoted\\" word'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\n', 'two\\nlines\\r\\n'],
    ['tab\there', 'tab\\there'],
    ['bell\u0007', 'bell\\u0007'],
    ['del\u007f', 'del\\u007F'],
    ['accents: è «ü» 😀', 'accents: è «ü» 😀'],
  ])('string %j', (input, output) => {
    expect(escapeNQuadsString(input)).toBe(output);
  });
  it.each([
    ['urn:claimgraph:document/a%20b#q1', 'urn:claimgraph:document/a%20b#q1'],
    ['http://x/a b', 'http://x/a\\u0020b'],
    ['http://x/<a>', 'http://x/\\u003Ca\\u003E'],
    ['http://x/{a}|^`\\"', 'http://x/\\u007Ba\\u007D\\u007C\\u005E\\u0060\\u005C\\u0022'],
  ])('IRI %j', (input, output) => {
    expect(escapeNQuadsIri(input)).toBe(output);
  });
  it('writes literals the store reads back unchanged', () => {
    const odd = 'a "b" \\ c\nd\te\u0001 «è» 😀';
    const store = new oxigraph.Store();
    store.load(serializeNQuads([{ subject: 'urn:x:s', predicate: 'urn:x:p', object: { termType: 'Literal', value: odd, datatype: 'http://www.w3.org/2001/XMLSchema#string' } }]), { format: 'application/n-quads' });
    const [row] = [...(store.query('SELECT ?o WHERE { ?s ?p ?o }') as Map<string, { value: string }>[])];
    expect(row!.get('o')!.value).toBe(odd);
  });
});

describe('toNQuads', () => {
  it('equals JSON-LD toRDF as a set of quads, for an article', async () => {
    const doc = toJsonLd(graph, { text });
    expect(ours(jsonLdToQuads(doc))).toEqual(await theirs(doc));
  });

  it('equals JSON-LD toRDF as a set of quads, for a corpus with fractions, bounds and odd ids', async () => {
    const other = extractGraph('Il sindaco Tommaso Ferri ha detto che oltre il 3,5 per cento dei fondi è arrivato, e che fino a 40 famiglie hanno lasciato "la valle".', { language: 'it' });
    const corpus = mergeGraphs([{ id: 'kursk', graph }, { id: 'a b/"c"', graph: other }]);
    const doc = toJsonLd(corpus);
    expect(ours(jsonLdToQuads(doc))).toEqual(await theirs(doc));
  });

  it('writes one line per quad that a store loads', () => {
    const nquads = toNQuads(graph, { text });
    const store = new oxigraph.Store();
    store.load(nquads, { format: 'application/n-quads' });
    expect(store.size).toBe(nquads.trimEnd().split('\n').length);
  });
});
