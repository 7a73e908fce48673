// npm run bench: builds, then measures claimgraph against the targets of issue 6 and prints a
// table; the figures go to bench/results.json (gitignored). See docs/performance.md.
//
// Usage: node bench/run.mjs [--quick]   (--quick: fewer runs, no 10 MB, for a smoke test)
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measureBatch } from './batch.mjs';
import { buildInput, countTokens, firstFixtureText, forgetArticleParagraphs, ROOT, SIZES, useArticleParagraphs } from './inputs.mjs';
import { mbPerSecond, resultOf, runNode, timeRuns } from './measure.mjs';
import { measurePeakHeap } from './memory.mjs';
import { withDistinctNames } from './distinct-names.mjs';
import { measureStartup } from './startup.mjs';
import { runAdversarial } from './adversarial.mjs';

const quick = process.argv.includes('--quick');
const LIB = `${ROOT}dist/index.js`;
const CLI = `${ROOT}dist/cli.js`;
const COMPROMISE_CHILD = fileURLToPath(new URL('./compromise-child.mjs', import.meta.url));
const RENDER_PAGE_CHILD = fileURLToPath(new URL('./render-page.mjs', import.meta.url));
const started = Date.now();
const log = (line) => process.stderr.write(`${line}\n`);

const sizes = quick ? SIZES.slice(0, 2) : SIZES;
// Runs per size: more where a run is short. The whole bench stays within about five minutes.
const RUNS = { '100 KB': { warmup: 3, runs: quick ? 5 : 15 }, '1 MB': { warmup: 1, runs: quick ? 3 : 7 }, '10 MB': { warmup: 1, runs: 3 } };

function machine() {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // not Linux: os.cpus() says it
  }
  return { cores: availableParallelism(), cpuModel, node: process.version, memoryGB: +(totalmem() / 2 ** 30).toFixed(1), loadAverageAtStart: loadavg().map((l) => +l.toFixed(2)) };
}

const results = { date: new Date().toISOString(), machine: machine(), throughput: [], distinctNames: [], compromise: [], startup: null, memory: [], batch: null, targets: [] };

// --- Throughput, in this process, warm -----------------------------------------------------
const { extractGraph } = await import(pathToFileURL(LIB).href);
extractGraph(firstFixtureText()); // lazy gazetteers and compiled patterns: built once per process
results.paragraphs = useArticleParagraphs(extractGraph);
// V8 compiles hot code in tiers over the first megabytes read: warm it up on a few MB first, so
// the first size measured is not the one that pays for it.
{
  const warm = buildInput(SIZES[0].bytes);
  for (let read = 0; read < (quick ? 1 : 3) * 2 ** 20; read += warm.length) extractGraph(warm, { language: 'it' });
}
for (const size of sizes) {
  const text = buildInput(size.bytes);
  const bytes = Buffer.byteLength(text);
  const tokens = countTokens(text);
  log(`throughput ${size.label}...`);
  const t = timeRuns(() => extractGraph(text, { language: 'it' }), RUNS[size.label]);
  results.throughput.push({
    size: size.label, bytes, tokens, runs: t.wall.length,
    wallMs: t.wallMedian, cpuMs: t.cpuMedian,
    mbPerSecond: mbPerSecond(bytes, t.wallMedian), mbPerSecondCpu: mbPerSecond(bytes, t.cpuMedian),
    tokensPerSecond: tokens / (t.wallMedian / 1000),
    msPerKB: t.wallMedian / (bytes / 1024), cpuMsPerKB: t.cpuMedian / (bytes / 1024),
    wallSamplesMs: t.wall,
  });
}

// Supplementary: the repeated fixture names the same 30 actors however long it gets; here every
// repetition names new ones, so a stage that scans all actors per mention would show.
for (const size of SIZES.slice(0, 2)) {
  const text = withDistinctNames(buildInput(size.bytes));
  const bytes = Buffer.byteLength(text);
  log(`distinct names ${size.label}...`);
  const t = timeRuns(() => extractGraph(text, { language: 'it' }), { warmup: 1, runs: quick ? 3 : 5 });
  const graph = extractGraph(text, { language: 'it' });
  results.distinctNames.push({ size: size.label, bytes, actors: graph.actors.length, wallMs: t.wallMedian, cpuMs: t.cpuMedian, msPerKB: t.wallMedian / (bytes / 1024), cpuMsPerKB: t.cpuMedian / (bytes / 1024) });
}

