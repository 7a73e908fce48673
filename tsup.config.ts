import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

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
    esbuildPlugins: [compromiseWithoutEnvironment],
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
    esbuildPlugins: [compromiseWithoutEnvironment],
    // `claimgraph --version`, written in at build time (src/cli/version.ts).
    define: { __CLAIMGRAPH_VERSION__: JSON.stringify(version) },
  },
]);
