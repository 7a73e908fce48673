import type { CorpusGraph } from '../corpus/corpus-types.js';
import type { ArticleGraph, Cue } from '../schema/graph-schema.js';
import { CONTEXT, CONTEXT_IRI } from './context.js';

/**
 * A node of claimgraph's JSON-LD: an `@id`, an `@type`, and terms of the context.
 * @example
 * const article: JsonLdNode = toJsonLd(graph)['@graph'][0];
 * // { '@id': 'urn:claimgraph:document/112df0f54e1ff817', '@type': 'NewsArticle', identifier: '112df0f54e1ff817', inLanguage: 'it', ... }
 */
export type JsonLdNode = { '@id': string; '@type': string } & Record<string, unknown>;
/**
 * What `toJsonLd` returns: the context (its IRI, or the context itself) and the nodes.
 * @example
 * const doc: JsonLdDocument = toJsonLd(graph);
 * const quotations = doc['@graph'].filter((n) => n['@type'] === 'Quotation');
 */
export interface JsonLdDocument {
  '@context': string | (typeof CONTEXT)['@context'];
  '@graph': JsonLdNode[];
}

/**
 * Options of `toJsonLd` and `toNQuads`: the IRIs made, the text for quote selectors, and how the context is given.
 * @example
 * toJsonLd(corpus, { base: 'https://example.org/', text: (id) => texts.get(id), context: 'inline' });
 */
export interface JsonLdOptions {
  /** Prefix of every IRI made: documents are `<base>document/<id>`, merged actors `<base>entity/<id>`. Default 'urn:claimgraph:'. */
  readonly base?: string;
  /** For one article graph: its id in the IRIs. Default: the graph's content hash, `graph.document.id`. */
  readonly documentId?: string;
  /** The article text (one graph) or a lookup of texts by document id (corpus): adds prefix and suffix to text selectors. */
  readonly text?: string | ((documentId: string) => string | undefined);
  /** 'iri' (default) refers to the published context; 'inline' embeds it, for readers without network. */
  readonly context?: 'iri' | 'inline';
}

/** An id as one IRI path segment or fragment: ids are opaque strings, every reserved character is escaped. */
export const encodeIdPart = (id: string) => encodeURIComponent(id).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Characters of context kept on each side of a quote in a TextQuoteSelector. */
const AFFIX = 32;

interface Attribution { sourceIri: string | null; viaIri: string | null; cue: Cue | null; rule: string }
interface View {
  documents: { iri: string; id: string; contentHash: string; language: string; length: number; publishedAt: string | null }[];
  actors: { iri: string; type: string; name: string; aliases: readonly string[]; titles: readonly string[]; affiliationIri: string | null; documents: string[] }[];
  nodes: {
    kind: 'quote' | 'claim'; iri: string; documentIri: string; documentId: string; start: number; end: number; text: string;
    quoteKind?: string; isTitle?: boolean;
    value?: number; lower?: number; upper?: number; approximate?: boolean; unit?: string | null; placeIri?: string | null; time?: string | null;
    attributions: Attribution[];
  }[];
}

const isCorpus = (input: ArticleGraph | CorpusGraph): input is CorpusGraph => 'corpusVersion' in input;

