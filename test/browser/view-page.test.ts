import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract-graph.js';
import { renderCorpusHtml, renderHtml } from '../../src/render/index.js';
import type { ArticleGraph } from '../../src/schema/graph-schema.js';
import { CHROMIUM, HAS_CHROMIUM, launchChromium } from './chromium.js';

// The annotated page in a real browser: Debian's Chromium driven by puppeteer-core.
if (!HAS_CHROMIUM) {
  console.warn(`test/browser skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH); .ci/run installs it`);
}

const fixture = readFileSync('fixtures/it/kursk-north-korea.txt', 'utf8');
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's WCAG 2.1 A/AA and best-practice rules on the page: the rules passed, and the violations. */
async function runAxe(page: Page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ passes: { id: string }[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return {
      passed: result.passes.map((p) => p.id),
      found: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })),
    };
  });
}

interface Loaded {
  page: Page;
  /** Requests the page made beyond its own file: none is allowed. */
  requests: string[];
  /** CSP violations reported by the page or on its console. */
  violations: string[];
  dialogs: string[];
}

describe.skipIf(!HAS_CHROMIUM)('the annotated page in Chromium', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let dir: string;
  const graph: ArticleGraph = extractGraph(fixture);

  beforeAll(async () => {
    ({ browser, close } = await launchChromium());
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-browser-'));
  }, 60_000);
  afterAll(async () => {
    await close?.();
  });

  /** Writes the page to a file and opens it as a user would, offline, watching requests, CSP reports and dialogs. */
  async function open(html: string, name: string, scheme: 'light' | 'dark' = 'light'): Promise<Loaded> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const loaded: Loaded = { page, requests: [], violations: [], dialogs: [] };
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === `file://${file}`) void request.continue();
      else {
        loaded.requests.push(request.url());
        void request.abort();
      }
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) loaded.violations.push(message.text());
    });
    page.on('dialog', (dialog) => {
      loaded.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.exposeFunction('__reportViolation', (v: string) => loaded.violations.push(v));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __reportViolation(v: string): void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return loaded;
  }

  it('highlights every quote and claim at its offsets in the live DOM', async () => {
    const { page, requests, violations } = await open(renderHtml(fixture, graph), 'fixture.html');
    const nodes = [...graph.quotes.map((q) => ({ id: q.id, kind: 'quote' })), ...graph.claims.map((c) => ({ id: c.id, kind: 'claim' }))];
    const found = await page.evaluate((list) => {
      const article = document.querySelector('.article')!;
      // Each element's offset in the article, counted over the text nodes before it, as the reader's text.
      const offsetOf = (el: Element) => {
        const range = document.createRange();
        range.setStart(article, 0);
        range.setEnd(el, 0);
        return range.toString().length;
      };
      return {
        text: article.textContent,
        nodes: list.map(({ id, kind }) => {
          const parts = Array.from(document.querySelectorAll(`.${kind}[data-id="${CSS.escape(id)}"]`));
          return {
            id,
            parts: parts.map((p) => ({ start: Number(p.getAttribute('data-start')), end: Number(p.getAttribute('data-end')), at: offsetOf(p), text: p.textContent })),
            focusable: parts[0]?.getAttribute('tabindex') === '0',
            background: parts[0] ? getComputedStyle(parts[0]).backgroundColor : null,
            border: parts[0] ? getComputedStyle(parts[0]).borderBottomStyle + getComputedStyle(parts[0]).borderTopStyle : null,
          };
        }),
      };
    }, nodes);
    expect(found.text).toBe(fixture);
    for (const [i, node] of found.nodes.entries()) {
      const span = i < graph.quotes.length ? graph.quotes[i]! : graph.claims[i - graph.quotes.length]!;
      expect(node.parts.length, `${span.text} is highlighted`).toBeGreaterThan(0);
      for (const p of node.parts) expect(p.at, `${span.text}: fragment at its data-start`).toBe(p.start);
      expect(node.parts[0]!.start).toBe(span.start);
      expect(node.parts[node.parts.length - 1]!.end).toBe(span.end);
      expect(node.parts.map((p) => p.text).join('')).toBe(fixture.slice(span.start, span.end));
      expect(node.focusable).toBe(true);
      // Seen, not only present: a quote has a background, a claim a frame.
      if (i < graph.quotes.length) expect(node.background).not.toBe('rgba(0, 0, 0, 0)');
      else expect(node.border).toContain('solid');
    }
    expect(requests).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows the speaker, cue and rule on hover and on keyboard focus, with a visible focus ring', async () => {
    const { page, violations } = await open(renderHtml(fixture, graph), 'hover.html');
    const attributed = graph.attributions.filter((a) => a.sourceId !== null && a.cue !== null && graph.quotes.some((q) => q.id === a.contentId));
    const [byHover, byFocus] = [attributed[0]!, attributed[attributed.length - 1]!];
    const nameOf = (id: string) => graph.actors.find((a) => a.id === id)!.name;
    const selector = (id: string) => page.evaluate((i) => `.quote[data-id="${CSS.escape(i)}"][tabindex="0"]`, id);

    await page.hover(await selector(byHover.contentId));
    await page.waitForFunction((id) => document.getElementById('cg-details')!.getAttribute('data-showing') === id, { timeout: 5000 }, byHover.contentId);
    const hovered = await page.$eval('#cg-details', (el) => el.textContent);
    expect(hovered).toContain(nameOf(byHover.sourceId!));
    expect(hovered).toContain(byHover.cue!.text);
    expect(hovered).toContain(byHover.rule);

    // From the top of the page, Tab reaches the highlights in text order.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focusedId: string | null = null;
    for (let i = 0; i < 200 && focusedId !== byFocus.contentId; i++) {
      await page.keyboard.press('Tab');
      focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    }
    expect(focusedId).toBe(byFocus.contentId);
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      return { outline: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth, panel: document.getElementById('cg-details')!.textContent };
    });
    expect(focused.outline).not.toBe('none');
    expect(parseFloat(focused.width)).toBeGreaterThanOrEqual(2);
    expect(focused.panel).toContain(nameOf(byFocus.sourceId!));
    expect(violations).toEqual([]);
    await page.close();
  });

  it('filters the highlights to the chosen actor, and back with Escape', async () => {
    const { page } = await open(renderHtml(fixture, graph), 'filter.html');
    const counts = new Map<string, number>();
    for (const a of graph.attributions) if (a.sourceId && graph.quotes.some((q) => q.id === a.contentId)) counts.set(a.sourceId, (counts.get(a.sourceId) ?? 0) + 1);
    const [chosen] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const state = () => page.evaluate((key) => {
      const quotes = Array.from(document.querySelectorAll('.quote[tabindex="0"]'));
      const bg = (el: Element) => getComputedStyle(el).backgroundColor;
      return {
        filtering: document.body.classList.contains('filtering'),
        theirs: quotes.filter((q) => q.getAttribute('data-speaker') === key).map((q) => ({ on: q.classList.contains('on'), bg: bg(q) })),
        others: quotes.filter((q) => q.getAttribute('data-speaker') !== key).map((q) => ({ on: q.classList.contains('on'), bg: bg(q) })),
        pressed: document.querySelector('button[aria-pressed="true"]')?.getAttribute('data-actor') ?? null,
      };
    }, chosen);

    await page.evaluate((key) => (document.querySelector(`button[data-actor="${CSS.escape(key)}"]`) as HTMLElement).focus(), chosen);
    await page.keyboard.press('Enter');
    await page.waitForSelector('body.filtering');
    const filtered = await state();
    expect(filtered.pressed).toBe(chosen);
    expect(filtered.theirs.length).toBe(counts.get(chosen));
    expect(filtered.theirs.every((q) => q.on && q.bg !== 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(filtered.others.length).toBeGreaterThan(0);
    expect(filtered.others.every((q) => !q.on && q.bg === 'rgba(0, 0, 0, 0)')).toBe(true);

    await page.keyboard.press('Escape');
    await page.waitForSelector('body:not(.filtering)');
    const all = await state();
    expect(all.pressed).toBeNull();
    expect([...all.theirs, ...all.others].every((q) => q.bg !== 'rgba(0, 0, 0, 0)')).toBe(true);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe-core violation in the %s scheme', async (scheme) => {
    const { page } = await open(renderHtml(fixture, graph), `axe-${scheme}.html`, scheme);
    const violations = await runAxe(page);
    // axe ran its checks, contrast included (over the highlights' own backgrounds)...
    expect(violations.passed).toContain('color-contrast');
    // ...and found nothing serious.
    expect(violations.found.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    if (violations.found.length > 0) console.info(`axe (${scheme}), minor: ${JSON.stringify(violations.found)}`);
    await page.close();
  });

  it('shows a hostile article as text and runs none of it', async () => {
    const hostile = [
      'Titolo <script>window.__pwned = 1; alert("script")</script>',
      'Il portavoce Luca Neri ha detto: “</script><script>window.__pwned = 2; alert(2)</script> non è vero”.',
      'Nel testo c’è </textarea><textarea> e </style><style>body{display:none}</style> e <img src=x onerror="window.__pwned = 3; alert(3)">.',
      'Poi <svg onload="window.__pwned = 4"></svg> e <iframe srcdoc="<script>parent.__pwned=5</script>"></iframe> & &amp; fine.',
    ].join('\n');
    const { page, requests, dialogs, violations } = await open(renderHtml(hostile, extractGraph(hostile)), 'hostile.html');
    await page.waitForSelector('#cg-data');
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      text: document.querySelector('.article')!.textContent,
      elements: document.querySelectorAll('img, svg, iframe, textarea').length,
      scripts: document.scripts.length,
      styles: document.querySelectorAll('style').length,
      visible: getComputedStyle(document.body).display,
    }));
    expect(seen.pwned).toBeNull();
    expect(seen.text).toBe(hostile);
    expect(seen.elements).toBe(0);
    expect(seen.scripts).toBe(2);
    expect(seen.styles).toBe(1);
    expect(seen.visible).toBe('block');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(violations).toEqual([]);
    // The page's own script still runs under its CSP: hovering the quote fills the panel.
    await page.hover('.quote[tabindex="0"]');
    await page.waitForFunction(() => document.getElementById('cg-details')!.getAttribute('data-showing'), { timeout: 5000 });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    await page.close();
  });

  it('blocks any script its CSP does not name, and carries the policy in a meta element', async () => {
    // A script the page did not hash, added to the markup: the CSP must refuse it, and report it.
    const html = renderHtml(fixture, graph).replace('</body>', '<script>window.__pwned = 1</script></body>');
    const { page, violations } = await open(html, 'csp.html');
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'));
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    await page.waitForFunction(() => true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(violations.some((v) => /script-src/.test(v))).toBe(true);
    await page.close();
  });

  it('prints the article with its highlights and without the interactive panel', async () => {
    const { page } = await open(renderHtml(fixture, graph), 'print.html');
    await page.emulateMediaType('print');
    const printed = await page.evaluate(() => {
      const quote = document.querySelector('.quote')!;
      const last = document.querySelector('.article .line:last-child')!;
      return {
        details: getComputedStyle(document.querySelector('.details')!).display,
        quoteBackground: getComputedStyle(quote).backgroundColor,
        adjust: getComputedStyle(quote).printColorAdjust,
        lastLineLaidOut: getComputedStyle(last).contentVisibility,
      };
    });
    expect(printed.details).toBe('none');
    expect(printed.quoteBackground).not.toBe('rgba(0, 0, 0, 0)');
    expect(printed.adjust).toBe('exact');
    expect(printed.lastLineLaidOut).toBe('visible');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('shows a corpus: a speaker keeps one badge across articles, links reach their quotes, the filter spans articles', async () => {
    // Two made-up articles naming the same minister, merged by a corpus actor built here.
    const texts = [
      'La ministra Carla Rossi ha detto: “Il porto riaprirà a marzo”.\nIl sindaco Paolo Gallo ha risposto che i lavori sono fermi.',
      'Secondo Carla Rossi, i cantieri aperti sono 12.\nCarla Rossi ha aggiunto: “Nessun ritardo”.',
    ];
    const graphs = texts.map((t) => extractGraph(t));
    const rossi = graphs.map((g) => g.actors.find((a) => a.name === 'Carla Rossi')!);
    const corpus = {
      actors: [{ id: 'rossi', type: 'person', name: 'Carla Rossi', members: graphs.map((g, i) => ({ documentId: g.document.id, actorId: rossi[i]!.id })) }],
      documents: texts.map((text, i) => ({ text, graph: graphs[i]! })),
    };
    const { page, violations } = await open(renderCorpusHtml(corpus), 'corpus.html');
    const badges = await page.$$eval('.quote[data-speaker="rossi"][data-badge]', (els) => els.map((e) => `${e.closest('article')!.id}:${e.getAttribute('data-badge')}`));
    expect(new Set(badges.map((b) => b.split(':')[0]))).toEqual(new Set(['cg-d1', 'cg-d2']));
    expect(new Set(badges.map((b) => b.split(':')[1])).size).toBe(1);
    // Following the index's first link to the second article lands on one of her highlights there.
    const href = await page.$$eval('.corpus-actors a[href^="#cg-d2-n"]', (as) => as[0]!.getAttribute('href'));
    await page.click(`.corpus-actors a[href="${href}"]`);
    await page.waitForFunction((h) => location.hash === h, { timeout: 5000 }, href);
    expect(await page.$eval(href!, (el) => el.getAttribute('data-speaker'))).toBe('rossi');
    await page.click('button[data-actor="rossi"]');
    await page.waitForSelector('body.filtering');
    const on = await page.$$eval('.on[tabindex="0"]', (els) => els.map((e) => e.closest('article')!.id));
    expect(new Set(on)).toEqual(new Set(['cg-d1', 'cg-d2']));
    expect(violations).toEqual([]);
    const axe = await runAxe(page);
    expect(axe.found.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });

  it('takes a screenshot', async () => {
    const { page } = await open(renderHtml(fixture, graph), 'shot.html');
    await page.hover('.quote-direct[tabindex="0"]');
    const file = join(dir, 'view.png');
    await page.screenshot({ path: file as `${string}.png` });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    console.info(`test/browser: screenshot at ${file}`);
    await page.close();
  });
});
