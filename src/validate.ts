/**
 * `claimgraph/validate`: the graph validator alone, without the extractor, its language models
 * and gazetteers (a few KB instead of the whole library, for a browser or a service that only
 * checks graphs).
 * @example
 * ```ts
 * import { validateGraph } from 'claimgraph/validate';
 * const result = validateGraph(JSON.parse(json));
 * if (!result.valid) for (const e of result.errors) console.error(e.path, e.message);
 * ```
 * @packageDocumentation
 */
export { validateGraph, type GraphValidation, type GraphValidationError, type ValidateGraphOptions } from './validate-graph.js';
export { SCHEMA_VERSION, SCHEMA_ID } from './schema/version.js';
export type {
  ArticleGraph, Actor, ActorType, Attribution, Claim, Cue, Diagnostic, GraphDocument, Mention, Quote, QuoteKind, Span, TimeExpression,
} from './schema/graph-types.generated.js';
