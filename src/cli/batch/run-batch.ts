import { fstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { errorLine, type LineDefaults } from './process-line.js';
import { Progress } from './progress.js';
import { readLines } from './read-lines.js';
import { resultOf, WorkerPool, type JobResult } from './worker-pool.js';

/** Jobs in flight or waiting for their turn, per worker: enough to keep each busy, few enough to bound memory. */
const WINDOW_PER_WORKER = 4;
const BLANK = /^\s*$/;

export interface BatchOptions {
  /** A JSON Lines file, or standard input for '-' or null. */
  file: string | null;
  workers: number;
  defaults: LineDefaults;
  output: NodeJS.WritableStream;
  /** Where to draw a progress bar (a TTY), or null for none. */
  progress: NodeJS.WriteStream | null;
  /** The worker script; dist/worker.js beside the built CLI by default. */
  workerScript?: URL;
}

export interface BatchSummary {
  lines: number;
  errors: number;
}

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

async function openInput(file: string | null): Promise<{ input: Readable; size: number | null }> {
  if (file === null || file === '-') {
    let size: number | null = null;
    try {
      const stat = fstatSync(0);
      if (stat.isFile()) size = stat.size; // "claimgraph extract --jsonl < archive.jsonl": the ETA is known
    } catch {
      // no standard input to inspect: no ETA
    }
    return { input: process.stdin, size };
  }
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${whyUnreadable(error)}`);
  }
  const stat = await handle.stat();
  if (stat.isDirectory()) {
    await handle.close();
    throw new Error(`cannot read ${file}: is a directory`);
  }
  return { input: handle.createReadStream({ highWaterMark: 256 * 1024 }), size: stat.isFile() ? stat.size : null };
}

/**
 * `claimgraph extract --jsonl`: one graph (or error) per input line, in input order, from a pool
 * of worker threads. Streaming in constant memory: at most `workers × 4` lines are in flight or
 * waiting for an earlier line to finish, input is read only as fast as output is written, and a
 * full output pipe (`write()` returning false) stops reading until it drains.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const { input, size } = await openInput(options.file);
  const { output } = options;
  const window = options.workers * WINDOW_PER_WORKER;
  const progress = options.progress ? new Progress(options.progress, size) : null;
  const decoder = new TextDecoder('utf-8', { fatal: true });

  const finished = new Map<number, JobResult>(); // answers waiting for an earlier line
  const inputBytes = new Map<number, number>(); // bytes of each line in flight, for the progress bar
  let submitted = 0;
  let written = 0;
  let errors = 0;
  let bytesDone = 0;
  let blocked = false;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const waitUntil = async (ready: () => boolean) => {
    while (!fatal && !ready()) await new Promise<void>((resolve) => { wake = resolve; });
    if (fatal) throw fatal;
  };

  const onResult = (result: JobResult) => {
    finished.set(result.seq, result);
    for (let next = finished.get(written); next !== undefined; next = finished.get(written)) {
      finished.delete(written);
      if (!next.ok) errors++;
      bytesDone += inputBytes.get(written) ?? 0;
      inputBytes.delete(written);
      written++;
      if (!output.write(next.out)) blocked = true;
    }
    progress?.update({ lines: written, errors, bytes: bytesDone });
    signal();
  };
  const onDrain = () => {
    blocked = false;
    signal();
  };
  output.on('drain', onDrain);
  const script = options.workerScript ?? new URL('./worker.js', import.meta.url);
  const pool = new WorkerPool(script, options.workers, options.defaults, onResult, (error) => {
    fatal = error;
    signal();
  });

  try {
    for await (const { bytes, lineNumber } of readLines(input)) {
      let line: string | null;
      try {
        line = decoder.decode(bytes);
      } catch {
        line = null;
      }
      if (line !== null && BLANK.test(line)) continue; // blank lines carry no record
      await waitUntil(() => !blocked && submitted - written < window);
      const seq = submitted++;
      inputBytes.set(seq, bytes.length + 1);
      if (line === null) onResult(resultOf(seq, errorLine(lineNumber, null, `line ${lineNumber}: not valid UTF-8 text`)));
      else pool.submit({ seq, line, lineNumber });
    }
    await waitUntil(() => written === submitted);
  } finally {
    await pool.close();
    input.destroy();
    output.off('drain', onDrain);
  }
  progress?.finish({ lines: written, errors, bytes: bytesDone });
  return { lines: written, errors };
}
