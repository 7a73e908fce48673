import type { CorpusGraph } from '../../corpus/corpus-types.js';
import { CONTEXT_IRI } from '../../export/context.js';
import { toNQuads } from '../../export/n-quads.js';
import { toJsonLd, type JsonLdOptions } from '../../export/to-json-ld.js';
import type { ArticleGraph } from '../../schema/graph-schema.js';
import { CliError } from '../cli-error.js';
import type { CliCommand } from '../command.js';
import { inputName, readLines } from './graph-lines.js';
import { writeOut } from './output.js';

const isLine = (v: unknown): v is { id: string; graph?: ArticleGraph; error?: unknown } =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && ('graph' in v || 'error' in v);
const isGraph = (v: unknown): v is ArticleGraph | CorpusGraph =>
  typeof v === 'object' && v !== null && ('corpusVersion' in v || ('schemaVersion' in v && 'document' in v));

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${where} is not JSON: ${(error as Error).message.slice(0, 120)}`);
  }
}

/**
 * Writes a graph as JSON-LD or N-Quads. The input is one graph (an article graph from `extract`,
 * or a corpus graph from `merge`), or the `{"id","graph"}` lines of `extract --jsonl`, which are
 * read and written one at a time (one JSON-LD document, or that article's quads, per line).
 */
async function runExport(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<void> {
  const format = (values.format as string | undefined) ?? 'jsonld';
  if (format !== 'jsonld' && format !== 'nquads') throw new CliError(`--format takes jsonld or nquads, found ${JSON.stringify(format)}`, 2);
  if (positionals.length > 1) throw new CliError(`one input at a time, found ${positionals.map((p) => JSON.stringify(p)).join(' and ')}`, 2);
  const file = positionals[0];
  const base = values.base as string | undefined;
  if (base !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(base)) throw new CliError(`--base takes an absolute IRI such as https://example.org/news/, found ${JSON.stringify(base)}`, 2);
  const options = (documentId?: string): JsonLdOptions => ({
    ...(base !== undefined ? { base } : {}),
    ...(documentId !== undefined ? { documentId } : {}),
    context: values['inline-context'] ? 'inline' : 'iri',
  });
  const write = async (graph: ArticleGraph | CorpusGraph, documentId?: string, oneLine = false) => {
    if (format === 'nquads') await writeOut(toNQuads(graph, options(documentId)));
    else await writeOut(`${JSON.stringify(toJsonLd(graph, options(documentId)), null, values.pretty && !oneLine ? 2 : undefined)}\n`);
  };

  let mode: 'lines' | 'document' | null = null;
  const held: string[] = [];
  let n = 0;
  for await (const line of readLines(file)) {
    n++;
    if (mode === 'document') { held.push(line); continue; }
    if (line.trim() === '') continue;
    let value: unknown = undefined;
    try { value = JSON.parse(line); } catch { /* a graph written over several lines */ }
    if (mode === null) mode = isLine(value) ? 'lines' : 'document';
    if (mode === 'document') { held.push(line); continue; }
    if (value === undefined) parse(line, `${inputName(file)} line ${n}`);
    if (!isLine(value)) throw new CliError(`${inputName(file)} line ${n} is not a {"id", "graph"} line`);
    if (value.graph === undefined) {
      process.stderr.write(`claimgraph: ${inputName(file)} line ${n} (${value.id}) holds an error, not a graph: skipped\n`);
      continue;
    }
    if (!isGraph(value.graph)) throw new CliError(`${inputName(file)} line ${n} (${value.id}) has no article graph`);
    await write(value.graph, value.id, true);
  }
  if (mode === null) throw new CliError(`${inputName(file)} is empty: there is no graph to export`);
  if (mode === 'document') {
    const value = parse(held.join('\n'), inputName(file));
    if (!isGraph(value)) throw new CliError(`${inputName(file)} is neither an article graph, a corpus graph nor {"id", "graph"} lines`);
    await write(value);
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'writes a graph as JSON-LD (schema.org) or N-Quads, for RDF stores',
  usage: `usage: claimgraph export [FILE|-] [--format jsonld|nquads] [--base IRI] [--inline-context] [--pretty]
  reads an article graph (claimgraph extract), a corpus graph (claimgraph merge) or the {"id", "graph"}
  lines of claimgraph extract --jsonl (standard input when FILE is - or absent) and writes it as
  --format jsonld   JSON-LD on schema.org with Web Annotation selectors (default); one document per
                    input line for {"id", "graph"} lines
  --format nquads   N-Quads, ready to load into an RDF store
  --base IRI        prefix of the IRIs made (default urn:claimgraph:): <base>document/<id>, <base>entity/<id>
  --inline-context  embed the @context instead of referring to ${CONTEXT_IRI}
  --pretty          indent a JSON-LD document
`,
  options: { format: { type: 'string', short: 'f' }, base: { type: 'string' }, 'inline-context': { type: 'boolean' }, pretty: { type: 'boolean' } },
  run: runExport,
};
