import type { ErrorObject } from 'ajv';
import validate from './schema/generated/validate-graph.cjs';
import type { ArticleGraph } from './schema/graph-schema.js';
import { upgradeToCurrentVersion } from './schema/schema-versions.js';

/**
 * One schema violation: where (a JSON Pointer into the value) and what.
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
 * Checks a value against `schemas/article-graph.schema.json` with a validator compiled at build
 * time (no schema compilation at run time, no eval). A graph of an older minor schema version is
 * upgraded (the returned `graph` is a copy at `SCHEMA_VERSION`); another major or a newer minor is
 * refused with one error at `/schemaVersion` (docs/schema-versions.md).
 * @example
 * const result = validateGraph(JSON.parse(json));
 * if (!result.valid) for (const e of result.errors) console.error(e.path, e.message);
 */
export function validateGraph(value: unknown): GraphValidation {
  const version = upgradeToCurrentVersion(value);
  if ('error' in version) return { valid: false, errors: [version.error] };
  value = version.graph;
  if (validate(value)) return { valid: true, graph: value as ArticleGraph };
  const errors = (validate.errors ?? []).map((e: ErrorObject) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword, keyword: e.keyword }));
  return { valid: false, errors };
}
