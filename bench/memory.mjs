// Runs bench/memory-child.mjs for one input size and reads V8's GC trace between its marks.
import { fileURLToPath } from 'node:url';
import { resultOf, runNode } from './measure.mjs';

const CHILD = fileURLToPath(new URL('./memory-child.mjs', import.meta.url));
// "Scavenge 12.3 (14.0) -> 11.9 (15.0) MB": used (committed) before -> after, in MiB.
const GC_LINE = /(Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Compact)\b.*?([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/;
const MIB = 1024 * 1024;

/** Peak heap of extractGraph on `bytes` of input, above the heap held before the call. */
export async function measurePeakHeap(lib, bytes) {
  const { stdout } = await runNode(['--expose-gc', '--trace-gc', '--max-semi-space-size=1', CHILD, lib, String(bytes)]);
  const result = resultOf(stdout);
  const lines = stdout.split('\n');
  const start = lines.indexOf('MARK start');
  const end = lines.indexOf('MARK end');
  let peakAfter = 0;
  let peakBefore = 0;
  let collections = 0;
  for (const line of lines.slice(start + 1, end)) {
    const m = GC_LINE.exec(line);
    if (!m) continue;
    collections++;
    peakBefore = Math.max(peakBefore, Number(m[2]) * MIB);
    peakAfter = Math.max(peakAfter, Number(m[4]) * MIB);
  }
  const peak = Math.max(peakAfter, result.endUsed) - result.baseline;
  return {
    bytes: result.bytes,
    peakHeapBytes: Math.round(peak),
    peakHeapPerInputByte: peak / result.bytes,
    peakBeforeGcBytes: Math.round(Math.max(peakBefore, result.endUsed) - result.baseline),
    retainedGraphBytes: result.retained,
    collections,
  };
}
