import type { ActorType, Attribution, Claim, Quote } from '../schema/graph-schema.js';

/**
 * The version of the corpus graph format `mergeGraphs` returns.
 * @example
 * mergeGraphs(items).corpusVersion === CORPUS_VERSION; // true: '1.0.0'
 */
export const CORPUS_VERSION = '1.0.0';

/**
 * One article actor inside a merged actor, with what the merge reads of it.
 * @example
 * const member: CorpusMember = corpus.actors[0].members[0];
 * // { documentId: 'a', actorId: 'sergej-lavrov', name: 'Sergej Lavrov', aliases: ['Lavrov'], titles: ['ministro'], affiliation: null }
 */
export interface CorpusMember {
  /** The id the caller gave the article (`{ id, graph }`). */
  readonly documentId: string;
  /** The actor's id in that article's graph. */
  readonly actorId: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly titles: readonly string[];
  /** The name of the actor this one belongs to in the article (Lavrov -> "Russia"), or null. */
  readonly affiliation: string | null;
}

/**
 * A real-world entity: the article actors the merge took for one person, organisation, place or group.
 * @example
 * for (const actor of mergeGraphs(items).actors) {
 *   console.log(actor.id, actor.name, actor.members.map((m) => m.documentId)); // person:sergej-lavrov Sergej Lavrov [ 'a' ]
 * }
 */
export interface CorpusActor {
  /** Stable id: a slug of the entity's romanised name (see docs/knowledge-graph.md for its limits). */
  readonly id: string;
  readonly type: ActorType;
  /** Display name: the fullest name its members give. */
  readonly name: string;
  /** Every other name its members give. */
  readonly aliases: readonly string[];
  readonly titles: readonly string[];
  readonly members: readonly CorpusMember[];
}

/**
 * One article of the corpus: its id and the facts of its graph's `document` (no text).
 * @example
 * corpusOf({ id: 'a', graph: extractGraph(text) }).documents[0];
 * // { id: 'a', contentHash: '112df0f54e1ff817', language: 'it', length: 95, publishedAt: null }
 */
export interface CorpusDocument {
  readonly id: string;
  /** The content hash the article's graph gives its text. */
  readonly contentHash: string;
  readonly language: 'it' | 'en';
  readonly length: number;
  readonly publishedAt: string | null;
}

/**
 * A quote of one article of the corpus: the article graph's quote, with the `documentId` it comes from.
 * @example
 * const quotesOfA = corpus.quotes.filter((q: CorpusQuote) => q.documentId === 'a');
 * quotesOfA[0]; // { id: 'q_1', kind: 'direct', start: 37, end: 59, text: 'Non ci sono trattative', ..., documentId: 'a' }
 */
export type CorpusQuote = Quote & { readonly documentId: string };
/**
 * A claim; `placeId` names a merged actor, `localPlaceId` the place actor of its article, and `time`
 * is the ISO 8601 value of its time expression (`timeId`), the corpus keeping no time nodes.
 * @example
 * const claim: CorpusClaim = corpus.claims[0];
 * // { id: 'c_1', text: '120', value: 120, ..., documentId: 'a', placeId: null, localPlaceId: null, time: null }
 */
export type CorpusClaim = Omit<Claim, 'placeId'> & {
  readonly documentId: string;
  readonly placeId: string | null;
  readonly localPlaceId: string | null;
  readonly time: string | null;
};
/**
 * An attribution; `sourceId`/`viaId` name merged actors, `localSourceId`/`localViaId` the article's actors.
 * @example
 * const said = corpus.attributions.filter((a: CorpusAttribution) => a.sourceId === 'person:sergej-lavrov');
 * said[0]; // { id: 'at_3', sourceId: 'person:sergej-lavrov', localSourceId: 'sergej-lavrov', contentId: 'c_1', documentId: 'a', ... }
 */
export type CorpusAttribution = Attribution & {
  readonly documentId: string;
  readonly localSourceId: string | null;
  readonly localViaId: string | null;
};

/**
 * Many articles as one graph: merged actors, and every quote, claim and attribution of the articles,
 * each with the `documentId` it comes from. Ids of quotes, claims and attributions are those of their
 * article: (documentId, id) is a node's key. Every array is in a canonical order, so equal corpora
 * are deep-equal.
 * @example
 * const corpus: CorpusGraph = mergeGraphs([{ id: 'a', graph: extractGraph(textA) }, { id: 'b', graph: extractGraph(textB) }]);
 * corpus.documents.map((d) => d.id); // ['a', 'b']
 */
export interface CorpusGraph {
  readonly corpusVersion: typeof CORPUS_VERSION;
  readonly documents: readonly CorpusDocument[];
  readonly actors: readonly CorpusActor[];
  readonly quotes: readonly CorpusQuote[];
  readonly claims: readonly CorpusClaim[];
  readonly attributions: readonly CorpusAttribution[];
}
