import { Worker } from 'node:worker_threads';
import { errorLine, lineId, type LineDefaults } from './process-line.js';

/** One input line on its way to a worker; `seq` is its place in the output. */
export interface Job {
  seq: number;
  line: string;
  lineNumber: number;
}

/**
 * A worker's answer: the output line for job `seq`, newline included, as UTF-8 bytes. The worker
 * encodes it and hands the bytes over (transferred, not copied): the main thread only writes them,
 * so it stays free to feed the workers.
 */
export interface JobResult {
  seq: number;
  out: Uint8Array;
  ok: boolean;
}

const encoder = new TextEncoder();

/** A result for an output line: the bytes it is written as, and whether it holds a graph. */
export function resultOf(seq: number, line: { out: string; ok: boolean }): JobResult {
  return { seq, out: encoder.encode(`${line.out}\n`), ok: line.ok };
}

/** What a worker posts once its script has loaded, before any answer. */
export const WORKER_READY = 'ready';

interface Slot {
  worker: Worker;
  /** Jobs posted and not answered, oldest first: a worker answers in the order it receives. */
  inFlight: Map<number, Job>;
  /** The worker's script loaded: a worker that dies before this cannot start at all. */
  ready: boolean;
}

/**
 * Worker threads that turn lines into output lines. Jobs go to the least busy worker; answers
 * come back through `onResult` in whatever order they finish. A worker that dies (an article
 * that exhausts its memory) costs only the line it was reading: that line is reported as an
 * error, the lines queued behind it go to its replacement. A worker that dies before its script
 * says it is ready cannot start at all: that is fatal (`onFatal`), retrying would loop forever.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closing = false;

  constructor(
    private readonly script: URL,
    size: number,
    private readonly defaults: LineDefaults,
    private readonly onResult: (result: JobResult) => void,
    private readonly onFatal: (error: Error) => void,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  /** Sends a job to the worker with the fewest jobs in flight. */
  submit(job: Job): void {
    let slot = this.slots[0]!;
    for (const candidate of this.slots) if (candidate.inFlight.size < slot.inFlight.size) slot = candidate;
    slot.inFlight.set(job.seq, job);
    slot.worker.postMessage(job);
  }

  /** Stops every worker; jobs still in flight are dropped. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private start(): Slot {
    const worker = new Worker(this.script, { workerData: this.defaults });
    const slot: Slot = { worker, inFlight: new Map(), ready: false };
    worker.on('message', (result: JobResult | typeof WORKER_READY) => {
      if (result === WORKER_READY) {
        slot.ready = true;
        return;
      }
      slot.inFlight.delete(result.seq);
      this.onResult(result);
    });
    let failure: Error | null = null;
    worker.on('error', (error) => { failure = error; });
    worker.on('exit', (code) => {
      if (this.closing) return;
      if (!slot.ready) {
        this.onFatal(new Error(`cannot start a batch worker (${this.script.pathname}): ${failure?.message ?? `exit code ${code}`}`));
        return;
      }
      this.replace(slot, failure?.message ?? `exit code ${code}`);
    });
    return slot;
  }

  private replace(dead: Slot, reason: string): void {
    const [crashed, ...queued] = dead.inFlight.values();
    const fresh = this.start();
    this.slots[this.slots.indexOf(dead)] = fresh;
    if (crashed) this.onResult(resultOf(crashed.seq, errorLine(crashed.lineNumber, lineId(crashed.line), `line ${crashed.lineNumber}: the worker reading it stopped (${reason})`)));
    for (const job of queued) this.submit(job);
  }
}
