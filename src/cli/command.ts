import type { ParseArgsConfig } from 'node:util';

/** One subcommand of `claimgraph`: its options for util.parseArgs, its help text and what it does. */
export interface CliCommand {
  /** The word after `claimgraph`: 'extract'. */
  readonly name: string;
  /** One line for `claimgraph --help`. */
  readonly summary: string;
  /** The whole text of `claimgraph <name> --help`. */
  readonly usage: string;
  /** util.parseArgs options; `help` and `debug` are added by main for every command. */
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command; throws CliError (src/cli/cli-error.ts) for usage (exit 2) or input (exit 1) problems. */
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<void>;
}