// --- compromise's full English parse, in a child process -------------------------------------
// 10 MB is left out: full compromise holds ~80 MB of heap per MB of text (1.35 GB at 5 MB) and
// needs over a minute per run there.
for (const [size, runs, warmup] of [[SIZES[0], quick ? 2 : 5, 1], [SIZES[1], quick ? 1 : 3, 0]]) {
  log(`compromise ${size.label}...`);
  const r = resultOf((await runNode([COMPROMISE_CHILD, String(size.bytes), String(runs), String(warmup)])).stdout);
  const ours = results.throughput.find((t) => t.size === size.label);
  results.compromise.push({
    size: size.label, bytes: r.bytes, runs, wallMs: r.wallMedian, cpuMs: r.cpuMedian,
    mbPerSecond: mbPerSecond(r.bytes, r.wallMedian), tokensPerSecond: r.tokens / (r.wallMedian / 1000),
    speedRatio: r.wallMedian / ours.wallMs, cpuRatio: r.cpuMedian / ours.cpuMs,
  });
}

// --- Import + first graph, fresh processes ----------------------------------------------------
log('startup...');
results.startup = await measureStartup(LIB, quick ? 5 : 9);

// --- Peak heap, one child per size -------------------------------------------------------------
for (const size of sizes) {
  log(`memory ${size.label}...`);
  results.memory.push({ size: size.label, ...(await measurePeakHeap(LIB, size.bytes)) });
}

// --- Batch mode, 1 vs 2 workers -------------------------------------------------------------------
log('batch 1 vs 2 workers...');
// 12,000 articles (20 MB): each worker spends its first megabytes warming V8 up, and an archive of a few
// MB is mostly warm-up; 3 runs of each setting would take over five minutes, hence one.
results.batch = await measureBatch(CLI, LIB, { lines: quick ? 3000 : 12000, runs: 1 });

// --- Adversarial inputs (issue 7): per-byte time against the fixture at the same size -------------
log('adversarial inputs...');
results.adversarial = await runAdversarial({ log, size: quick ? 256 * 1024 : 1024 * 1024, runs: quick ? 1 : 3 });

// --- The annotated page of a 1 MB article in headless Chromium (issue 16) -------------------------
log('annotated page in Chromium...');
results.renderPage = resultOf((await runNode([RENDER_PAGE_CHILD, quick ? '1' : '3'])).stdout);

// --- Targets ----------------------------------------------------------------------------------------
const at = (list, label) => list.find((x) => x.size === label);
const small = at(results.throughput, '100 KB');
const largest = results.throughput[results.throughput.length - 1];
const target = (name, value, goal, met, unit = '') => results.targets.push({ name, value: +value.toFixed(2), goal, unit, met });
target('Italian throughput at 1 MB', at(results.throughput, '1 MB').mbPerSecond, '>= 3 MB/s', at(results.throughput, '1 MB').mbPerSecond >= 3, 'MB/s');
// The same two targets on CPU time: what the work cost, whatever else the machine was running.
target('  the same, on CPU time', at(results.throughput, '1 MB').mbPerSecondCpu, '>= 3 MB/s', at(results.throughput, '1 MB').mbPerSecondCpu >= 3, 'MB/s');
for (const c of results.compromise) target(`speed vs compromise full parse at ${c.size}`, c.speedRatio, '>= 5x', c.speedRatio >= 5, 'x');
target(`time per KB, ${largest.size} / 100 KB`, largest.msPerKB / small.msPerKB, '<= 1.5', largest.msPerKB / small.msPerKB <= 1.5);
target('  the same, on CPU time', largest.cpuMsPerKB / small.cpuMsPerKB, '<= 1.5', largest.cpuMsPerKB / small.cpuMsPerKB <= 1.5);
target('import + first graph', results.startup.totalMs, '< 100 ms', results.startup.totalMs < 100, 'ms');
for (const m of results.memory) target(`peak heap per input byte at ${m.size}`, m.peakHeapPerInputByte, '< 40', m.peakHeapPerInputByte < 40, 'B/B');
const worstAdversarial = results.adversarial.reduce((a, b) => (b.ratioToFixture > a.ratioToFixture ? b : a));
target(`worst adversarial input per byte vs fixture (${worstAdversarial.name}, CPU)`, worstAdversarial.ratioToFixture, '<= 3x', worstAdversarial.ratioToFixture <= 3, 'x');
target('batch speed-up, 2 workers vs 1', results.batch.speedup, '>= 1.8x', results.batch.speedup >= 1.8, 'x');
target('  the same, second half of the archive (workers warm)', results.batch.warmSpeedup, '>= 1.8x', results.batch.warmSpeedup >= 1.8, 'x');
target('  the machine\'s ceiling: 2 processes on half each vs 1', results.batch.ceiling.ceiling, '>= 1.8x', results.batch.ceiling.ceiling >= 1.8, 'x');
if (!results.renderPage.skipped) target('1 MB annotated page, load to drawn in headless Chromium', results.renderPage.chromiumLoadMs, '< 2000 ms', results.renderPage.chromiumLoadMs < 2000, 'ms');
results.machine.loadAverageAtEnd = loadavg().map((l) => +l.toFixed(2));
results.seconds = Math.round((Date.now() - started) / 1000);

