import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool, type JobResult } from '../../src/cli/batch/worker-pool.js';
import { readLines } from '../../src/cli/batch/read-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A stand-in worker: echoes each line, and dies on the line "crash" as an out-of-memory would.
const echo = join(dir, 'echo-worker.mjs');
writeFileSync(echo, `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.line === 'crash') process.exit(7);
  parentPort.postMessage({ seq: job.seq, out: new TextEncoder().encode('echo ' + job.line + '\\n'), ok: true });
});
parentPort.postMessage('ready');
`);
// One that loads but breaks before it is ready: every replacement would break the same way.
const broken = join(dir, 'broken-worker.mjs');
writeFileSync(broken, 'throw new Error("no model here");\n');

function runPool(script: string, lines: string[], size: number): Promise<JobResult[]> {
  return new Promise((resolve, reject) => {
    const results: JobResult[] = [];
    const pool = new WorkerPool(pathToFileURL(script), size, { language: 'auto', publishedAt: null, onUnsupportedLanguage: 'diagnose', output: { compact: false, offsets: 'utf16' } }, (result) => {
      results.push(result);
      if (results.length === lines.length) void pool.close().then(() => resolve(results.sort((a, b) => a.seq - b.seq)));
    }, reject);
    lines.forEach((line, seq) => pool.submit({ seq, line, lineNumber: seq + 1 }));
  });
}

describe('WorkerPool', () => {
  it('answers every job, one result per seq', async () => {
    const results = await runPool(echo, ['a', 'b', 'c', 'd', 'e'], 2);
    expect(results.map((r) => Buffer.from(r.out).toString())).toEqual(['echo a\n', 'echo b\n', 'echo c\n', 'echo d\n', 'echo e\n']);
  });

  it('reports the line a dead worker was reading and gives the lines queued behind it to a new worker', async () => {
    const results = await runPool(echo, ['a', 'crash', 'c', 'd', 'e', 'f'], 1);
    expect(results.map((r) => [r.seq, r.ok])).toEqual([[0, true], [1, false], [2, true], [3, true], [4, true], [5, true]]);
    expect(JSON.parse(Buffer.from(results[1]!.out).toString())).toEqual({ line: 2, id: null, error: 'line 2: the worker reading it stopped (exit code 7)' });
  });

  it.each([['missing', join(dir, 'missing-worker.mjs')], ['broken', broken]])('fails the run when a worker cannot start (%s script)', async (_, script) => {
    await expect(runPool(script, ['a'], 1)).rejects.toThrow(/cannot start a batch worker/);
  });
});

describe('readLines', () => {
  async function* chunks(...parts: string[]) {
    for (const part of parts) yield Buffer.from(part);
  }
  const read = async (...parts: string[]) => {
    const lines: [number, string][] = [];
    for await (const { bytes, lineNumber } of readLines(chunks(...parts))) lines.push([lineNumber, bytes.toString('utf8')]);
    return lines;
  };

  it.each([
    [['a\nb\n'], [[1, 'a'], [2, 'b']]],
    [['a\nb'], [[1, 'a'], [2, 'b']]],
    [['a\r\nb\r\n'], [[1, 'a'], [2, 'b']]],
    [['ab', 'c\nd', 'e\n'], [[1, 'abc'], [2, 'de']]],
    [['\n\nx'], [[1, ''], [2, ''], [3, 'x']]],
    [['città «', 'x»\n'], [[1, 'città «x»']]],
    [[''], []],
  ])('cuts %j into %j', async (parts, expected) => {
    expect(await read(...parts)).toEqual(expected);
  });

  it('keeps a multi-byte character cut between two chunks whole', async () => {
    const bytes = Buffer.from('è\n');
    async function* split() {
      yield bytes.subarray(0, 1);
      yield bytes.subarray(1);
    }
    const lines: string[] = [];
    for await (const { bytes: line } of readLines(split())) lines.push(line.toString('utf8'));
    expect(lines).toEqual(['è']);
  });
});
