import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Batch mode runs the built CLI, as users do: worker threads load dist/worker.js beside dist/cli.js.
const CLI = resolve('dist/cli.js');
const WORKER = resolve('dist/worker.js');
const fixture = readFileSync('fixtures/it/kursk-north-korea.txt', 'utf8');

const articles = [
  // the longest first: with two workers it finishes after the short ones behind it
  { id: 'long', text: `${fixture}\n${fixture}\n${fixture}` },
  { id: 'short-1', text: '«Resteremo fino alla fine», ha detto il ministro Mario Rossi.' },
  { id: 'short-2', text: 'Secondo la polizia, 300 persone sono state evacuate ieri a Bologna.' },
  { id: 'fixture', text: fixture },
  { id: 'short-3', text: 'Il sindaco Anna Bianchi ha dichiarato che i lavori costeranno 2 milioni di euro.' },
  { id: 'english', text: 'The minister said that 40 soldiers were killed.', language: 'en' },
];
const jsonl = (records: readonly unknown[]) => `${records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`;

let dir: string;
const fileWith = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (args: readonly string[], input?: string) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
};

beforeAll(() => {
  if (!existsSync(CLI) || !existsSync(WORKER)) throw new Error('dist/cli.js and dist/worker.js are missing: run `npm run build` (or `npx tsup`) before these tests');
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-batch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claimgraph extract --jsonl', () => {
  it('writes one line per article, in input order, whatever order the workers finish in', () => {
    const out = run(['extract', '--jsonl', fileWith('order.jsonl', jsonl(articles)), '--workers', '2']);
    expect(out.code).toBe(0);
    expect(out.lines.map((l) => l.id)).toEqual(articles.map((a) => a.id));
    for (const line of out.lines) expect(line).toHaveProperty('graph');
  });

  it('gives each article the graph extractGraph gives it', async () => {
    const { extractGraph } = (await import(pathToFileURL(resolve('dist/index.js')).href)) as typeof import('../../src/index.js');
    const out = run(['extract', '--jsonl', fileWith('same.jsonl', jsonl(articles)), '--workers', '2']);
    out.lines.forEach((line, i) => {
      const { text, language } = articles[i]!;
      expect(line.graph).toEqual(extractGraph(text, language ? { language: language as 'en' } : undefined));
    });
  });

  it('gives identical output with 1 and 2 workers', () => {
    const file = fileWith('workers.jsonl', jsonl([...articles, ...articles.map((a) => ({ ...a, id: `${a.id}-again` }))]));
    const one = run(['extract', '--jsonl', file, '--workers', '1']);
    const two = run(['extract', '--jsonl', file, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reports a malformed line as an error on its own line and goes on', () => {
    const input = jsonl([
      articles[1]!,
      '{"id": "broken", "text": ',
      { id: 'no-text' },
      { id: 'number-text', text: 42 },
      [1, 2, 3],
      { id: { nested: true }, text: 'x' },
      { id: 'bad-language', text: 'Testo.', language: 'fr' },
      { text: 'Nessun id, ha detto Mario Rossi.' },
      articles[2]!,
    ]);
    const out = run(['extract', '--jsonl', fileWith('bad.jsonl', input), '--workers', '2']);
    expect(out.code).toBe(0);
    // The input line number in "line", the record's own id (or null) in "id": never one for the other.
    expect(out.lines.map((l) => [l.line, l.id, 'graph' in l ? 'graph' : 'error'])).toEqual([
      [1, 'short-1', 'graph'],
      [2, null, 'error'],
      [3, 'no-text', 'error'],
      [4, 'number-text', 'error'],
      [5, null, 'error'],
      [6, null, 'error'],
      [7, 'bad-language', 'error'],
      [8, null, 'graph'],
      [9, 'short-2', 'graph'],
    ]);
    expect(out.lines[1]!.error).toMatch(/^line 2: not valid JSON/);
    expect(out.lines[2]!.error).toMatch(/"text" is missing/);
    expect(out.lines[3]!.error).toMatch(/"text" must be a string, found number 42/);
    expect(out.lines[6]!.error).toMatch(/language must be 'it', 'en' or 'auto'/);
    expect(out.stderr).toMatch(/6 of 9 lines gave no graph/);
  });

  it('reads standard input, skips blank lines and takes CRLF line ends', () => {
    const input = `${JSON.stringify(articles[1])}\r\n\r\n   \n${JSON.stringify(articles[2])}`;
    const out = run(['extract', '--jsonl', '-', '--workers', '1'], input);
    expect(out.code).toBe(0);
    expect(out.lines.map((l) => l.id)).toEqual(['short-1', 'short-2']);
  });

  it('applies --lang and --published-at to lines without their own', () => {
    const input = jsonl([{ id: 'a', text: 'Il ministro ha detto che 3 persone sono morte.' }, { id: 'b', text: 'Testo.', publishedAt: '2020-01-02' }]);
    const out = run(['extract', '--jsonl', '--lang', 'it', '--published-at', '2024-11-01'], input);
    const documents = out.lines.map((l) => (l.graph as { document: { language: string; publishedAt: string } }).document);
    expect(documents.map((d) => [d.language, d.publishedAt])).toEqual([['it', '2024-11-01'], ['it', '2020-01-02']]);
  });

  it.each([
    [['extract', '--jsonl', '--workers', '0'], /--workers takes a whole number from 1/],
    [['extract', '--jsonl', '--workers', 'two'], /--workers takes a whole number/],
    [['extract', '--workers', '2'], /--workers applies to batch mode/],
    [['extract', '--jsonl', '--pretty'], /--pretty cannot go with --jsonl/],
    [['validate', '--jsonl', 'x.json'], /--jsonl is an option of extract/],
    [['extract', '--jsonl', '--published-at', 'yesterday'], /must be an ISO 8601 date/],
  ])('refuses %j with exit code 2', (args, message) => {
    const out = run(args, '');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });

  it('ends with exit code 1 when the file cannot be read', () => {
    const out = run(['extract', '--jsonl', join(dir, 'missing.jsonl')]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/cannot read .*missing\.jsonl: no such file/);
  });
});
