// The batch worker thread: reads jobs from the main thread, answers each with its output line.
// Built by tsup as dist/worker.js, next to dist/cli.js, which starts it.
import { parentPort, workerData } from 'node:worker_threads';
import { processLine, type LineDefaults } from './process-line.js';
import { resultOf, WORKER_READY, type Job } from './worker-pool.js';

// A worker's stdout is the batch's output: anything a dependency logs with console.log would land
// between two JSON lines. Logging goes to stderr.
console.log = console.info = console.debug = console.error;

const defaults = workerData as LineDefaults;
const port = parentPort;
if (!port) throw new Error('claimgraph: worker.js runs as a worker thread of claimgraph extract --jsonl');

port.on('message', (job: Job) => {
  const result = resultOf(job.seq, processLine(job.line, job.lineNumber, defaults));
  port.postMessage(result, [result.out.buffer as ArrayBuffer]);
});
port.postMessage(WORKER_READY);
