/**
 * A user's mistake at the command line (exit code 2) or an input that cannot be used (exit code
 * 1): printed as one line, `claimgraph: <message>`, with no stack trace.
 */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
  }
}
