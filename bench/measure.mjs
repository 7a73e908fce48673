// Timing helpers: warm runs, medians, and child processes that report one JSON line.
import { spawn } from 'node:child_process';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times; returns wall and CPU milliseconds of
 * each measured run. CPU time (user + system of the whole process) is reported beside wall time
 * because a shared machine inflates wall time while CPU time stays close to the work done.
 */
export function timeRuns(fn, { warmup = 1, runs = 5 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu, wallMedian: median(wall), cpuMedian: median(cpu) };
}

/**
 * Runs `node args...` and resolves with its exit code, stdout and stderr. Rejects when it
 * exits with an error, so a broken child never passes for a measurement.
 */
export function runNode(args, { input, timeoutMs = 600_000, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0) reject(new Error(`node ${args.slice(0, 3).join(' ')} ... exited with ${code ?? signal}: ${stderr.slice(-2000)}`));
      else resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** The last line of a child's stdout that starts with `RESULT `, parsed. */
export function resultOf(stdout) {
  const line = stdout.split('\n').reverse().find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no RESULT line in child output:\n${stdout.slice(-2000)}`);
  return JSON.parse(line.slice('RESULT '.length));
}

export const mbPerSecond = (bytes, ms) => bytes / (1024 * 1024) / (ms / 1000);
