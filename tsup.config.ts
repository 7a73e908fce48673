import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * Our private copy of compromise reads DEBUG_TAGS, DEBUG_MATCH and DEBUG_CHUNKS from the
 * environment and then logs its tagging to stdout, which would break the CLI's JSON and print
 * into a host's output. Every `process.env` in its files becomes an empty object here, so no
 * environment turns that on (test/cli/stdout-json.test.ts runs the CLI with them set). The build
 * fails if the pattern is gone, so an upgrade of compromise is looked at, not silently missed.
 */
const compromiseWithoutEnvironment: Plugin = {
  name: 'compromise-without-environment',
  setup(build) {
    build.onLoad({ filter: /[\\/]compromise[\\/]builds[\\/].*\.c?js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (/DEBUG_(TAGS|MATCH|CHUNKS)/.test(source) && !source.includes('process.env')) {
        throw new Error(`${args.path} reads DEBUG_* without process.env: update compromiseWithoutEnvironment in tsup.config.ts`);
      }
      return { contents: source.replaceAll('process.env', '({})'), loader: 'js' };
    });
  },
};


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
  esbuildPlugins: [compromiseWithoutEnvironment],
  // `claimgraph --version`, written in at build time (src/cli/version.ts).
  define: { __CLAIMGRAPH_VERSION__: JSON.stringify(version) },
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
