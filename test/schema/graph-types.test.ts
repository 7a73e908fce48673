import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTypeDeclarations } from '../../src/schema/type-declarations.js';

const GENERATED = 'src/schema/graph-types.generated.ts';

describe('the plain graph types', () => {
  it('are the ones generated from the TypeBox source (regenerate with npm run generate)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(buildTypeDeclarations());
  });

  it('import nothing, so the published declarations need no build-time package', () => {
    expect(readFileSync(GENERATED, 'utf8')).not.toMatch(/^\s*import\b/m);
  });

  it('are exactly the schema types: graph-schema.ts compiles only while each matches its Static type', () => {
    const tsc = 'node_modules/typescript/bin/tsc';
    const flags = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    expect(() => execFileSync(process.execPath, [tsc, ...flags, 'src/schema/graph-schema.ts'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  }, 60_000);
});
