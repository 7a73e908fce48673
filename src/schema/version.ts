// Kept apart from the TypeBox definitions so the library's runtime bundle never loads TypeBox:
// only these constants are needed at run time, the schema itself is generated at build time.
/** The version of the ArticleGraph format, in every graph's `schemaVersion`. */
export const SCHEMA_VERSION = '2.0.0';
/** The `$id` of schemas/article-graph.schema.json. */
export const SCHEMA_ID = 'https://claimgraph.dev/schemas/article-graph.schema.json';
