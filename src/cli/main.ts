import { availableParallelism } from 'node:os';
import { ClaimgraphError } from '../errors.js';
import { extractGraph } from '../extract-graph.js';
import { checkArguments } from '../options.js';
import { validateGraph } from '../validate-graph.js';
import { runBatch } from './batch/run-batch.js';
import { parseCliArgs, USAGE, type CliArgs } from './parse-args.js';
import { CliError } from './cli-error.js';
import { readInput } from './read-input.js';
import { parseArgs } from 'node:util';
import type { CliCommand } from './command.js';
import { viewCommand } from './commands/view.js';

export { CliError };

/** The options the command line gives `extractGraph`, refused as a usage error (exit code 2) before any input is read. */
function extractOptions(args: CliArgs) {
  const options = { language: args.language, ...(args.publishedAt ? { publishedAt: args.publishedAt } : {}) };
  try {
    checkArguments('', options);
  } catch (error) {
    throw new CliError((error as Error).message.replace(/^publishedAt/, '--published-at'), 2);
  }
  return options;
}

async function runExtract(args: CliArgs): Promise<void> {
  const options = extractOptions(args);
  const text = await readInput(args.file);
  const graph = extractGraph(text, options);
  process.stdout.write(`${JSON.stringify(graph, null, args.pretty ? 2 : undefined)}\n`);
}

async function runExtractBatch(args: CliArgs): Promise<void> {
  // The defaults every line without its own language or date gets: refused once, here, if wrong.
  extractOptions(args);
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
    throw new CliError(`${args.file} is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
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
  // Until the registry of commands lands, a command module is run here by its name.
  if (argv[0] === viewCommand.name) return runCommand(viewCommand, argv.slice(1));
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`claimgraph: ${(error as Error).message} (claimgraph --help prints the usage)\n`);
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
    return reportFailure(error, args.debug);
  }
}

async function runCommand(command: CliCommand, argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { ...command.options, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } }, allowPositionals: true });
    if (values.help) {
      process.stdout.write(command.usage);
      return 0;
    }
    await command.run(values as Record<string, string | boolean | undefined>, positionals);
    return 0;
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return reportFailure(new CliError(`${error.message} (claimgraph ${command.name} --help prints the usage)`, 2), debug);
    }
    return reportFailure(error, debug);
  }
}

/**
 * One line on standard error for a failure, and its exit code: 2 for a usage error, 1 for an
 * input that cannot be used. A plain `Error` is an expected failure with a message for the user
 * (a file that cannot be opened in batch mode); any other exception is a bug, said to be one.
 * The stack trace only with --debug.
 */
export function reportFailure(error: unknown, debug: boolean): 1 | 2 {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
  const expected = error instanceof CliError || error instanceof ClaimgraphError || (error instanceof Error && error.constructor === Error);
  if (expected) process.stderr.write(`claimgraph: ${message}\n`);
  else process.stderr.write(`claimgraph: internal error: ${message} (run again with --debug for the stack trace, and please report it)\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return error instanceof CliError ? error.exitCode : error instanceof ClaimgraphError ? 2 : 1;
}
