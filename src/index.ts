/**
 * claimgraph: who said what, and which numbers they claimed, as a typed, validated graph.
 * @packageDocumentation
 */
export { extractGraph } from './extract-graph.js';
export { toCodePointOffsets } from './code-point-offsets.js';
export { compactGraph, expandGraph, type CompactGraph, type WithoutText } from './compact-graph.js';
export { validateGraph, type GraphValidation, type GraphValidationError, type ValidateGraphOptions } from './validate-graph.js';
export { ClaimgraphError, type ClaimgraphErrorCode } from './errors.js';
export type { ExtractOptions } from './options.js';
export { SCHEMA_VERSION, SCHEMA_ID } from './schema/version.js';
export type {
  ArticleGraph, Actor, ActorType, Attribution, Claim, Cue, Diagnostic, GraphDocument, Mention, Quote, QuoteKind, Span, TimeExpression,
} from './schema/graph-types.generated.js';
export {
  mergeGraphs, mergeCorpora, corpusOf, romanisationKey, CORPUS_VERSION,
  type CorpusItem, type MergeOptions, type CorpusGraph, type CorpusActor, type CorpusMember, type CorpusDocument, type CorpusQuote, type CorpusClaim, type CorpusAttribution,
} from './corpus/index.js';
export {
  toJsonLd, toNQuads, jsonLdToQuads, serializeNQuads, CONTEXT, CONTEXT_IRI,
  type JsonLdDocument, type JsonLdNode, type JsonLdOptions, type RdfQuad, type RdfTerm,
} from './export/index.js';
export {
  renderHtml, renderCorpusHtml,
  type RenderOptions, type CorpusPageInput, type CorpusPageDocument, type CorpusActorLike,
} from './render/index.js';
