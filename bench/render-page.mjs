// The annotated page of a 1 MB article (issue 16): the time renderHtml takes in Node, and the
// time headless Chromium takes to load and lay the page out, from navigation to the second
// animation frame after the load event (the page drawn, its script run). Debian's Chromium at
// /usr/bin/chromium (or CHROMIUM_PATH); prints `RESULT {...}` for bench/run.mjs, or a line alone.
//
// Usage: node bench/render-page.mjs [runs]   (default 3; the median is reported)
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { buildInput, forgetArticleParagraphs, ROOT, useArticleParagraphs } from './inputs.mjs';
import { median } from './measure.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.argv[2] ?? 3);
if (!existsSync(CHROMIUM)) {
  console.log(`RESULT ${JSON.stringify({ skipped: `no Chromium at ${CHROMIUM}` })}`);
  process.exit(0);
}

const { extractGraph, renderHtml } = await import(pathToFileURL(`${ROOT}dist/index.js`).href);
// Run alone, this script chooses the article paragraphs itself; under bench/run.mjs it inherits them.
const ownParagraphs = !process.env.CLAIMGRAPH_BENCH_PARAGRAPHS;
if (ownParagraphs) useArticleParagraphs(extractGraph);
const text = buildInput(1024 * 1024);
const graph = extractGraph(text, { language: 'it' });
renderHtml(text, graph); // warm
const renderMs = [];
let html = '';
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  html = renderHtml(text, graph);
  renderMs.push(performance.now() - t);
}
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-render-page-'));
const file = join(dir, 'page.html');
writeFileSync(file, html);

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`],
});
const loadMs = [];
// What the renderer's main thread spent (parsing, style, layout, script), from Chromium's own
// metrics: on a busy machine the wall time also counts waiting for a core.
const busyMs = [];
const layoutMs = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const t = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const ms = performance.now() - t;
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    if (i > 0) { // the first load also starts the renderer process
      loadMs.push(ms);
      busyMs.push(metrics.TaskDuration * 1000);
      layoutMs.push((metrics.LayoutDuration + metrics.RecalcStyleDuration) * 1000);
    }
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
  if (ownParagraphs) forgetArticleParagraphs();
}
const result = {
  bytes: Buffer.byteLength(text), quotes: graph.quotes.length, claims: graph.claims.length, pageBytes: Buffer.byteLength(html),
  runs, renderHtmlMs: median(renderMs), chromiumLoadMs: median(loadMs), chromiumSamplesMs: loadMs,
  chromiumMainThreadMs: median(busyMs), chromiumStyleAndLayoutMs: median(layoutMs),
};
console.log(`RESULT ${JSON.stringify(result)}`);
