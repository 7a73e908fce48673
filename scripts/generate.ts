// Writes what is generated from src/schema/graph-schema.ts, the one source of the format:
// - schemas/article-graph.schema.json, the JSON Schema users consume;
// - src/schema/graph-types.generated.ts, the same types as plain TypeScript for the published
//   declarations (committed; a test fails when it is stale);
// - src/schema/generated/validate-graph.cjs, an ajv standalone validator compiled here rather than
//   at run time (1.6 ms instead of ~65 ms at start, no eval, CSP-safe). It is CommonJS because
//   ajv's ESM standalone output still calls require (ajv #1976); tsup bundles it into both builds.
import { mkdirSync, writeFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { buildJsonSchema } from '../src/schema/json-schema.js';
import { buildTypeDeclarations } from '../src/schema/type-declarations.js';

// ajv is CommonJS with a `default` property: unwrap it under both loaders.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default ?? Ajv2020Module;
const standaloneCode = (standaloneModule as unknown as { default: typeof standaloneModule.default }).default ?? standaloneModule;

const schema = buildJsonSchema();
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/article-graph.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync('src/schema/graph-types.generated.ts', buildTypeDeclarations());

const ajv = new Ajv2020({ code: { source: true, esm: false }, allErrors: true, strict: true });
const validate = ajv.compile(schema);
mkdirSync('src/schema/generated', { recursive: true });
writeFileSync('src/schema/generated/validate-graph.cjs', standaloneCode(ajv, validate));
writeFileSync(
  'src/schema/generated/validate-graph.d.cts',
  "import type { ErrorObject } from 'ajv';\ndeclare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\nexport = validate;\n",
);
console.log('generated schemas/article-graph.schema.json, src/schema/graph-types.generated.ts and src/schema/generated/validate-graph.cjs');
