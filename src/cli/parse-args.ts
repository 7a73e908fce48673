export interface CliArgs {
  command: 'extract' | 'validate' | 'help';
  file: string | null;
  language: 'it' | 'en' | 'auto';
  publishedAt: string | null;
  pretty: boolean;
  debug: boolean;
}

export const USAGE = `usage:
  claimgraph extract [FILE|-] [--lang it|en|auto] [--published-at DATE] [--pretty]
      prints the article's graph as JSON (reads standard input when FILE is - or absent)
  claimgraph validate GRAPH.json
      checks a graph against the ArticleGraph JSON Schema
options: --debug prints stack traces; --help prints this
`;

/** Reads the command line; throws with a one-line message on anything it does not know. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'help', file: null, language: 'auto', publishedAt: null, pretty: false, debug: false };
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
  return args;
}
