#!/usr/bin/env node
import { main, reportFailure } from './main.js';

const debug = process.argv.includes('--debug');

// Standard output holds the JSON and nothing else: whatever a dependency logs goes to stderr.
// (The bundled compromise's debug output, switched on by DEBUG_TAGS and the like, is removed at
// build time: tsup.config.ts.)
console.log = console.info = console.debug = console.error;

// A closed pipe on stdout ("claimgraph extract x | head") ends quietly, as Unix tools do; any
// other write failure (a full disk) is one line and exit code 1, not a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`claimgraph: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(1);
});
// What escapes `main` (an error in a stream callback) is still one line, never a stack trace
// unless --debug.
process.on('uncaughtException', (error) => process.exit(reportFailure(error, debug)));
process.on('unhandledRejection', (reason) => process.exit(reportFailure(reason, debug)));

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
