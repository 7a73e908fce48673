import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandGraph, extractGraph, validateGraph, type ArticleGraph, type CompactGraph } from '../../src/index.js';

// The built CLI, run as users run it: `npm test` builds dist/ first.
const CLI = resolve('dist/cli.js');
const fixture = readFileSync('fixtures/it/kursk-north-korea.txt', 'utf8');
const english = 'The minister said that "we will stay here until the end" and that 40 soldiers were killed on Monday.';

let dir: string;
const fileWith = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (args: readonly string[], input?: string, env: NodeJS.ProcessEnv = process.env) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` before these tests');
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-flags-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claimgraph --version and --help', () => {
  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const out = run([flag]);
      expect(out.code).toBe(0);
      expect(out.stdout).toBe(`${version}\n`);
    }
  });

  it('lists every command with its summary', () => {
    const out = run(['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^usage: claimgraph <command>/);
    expect(out.stdout).toMatch(/^ {2}extract +\S/m);
    expect(out.stdout).toMatch(/^ {2}validate +\S/m);
  });

  it.each([
    [['extract', '--help'], /claimgraph extract \[FILE\|-\]/, /--compact/],
    [['extract', '-h'], /claimgraph extract \[FILE\|-\]/, /--offsets utf16\|codepoint/],
    [['help', 'extract'], /claimgraph extract \[FILE\|-\]/, /--refuse-unsupported/],
    [['validate', '--help'], /claimgraph validate GRAPH\.json/, /--text FILE/],
    [['validate', 'x.json', '--help'], /claimgraph validate GRAPH\.json/, /--text FILE/],
  ])('%j prints that command\'s usage', (args, usage, option) => {
    const out = run(args);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(usage);
    expect(out.stdout).toMatch(option);
  });
});

describe('options read by util.parseArgs', () => {
  it('takes --flag value and --flag=value alike', () => {
    const article = fileWith('article.txt', fixture);
    const spaced = run(['extract', '--lang', 'it', '--published-at', '2024-11-01', article]);
    const joined = run(['extract', '--lang=it', '--published-at=2024-11-01', article]);
    const long = run(['extract', `--language=it`, '--published-at=2024-11-01', article]);
    expect(spaced.code).toBe(0);
    expect(joined.stdout).toBe(spaced.stdout);
    expect(long.stdout).toBe(spaced.stdout);
  });

  it.each([
    [['extract', '--lang=fr'], /--lang takes it, en or auto, found "fr"/],
    [['extract', '--lang'], /--lang needs a value/],
    [['extract', '--pretty=yes'], /--pretty takes no value/],
    [['extract', '--fast=1'], /unknown option --fast/],
    [['extract', '--offsets=bytes'], /--offsets takes utf16 or codepoint, found "bytes"/],
    [['extract', '--lang', 'it', '--language', 'en'], /give --lang or --language, not both/],
    [['extract', '--jsonl', '--workers', '-1'], /--workers needs a value; to give one that starts with a dash, write --workers=-VALUE/],
    [['extract', '--jsonl', '--workers=-1'], /--workers takes a whole number from 1 to 256, found "-1"/],
    [['--lang=it'], /unknown option --lang=it; expected extract, validate, merge, export or view/],
  ])('%j is a usage error: exit code 2, one line', (args, message) => {
    const out = run(args, '');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
  });
});

describe('--compact', () => {
  it('prints the graph without span texts, which the offsets and the text give back', () => {
    const article = fileWith('compact.txt', fixture);
    const full = run(['extract', '--lang=it', article]);
    const compact = run(['extract', '--lang=it', '--compact', article]);
    expect(compact.code).toBe(0);
    expect(compact.stdout.length).toBeLessThan(full.stdout.length * 0.6);
    const parsed = JSON.parse(compact.stdout) as CompactGraph;
    expect(JSON.stringify(parsed)).not.toMatch(/"text":/);
    expect(expandGraph(parsed, fixture)).toEqual(JSON.parse(full.stdout));
  });

  it('is refused by validate alone, accepted with its article', () => {
    const article = fileWith('compact-2.txt', fixture);
    const graph = fileWith('compact-2.json', run(['extract', '--compact', article]).stdout);
    const alone = run(['validate', graph]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(/is a compact graph .* give its article with --text/);
    expect(alone.stderr.trimEnd().split('\n')).toHaveLength(1);
    const withText = run(['validate', graph, '--text', article]);
    expect(withText.code).toBe(0);
    expect(withText.stdout).toMatch(/valid ArticleGraph/);
    const wrongText = run(['validate', graph, `--text=${fileWith('other.txt', `${fixture}!`)}`]);
    expect(wrongText.code).toBe(1);
  });

  it('applies to batch mode', () => {
    const out = run(['extract', '--jsonl', '--compact', '--workers=1'], `${JSON.stringify({ id: 'x', text: fixture })}\n`);
    const line = JSON.parse(out.stdout) as { graph: CompactGraph };
    expect(expandGraph(line.graph, fixture)).toEqual(extractGraph(fixture));
  });
});

describe('--offsets codepoint', () => {
  it('prints offsets that slice the text as Python does', () => {
    const text = '😀 «Resteremo fino alla fine», ha detto il ministro 𝕏 Mario Rossi. Sono arrivati 300 soldati.';
    const out = run(['extract', '--offsets', 'codepoint', fileWith('astral.txt', text)]);
    expect(out.code).toBe(0);
    const graph = JSON.parse(out.stdout) as ArticleGraph;
    expect(graph.document.offsets).toBe('codepoint');
    const codePoints = Array.from(text);
    for (const q of graph.quotes) expect(codePoints.slice(q.start, q.end).join('')).toBe(q.text);
    expect(validateGraph(graph, { text }).valid).toBe(true);
  });
});

describe('--refuse-unsupported', () => {
  const spanish = 'Según la policía, doscientas personas fueron evacuadas de sus casas cerca del río durante la noche.';

  it('fails on a text in a language claimgraph does not read, as an input error', () => {
    const out = run(['extract', '--refuse-unsupported', fileWith('es.txt', spanish)]);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/reads as Spanish \(es\)/);
  });

  it('without it, the graph carries a language/unsupported warning', () => {
    const out = run(['extract', fileWith('es-2.txt', spanish)]);
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as ArticleGraph).diagnostics.map((d) => d.code)).toContain('language/unsupported');
  });
});

describe('only JSON on stdout, whatever the environment', () => {
  const debugEnv = { ...process.env, DEBUG_TAGS: '1', DEBUG_MATCH: '1', DEBUG_CHUNKS: '1' };

  it('extract on English text with the compromise debug variables set', () => {
    const out = run(['extract', '--lang=en', fileWith('en.txt', english)], undefined, debugEnv);
    expect(out.code).toBe(0);
    const graph = JSON.parse(out.stdout) as ArticleGraph;
    expect(graph.document.language).toBe('en');
    expect(graph.claims.length).toBeGreaterThan(0);
  });

  // The CLI also sends console.log to stderr; the bundle itself must not log either, in a host's process.
  it.each(['dist/index.js', 'dist/index.cjs'])('the library bundle %s prints nothing with the same variables', (bundle) => {
    const script = `import(${JSON.stringify(resolve(bundle))}).then((m) => { m.extractGraph(${JSON.stringify(english)}, { language: 'en' }); })`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: debugEnv });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('batch mode on English text with the same variables', () => {
    const input = `${JSON.stringify({ id: 'en', text: english, language: 'en' })}\n${JSON.stringify({ id: 'en-2', text: english })}\n`;
    const out = run(['extract', '--jsonl', '--workers=1'], input, debugEnv);
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; graph: ArticleGraph });
    expect(lines.map((l) => [l.id, l.graph.document.language])).toEqual([['en', 'en'], ['en-2', 'en']]);
  });
});
