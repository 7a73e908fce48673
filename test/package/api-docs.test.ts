// Every public export is documented with an example where users read it: in their editor, from
// the published declarations (and in the TypeDoc site `npm run docs` builds from the same comments).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['dist/index.d.ts', 'dist/validate.d.ts'];

function exportedNames(declarations: string): string[] {
  return [...declarations.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
    m[1]!.split(',').map((name) => name.trim().replace(/^type\s+/, '').replace(/^\w+ as /, '')).filter(Boolean),
  );
}

describe('the published API documentation', () => {
  const text = ENTRIES.map((file) => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    return readFileSync(file, 'utf8');
  }).join('\n');
  const names = [...new Set(ENTRIES.flatMap((file) => exportedNames(readFileSync(file, 'utf8'))))];

  it('exports the graph types, the functions and the constants', () => {
    expect(names).toEqual(expect.arrayContaining(['extractGraph', 'validateGraph', 'ArticleGraph', 'Actor', 'Quote', 'Claim', 'Attribution', 'SCHEMA_VERSION']));
  });

  it.each(ENTRIES.flatMap((file) => exportedNames(readFileSync(file, 'utf8')).map((name) => [name, file])))('documents %s with an example (%s)', (name) => {
    const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:export )?(?:declare )?(?:const|function|class|interface|type) ${name}\\b`);
    const comment = declaration.exec(text)?.[1];
    expect(comment, `${name} has no TSDoc comment`).toBeDefined();
    expect(comment).toContain('@example');
  });
});
