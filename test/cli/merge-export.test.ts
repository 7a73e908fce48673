import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import oxigraph from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractGraph, mergeGraphs, toNQuads } from '../../src/index.js';

// The built CLI, run as users run it: `npm test` builds dist/ first.
const CLI = resolve('dist/cli.js');
const run = (args: readonly string[], input?: string) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const fixture = readFileSync('fixtures/it/kursk-north-korea.txt', 'utf8');
const articles = [
  { id: 'kursk', text: fixture },
  { id: 'valle', text: 'Il sindaco Giulio Ferrante ha detto che 30 famiglie hanno lasciato la valle. «Servono 12 tende», ha aggiunto Ferrante.' },
  { id: 'seoul', text: 'Secondo Choe Son Hui, i soldati partiti sono oltre 300. «Andremo avanti», ha detto Kim Jong-un.' },
];
const items = articles.map(({ id, text }) => ({ id, graph: extractGraph(text, { language: 'it' }) }));
let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` before these tests');
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-kg-cli-'));
  writeFileSync(path('lines.jsonl'), `${items.map((i) => JSON.stringify(i)).join('\n')}\n{"id":"broken","error":"not an article"}\n\n`);
  writeFileSync(path('graph.json'), JSON.stringify(items[0]!.graph, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claimgraph merge', () => {
  it('writes the corpus mergeGraphs gives, from {"id","graph"} lines', () => {
    const r = run(['merge', path('lines.jsonl')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(mergeGraphs(items))));
    expect(r.stderr).toMatch(/line 4 \(broken\) holds an error/);
  });

  it('reads standard input and writes N-Quads a store loads', () => {
    const r = run(['merge', '--format', 'nquads'], readFileSync(path('lines.jsonl'), 'utf8'));
    expect(r.code).toBe(0);
    const lines = new Set(r.stdout.trimEnd().split('\n'));
    expect(lines).toEqual(new Set(toNQuads(mergeGraphs(items)).trimEnd().split('\n')));
    const store = new oxigraph.Store();
    store.load(r.stdout, { format: 'application/n-quads' });
    expect(store.size).toBe(lines.size);
  });

  it('merges corpora it wrote (a reduce step) into the corpus of all their articles', () => {
    const left = run(['merge'], `${JSON.stringify(items[0])}\n${JSON.stringify(items[1])}\n`).stdout;
    const right = run(['merge'], `${JSON.stringify(items[2])}\n${JSON.stringify(items[1])}\n`).stdout;
    const r = run(['merge'], `${right}${left}`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(mergeGraphs(items))));
  });

  it('refuses one id for two texts, and lines that are not graphs', () => {
    const twice = `${JSON.stringify(items[1])}\n${JSON.stringify({ id: 'valle', graph: items[2]!.graph })}\n`;
    const r = run(['merge'], twice);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^claimgraph: .*two articles have the id "valle"/);
    expect(run(['merge'], 'not json\n').code).toBe(1);
    expect(run(['merge', '--format', 'xml'], '').code).toBe(2);
    expect(run(['merge', path('missing.jsonl')]).stderr).toMatch(/no such file/);
  });
});

describe('claimgraph export', () => {
  it('writes an article graph file as JSON-LD with the published context', () => {
    const r = run(['export', path('graph.json')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc['@context']).toBe('https://claimgraph.dev/context/v1.jsonld');
    expect(doc['@graph'].filter((n: { '@type': string }) => n['@type'] === 'Quotation')).toHaveLength(items[0]!.graph.quotes.length);
    expect(JSON.parse(run(['export', '--inline-context', path('graph.json')]).stdout)['@context']['@vocab']).toBe('https://schema.org/');
  });

  it('writes {"id","graph"} lines as N-Quads, each article under its id', () => {
    const r = run(['export', '--format', 'nquads', '--base', 'https://example.org/news/', path('lines.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<https://example.org/news/document/valle>');
    const store = new oxigraph.Store();
    store.load(r.stdout, { format: 'application/n-quads' });
    expect(store.size).toBe(r.stdout.trimEnd().split('\n').length);
  });

  it('exports a corpus written by merge', () => {
    const corpus = run(['merge', path('lines.jsonl')]).stdout;
    const r = run(['export', '--format', 'nquads'], corpus);
    expect(r.code).toBe(0);
    expect(new Set(r.stdout.trimEnd().split('\n'))).toEqual(new Set(toNQuads(mergeGraphs(items)).trimEnd().split('\n')));
  });

  it('refuses what it cannot export', () => {
    expect(run(['export', '--format', 'turtle', path('graph.json')]).code).toBe(2);
    expect(run(['export', '--base', 'not an iri', path('graph.json')]).code).toBe(2);
    const r = run(['export'], '{"a": 1}');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^claimgraph: standard input is neither an article graph/);
    expect(run(['export', '--nope']).code).toBe(2);
  });
});
