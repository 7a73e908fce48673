import { ClaimgraphError, describeValue } from '../errors.js';
import type { ArticleGraph } from '../schema/graph-schema.js';
import { clusterActors, type TypedMember } from './cluster-actors.js';
import {
  CORPUS_VERSION, type CorpusAttribution, type CorpusClaim, type CorpusDocument, type CorpusGraph, type CorpusMember, type CorpusQuote,
} from './corpus-types.js';
import type { PersonLinkOptions } from './link-persons.js';

/**
 * One article for `mergeGraphs`: the id the caller gives it, and its graph.
 * @example
 * const item: CorpusItem = { id: 'a', graph: extractGraph(text) };
 */
export interface CorpusItem {
  readonly id: string;
  readonly graph: ArticleGraph;
}

/**
 * Options of the merge; the defaults are the measured best (docs/knowledge-graph.md).
 * @example
 * const corpus = mergeGraphs(items, { tieBreaker: false });
 */
export interface MergeOptions {
  /** Use Jaro–Winkler between given names of one surname as a tie-breaker. Default true. */
  readonly tieBreaker?: boolean;
}

const linkOptions = (options: MergeOptions | undefined): PersonLinkOptions => ({ tieBreaker: options?.tieBreaker ?? true });

/**
 * A corpus of one article: what `mergeGraphs` folds together, and the unit of a reduce step.
 * @example
 * const one = corpusOf({ id: 'a', graph: extractGraph(text) });
 * one.documents.length; // 1; one.quotes[0].documentId === 'a'
 */
export function corpusOf(item: CorpusItem, options?: MergeOptions): CorpusGraph {
  if (typeof item !== 'object' || item === null || typeof item.id !== 'string' || typeof item.graph !== 'object' || item.graph === null) {
    throw new ClaimgraphError('INVALID_OPTIONS', `mergeGraphs takes items { id: string, graph: ArticleGraph }, found ${describeValue(item)}`);
  }
  const { id: documentId, graph } = item;
  const actorName = new Map(graph.actors.map((a) => [a.id, a.name]));
  const typed: TypedMember[] = graph.actors.map((a) => ({
    type: a.type,
    member: {
      documentId,
      actorId: a.id,
      name: a.name,
      aliases: [...a.aliases],
      titles: [...a.titles],
      affiliation: a.affiliationId === null ? null : actorName.get(a.affiliationId) ?? null,
    },
  }));
  const d = graph.document;
  const times = new Map(graph.times.map((t) => [t.id, t.value]));
  return assemble({
    documents: [{ id: documentId, contentHash: d.id, language: d.language, length: d.length, publishedAt: d.publishedAt }],
    typed,
    quotes: graph.quotes.map((q) => ({ ...q, documentId })),
    claims: graph.claims.map(({ placeId, ...c }) => ({
      ...c, documentId, placeId, localPlaceId: placeId, time: c.timeId === null ? null : times.get(c.timeId) ?? null,
    })),
    attributions: graph.attributions.map((a) => ({ ...a, documentId, localSourceId: a.sourceId, localViaId: a.viaId })),
  }, linkOptions(options));
}

interface Parts {
  documents: CorpusDocument[];
  typed: TypedMember[];
  quotes: CorpusQuote[];
  claims: CorpusClaim[];
  attributions: CorpusAttribution[];
}

const nodeKey = (n: { documentId: string; id: string }) => `${n.documentId}\u0000${n.id}`;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One record per key: when two inputs hold a record of one key (the same article merged twice),
 * the one whose JSON sorts first is kept, a choice that depends on neither order nor grouping.
 */
function unique<T>(records: readonly T[], key: (r: T) => string): T[] {
  const kept = new Map<string, { record: T; json: string }>();
  for (const record of records) {
    const k = key(record);
    const json = JSON.stringify(record);
    const old = kept.get(k);
    if (!old || json < old.json) kept.set(k, { record, json });
  }
  return [...kept.entries()].sort((a, b) => compare(a[0], b[0])).map(([, v]) => v.record);
}

