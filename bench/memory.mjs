// Runs bench/memory-child.mjs for one input size and reads V8's GC trace between its marks.
import { fileURLToPath } from 'node:url';
import { resultOf, runNode } from './measure.mjs';

const CHILD = fileURLToPath(new URL('./memory-child.mjs', import.meta.url));
// "Scavenge 12.3 (14.0) -> 11.9 (15.0) MB": used (committed) before -> after, in MiB.
const GC_LINE = /(Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Compact)\b.*?([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/;
const MIB = 1024 * 1024;

/** Peak heap of extractGraph on `bytes` of input, above the heap held before the call. */
export async function measurePeakHeap(lib, bytes) {
  // Every collection a full one (--gc-global), one each time the young generation fills: 2 MB
  // of it per MB of input, at most 16, so a 10 MB input needs tens of collections, not thousands.
  const youngMB = Math.min(16, Math.max(1, 2 * Math.ceil(bytes / MIB)));
  const { stdout } = await runNode(['--expose-gc', '--trace-gc', '--gc-global', `--max-semi-space-size=${youngMB}`, CHILD, lib, String(bytes)]);
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
  // Live heap is sampled at each collection; between two samples it may grow by up to one young
  // generation more. The heap in use right after the call (the graph, the last young generation's
  // garbage) bounds the peak from above.
  const peakLive = (collections > 0 ? peakAfter : result.endUsed) - result.baseline;
  const upperBound = Math.max(peakAfter, result.endUsed) - result.baseline;
  return {
    bytes: result.bytes,
    peakHeapBytes: Math.round(peakLive),
    peakHeapPerInputByte: peakLive / result.bytes,
    upperBoundBytes: Math.round(upperBound),
    upperBoundPerInputByte: upperBound / result.bytes,
    peakBeforeCollectionBytes: Math.round(Math.max(peakBefore, result.endUsed) - result.baseline),
    retainedGraphBytes: result.retained,
    collections,
    youngGenerationMB: youngMB,
  };
}
