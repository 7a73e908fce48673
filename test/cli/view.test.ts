import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract-graph.js';

// The built CLI, run as users run it: `npm test` builds dist/ first.
const CLI = resolve('dist/cli.js');
const FIXTURE = resolve('fixtures/it/kursk-north-korea.txt');
const fixture = readFileSync(FIXTURE, 'utf8');
let dir: string;
const run = (args: readonly string[]) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` before these tests');
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-view-'));
});

describe('claimgraph view', () => {
  it('writes the page of an article to --out, and says so on standard error only', () => {
    const out = join(dir, 'page.html');
    const r = run(['view', FIXTURE, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^claimgraph: wrote .*page\.html \(\d+ quotes, \d+ claims, \d+ actors\)\n$/);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('http-equiv="Content-Security-Policy"');
    expect(page).toContain('<mark class="quote');
  });

  it('prints the page on standard output without --out', () => {
    const r = run(['view', FIXTURE, '--lang', 'it']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  });

  it('renders a graph JSON with its text, as given, without extracting again', () => {
    const graph = extractGraph(fixture);
    // Drop a quote: the page must show the graph it was given, not a fresh extraction.
    const dropped = graph.quotes[0]!;
    const edited = { ...graph, quotes: graph.quotes.slice(1), attributions: graph.attributions.filter((a) => a.contentId !== dropped.id) };
    const both = join(dir, 'both.json');
    writeFileSync(both, JSON.stringify({ text: fixture, graph: edited }));
    const r = run(['view', both]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(`data-id="${dropped.id}"`);
    expect(r.stdout).toContain(`data-id="${graph.quotes[1]!.id}"`);

    const bare = join(dir, 'graph.json');
    writeFileSync(bare, JSON.stringify(graph));
    expect(run(['view', bare, '--text', FIXTURE]).code).toBe(0);
    const line = join(dir, 'line.json');
    writeFileSync(line, JSON.stringify({ id: 'a1', graph }));
    expect(run(['view', line, '--text', FIXTURE]).code).toBe(0);
    expect(run(['view', line]).code).toBe(2);
    const missing = run(['view', bare]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--text/);
  });

  it.each([
    [['view'], 2, /needs a file/],
    [['view', FIXTURE, '--lang', 'fr'], 2, /--lang takes it, en or auto/],
    [['view', FIXTURE, '--colour'], 2, /--colour/],
    [['view', 'no-such-file.txt'], 1, /cannot read no-such-file\.txt: no such file/],
  ])('%j exits %i with one line', (args, code, message) => {
    const r = run(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a graph JSON whose text is not the one it came from', () => {
    const file = join(dir, 'mismatch.json');
    writeFileSync(file, JSON.stringify({ text: `${fixture}!`, graph: extractGraph(fixture) }));
    const r = run(['view', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/UTF-16 units/);
  });
});
