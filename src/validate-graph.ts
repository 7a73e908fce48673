import type { ErrorObject } from 'ajv';
import validate from './schema/generated/validate-graph.cjs';
import type { ArticleGraph } from './schema/graph-schema.js';

/** One schema violation: where (a JSON Pointer into the value) and what. */
export interface GraphValidationError {
  path: string;
  message: string;
  keyword: string;
}

export type GraphValidation = { valid: true; graph: ArticleGraph } | { valid: false; errors: GraphValidationError[] };

/**
 * Checks a value against `schemas/article-graph.schema.json` with a validator compiled at build
 * time (no schema compilation at run time, no eval).
 * @example
 * const result = validateGraph(JSON.parse(json));
 * if (!result.valid) for (const e of result.errors) console.error(e.path, e.message);
 */
export function validateGraph(value: unknown): GraphValidation {
  if (validate(value)) return { valid: true, graph: value as ArticleGraph };
  const errors = (validate.errors ?? []).map((e: ErrorObject) => ({ path: e.instancePath || '/', message: e.message ?? e.keyword, keyword: e.keyword }));
  return { valid: false, errors };
}
