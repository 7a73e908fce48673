/**
 * Writes the public graph types as plain TypeScript, from the same JSON Schema that is published,
 * so the package's declarations import nothing (TypeBox is a build-time package: a `.d.ts` that
 * imports it breaks with TS2307, or turns every graph type into `any` under `skipLibCheck`).
 * Build time only (`npm run generate`); covers the JSON Schema subset graph-schema.ts uses.
 */
import { buildJsonSchema } from './json-schema.js';

interface JsonSchema {
  type?: string;
  const?: string | number | boolean;
  anyOf?: JsonSchema[];
  $ref?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  title?: string;
}

// `Document` would shadow the DOM's global type in a consumer's code.
const TYPE_NAMES: Record<string, string> = { Document: 'GraphDocument' };
const typeName = (definition: string): string => TYPE_NAMES[definition] ?? definition;

// One usage example per exported type, shown by editors and TypeDoc beside the schema's text.
const EXAMPLES: Record<string, string> = {
  ArticleGraph: "const graph: ArticleGraph = extractGraph(text, { language: 'it' });\nconsole.log(graph.quotes.length, 'quotes by', graph.actors.length, 'actors');",
  Span: 'for (const s of graph.document.sentences) console.log(text.slice(s.start, s.end) === s.text); // true',
  Mention: "const named = actor.mentions.filter((m) => m.kind === 'name');",
  ActorType: "const people = graph.actors.filter((a) => a.type === 'person');",
  Actor: 'const speaker = graph.actors.find((a) => a.id === attribution.sourceId);\nconsole.log(speaker?.name, speaker?.titles);',
  QuoteKind: "const direct = graph.quotes.filter((q) => q.kind === 'direct' && !q.isTitle);",
  Quote: 'for (const q of graph.quotes) console.log(q.kind, text.slice(q.start, q.end));',
  Cue: "const verbs = graph.attributions.flatMap((a) => (a.cue ? [a.cue.lemma] : [])); // ['dire', 'secondo', ...]",
  Attribution: 'const sourceOf = (contentId: string) => graph.attributions.find((a) => a.contentId === contentId)?.sourceId ?? null;',
  Claim: "for (const c of graph.claims) console.log(c.value, c.unit ?? '', c.object?.text ?? '');",
  TimeExpression: "const dated = graph.times.filter((t) => t.value !== null); // e.g. { text: 'venerdì scorso', value: '2024-11-01' }",
  Diagnostic: "const warnings = graph.diagnostics.filter((d) => d.severity === 'warning');",
  GraphDocument: 'const { id, language, length, sentences } = graph.document;',
};

function docComment(lines: string[], indent: string): string {
  const text = lines.join('\n').replaceAll('*/', '*\\/');
  if (!text.includes('\n')) return `${indent}/** ${text} */\n`;
  return `${indent}/**\n${text.split('\n').map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

function exampleLines(name: string): string[] {
  const example = EXAMPLES[name];
  return example ? ['@example', '```ts', ...example.split('\n'), '```'] : [];
}

// A property's description may sit on the property or on a member of its nullable union.
function descriptionOf(schema: JsonSchema): string | undefined {
  return schema.description ?? schema.anyOf?.find((member) => member.description)?.description;
}

function typeOf(schema: JsonSchema, indent: string): string {
  if (schema.$ref) return typeName(schema.$ref.replace('#/$defs/', ''));
  if (schema.const !== undefined) return JSON.stringify(schema.const).replaceAll('"', "'");
  if (schema.anyOf) return schema.anyOf.map((member) => typeOf(member, indent)).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const item = typeOf(schema.items ?? {}, indent);
      return item.includes(' ') ? `Array<${item}>` : `${item}[]`;
    }
    case 'object':
      return `{\n${members(schema, `${indent}  `)}${indent}}`;
    default:
      throw new Error(`type-declarations: no TypeScript type for ${JSON.stringify(schema)}`);
  }
}

function members(schema: JsonSchema, indent: string): string {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .map(([key, property]) => {
      const description = descriptionOf(property);
      const comment = description ? docComment([description], indent) : '';
      return `${comment}${indent}${key}${required.has(key) ? '' : '?'}: ${typeOf(property, indent)};\n`;
    })
    .join('');
}

function declaration(name: string, schema: JsonSchema): string {
  const doc = docComment([...(schema.description ? [schema.description, ''] : []), ...exampleLines(name)], '');
  if (schema.type === 'object') return `${doc}export interface ${name} {\n${members(schema, '  ')}}\n`;
  return `${doc}export type ${name} = ${typeOf(schema, '')};\n`;
}

/** The text of src/schema/graph-types.generated.ts. */
export function buildTypeDeclarations(): string {
  const { $defs, $schema: _, $id: __, ...root } = buildJsonSchema() as unknown as JsonSchema & { $defs: Record<string, JsonSchema>; $schema: string; $id: string };
  const rootSchema: JsonSchema = {
    ...root,
    description: 'The graph `extractGraph` returns, described by `schemas/article-graph.schema.json` (`claimgraph/schema.json`).',
  };
  const parts = [
    '// Generated by `npm run generate` (scripts/generate.ts) from src/schema/graph-schema.ts: do not edit.\n' +
      '// Plain types, so the published declarations import no package.\n',
    ...Object.entries($defs).map(([definition, sub]) => declaration(typeName(definition), sub)),
    declaration('ArticleGraph', rootSchema),
  ];
  return parts.join('\n');
}
