// Import plus first graph in a fresh process: what a CLI call or a cold serverless handler pays.
import { pathToFileURL } from 'node:url';
import { FIXTURE_DIR } from './inputs.mjs';
import { median, resultOf, runNode } from './measure.mjs';

/**
 * Spawns `node --input-type=module -e ...` `runs` times. Each child reads the fixture first, then
 * times `await import(lib)` and one `extractGraph` call; `performance.now()` at the end also gives
 * the time since the process started (Node's own boot included).
 */
export async function measureStartup(lib, runs = 9) {
  const fixture = `${FIXTURE_DIR}kursk-north-korea.txt`;
  const script = `
    import { readFileSync } from 'node:fs';
    const text = readFileSync(${JSON.stringify(fixture)}, 'utf8');
    const t0 = performance.now();
    const { extractGraph } = await import(${JSON.stringify(pathToFileURL(lib).href)});
    const t1 = performance.now();
    extractGraph(text);
    const t2 = performance.now();
    console.log('RESULT ' + JSON.stringify({ importMs: t1 - t0, firstGraphMs: t2 - t1, totalMs: t2 - t0, sinceProcessStartMs: t2 }));
  `;
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(resultOf((await runNode(['--input-type=module', '-e', script])).stdout));
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    runs,
    importMs: pick('importMs'),
    firstGraphMs: pick('firstGraphMs'),
    totalMs: pick('totalMs'),
    sinceProcessStartMs: pick('sinceProcessStartMs'),
    totalSamplesMs: samples.map((s) => s.totalMs),
  };
}