// --- Report -------------------------------------------------------------------------------------------
const f = (n, d = 2) => (n >= 100 ? n.toFixed(0) : n.toFixed(d));
const table = (head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};
const m = results.machine;
console.log(`\nclaimgraph bench, ${results.date}: ${m.cores} cores, ${m.cpuModel}, Node ${m.node}, load average ${m.loadAverageAtStart.join(' ')} -> ${m.loadAverageAtEnd.join(' ')}`);
console.log(`input: the Italian fixtures' ${results.paragraphs.kept} article paragraphs (of ${results.paragraphs.total}; the scraper's boilerplate trailer left out) repeated, joined by "\\n"\n`);
console.log(table(
  ['input', 'bytes', 'tokens', 'median ms', 'MB/s', 'tokens/s', 'ms/KB', 'CPU ms', 'MB/s (CPU)', 'compromise MB/s', 'ratio', 'peak heap B/B (bound)'],
  results.throughput.map((t) => {
    const c = at(results.compromise, t.size);
    const mem = at(results.memory, t.size);
    return [t.size, t.bytes, t.tokens, f(t.wallMs), f(t.mbPerSecond), Math.round(t.tokensPerSecond), f(t.msPerKB, 3), f(t.cpuMs), f(t.mbPerSecondCpu), c ? f(c.mbPerSecond, 3) : 'not run', c ? `${f(c.speedRatio, 1)}x` : '-', mem ? `${f(mem.peakHeapPerInputByte, 1)} (${f(mem.upperBoundPerInputByte, 1)})` : '-'];
  }),
));
console.log(`\ndistinct names (a new set of actors every repetition): ${results.distinctNames.map((d) => `${d.size} ${d.actors} actors ${f(d.msPerKB, 3)} ms/KB`).join(', ')}`);
const s = results.startup;
console.log(`import + first graph: ${f(s.totalMs, 1)} ms (import ${f(s.importMs, 1)}, first graph ${f(s.firstGraphMs, 1)}; ${f(s.sinceProcessStartMs, 1)} ms since process start), median of ${s.runs}`);
const b = results.batch;
const got = (c) => (c === null ? '' : `, using ${f(c)} cores`);
console.log(`batch: ${b.lines} articles (${(b.bytes / 2 ** 20).toFixed(1)} MB), 1 worker ${f(b.oneWorkerMs)} ms${got(b.oneWorkerCores)}, 2 workers ${f(b.twoWorkersMs)} ms${got(b.twoWorkersCores)}: ${f(b.speedup)}x; second half of the output lines ${f(b.warmSpeedup)}x`);
console.log(`  the same archive in one process with no workers ${f(b.ceiling.aloneMs)} ms, two processes at once on half of it each ${f(b.ceiling.togetherMs)} ms: the machine gives this work ${f(b.ceiling.ceiling)}x\n`);
console.log(table(['adversarial input', 'bytes', 'CPU ms', 'x fixture per byte (CPU)', 'wall ms', 'x fixture (wall)', 'valid graph'],
  results.adversarial.map((r) => [r.name, r.bytes, f(r.ms), f(r.ratioToFixture), f(r.wallMs), f(r.wallRatioToFixture), r.valid ? 'yes' : 'NO'])));
const rp = results.renderPage;
console.log(rp.skipped ? `annotated page: ${rp.skipped}` : `annotated page of ${(rp.bytes / 2 ** 20).toFixed(1)} MB (${rp.quotes} quotes, ${rp.claims} claims, page ${(rp.pageBytes / 2 ** 20).toFixed(1)} MB): renderHtml ${f(rp.renderHtmlMs)} ms; Chromium load to drawn ${f(rp.chromiumLoadMs)} ms (main thread ${f(rp.chromiumMainThreadMs)} ms, style and layout ${f(rp.chromiumStyleAndLayoutMs)} ms)`);
console.log('');
console.log(table(['target', 'measured', 'goal', 'met'], results.targets.map((t) => [t.name, `${t.value}${t.unit ? ` ${t.unit}` : ''}`, t.goal, t.met ? 'yes' : 'NO'])));
console.log(`\n${results.seconds} s; figures in bench/results.json`);
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
forgetArticleParagraphs();
