import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: compromise and ajv's runtime helpers are bundled, so a host's own copies never
    // change our output (compromise/one and compromise share one instance under ESM).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: [/.*/],
    treeshake: true,
    // Minified, the bundle parses faster at import (compromise's English model alone is ~475 KB);
    // the source maps keep stack traces readable.
    minify: true,
  },
  {
    // The CLI and the worker thread its batch mode starts (`extract --jsonl`), which it finds at
    // ./worker.js beside itself: each a self-contained file, no shared chunk to resolve.
    entry: { cli: 'src/cli/index.ts', worker: 'src/cli/batch/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    noExternal: [/.*/],
    sourcemap: true,
    splitting: false,
  },
]);
