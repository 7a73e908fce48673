import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The merge's tie-breaker is natural's Jaro–Winkler module, imported by path and bundled:
// users install nothing of natural, and the bundle holds that one module of it.
describe('natural in the package', () => {
  it('is a devDependency only', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.devDependencies.natural).toBeDefined();
    expect(pkg.dependencies?.natural).toBeUndefined();
  });

  it('is bundled as its distance module alone', async () => {
    const result = await build({ entryPoints: ['src/index.ts'], bundle: true, write: false, metafile: true, platform: 'neutral', format: 'esm', logLevel: 'silent' });
    const fromNatural = Object.keys(result.metafile.inputs).filter((path) => path.includes('node_modules/natural/'));
    expect(fromNatural).toEqual(['node_modules/natural/lib/natural/distance/jaro-winkler_distance.js']);
  }, 60_000);
});
