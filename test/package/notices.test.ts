import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CODE, buildNotices } from '../../scripts/third-party-notices.js';

describe('THIRD_PARTY_NOTICES.md', () => {
  it('is the one generated from the installed packages (regenerate with npm run notices)', () => {
    expect(readFileSync('THIRD_PARTY_NOTICES.md', 'utf8')).toBe(buildNotices());
  });

  it('covers every package whose code the library, the validator or the CLI bundles', async () => {
    const result = await build({
      entryPoints: ['src/index.ts', 'src/validate.ts', 'src/cli/index.ts', 'src/cli/batch/worker.ts'],
      bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', outdir: 'unused', logLevel: 'silent',
    });
    const bundled = new Set(
      Object.keys(result.metafile.inputs).flatMap((file) => {
        const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
        return match ? [match[1]!] : [];
      }),
    );
    expect(bundled.size).toBeGreaterThan(0);
    expect([...bundled].filter((name) => !BUNDLED_CODE.some((n) => n.name === name))).toEqual([]);
  });

  it('carries the attributions the data licences require', () => {
    const text = readFileSync('THIRD_PARTY_NOTICES.md', 'utf8');
    expect(text).toContain('Contains information from GeoNames (https://www.geonames.org), licensed under CC BY 4.0');
    expect(text).toContain('Fonte: ISTAT');
  });
});