function viewOfGraph(graph: ArticleGraph, base: string, documentId: string): View {
  const documentIri = `${base}document/${encodeIdPart(documentId)}`;
  const local = (id: string) => `${documentIri}#${encodeIdPart(id)}`;
  const byContent = new Map<string, Attribution[]>();
  for (const a of graph.attributions) {
    const list = byContent.get(a.contentId) ?? [];
    list.push({ sourceIri: a.sourceId === null ? null : local(a.sourceId), viaIri: a.viaId === null ? null : local(a.viaId), cue: a.cue, rule: a.rule });
    byContent.set(a.contentId, list);
  }
  const times = new Map(graph.times.map((t) => [t.id, t.value]));
  const d = graph.document;
  return {
    documents: [{ iri: documentIri, id: documentId, contentHash: d.id, language: d.language, length: d.length, publishedAt: d.publishedAt }],
    actors: graph.actors.map((a) => ({
      iri: local(a.id), type: a.type, name: a.name, aliases: a.aliases, titles: a.titles,
      affiliationIri: a.affiliationId === null ? null : local(a.affiliationId), documents: [documentIri],
    })),
    nodes: [
      ...graph.quotes.map((q) => ({
        kind: 'quote' as const, iri: local(q.id), documentIri, documentId, start: q.start, end: q.end, text: q.text, quoteKind: q.kind, isTitle: q.isTitle,
        attributions: byContent.get(q.id) ?? [],
      })),
      ...graph.claims.map((c) => ({
        kind: 'claim' as const, iri: local(c.id), documentIri, documentId, start: c.start, end: c.end, text: c.text,
        value: c.value, lower: c.lower, upper: c.upper, approximate: c.approximate, unit: c.unit,
        placeIri: c.placeId === null ? null : local(c.placeId), time: c.timeId === null ? null : times.get(c.timeId) ?? null,
        attributions: byContent.get(c.id) ?? [],
      })),
    ],
  };
}

function viewOfCorpus(corpus: CorpusGraph, base: string): View {
  const documentIri = (id: string) => `${base}document/${encodeIdPart(id)}`;
  const entity = (id: string) => `${base}entity/${encodeIdPart(id)}`;
  const node = (documentId: string, id: string) => `${documentIri(documentId)}#${encodeIdPart(id)}`;
  const byContent = new Map<string, Attribution[]>();
  for (const a of corpus.attributions) {
    const key = `${a.documentId}\u0000${a.contentId}`;
    const list = byContent.get(key) ?? [];
    list.push({ sourceIri: a.sourceId === null ? null : entity(a.sourceId), viaIri: a.viaId === null ? null : entity(a.viaId), cue: a.cue, rule: a.rule });
    byContent.set(key, list);
  }
  const attributionsOf = (documentId: string, id: string) => byContent.get(`${documentId}\u0000${id}`) ?? [];
  return {
    documents: corpus.documents.map((d) => ({ iri: documentIri(d.id), id: d.id, contentHash: d.contentHash, language: d.language, length: d.length, publishedAt: d.publishedAt })),
    actors: corpus.actors.map((a) => ({
      iri: entity(a.id), type: a.type, name: a.name, aliases: a.aliases, titles: a.titles, affiliationIri: null,
      documents: [...new Set(a.members.map((m) => documentIri(m.documentId)))],
    })),
    nodes: [
      ...corpus.quotes.map((q) => ({
        kind: 'quote' as const, iri: node(q.documentId, q.id), documentIri: documentIri(q.documentId), documentId: q.documentId,
        start: q.start, end: q.end, text: q.text, quoteKind: q.kind, isTitle: q.isTitle, attributions: attributionsOf(q.documentId, q.id),
      })),
      ...corpus.claims.map((c) => ({
        kind: 'claim' as const, iri: node(c.documentId, c.id), documentIri: documentIri(c.documentId), documentId: c.documentId,
        start: c.start, end: c.end, text: c.text, value: c.value, lower: c.lower, upper: c.upper, approximate: c.approximate, unit: c.unit,
        placeIri: c.placeId === null ? null : entity(c.placeId), time: c.time, attributions: attributionsOf(c.documentId, c.id),
      })),
    ],
  };
}

const TYPE_OF_ACTOR: Readonly<Record<string, string>> = { person: 'Person', organization: 'Organization', place: 'Place', group: 'Group' };

/** One value or several: JSON-LD reads a one-element array and its element alike; one is shorter. */
const oneOrMany = <T>(values: T[]): T | T[] | undefined => (values.length === 0 ? undefined : values.length === 1 ? values[0] : values);

/** Drops undefined members, so the output has only terms with values. */
function compact(node: Record<string, unknown>): JsonLdNode {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined)) as JsonLdNode;
}

