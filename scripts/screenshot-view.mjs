// Writes docs/view.png, the README's picture of `claimgraph view` on the Italian fixture: the
// page in headless Chromium (Debian's, /usr/bin/chromium or CHROMIUM_PATH), a direct quote
// hovered so the details panel shows. Run after `npm run build`: node scripts/screenshot-view.mjs [light|dark]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const scheme = process.argv[2] === 'dark' ? 'dark' : 'light';
const { extractGraph, renderHtml } = await import(pathToFileURL(`${ROOT}dist/index.js`).href);
const text = readFileSync(`${ROOT}fixtures/it/kursk-north-korea.txt`, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-screenshot-'));
const file = join(dir, 'view.html');
writeFileSync(file, renderHtml(text, extractGraph(text)));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 720 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.hover('.quote-direct[data-badge="1"]');
  await page.waitForFunction(() => document.getElementById('cg-details')?.getAttribute('data-showing'));
  const out = `${ROOT}docs/view${scheme === 'dark' ? '-dark' : ''}.png`;
  await page.screenshot({ path: out });
  // The picture ships in the package (the README links it): quantised to a palette by pngquant
  // (Debian's package) when it is there, it is a third of the size and looks the same.
  const quantised = spawnSync('pngquant', ['--quality=70-90', '--speed', '1', '--force', '--ext', '.png', out]);
  console.log(`wrote ${out}${quantised.status === 0 ? ' (quantised by pngquant)' : ' (pngquant not found: not quantised)'}`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
