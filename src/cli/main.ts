import { availableParallelism } from 'node:os';
import { extractGraph } from '../extract-graph.js';
import { checkArguments } from '../options.js';
import { validateGraph } from '../validate-graph.js';
import { runBatch } from './batch/run-batch.js';
import { parseCliArgs, USAGE, type CliArgs } from './parse-args.js';
import { readInput } from './read-input.js';

/** Thrown for a user's mistake at the command line: printed as one line, exit code 2 or 1. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

async function runExtract(args: CliArgs): Promise<void> {
  const text = await readInput(args.file);
  const graph = extractGraph(text, { language: args.language, ...(args.publishedAt ? { publishedAt: args.publishedAt } : {}) });
  process.stdout.write(`${JSON.stringify(graph, null, args.pretty ? 2 : undefined)}\n`);
}

async function runExtractBatch(args: CliArgs): Promise<void> {
  // The defaults every line without its own language or date gets: refused once, here, if wrong.
  try {
    checkArguments('', { language: args.language, ...(args.publishedAt ? { publishedAt: args.publishedAt } : {}) });
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  const summary = await runBatch({
    file: args.file,
    workers: args.workers ?? availableParallelism(),
    defaults: { language: args.language, publishedAt: args.publishedAt },
    output: process.stdout,
    progress: process.stderr.isTTY ? process.stderr : null,
  });
  // Bad lines do not fail the run (a pipe stage such as Spark's RDD.pipe fails a task on a
  // nonzero exit): they are counted here and reported on their own output lines.
  if (summary.errors > 0) process.stderr.write(`claimgraph: ${summary.errors} of ${summary.lines} lines gave no graph; their output lines hold "error"\n`);
}

async function runValidate(args: CliArgs): Promise<void> {
  if (!args.file) throw new CliError('validate needs a graph file: claimgraph validate GRAPH.json', 2);
  const raw = await readInput(args.file);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new CliError(`${args.file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = validateGraph(value);
  if (result.valid) {
    process.stdout.write(`${args.file}: valid ArticleGraph\n`);
    return;
  }
  for (const e of result.errors) process.stderr.write(`${args.file}: ${e.path} ${e.message}\n`);
  throw new CliError(`${args.file}: ${result.errors.length} schema error(s)`);
}

/** The command line: `claimgraph extract [FILE|-]`, `claimgraph extract --jsonl [FILE|-]`, `claimgraph validate GRAPH.json`. */
export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`claimgraph: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    if (args.command === 'extract' && args.jsonl) await runExtractBatch(args);
    else if (args.command === 'extract') await runExtract(args);
    else await runValidate(args);
    return 0;
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : 1;
    process.stderr.write(`claimgraph: ${(error as Error).message}\n`);
    if (args.debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return exitCode;
  }
}