function position(iri: string, documentIri: string, start: number, end: number, exact: string, text: string | undefined): JsonLdNode {
  return compact({
    '@id': `${iri}/position`,
    '@type': 'SpecificResource',
    source: documentIri,
    selector: [
      { '@id': `${iri}/position/offsets`, '@type': 'TextPositionSelector', start, end },
      compact({
        '@id': `${iri}/position/text`,
        '@type': 'TextQuoteSelector',
        exact,
        prefix: text === undefined ? undefined : text.slice(Math.max(0, start - AFFIX), start),
        suffix: text === undefined ? undefined : text.slice(end, end + AFFIX),
      }),
    ],
  });
}

/**
 * An article graph or a corpus graph as JSON-LD on schema.org: NewsArticle, Person, Organization,
 * Place, Quotation (creator and spokenByCharacter: the source the article gives), Claim (author,
 * appearance, a QuantitativeValue with the value and bounds) and positions in the text as Web
 * Annotation selectors (TextPositionSelector: UTF-16 offsets; TextQuoteSelector: the exact text).
 * @example
 * const doc = toJsonLd(extractGraph(text), { text }); // { '@context': 'https://claimgraph.dev/context/v1.jsonld', '@graph': [...] }
 */
export function toJsonLd(input: ArticleGraph | CorpusGraph, options: JsonLdOptions = {}): JsonLdDocument {
  const base = options.base ?? 'urn:claimgraph:';
  const view = isCorpus(input) ? viewOfCorpus(input, base) : viewOfGraph(input, base, options.documentId ?? input.document.id);
  const textOf = (documentId: string) => (typeof options.text === 'function' ? options.text(documentId) : options.text);
  const graph: JsonLdNode[] = [];
  for (const d of view.documents) {
    graph.push(compact({
      '@id': d.iri, '@type': 'NewsArticle', identifier: d.id, contentHash: d.contentHash, inLanguage: d.language, characters: d.length,
      datePublished: d.publishedAt ?? undefined,
    }));
  }
  for (const a of view.actors) {
    graph.push(compact({
      '@id': a.iri, '@type': TYPE_OF_ACTOR[a.type] ?? 'Group', name: a.name, alternateName: oneOrMany([...a.aliases]),
      // schema.org gives jobTitle to persons only.
      jobTitle: a.type === 'person' ? oneOrMany([...a.titles]) : undefined,
      affiliation: a.affiliationIri ?? undefined, mentionedIn: oneOrMany(a.documents),
    }));
  }
  for (const n of view.nodes) {
    const text = textOf(n.documentId);
    const sources = [...new Set(n.attributions.flatMap((a) => (a.sourceIri === null ? [] : [a.sourceIri])))];
    const cues = n.attributions.flatMap((a, i) => (a.cue === null ? [] : [compact({
      '@id': `${n.iri}/cue${n.attributions.length > 1 ? `-${i + 1}` : ''}`, '@type': 'Cue', text: a.cue.text, lemma: a.cue.lemma, rule: a.rule,
      via: a.viaIri ?? undefined,
      position: position(`${n.iri}/cue${n.attributions.length > 1 ? `-${i + 1}` : ''}`, n.documentIri, a.cue.start, a.cue.end, a.cue.text, text),
    })]));
    const common = { '@id': n.iri, text: n.text, cue: oneOrMany(cues), position: position(n.iri, n.documentIri, n.start, n.end, n.text, text) };
    if (n.kind === 'quote') {
      graph.push(compact({
        ...common, '@type': 'Quotation', quoteKind: n.quoteKind, isTitle: n.isTitle, isPartOf: n.documentIri,
        creator: oneOrMany(sources), spokenByCharacter: oneOrMany(sources),
      }));
    } else {
      graph.push(compact({
        ...common, '@type': 'Claim', appearance: n.documentIri, author: oneOrMany(sources), approximate: n.approximate,
        quantity: compact({
          '@id': `${n.iri}/quantity`, '@type': 'QuantitativeValue', value: n.value, minValue: n.lower, maxValue: n.upper, unitText: n.unit ?? undefined,
        }),
        spatialCoverage: n.placeIri ?? undefined, temporalCoverage: n.time ?? undefined,
      }));
    }
  }
  return { '@context': options.context === 'inline' ? CONTEXT['@context'] : CONTEXT_IRI, '@graph': graph };
}
