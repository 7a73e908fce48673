import { availableParallelism } from 'node:os';
import { ClaimgraphError } from '../../errors.js';
import { extractGraph } from '../../extract-graph.js';
import { checkArguments, type ExtractOptions } from '../../options.js';
import { runBatch } from '../batch/run-batch.js';
import { CliError } from '../cli-error.js';
import type { CliCommand } from '../command.js';
import { shapeOutput, type OutputOptions } from '../output.js';
import { readInput } from '../read-input.js';

/** Worker threads are bounded: more than this is a typo, not a machine. */
const MAX_WORKERS = 256;
const LANGUAGES = ['it', 'en', 'auto'] as const;
const OFFSETS = ['utf16', 'codepoint'] as const;

type Values = Record<string, string | boolean | undefined>;

function parseWorkers(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) throw new CliError(`--workers takes a whole number from 1 to ${MAX_WORKERS}, found ${JSON.stringify(value)}`, 2);
  return n;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`${flag} takes ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}, found ${JSON.stringify(value)}`, 2);
  return value as T;
}

/** The command line's options, checked together before any input is read: every mistake is a usage error (exit code 2). */
export function readExtractOptions(values: Values, positionals: readonly string[]) {
  if (positionals.length > 1) throw new CliError(`one file at a time, found ${JSON.stringify(positionals[0])} and ${JSON.stringify(positionals[1])}`, 2);
  if (values.lang !== undefined && values.language !== undefined) throw new CliError('give --lang or --language, not both', 2);
  const language = oneOf('--lang', (values.lang ?? values.language ?? 'auto') as string, LANGUAGES);
  const publishedAt = values['published-at'] as string | undefined;
  const jsonl = values.jsonl === true;
  if (jsonl && values.pretty) throw new CliError('--pretty cannot go with --jsonl: JSON Lines hold one graph per line', 2);
  if (values.workers !== undefined && !jsonl) throw new CliError('--workers applies to batch mode: claimgraph extract --jsonl [FILE|-] --workers N', 2);
  const options: ExtractOptions = { language, ...(publishedAt !== undefined ? { publishedAt } : {}), onUnsupportedLanguage: values['refuse-unsupported'] ? 'throw' : 'diagnose' };
  try {
    checkArguments('', options);
  } catch (error) {
    throw new CliError((error as Error).message.replace(/^publishedAt/, '--published-at'), 2);
  }
  const output: OutputOptions = { compact: values.compact === true, offsets: oneOf('--offsets', (values.offsets ?? 'utf16') as string, OFFSETS) };
  return {
    file: positionals[0] ?? null,
    options,
    output,
    pretty: values.pretty === true,
    jsonl,
    workers: values.workers === undefined ? null : parseWorkers(values.workers as string),
  };
}

export const extract: CliCommand = {
  name: 'extract',
  summary: "prints an article's graph as JSON (or one graph per line with --jsonl)",
  usage: `usage:
  claimgraph extract [FILE|-] [options]
      prints the article's graph as JSON (reads standard input when FILE is - or absent)
  claimgraph extract --jsonl [FILE|-] [--workers N] [options]
      batch mode: reads one {"id", "text", "language"?, "publishedAt"?} per line and writes one
      {"line", "id", "graph"} or {"line", "id", "error"} per line, in input order, using N worker
      threads (default: one per core). "line" is the input line number, "id" the record's own id
      (null when it has none); --lang and --published-at apply to lines without their own

options (--name value and --name=value are the same):
  --lang it|en|auto     the article's language (default auto; --language is the same)
  --published-at DATE   when it was published (ISO 8601), to resolve "ieri", "venerdì"...
  --refuse-unsupported  with --lang auto, fail on a text in a language claimgraph does not read
                        (French, Spanish, German...) instead of a language/unsupported diagnostic
  --compact             leave out the text of every span (quotes, claims, mentions, sentences...):
                        the offsets give it back (expandGraph in the library; docs/compact.md)
  --offsets utf16|codepoint
                        count offsets in UTF-16 code units (default, as JavaScript does) or in
                        code points (as Python does; docs/offsets.md)
  --pretty              indent the JSON (not with --jsonl)
  --jsonl               batch mode, as above
  --workers N           worker threads for --jsonl, 1 to ${MAX_WORKERS}
  --debug               print stack traces
  -h, --help            print this
`,
  options: {
    lang: { type: 'string' },
    language: { type: 'string' },
    'published-at': { type: 'string' },
    'refuse-unsupported': { type: 'boolean' },
    compact: { type: 'boolean' },
    offsets: { type: 'string' },
    pretty: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    workers: { type: 'string' },
  },
  async run(values, positionals) {
    const args = readExtractOptions(values, positionals);
    if (args.jsonl) {
      const summary = await runBatch({
        file: args.file,
        workers: args.workers ?? availableParallelism(),
        defaults: { language: args.options.language!, publishedAt: args.options.publishedAt ?? null, onUnsupportedLanguage: args.options.onUnsupportedLanguage!, output: args.output },
        output: process.stdout,
        progress: process.stderr.isTTY ? process.stderr : null,
      });
      // Bad lines do not fail the run (a pipe stage such as Spark's RDD.pipe fails a task on a
      // nonzero exit): they are counted here and reported on their own output lines.
      if (summary.errors > 0) process.stderr.write(`claimgraph: ${summary.errors} of ${summary.lines} lines gave no graph; their output lines hold "error"\n`);
      return;
    }
    const text = await readInput(args.file);
    let graph;
    try {
      graph = shapeOutput(extractGraph(text, args.options), text, args.output);
    } catch (error) {
      // --refuse-unsupported: the input cannot be used, the command line was right.
      if (error instanceof ClaimgraphError && error.code === 'UNSUPPORTED_LANGUAGE') throw new CliError(`${args.file ?? 'standard input'}: ${error.message}`, 1);
      throw error;
    }
    process.stdout.write(`${JSON.stringify(graph, null, args.pretty ? 2 : undefined)}\n`);
  },
};
