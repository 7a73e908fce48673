// Batch mode from 1 to 2 workers: the built CLI over a JSON Lines file, its output counted and dropped.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureParagraphs } from './inputs.mjs';
import { median, resultOf, runNode } from './measure.mjs';

/**
 * Articles of 4 to 12 fixture paragraphs each (about 1.5 to 4 KB, like news items), cycled
 * through the fixtures so lines differ in length and content.
 */
export function writeArchive(path, lines) {
  const paragraphs = fixtureParagraphs();
  const out = [];
  let bytes = 0;
  for (let i = 0; i < lines; i++) {
    const count = 4 + (i % 9);
    const text = Array.from({ length: count }, (_, k) => paragraphs[(i * 5 + k) % paragraphs.length]).join('\n');
    const line = JSON.stringify({ id: `article-${i}`, text, language: 'it' });
    bytes += Buffer.byteLength(line) + 1;
    out.push(line);
  }
  writeFileSync(path, `${out.join('\n')}\n`);
  return bytes;
}

// GNU time, where there is one, also gives the CPU time the run used: on a machine shared with
// other work, CPU seconds over wall seconds says how many cores the run actually got.
const TIME = ['/usr/bin/time', '/bin/time'].find((path) => existsSync(path));

/**
 * One CLI run: its wall and CPU time, and the wall time of the second half of its output lines.
 * Each worker first runs its code cold (V8 interprets it, then compiles it on another thread):
 * the second half is what a long archive runs at once every worker is warm.
 */
function runCli(cli, file, workers, lines) {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, cli, 'extract', '--jsonl', file, '--workers', String(workers)];
    const t0 = performance.now();
    const child = TIME
      ? spawn(TIME, ['-f', 'CPU %U %S', ...command], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let written = 0;
    let halfAt = null;
    child.stdout.on('data', (chunk) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) written++;
      if (halfAt === null && written >= lines / 2) halfAt = performance.now();
    });
    let stderr = '';
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('close', (code) => {
      const end = performance.now();
      if (code !== 0) return reject(new Error(`claimgraph extract --jsonl --workers ${workers} exited with ${code}: ${stderr}`));
      const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      resolve({ ms: end - t0, secondHalfMs: end - (halfAt ?? end), cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null });
    });
  });
}

const ARCHIVE_CHILD = fileURLToPath(new URL('./archive-child.mjs', import.meta.url));

/**
 * The machine's ceiling for two threads of this work: the archive read by one process alone, then
 * by two processes at once taking every other line each (the pool's split, but nothing shared:
 * no threads, no messages, no output), as alone / together. Two idle cores would give 2; each
 * process also runs V8's garbage collector and optimising compiler on threads of their own,
 * which a lone process gets the other core for.
 */
async function measureCeiling(lib, file, runs) {
  const read = async (...part) => resultOf((await runNode([ARCHIVE_CHILD, lib, file, ...part])).stdout).ms;
  const alone = [];
  const together = [];
  for (let i = 0; i < runs; i++) {
    alone.push(await read());
    together.push(Math.max(...(await Promise.all([read('0', '2'), read('1', '2')]))));
  }
  const aloneMs = median(alone);
  const togetherMs = median(together);
  return { aloneMs, togetherMs, ceiling: aloneMs / togetherMs };
}

/**
 * Wall time of the whole CLI run (process start, workers, all lines) with 1 and 2 workers, median
 * of `runs`, beside the machine's ceiling for two threads (`measureCeiling`).
 */
export async function measureBatch(cli, lib, { lines = 3000, runs = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'));
  const file = join(dir, 'archive.jsonl');
  try {
    const bytes = writeArchive(file, lines);
    readFileSync(file); // into the page cache, so the first run does not pay for the disk
    const one = [];
    const two = [];
    // Interleaved, so a burst of load from elsewhere on the machine hits both settings alike.
    for (let i = 0; i < runs; i++) {
      one.push(await runCli(cli, file, 1, lines));
      two.push(await runCli(cli, file, 2, lines));
    }
    const oneMs = median(one.map((r) => r.ms));
    const twoMs = median(two.map((r) => r.ms));
    const warmSpeedup = median(one.map((r) => r.secondHalfMs)) / median(two.map((r) => r.secondHalfMs));
    // Cores the run got: CPU time over wall time (2 workers on 2 idle cores: close to 2).
    const cores = (samples) => (samples[0].cpuMs === null ? null : median(samples.map((r) => r.cpuMs / r.ms)));
    const ceiling = await measureCeiling(lib, file, runs);
    return {
      lines, bytes, oneWorkerMs: oneMs, twoWorkersMs: twoMs, speedup: oneMs / twoMs, warmSpeedup, ceiling,
      oneWorkerCores: cores(one), twoWorkersCores: cores(two),
      oneWorkerSamples: one, twoWorkersSamples: two,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
