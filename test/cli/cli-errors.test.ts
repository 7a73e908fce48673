import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportFailure } from '../../src/cli/main.js';
import { CliError } from '../../src/cli/cli-error.js';
import { ClaimgraphError } from '../../src/errors.js';

// The built CLI, run as users run it: `npm test` builds dist/ first.
const CLI = resolve('dist/cli.js');
const fixture = readFileSync('fixtures/it/kursk-north-korea.txt', 'utf8');

let dir: string;
const path = (name: string) => join(dir, name);
const run = (args: readonly string[], input?: string | Buffer) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
// One line on stderr, "claimgraph: ...", and no stack trace ("    at fn (file:1:2)").
const expectOneLine = (stderr: string) => {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^claimgraph: /);
  expect(stderr).not.toMatch(/^\s+at /m);
};

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (or `npx tsup`) before these tests');
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-cli-errors-'));
  writeFileSync(path('article.txt'), fixture);
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('blank.txt'), ' \n\t\r\n ');
  writeFileSync(path('latin1.txt'), Buffer.from('Il caff\xe8 \xe8 buono.', 'latin1'));
  writeFileSync(path('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ciao', 'utf16le')]));
  writeFileSync(path('overlong.txt'), Buffer.from([0x61, 0xc0, 0xaf, 0x62])); // "/" written in two bytes
  writeFileSync(path('surrogate.txt'), Buffer.from([0x61, 0xed, 0xa0, 0x80])); // a UTF-16 surrogate in UTF-8
  writeFileSync(path('truncated.txt'), Buffer.from('Così', 'utf8').subarray(0, 4)); // "Cos" and half an "ì"
  writeFileSync(path('bom.txt'), `\ufeff${fixture}`);
  writeFileSync(path('broken.json'), '{"schemaVersion": "1.0.0", ');
  writeFileSync(path('not-a-graph.json'), '{"hello": "world"}');
  writeFileSync(path('unreadable.txt'), fixture);
  chmodSync(path('unreadable.txt'), 0o000);
  mkdirSync(path('folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// [case, arguments, exit code, message]
const failures: [string, () => string[], 1 | 2, RegExp][] = [
  ['a file that does not exist', () => ['extract', path('missing.txt')], 1, /cannot read .*missing\.txt: no such file/],
  ['a directory', () => ['extract', path('folder')], 1, /cannot read .*folder: it is a directory/],
  ['a path through a file', () => ['extract', join(path('article.txt'), 'x')], 1, /cannot read .*: a part of the path is not a directory/],
  ['an empty file', () => ['extract', path('empty.txt')], 1, /empty\.txt is empty: there is no text to read/],
  ['a file of white space', () => ['extract', path('blank.txt')], 1, /blank\.txt holds only white space/],
  ['Latin-1 bytes', () => ['extract', path('latin1.txt')], 1, /latin1\.txt is not valid UTF-8 text: the byte at offset 7 is not UTF-8/],
  ['UTF-16 with its byte order mark', () => ['extract', path('utf16.txt')], 1, /utf16\.txt is not valid UTF-8 text: it is UTF-16; convert it to UTF-8/],
  ['an overlong UTF-8 form', () => ['extract', path('overlong.txt')], 1, /the byte at offset 1 is not UTF-8/],
  ['a surrogate written in UTF-8', () => ['extract', path('surrogate.txt')], 1, /the byte at offset 1 is not UTF-8/],
  ['a character cut in half at the end', () => ['extract', path('truncated.txt')], 1, /the byte at offset 3 is not UTF-8/],
  ['an empty file name', () => ['extract', ''], 2, /cannot read "": an empty file name/],
  ['a graph file that is not JSON', () => ['validate', path('broken.json')], 1, /broken\.json is not valid JSON/],
  ['a text file given as a graph', () => ['validate', path('article.txt')], 1, /article\.txt is not valid JSON/],
  ['an empty graph file', () => ['validate', path('empty.txt')], 1, /empty\.txt is empty/],
  ['validate with no file', () => ['validate'], 2, /validate needs a graph file/],
  ['an unknown command', () => ['extrct', path('article.txt')], 2, /unknown command "extrct"; expected extract, validate, merge, export or view \(claimgraph --help prints the usage\)/],
  ['an unknown option', () => ['extract', '--fast', path('article.txt')], 2, /unknown option --fast/],
  ['a language it does not know', () => ['extract', '--lang', 'fr', path('article.txt')], 2, /--lang takes it, en or auto, found "fr"/],
  ['a date that does not exist', () => ['extract', '--published-at', '2024-02-30', path('article.txt')], 2, /--published-at must be an ISO 8601 date .* found the string "2024-02-30"/],
  ['a date in words', () => ['extract', path('article.txt'), '--published-at', 'ieri'], 2, /--published-at must be an ISO 8601 date/],
  ['two files', () => ['extract', path('article.txt'), path('empty.txt')], 2, /one file at a time/],
];

describe('the CLI fails with one line on stderr and the right exit code', () => {
  it.each(failures)('%s', (_, args, code, message) => {
    const out = run(args());
    expect(out.code).toBe(code);
    expect(out.stdout).toBe('');
    expectOneLine(out.stderr);
    expect(out.stderr).toMatch(message);
  });

  it.skipIf(process.getuid?.() === 0)('a file it may not read (not as root, who may read anything)', () => {
    const out = run(['extract', path('unreadable.txt')]);
    expect(out.code).toBe(1);
    expectOneLine(out.stderr);
    expect(out.stderr).toMatch(/cannot read .*unreadable\.txt: permission denied/);
  });

  it('JSON that is not a graph: one line per schema error, each with its place, then the count', () => {
    const out = run(['validate', path('not-a-graph.json')]);
    expect(out.code).toBe(1);
    const lines = out.stderr.trimEnd().split('\n');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/not-a-graph\.json: \/\S* .+/);
    expect(lines.at(-1)).toMatch(/^claimgraph: .*not-a-graph\.json: \d+ schema error/);
    expect(out.stderr).not.toMatch(/^\s+at /m);
  });

  it('empty standard input', () => {
    const out = run(['extract', '-'], '');
    expect(out.code).toBe(1);
    expectOneLine(out.stderr);
    expect(out.stderr).toMatch(/standard input is empty/);
  });

  it('invalid UTF-8 on standard input', () => {
    const out = run(['extract'], Buffer.from([0x43, 0x69, 0x61, 0x6f, 0xff]));
    expect(out.code).toBe(1);
    expectOneLine(out.stderr);
    expect(out.stderr).toMatch(/standard input is not valid UTF-8 text: the byte at offset 4/);
  });

  it('prints the stack trace with --debug, after the same one line', () => {
    const out = run(['extract', path('missing.txt'), '--debug']);
    expect(out.code).toBe(1);
    const [first, ...rest] = out.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^claimgraph: cannot read .*missing\.txt: no such file$/);
    expect(rest.join('\n')).toMatch(/^\s+at /m);
  });

  it('batch mode: a line that is not JSON is an error line, counted in one line on stderr', () => {
    const input = `${JSON.stringify({ id: 'ok', text: 'Il ministro ha detto che 300 soldati sono morti.' })}\n{"id": "broken", "text": \n`;
    const out = run(['extract', '--jsonl', '--workers', '1'], input);
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveProperty('graph');
    expect(lines[1]).toHaveProperty('error');
    expectOneLine(out.stderr);
  });
});