const byPosition = <T extends { documentId: string; start: number; end: number; id: string }>(a: T, b: T) =>
  compare(a.documentId, b.documentId) || a.start - b.start || a.end - b.end || compare(a.id, b.id);

function assemble(parts: Parts, options: PersonLinkOptions): CorpusGraph {
  const documents = unique(parts.documents, (d) => d.id);
  const typed = unique(parts.typed, (t) => `${t.member.documentId}\u0000${t.member.actorId}`);
  const actors = clusterActors(typed, options);
  const home = new Map<string, string>();
  for (const a of actors) for (const m of a.members) home.set(`${m.documentId}\u0000${m.actorId}`, a.id);
  const merged = (documentId: string, local: string | null) => (local === null ? null : home.get(`${documentId}\u0000${local}`) ?? null);
  return {
    corpusVersion: CORPUS_VERSION,
    documents,
    actors,
    quotes: unique(parts.quotes, nodeKey).sort(byPosition),
    claims: unique(parts.claims, nodeKey).map((c) => ({ ...c, placeId: merged(c.documentId, c.localPlaceId) })).sort(byPosition),
    attributions: unique(parts.attributions, nodeKey)
      .map((a) => ({ ...a, sourceId: merged(a.documentId, a.localSourceId), viaId: merged(a.documentId, a.localViaId) }))
      .sort((a, b) => compare(a.documentId, b.documentId) || compare(a.contentId, b.contentId) || compare(a.id, b.id)),
  };
}

function partsOf(corpus: CorpusGraph): Parts {
  return {
    documents: [...corpus.documents],
    typed: corpus.actors.flatMap((a) => a.members.map((member: CorpusMember) => ({ type: a.type, member }))),
    quotes: [...corpus.quotes],
    claims: [...corpus.claims],
    attributions: [...corpus.attributions],
  };
}

/**
 * The corpus of the union of several corpora. Associative and commutative (the actors are
 * recomputed from the union of the article actors, a function of the set alone), so a corpus too
 * big for one machine is merged as a reduce step: see docs/knowledge-graph.md.
 * @example
 * const corpus = mergeCorpora([corpusOf(itemA), corpusOf(itemB)]); // deep-equal to mergeGraphs([itemA, itemB])
 * const bigger = mergeCorpora([corpus, corpusOf(itemC)]);
 */
export function mergeCorpora(corpora: readonly CorpusGraph[], options?: MergeOptions): CorpusGraph {
  const all: Parts = { documents: [], typed: [], quotes: [], claims: [], attributions: [] };
  for (const corpus of corpora) {
    const p = partsOf(corpus);
    all.documents.push(...p.documents); all.typed.push(...p.typed); all.quotes.push(...p.quotes);
    all.claims.push(...p.claims); all.attributions.push(...p.attributions);
  }
  const hashes = new Map<string, string>();
  for (const d of all.documents) {
    const known = hashes.get(d.id);
    if (known !== undefined && known !== d.contentHash) {
      throw new ClaimgraphError('INVALID_OPTIONS', `two articles have the id ${JSON.stringify(d.id)} but different texts: an id names one article`);
    }
    hashes.set(d.id, d.contentHash);
  }
  return assemble(all, linkOptions(options));
}

/**
 * Merges article graphs into one corpus graph whose actors are real-world entities.
 * @example
 * const corpus = mergeGraphs(articles.map(({ id, text }) => ({ id, graph: extractGraph(text) })));
 * corpus.actors.find((a) => a.members.length > 1) // { id: 'person:…', members: [{ documentId, actorId }, …] }
 */
export function mergeGraphs(items: readonly CorpusItem[], options?: MergeOptions): CorpusGraph {
  if (!Array.isArray(items)) throw new ClaimgraphError('INVALID_OPTIONS', `mergeGraphs takes an array of { id, graph }, found ${describeValue(items)}`);
  return mergeCorpora(items.map((item) => corpusOf(item, options)), options);
}
