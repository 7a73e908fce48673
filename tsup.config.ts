import { defineConfig, type Options } from 'tsup';

// compromise and the validator (ajv standalone code) are bundled, so the package has no runtime
// dependency and a host's own compromise never changes our output. Minified, the bundle parses
// faster at import (compromise's English model alone is ~475 KB). No source maps: they were 8.9 MB
// of the package's 13 MB, and the minified names they restore are ours, in src/ of the repository.
const shared: Options = {
  target: 'es2022',
  noExternal: [/.*/],
  treeshake: true,
  minify: true,
  sourcemap: false,
};

export default defineConfig([
  {
    // ESM: one build with code splitting, so the library is one chunk that index.js, cli.js and
    // worker.js all import (the CLI finds the worker at ./worker.js beside itself), and
    // validate.js imports only the validator's chunk, not the extractor, compromise or gazetteers.
    // The core uses no Node-only API; Node's built-in modules (CLI only) stay external.
    ...shared,
    entry: { index: 'src/index.ts', validate: 'src/validate.ts', cli: 'src/cli/index.ts', worker: 'src/cli/batch/worker.ts' },
    format: ['esm'],
    platform: 'neutral',
    external: [/^node:/],
    splitting: true,
    dts: { entry: { index: 'src/index.ts', validate: 'src/validate.ts' } },
    clean: true,
  },
  {
    // CommonJS for require(): one self-contained file per public entry (CJS has no shared chunks).
    ...shared,
    entry: { index: 'src/index.ts', validate: 'src/validate.ts' },
    format: ['cjs'],
    platform: 'neutral',
    dts: { entry: { index: 'src/index.ts', validate: 'src/validate.ts' } },
  },
]);