describe('what is not an error', () => {
  it('a byte order mark is kept, so offsets match the file read as UTF-8', () => {
    const out = run(['extract', path('bom.txt')]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const graph = JSON.parse(out.stdout) as { document: { length: number }; quotes: { start: number; end: number; text: string }[] };
    const text = readFileSync(path('bom.txt'), 'utf8');
    expect(graph.document.length).toBe(text.length);
    for (const q of graph.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('--help prints the usage on stdout with exit code 0', () => {
    const out = run(['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^usage:/);
  });

  it('a reader that closes the pipe early ends the CLI quietly with exit code 0', async () => {
    // A graph of 40 copies of the fixture, pretty-printed: megabytes the reader never takes.
    writeFileSync(path('long.txt'), Array.from({ length: 40 }, () => fixture).join('\n'));
    const child = spawn(process.execPath, [CLI, 'extract', path('long.txt'), '--pretty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `| head -c 100`: take a little, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('reportFailure: one line, and the exit code', () => {
  const report = (error: unknown, debug = false) => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = reportFailure(error, debug);
      return { code, stderr: write.mock.calls.map((c) => String(c[0])).join('') };
    } finally {
      write.mockRestore();
    }
  };

  it.each([
    ['a usage error', new CliError('unknown option --x', 2), 2, /^claimgraph: unknown option --x\n$/],
    ['an input error', new CliError('x.txt is empty: there is no text to read'), 1, /^claimgraph: x\.txt is empty/],
    ['a library misuse', new ClaimgraphError('UNKNOWN_LANGUAGE', "language must be 'it', 'en' or 'auto', found the string \"fr\""), 2, /^claimgraph: language must be/],
    ['a plain Error, as batch mode throws for a file it cannot open', new Error('cannot read x.jsonl: no such file'), 1, /^claimgraph: cannot read x\.jsonl: no such file\n$/],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'start')"), 1, /^claimgraph: internal error: Cannot read properties of undefined \(reading 'start'\) \(run again with --debug for the stack trace, and please report it\)\n$/],
    ['a thrown string', 'boom', 1, /^claimgraph: internal error: boom/],
    ['a message over several lines', new Error('first\nsecond'), 1, /^claimgraph: first second\n$/],
  ])('%s', (_, error, code, message) => {
    const out = report(error);
    expect(out.code).toBe(code);
    expect(out.stderr).toMatch(message);
    expectOneLine(out.stderr);
  });

  it('adds the stack trace with --debug', () => {
    const out = report(new TypeError('x'), true);
    expect(out.stderr.split('\n').length).toBeGreaterThan(2);
    expect(out.stderr).toMatch(/^\s+at /m);
  });
});

