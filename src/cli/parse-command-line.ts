import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error.js';

export type OptionValues = Record<string, string | boolean | undefined>;

/** Options every command takes, added by main. */
export const COMMON_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
};

// util.parseArgs messages name the option in quotes and go on for lines: one short line instead.
function usageMessage(error: NodeJS.ErrnoException): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(error.message)) return `${option} takes no value`;
      if (/ambiguous/.test(error.message)) return `${option} needs a value; to give one that starts with a dash, write ${option}=-VALUE`;
      return `${option} needs a value`;
    default:
      return error.message.split('\n')[0]!;
  }
}

/**
 * Reads a command's arguments with util.parseArgs (strict: an unknown option is an error), so
 * `--lang it` and `--lang=it` are one thing. Throws a usage CliError (exit code 2) in one line.
 */
export function parseCommandLine(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): { values: OptionValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { ...options, ...COMMON_OPTIONS }, allowPositionals: true, strict: true });
    return { values: values as OptionValues, positionals };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) throw new CliError(usageMessage(error as NodeJS.ErrnoException), 2);
    throw error;
  }
}
