import { writeFile } from 'node:fs/promises';
import { extractGraph } from '../../extract-graph.js';
import { renderHtml } from '../../render/index.js';
import type { ArticleGraph } from '../../schema/graph-schema.js';
import { validateGraph } from '../../validate-graph.js';
import { CliError } from '../cli-error.js';
import type { CliCommand } from '../command.js';
import { readInput } from '../read-input.js';

const USAGE = `usage:
  claimgraph view FILE [--out page.html] [--lang it|en|auto] [--title TITLE]
      writes one self-contained HTML page showing the article with its quotes, claims, cues and
      speakers (no network, strict Content-Security-Policy); to standard output without --out.
      FILE is an article's text (extracted first, with --lang), or a JSON file holding
      {"text": ..., "graph": ...}, or a graph alone with --text ARTICLE.txt (the text it came from)
options: --debug prints stack traces; --help prints this
`;

function parseGraph(raw: string, file: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
  }
}

function checkedGraph(value: unknown, file: string): ArticleGraph {
  const result = validateGraph(value);
  if (!result.valid) {
    const first = result.errors[0]!;
    throw new CliError(`${file}: not a valid ArticleGraph (${result.errors.length} schema error(s); first: ${first.path} ${first.message})`);
  }
  return value as ArticleGraph;
}

/** The article and its graph from FILE: a graph JSON (with its text inside or in --text), or a text to extract. */
async function articleAndGraph(file: string, values: Record<string, string | boolean | undefined>): Promise<{ text: string; graph: ArticleGraph }> {
  const raw = await readInput(file);
  const textFile = typeof values.text === 'string' ? values.text : null;
  // A JSON object is taken as a graph only when it looks like one; any other text is an article.
  const looksJson = /^\s*\{/.test(raw) && /"(graph|schemaVersion)"\s*:/.test(raw);
  if (looksJson) {
    const value = parseGraph(raw, file) as Record<string, unknown>;
    // {"text", "graph"}, or a batch output line {"id", "graph"} with the text in --text, or a graph alone.
    const graph = value && typeof value === 'object' ? ('graph' in value ? value.graph : 'schemaVersion' in value ? value : undefined) : undefined;
    if (graph !== undefined) {
      if (typeof value.text === 'string' && !textFile) return { text: value.text, graph: checkedGraph(graph, file) };
      if (!textFile) throw new CliError(`${file} is a graph without its text: give the article it came from with --text ARTICLE.txt`, 2);
      return { text: await readInput(textFile), graph: checkedGraph(graph, file) };
    }
  }
  if (textFile) throw new CliError('--text goes with a graph JSON file; FILE here is an article text', 2);
  return { text: raw, graph: extractGraph(raw, { language: (values.lang ?? 'auto') as 'it' | 'en' | 'auto' }) };
}

/** `claimgraph view FILE [--out page.html]`: the annotated article page. */
export const viewCommand: CliCommand = {
  name: 'view',
  summary: 'writes an annotated HTML page of an article (or of a graph with its text)',
  usage: USAGE,
  options: {
    out: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    text: { type: 'string' },
    title: { type: 'string' },
  },
  async run(values, positionals) {
    if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? 'view needs a file: claimgraph view ARTICLE.txt --out page.html' : `one file at a time, found ${positionals.length}`, 2);
    const lang = values.lang;
    if (lang !== undefined && lang !== 'it' && lang !== 'en' && lang !== 'auto') throw new CliError(`--lang takes it, en or auto, found ${JSON.stringify(lang)}`, 2);
    const { text, graph } = await articleAndGraph(positionals[0]!, values);
    const page = renderHtml(text, graph, typeof values.title === 'string' ? { title: values.title } : {});
    const out = values.out;
    if (typeof out === 'string') {
      try {
        await writeFile(out, page);
      } catch (error) {
        throw new CliError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      process.stderr.write(`claimgraph: wrote ${out} (${graph.quotes.length} quotes, ${graph.claims.length} claims, ${graph.actors.length} actors)\n`);
    } else process.stdout.write(page);
  },
};
