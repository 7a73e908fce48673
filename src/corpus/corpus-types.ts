import type { ActorType, Attribution, Claim, Quote } from '../schema/graph-schema.js';

/** The version of the corpus graph format `mergeGraphs` returns. */
export const CORPUS_VERSION = '1.0.0';

/** One article actor inside a merged actor, with what the merge reads of it. */
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

/** A real-world entity: the article actors the merge took for one person, organisation, place or group. */
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

/** One article of the corpus: its id and the facts of its graph's `document` (no text). */
export interface CorpusDocument {
  readonly id: string;
  /** The content hash the article's graph gives its text. */
  readonly contentHash: string;
  readonly language: 'it' | 'en';
  readonly length: number;
  readonly publishedAt: string | null;
}

export type CorpusQuote = Quote & { readonly documentId: string };
/**
 * A claim; `placeId` names a merged actor, `localPlaceId` the place actor of its article, and `time`
 * is the ISO 8601 value of its time expression (`timeId`), the corpus keeping no time nodes.
 */
export type CorpusClaim = Omit<Claim, 'placeId'> & {
  readonly documentId: string;
  readonly placeId: string | null;
  readonly localPlaceId: string | null;
  readonly time: string | null;
};
/** An attribution; `sourceId`/`viaId` name merged actors, `localSourceId`/`localViaId` the article's actors. */
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
 */
export interface CorpusGraph {
  readonly corpusVersion: typeof CORPUS_VERSION;
  readonly documents: readonly CorpusDocument[];
  readonly actors: readonly CorpusActor[];
  readonly quotes: readonly CorpusQuote[];
  readonly claims: readonly CorpusClaim[];
  readonly attributions: readonly CorpusAttribution[];
}
