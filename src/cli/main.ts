import { ClaimgraphError } from '../errors.js';
import { CliError } from './cli-error.js';
import type { CliCommand } from './command.js';
import { exportCommand } from './commands/export.js';
import { extract } from './commands/extract.js';
import { mergeCommand } from './commands/merge.js';
import { validate } from './commands/validate.js';
import { viewCommand } from './commands/view.js';
import { parseCommandLine } from './parse-command-line.js';
import { VERSION } from './version.js';

export { CliError };

/** Every command, in the order `claimgraph --help` lists them: one line per command. */
const COMMANDS: readonly CliCommand[] = [
  extract,
  validate,
  mergeCommand,
  exportCommand,
  viewCommand,
];

const names = COMMANDS.map((c) => c.name);
const expected = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];

/** `claimgraph --help`: the commands and their summaries. */
export function usage(): string {
  const width = Math.max(...names.map((n) => n.length));
  return `usage: claimgraph <command> [options]

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

  claimgraph <command> --help   prints a command's usage and options
  claimgraph --version          prints the version
options of every command: --debug prints stack traces; -h, --help prints its usage
`;
}

/**
 * The command line: `claimgraph <command> [options]`, each command a module in ./commands.
 * Returns the exit code: 0 done, 1 an input that cannot be used, 2 a usage error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    process.stdout.write(usage());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const name = first === 'help' ? rest[0] : first;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`claimgraph: unknown ${name?.startsWith('-') ? 'option' : 'command'} ${name?.startsWith('-') ? name : JSON.stringify(name)}; expected ${expected} (claimgraph --help prints the usage)\n`);
    return 2;
  }
  if (first === 'help') {
    process.stdout.write(command.usage);
    return 0;
  }
  const debug = rest.includes('--debug');
  try {
    const { values, positionals } = parseOrExplain(command, rest);
    if (values.help) {
      process.stdout.write(command.usage);
      return 0;
    }
    await command.run(values, positionals);
    return 0;
  } catch (error) {
    if (error instanceof CliError && error.exitCode === 2) error.message = `${error.message} (claimgraph ${command.name} --help prints its usage)`;
    return reportFailure(error, debug);
  }
}

/** The command's arguments; an option of another command is named as such ('--jsonl is an option of extract'). */
function parseOrExplain(command: CliCommand, args: readonly string[]) {
  try {
    return parseCommandLine(args, command.options);
  } catch (error) {
    const option = /^unknown option --([^=\s]+)/.exec((error as Error).message)?.[1];
    const owner = option === undefined ? undefined : COMMANDS.find((c) => c !== command && option in c.options);
    if (owner) throw new CliError(`--${option} is an option of ${owner.name}: claimgraph ${owner.name} --${option} ...`, 2);
    throw error;
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
