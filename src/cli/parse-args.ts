export interface CliArgs {
  command: 'extract' | 'validate' | 'help';
  file: string | null;
  language: 'it' | 'en' | 'auto';
  publishedAt: string | null;
  pretty: boolean;
  debug: boolean;
  /** `extract --jsonl`: one article per input line, one graph per output line. */
  jsonl: boolean;
  /** Worker threads for `--jsonl`; null for one per core. */
  workers: number | null;
}

export const USAGE = `usage:
  claimgraph extract [FILE|-] [--lang it|en|auto] [--published-at DATE] [--pretty]
      prints the article's graph as JSON (reads standard input when FILE is - or absent)
  claimgraph extract --jsonl [FILE|-] [--workers N] [--lang it|en|auto] [--published-at DATE]
      batch mode: reads one {"id", "text", "language"?, "publishedAt"?} per line and writes one
      {"id", "graph"} or {"id", "error"} per line, in input order, using N worker threads
      (default: one per core); --lang and --published-at apply to lines without their own
  claimgraph validate GRAPH.json
      checks a graph against the ArticleGraph JSON Schema
  claimgraph view FILE [--out page.html] [--lang it|en|auto]
      writes an annotated HTML page of the article (claimgraph view --help for more)
options: --debug prints stack traces; --help prints this
`;

/** Worker threads are bounded: more than this is a typo, not a machine. */
const MAX_WORKERS = 256;

function parseWorkers(value: string | undefined): number {
  const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new Error(`--workers takes a whole number from 1 to ${MAX_WORKERS}, found ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
  }
  return n;
}

/** Reads the command line; throws with a one-line message on anything it does not know. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'help', file: null, language: 'auto', publishedAt: null, pretty: false, debug: false, jsonl: false, workers: null };
  const rest = [...argv];
  const command = rest.shift();
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return args;
  if (command !== 'extract' && command !== 'validate') throw new Error(`unknown command ${JSON.stringify(command)}; expected extract or validate`);
  args.command = command;
  while (rest.length > 0) {
    const arg = rest.shift()!;
    if (arg === '--pretty') args.pretty = true;
    else if (arg === '--debug') args.debug = true;
    else if (arg === '--help' || arg === '-h') args.command = 'help';
    else if (arg === '--jsonl') args.jsonl = true;
    else if (arg === '--workers') args.workers = parseWorkers(rest.shift());
    else if (arg.startsWith('--workers=')) args.workers = parseWorkers(arg.slice('--workers='.length));
    else if (arg === '--lang' || arg === '--language') {
      const value = rest.shift();
      if (value !== 'it' && value !== 'en' && value !== 'auto') throw new Error(`--lang takes it, en or auto, found ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      args.language = value;
    } else if (arg === '--published-at') {
      const value = rest.shift();
      if (!value) throw new Error('--published-at takes a date such as 2024-11-01');
      args.publishedAt = value;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (args.file === null) args.file = arg;
    else throw new Error(`one file at a time, found ${JSON.stringify(args.file)} and ${JSON.stringify(arg)}`);
  }
  if (args.command === 'help') return args;
  if (args.jsonl && args.command !== 'extract') throw new Error('--jsonl is an option of extract: claimgraph extract --jsonl [FILE|-]');
  if (args.jsonl && args.pretty) throw new Error('--pretty cannot go with --jsonl: JSON Lines hold one graph per line');
  if (args.workers !== null && !args.jsonl) throw new Error('--workers applies to batch mode: claimgraph extract --jsonl [FILE|-] --workers N');
  return args;
}
