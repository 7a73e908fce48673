// The package as a user gets it: `npm pack`, the tarball installed into fresh TypeScript projects
// (ESM under node16 and bundler resolution, CommonJS under node16 and node10), strict code compiled
// against it with skipLibCheck off, then run. Only this catches declarations that import a
// build-time package: with skipLibCheck on, such a type silently becomes `any`.
// Offline and fast: the projects use this repository's own typescript and esbuild.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve('.');
const run = promisify(execFile);
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');

// Strict consumer code: each `@ts-expect-error` is itself an error ("unused directive") when the
// type it probes is `any`, and `NotAny` fails to compile on an `any`.
const CONSUMER = `
declare const console: { log(text: string): void };
import { extractGraph, validateGraph, ClaimgraphError, SCHEMA_VERSION } from 'claimgraph';
import type { ArticleGraph, Actor, Quote, Claim, Attribution, ExtractOptions } from 'claimgraph';
import { validateGraph as validateOnly } from 'claimgraph/validate';

type IsAny<T> = 0 extends 1 & T ? true : false;
type NotAny<T> = IsAny<T> extends false ? true : never;
const typesAreReal: [NotAny<ArticleGraph>, NotAny<Actor>, NotAny<Quote>, NotAny<Claim>, NotAny<Attribution>,
  NotAny<ArticleGraph['actors'][number]>, NotAny<Attribution['sourceId']>, NotAny<ExtractOptions>] = [true, true, true, true, true, true, true, true];

const options: ExtractOptions = { language: 'it' };
const graph: ArticleGraph = extractGraph('«Resteremo qui», ha detto il ministro Mario Rossi. Sono arrivati 300 soldati.', options);
const quote: Quote | undefined = graph.quotes.find((q) => q.text === 'Resteremo qui');
const attribution: Attribution | undefined = graph.attributions.find((a) => a.contentId === quote?.id);
const speaker: Actor | undefined = graph.actors.find((a) => a.id === attribution?.sourceId);
const claim: Claim | undefined = graph.claims[0];
const source: string | null = attribution ? attribution.sourceId : null;

// @ts-expect-error an actor has no 'speaker' field
speaker?.speaker;
// @ts-expect-error a quote's kind is 'direct' | 'partial' | 'indirect'
const wrongKind: 'spoken' | undefined = quote?.kind;
// @ts-expect-error a claim's value is a number
const valueAsText: string | undefined = claim?.value;
// @ts-expect-error an attribution's source may be null
const sourceNeverNull: string = graph.attributions[0]!.sourceId;
// @ts-expect-error the language is 'it' | 'en' | 'auto' (never called: it would throw)
const wrongLanguage = () => extractGraph('x', { language: 'fr' });

const checked = validateGraph(JSON.parse(JSON.stringify(graph)));
const checkedOnly = validateOnly(JSON.parse(JSON.stringify(graph)));
const again: ArticleGraph | undefined = checkedOnly.valid ? checkedOnly.graph : undefined;
let code = '';
try { extractGraph(42 as unknown as string); } catch (e) { if (e instanceof ClaimgraphError) code = e.code; }

console.log(JSON.stringify({
  schemaVersion: SCHEMA_VERSION, typesAreReal: typesAreReal.length, quote: quote?.text, speaker: speaker?.name, source: source !== null,
  value: claim?.value, valid: checked.valid, validOnly: again !== undefined, code, unused: [wrongKind, valueAsText, sourceNeverNull, wrongLanguage].length,
}));
`;

const EXPECTED = {
  schemaVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/), typesAreReal: 8, quote: 'Resteremo qui', speaker: 'Mario Rossi', source: true,
  value: 300, valid: true, validOnly: true, code: 'INVALID_TEXT', unused: 4,
};

const compilerOptions = {
  strict: true, skipLibCheck: false, target: 'es2022', lib: ['es2022'], types: [], outDir: 'out', rootDir: '.',
};

const PROJECTS = [
  { name: 'ESM, node16 resolution', type: 'module', options: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'ESM, bundler resolution', type: 'module', options: { module: 'esnext', moduleResolution: 'bundler' } },
  { name: 'CommonJS, node16 resolution', type: 'commonjs', options: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'CommonJS, node10 resolution', type: 'commonjs', options: { module: 'commonjs', moduleResolution: 'node10' } },
] as const;

let dir: string;
let installed: string;

beforeAll(() => {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` before this test');
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-consumer-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' })) as { filename: string }[];
  // The projects sit under `dir`, so each resolves `claimgraph` from dir/node_modules.
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, packed!.filename)], { cwd: dir, stdio: 'pipe' });
  installed = join(dir, 'node_modules/claimgraph');
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the installed package', () => {
  // Concurrent: each project is one tsc process, mostly waiting on its own files.
  it.concurrent.each(PROJECTS)('compiles strict code against its types and runs it: $name', async ({ name, type, options }) => {
    const project = join(dir, name.replace(/\W+/g, '-').toLowerCase());
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ private: true, type }));
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files: ['index.ts'] }));
    writeFileSync(join(project, 'index.ts'), CONSUMER);
    try {
      await run(process.execPath, [TSC, '-p', project], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`tsc failed (${name}):\n${(error as { stdout: string }).stdout}`);
    }
    const { stdout } = await run(process.execPath, [join(project, 'out/index.js')], { encoding: 'utf8' });
    expect(JSON.parse(stdout)).toEqual(EXPECTED);
  }, 60_000);

  it('ships declarations that import nothing but each other', () => {
    const declarations = readdirSync(join(installed, 'dist')).filter((f) => /\.d\.c?ts$/.test(f));
    expect(declarations).toEqual(expect.arrayContaining(['index.d.ts', 'index.d.cts', 'validate.d.ts', 'validate.d.cts']));
    for (const file of declarations) {
      const text = readFileSync(join(installed, 'dist', file), 'utf8');
      const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      expect(specifiers.filter((s) => !s!.startsWith('./')), file).toEqual([]);
    }
  });

  it('ships a licence, notices, the changelog and the docs the README links to, and no source maps', () => {
    const files = readdirSync(installed);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'THIRD_PARTY_NOTICES.md', 'CHANGELOG.md', 'README.md', 'docs', 'schemas']));
    expect(readdirSync(join(installed, 'dist')).filter((f) => f.endsWith('.map'))).toEqual([]);
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    const localLinks = [...readme.matchAll(/\]\((?!https?:|#)([^)#]+)/g)].map((m) => m[1]!);
    for (const link of localLinks) expect(existsSync(join(installed, link)), link).toBe(true);
  });

  it('runs its command line from the shared library chunk', () => {
    writeFileSync(join(dir, 'article.txt'), '«Resteremo qui», ha detto il ministro Mario Rossi.');
    const bin = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).bin.claimgraph as string;
    const graph = JSON.parse(execFileSync(process.execPath, [join(installed, bin), 'extract', join(dir, 'article.txt')], { encoding: 'utf8' }));
    expect(graph.quotes.map((q: { text: string }) => q.text)).toEqual(['Resteremo qui']);
  });

  it('bundles claimgraph/validate for a browser without the extractor (compromise, gazetteers)', async () => {
    writeFileSync(join(dir, 'browser.js'), "import { validateGraph } from 'claimgraph/validate';\nconsole.log(validateGraph({}).valid);\n");
    const result = await build({
      entryPoints: [join(dir, 'browser.js')], absWorkingDir: dir, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent',
    });
    const bundle = result.outputFiles[0]!.text;
    expect(bundle).not.toMatch(/GeoNames|spencermountain|compromise/i);
    expect(bundle.length).toBeLessThan(150_000);
  });
});
