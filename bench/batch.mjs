// Batch mode from 1 to 2 workers: the built CLI over a JSON Lines file, output to /dev/null.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureParagraphs } from './inputs.mjs';
import { median } from './measure.mjs';

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

function runCli(cli, file, workers) {
  return new Promise((resolve, reject) => {
    const devNull = openSync('/dev/null', 'w');
    const command = [process.execPath, cli, 'extract', '--jsonl', file, '--workers', String(workers)];
    const t0 = performance.now();
    const child = TIME
      ? spawn(TIME, ['-f', 'CPU %U %S', ...command], { stdio: ['ignore', devNull, 'pipe'] })
      : spawn(command[0], command.slice(1), { stdio: ['ignore', devNull, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`claimgraph extract --jsonl --workers ${workers} exited with ${code}: ${stderr}`));
      const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      resolve({ ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null });
    });
  });
}

/** Wall time of the whole CLI run (process start, workers, all lines) with 1 and 2 workers, median of `runs`. */
export async function measureBatch(cli, { lines = 1200, runs = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'));
  const file = join(dir, 'archive.jsonl');
  try {
    const bytes = writeArchive(file, lines);
    await runCli(cli, file, 2); // warms the page cache
    const one = [];
    const two = [];
    // Interleaved, so a burst of load from elsewhere on the machine hits both settings alike.
    for (let i = 0; i < runs; i++) {
      one.push(await runCli(cli, file, 1));
      two.push(await runCli(cli, file, 2));
    }
    const oneMs = median(one.map((r) => r.ms));
    const twoMs = median(two.map((r) => r.ms));
    // Cores the run got: CPU time over wall time (2 workers on 2 idle cores: close to 2).
    const cores = (samples) => (samples[0].cpuMs === null ? null : median(samples.map((r) => r.cpuMs / r.ms)));
    return {
      lines, bytes, oneWorkerMs: oneMs, twoWorkersMs: twoMs, speedup: oneMs / twoMs,
      oneWorkerCores: cores(one), twoWorkersCores: cores(two),
      oneWorkerSamples: one, twoWorkersSamples: two,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
