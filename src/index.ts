/**
 * claimgraph: who said what, and which numbers they claimed, as a typed, validated graph.
 * @packageDocumentation
 */
export { extractGraph } from './extract-graph.js';
export { validateGraph, type GraphValidation, type GraphValidationError } from './validate-graph.js';
export { ClaimgraphError, type ClaimgraphErrorCode } from './errors.js';
export type { ExtractOptions } from './options.js';
export { SCHEMA_VERSION, SCHEMA_ID } from './schema/version.js';
export type {
  ArticleGraph, Actor, ActorType, Attribution, Claim, Cue, Diagnostic, GraphDocument, Mention, Quote, QuoteKind, Span, TimeExpression,
} from './schema/graph-schema.js';
export { renderHtml, renderCorpusHtml, type RenderOptions, type CorpusInput, type CorpusDocument, type CorpusActorLike } from './render/index.js';
