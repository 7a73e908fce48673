import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CorpusGraph } from '../../corpus/corpus-types.js';
import type { ArticleGraph } from '../../schema/graph-schema.js';
import { CliError } from '../cli-error.js';

/** One `{"id","graph"}` line of `extract --jsonl` output. */
export interface GraphLine {
  readonly id: string;
  readonly graph: ArticleGraph;
}

/** The input's name in messages. */
export const inputName = (file: string | undefined) => (file === undefined || file === '-' ? 'standard input' : file);

/** The lines of a file or of standard input, read as a stream: one line in memory at a time. */
export async function* readLines(file: string | undefined): AsyncGenerator<string> {
  if ((file === undefined || file === '-') && process.stdin.isTTY) {
    throw new CliError('no input: give a FILE, or pipe the lines into standard input', 2);
  }
  const stream = file === undefined || file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', (error: NodeJS.ErrnoException) => {
    reject(new CliError(`cannot read ${inputName(file)}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a directory' : error.message}`));
  }));
  failed.catch(() => undefined);
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  while (true) {
    const next = await Promise.race([lines.next(), failed]);
    if (next.done) return;
    yield next.value;
  }
}

/**
 * The `{"id","graph"}` lines of the input (or corpus graphs, one a line), parsed one at a time. Blank lines are skipped; a line
 * `{"id","error"}` (an article `extract --jsonl` could not read) is skipped with a word on stderr.
 */
export async function* readGraphLines(file: string | undefined): AsyncGenerator<GraphLine | CorpusGraph> {
  let n = 0;
  for await (const line of readLines(file)) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new CliError(`${inputName(file)} line ${n} is not JSON: ${(error as Error).message.slice(0, 120)}`);
    }
    const item = value as { id?: unknown; graph?: unknown; error?: unknown; corpusVersion?: unknown };
    // A corpus graph (the output of merge, on one line): merged again with the rest, a reduce step.
    if (typeof item === 'object' && item !== null && typeof item.corpusVersion === 'string') {
      yield value as CorpusGraph;
      continue;
    }
    if (typeof item !== 'object' || item === null || typeof item.id !== 'string') {
      throw new CliError(`${inputName(file)} line ${n} is not a {"id", "graph"} line (the output of claimgraph extract --jsonl)`);
    }
    if (item.graph === undefined && item.error !== undefined) {
      process.stderr.write(`claimgraph: ${inputName(file)} line ${n} (${item.id}) holds an error, not a graph: skipped\n`);
      continue;
    }
    const graph = item.graph as Partial<ArticleGraph> | undefined;
    if (typeof graph !== 'object' || graph === null || !Array.isArray(graph.actors) || typeof graph.document !== 'object') {
      throw new CliError(`${inputName(file)} line ${n} (${item.id}) has no article graph`);
    }
    yield { id: item.id, graph: graph as ArticleGraph };
  }
}
