#!/usr/bin/env node
import { main } from './main.js';

// A closed pipe on stdout ("claimgraph extract x | head") ends quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
