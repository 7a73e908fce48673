// Kept apart from the TypeBox definitions so the library's runtime bundle never loads TypeBox:
// only these constants are needed at run time, the schema itself is generated at build time.
/**
 * The version of the ArticleGraph format, in every graph's `schemaVersion`
 * (docs/schema-versions.md says what its minor and major changes mean).
 * @example
 * if (graph.schemaVersion !== SCHEMA_VERSION) console.log('written by another claimgraph');
 */
export const SCHEMA_VERSION = '2.0.0';
/**
 * The `$id` of schemas/article-graph.schema.json (`claimgraph/schema.json`).
 * @example
 * const stored = { $schema: SCHEMA_ID, ...graph }; // when a store wants the schema named in the document
 */
export const SCHEMA_ID = 'https://claimgraph.dev/schemas/article-graph.schema.json';
