import type { CorpusGraph } from '../corpus/corpus-types.js';
import type { ArticleGraph } from '../schema/graph-schema.js';
import { RDF_TYPE, termIri, termIsLink } from './context.js';
import { toJsonLd, type JsonLdDocument, type JsonLdOptions } from './to-json-ld.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/**
 * An RDF term: an IRI, or a literal with its datatype (xsd:string for plain strings).
 * @example
 * const iri: RdfTerm = { termType: 'NamedNode', value: 'https://schema.org/NewsArticle' };
 * const count: RdfTerm = { termType: 'Literal', value: '95', datatype: 'http://www.w3.org/2001/XMLSchema#integer' };
 */
export type RdfTerm = { readonly termType: 'NamedNode'; readonly value: string } | { readonly termType: 'Literal'; readonly value: string; readonly datatype: string };
/**
 * A triple in the default graph.
 * @example
 * const [first]: RdfQuad[] = jsonLdToQuads(toJsonLd(graph));
 * // { subject: 'urn:claimgraph:document/112df0f54e1ff817', predicate: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
 * //   object: { termType: 'NamedNode', value: 'https://schema.org/NewsArticle' } }
 */
export interface RdfQuad {
  readonly subject: string;
  readonly predicate: string;
  readonly object: RdfTerm;
}

const named = (value: string): RdfTerm => ({ termType: 'NamedNode', value });

/** A JSON value of claimgraph's JSON-LD as an RDF literal, in the lexical forms JSON-LD's toRDF gives. */
function literal(value: string | number | boolean): RdfTerm {
  if (typeof value === 'boolean') return { termType: 'Literal', value: String(value), datatype: `${XSD}boolean` };
  if (typeof value === 'number') {
    // JSON-LD 1.1 §8.6: a number with a fraction (or too big for an integer) is an xsd:double in canonical form.
    if (String(value).includes('.') || Math.abs(value) >= 1e21) return { termType: 'Literal', value: value.toExponential(15).replace(/(\d)0*e\+?/, '$1E'), datatype: `${XSD}double` };
    return { termType: 'Literal', value: value.toFixed(0), datatype: `${XSD}integer` };
  }
  return { termType: 'Literal', value, datatype: `${XSD}string` };
}

/**
 * The triples of claimgraph's JSON-LD, read with its context (every node has an IRI, so there are
 * no blank nodes, and the result equals JSON-LD's toRDF of the same document as a set).
 * @example
 * const quads = jsonLdToQuads(toJsonLd(graph));
 * const types = quads.filter((q) => q.predicate === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
 */
export function jsonLdToQuads(document: JsonLdDocument): RdfQuad[] {
  const quads: RdfQuad[] = [];
  const visit = (node: Record<string, unknown>) => {
    const subject = node['@id'] as string;
    for (const type of [node['@type']].flat()) quads.push({ subject, predicate: RDF_TYPE, object: named(termIri(type as string)) });
    for (const [term, value] of Object.entries(node)) {
      if (term === '@id' || term === '@type') continue;
      const predicate = termIri(term);
      for (const v of [value].flat()) {
        if (typeof v === 'object' && v !== null) {
          quads.push({ subject, predicate, object: named((v as { '@id': string })['@id']) });
          visit(v as Record<string, unknown>);
        } else if (termIsLink(term)) quads.push({ subject, predicate, object: named(v as string) });
        else quads.push({ subject, predicate, object: literal(v as string | number | boolean) });
      }
    }
  };
  for (const node of document['@graph']) visit(node);
  return quads;
}

// N-Quads (W3C 2014) §2.4: in a string, " \ and line breaks take ECHAR escapes; other control
// characters a UCHAR. In an IRI, the characters IRIREF forbids take a UCHAR.
const ECHAR: Readonly<Record<string, string>> = { '\t': '\\t', '\b': '\\b', '\n': '\\n', '\r': '\\r', '\f': '\\f', '"': '\\"', '\\': '\\\\' };
const uchar = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const LITERAL_ESCAPE = /[\u0000-\u001f\u007f"\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const IRI_ESCAPE = /[\u0000-\u0020<>"{}|^`\\]/g;

/** A string as the inside of an N-Quads literal. */
export const escapeNQuadsString = (s: string) => s.replace(LITERAL_ESCAPE, (c) => ECHAR[c] ?? uchar(c));
/** An IRI as the inside of an N-Quads IRIREF. */
export const escapeNQuadsIri = (s: string) => s.replace(IRI_ESCAPE, uchar);

function termToNQuads(term: RdfTerm): string {
  if (term.termType === 'NamedNode') return `<${escapeNQuadsIri(term.value)}>`;
  const text = `"${escapeNQuadsString(term.value)}"`;
  return term.datatype === `${XSD}string` ? text : `${text}^^<${escapeNQuadsIri(term.datatype)}>`;
}

/**
 * Quads as N-Quads text, one per line.
 * @example
 * serializeNQuads([{ subject: 'urn:x:a', predicate: 'https://schema.org/name', object: { termType: 'Literal', value: 'Lavrov', datatype: 'http://www.w3.org/2001/XMLSchema#string' } }]);
 * // '<urn:x:a> <https://schema.org/name> "Lavrov" .\n'
 */
export function serializeNQuads(quads: readonly RdfQuad[]): string {
  let out = '';
  for (const q of quads) out += `<${escapeNQuadsIri(q.subject)}> <${escapeNQuadsIri(q.predicate)}> ${termToNQuads(q.object)} .\n`;
  return out;
}

/**
 * An article graph or a corpus graph as N-Quads, by claimgraph's own small serializer (no
 * dependency): the triples of `toJsonLd`'s output, ready for any RDF store.
 * @example
 * store.load(toNQuads(mergeGraphs(items)), { format: 'application/n-quads' });
 */
export function toNQuads(input: ArticleGraph | CorpusGraph, options?: JsonLdOptions): string {
  return serializeNQuads(jsonLdToQuads(toJsonLd(input, options)));
}
