import { ArticleGraphSchema, SCHEMA_ID, definitions } from './graph-schema.js';

/**
 * The published JSON Schema (draft 2020-12): the root ArticleGraph object with every node type
 * under `$defs`. TypeBox's private symbols are dropped by the JSON round trip.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const $defs = Object.fromEntries(
    definitions.map((schema) => {
      const { $id, ...rest } = JSON.parse(JSON.stringify(schema)) as { $id: string };
      return [$id, rest];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    ...JSON.parse(JSON.stringify(ArticleGraphSchema)),
    $defs,
  };
}
