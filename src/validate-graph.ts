import type { ErrorObject } from 'ajv';
import validate from './schema/generated/validate-graph.cjs';
import type { ArticleGraph } from './schema/graph-schema.js';
import { upgradeToCurrentVersion } from './schema/schema-versions.js';
import { checkIntegrity } from './validate-integrity.js';

/**
 * One problem with a graph: where (a JSON Pointer into the value, '/' for the root) and what.
 * `keyword` is the JSON Schema keyword that failed, or for the integrity checks one of
 * 'reference' (an id that names no node of the right kind), 'unique' (an id used twice),
 * 'span' (offsets outside the document or reversed), 'slice' (a node's text is not the text at
 * its offsets) and 'document' (the text given is not the one the graph was made from).
 * @example
 * const line = (e: GraphValidationError) => `${e.path}: ${e.message} (${e.keyword})`;
 */
export interface GraphValidationError {
  path: string;
  message: string;
  keyword: string;
}

/**
 * What `validateGraph` returns: the graph typed as `ArticleGraph`, or every violation found.
 * @example
 * const result: GraphValidation = validateGraph(value);
 * const graph = result.valid ? result.graph : null;
 */
export type GraphValidation = { valid: true; graph: ArticleGraph } | { valid: false; errors: GraphValidationError[] };

/**
 * What `validateGraph` can check a graph against besides its own content.
 * @example
 * const options: ValidateGraphOptions = { text: articleText }; // spans must slice back to it
 */
export interface ValidateGraphOptions {
  /** The article text the graph was made from: every span must then slice back to its node's text. */
  text?: string;
}

/**
 * Checks a value against `schemas/article-graph.schema.json` with a validator compiled at build
 * time (no schema compilation at run time, no eval), then the graph's integrity: every id it
 * refers to exists and is of the right kind, ids are unique, every span lies inside
 * `document.length`, and, when `text` is given, every span slices back to its node's text.
 * Linear in the size of the graph (and of the text). A graph of an older schema version is
 * upgraded first (the returned `graph` is a copy at `SCHEMA_VERSION`); a version it cannot
 * upgrade is refused with one error at `/schemaVersion` (docs/schema-versions.md).
 * @example
 * const result = validateGraph(JSON.parse(json), { text });
 * if (!result.valid) for (const e of result.errors) console.error(e.path, e.message);
 */
export function validateGraph(value: unknown, options?: ValidateGraphOptions): GraphValidation {
  const version = upgradeToCurrentVersion(value, options?.text);
  if ('error' in version) return { valid: false, errors: [version.error] };
  value = version.graph;
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e: ErrorObject) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword, keyword: e.keyword }));
    return { valid: false, errors };
  }
  const graph = value as ArticleGraph;
  const errors = checkIntegrity(graph, options?.text);
  return errors.length === 0 ? { valid: true, graph } : { valid: false, errors };
}
