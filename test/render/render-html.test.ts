import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract-graph.js';
import { renderCorpusHtml, renderHtml } from '../../src/render/index.js';
import { formatClaimValue } from '../../src/render/annotate-article.js';
import { cspHash } from '../../src/render/csp.js';

const fixture = readFileSync('fixtures/it/kursk-north-korea.txt', 'utf8');
const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** The article element's markup, and its text with every tag removed. */
function articleOf(page: string, index = 0) {
  const parts = page.split('<div class="article"').slice(1);
  const part = parts[index]!;
  // The article element ends where the diagnostics or the document element follow it.
  const ends = ['</div><details', '</div></article>'].map((e) => part.indexOf(e)).filter((i) => i >= 0);
  const inner = part.slice(part.indexOf('>') + 1, Math.min(...ends));
  return { html: inner, text: unescape(inner.replace(/<[^>]*>/g, '')) };
}
const inlineContent = (page: string, tag: "style" | "script") => [...page.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]!);

describe('renderHtml', () => {
  const graph = extractGraph(fixture);
  const page = renderHtml(fixture, graph);

  it('keeps the article text exactly: the page text of the article is the input, offsets and all', () => {
    expect(articleOf(page).text).toBe(fixture);
  });

  it('wraps every quote and claim in fragments that cover its offsets and text', () => {
    const { html } = articleOf(page);
    for (const node of [...graph.quotes, ...graph.claims]) {
      const id = node.id.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      const fragments = [...html.matchAll(/data-id="([^"]*)" data-start="(\d+)" data-end="(\d+)"/g)]
        .filter((m) => unescape(m[1]!) === node.id && html.slice(0, m.index).lastIndexOf('<') >= 0)
        .map((m) => [Number(m[2]), Number(m[3])] as const);
      expect(fragments.length, `${id} is highlighted`).toBeGreaterThan(0);
      expect(Math.min(...fragments.map((f) => f[0]))).toBe(node.start);
      expect(Math.max(...fragments.map((f) => f[1]))).toBe(node.end);
      expect(fragments.map((f) => fixture.slice(f[0], f[1])).join('')).toBe(fixture.slice(node.start, node.end));
    }
  });

  it('names its one style and one script by their SHA-256 in a CSP meta element that forbids everything else', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    expect(csp).toBeDefined();
    const [style] = inlineContent(page, 'style');
    const scripts = inlineContent(page, 'script');
    const executable = scripts[scripts.length - 1]!;
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${sha(style!)}`);
    expect(csp).toContain(`script-src ${sha(executable)}`);
    expect(page).not.toMatch(/\sstyle="/); // inline style attributes would need 'unsafe-hashes'
    expect(page).not.toMatch(/\s(src|href)="(https?:)?\/\//); // nothing fetched
  });

  it('hashes like node:crypto on text of every UTF-8 length', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'è😀', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(1000)]) {
      expect(cspHash(s)).toBe(`'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
    }
  });

  it('uses a caller-given nonce instead of hashes, and refuses one that could break the attribute', () => {
    const withNonce = renderHtml(fixture, graph, { nonce: 'rAnd0mN0nce+/==' });
    expect(withNonce).toContain("script-src 'nonce-rAnd0mN0nce+/=='");
    expect(inlineContent(withNonce, 'script')).toHaveLength(2);
    expect(withNonce).toContain('<script nonce="rAnd0mN0nce+/==">');
    expect(() => renderHtml(fixture, graph, { nonce: '"><script>' })).toThrow(/nonce/);
  });

  it('shows a hostile article as text: no element, attribute or script comes from it', () => {
    const hostile = 'Il portavoce ha detto: “</script><script>window.pwned=1</script> e </textarea></style><img src=x onerror="window.pwned=1">”.\n<!-- --> & <b>fine</b>';
    const html = renderHtml(hostile, extractGraph(hostile));
    expect(inlineContent(html, 'script')).toHaveLength(2);
    expect(html).not.toMatch(/<img|<b>|<\/textarea>|<!-- -->/);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(articleOf(html).text).toBe(hostile);
  });

  it('puts a diagnostic in the details of the quote it concerns, and lists every diagnostic under the article', () => {
    // A made-up article whose opening mark is never closed: the extractor warns, on the mark.
    const text = 'Il ministro Carlo Neri ha detto: “Non ci saranno tagli alla scuola, ha poi aggiunto il ministro.\nFine.';
    const g = extractGraph(text);
    const warning = g.diagnostics.find((d) => d.code === 'quote/unclosed')!;
    expect(warning).toBeDefined();
    const html = renderHtml(text, g);
    const packed = JSON.parse(/<script type="application\/json" id="cg-data">([^<]*)<\/script>/.exec(html)![1]!) as { s: string[]; n: number[][] };
    const quote = g.quotes.find((q) => q.marks && q.marks.start <= warning.start && warning.start < q.marks.end)!;
    const n = Number(new RegExp(`data-n="(\\d+)" data-id="${quote.id}"`).exec(html)![1]);
    const shown = packed.n[n]!.map((i) => packed.s[i]);
    expect(shown).toContain('Warning');
    expect(shown.some((v) => v!.startsWith('quote/unclosed'))).toBe(true);
    expect(html).toContain(`<code>quote/unclosed</code> at ${warning.start}–${warning.end}`);
  });

  it('refuses a graph that was not extracted from this text', () => {
    expect(() => renderHtml(`${fixture} more`, graph)).toThrow(/UTF-16 units/);
  });

  it.each([
    [{ value: 8000, upper: 8000, approximate: false, unit: null }, '≤8000'],
    [{ value: 200, lower: 200, approximate: false, unit: 'km2' }, '≥200 km2'],
    [{ value: 15, lower: 10, upper: 20, approximate: false, unit: '%' }, '10–20 %'],
    [{ value: 3, approximate: true, unit: 'EUR' }, '≈3 EUR'],
  ])('labels a claim %j as %s', (claim, label) => {
    expect(formatClaimValue(claim)).toBe(label);
  });
});

describe('renderCorpusHtml', () => {
  // Two made-up articles naming one minister; the corpus actor says they are the same person.
  const first = 'Il ministro Mario Bianchi ha detto: “Il bilancio crescerà del 3 per cento quest’anno”.\nLa sindaca Anna Verdi ha risposto che la città non ha ricevuto nulla.';
  const second = 'Secondo Mario Bianchi, i prestiti sono saliti a 40 milioni di euro.';
  const graphs = [extractGraph(first), extractGraph(second)];
  const idOf = (i: number, name: string) => graphs[i]!.actors.find((a) => a.name === name)!.id;
  const corpus = {
    actors: [
      { id: 'bianchi', type: 'person', name: 'Mario Bianchi', aliases: [], titles: ['ministro'], members: [{ documentId: graphs[0]!.document.id, actorId: idOf(0, 'Mario Bianchi') }, { documentId: graphs[1]!.document.id, actorId: idOf(1, 'Mario Bianchi') }] },
    ],
    quotes: [], claims: [], attributions: [],
    documents: [{ text: first, graph: graphs[0]! }, { text: second, graph: graphs[1]!, title: 'Prestiti' }],
  };
  const page = renderCorpusHtml(corpus);

  it('keeps each article text exactly', () => {
    expect(articleOf(page, 0).text).toBe(first);
    expect(articleOf(page, 1).text).toBe(second);
  });

  it('gives a corpus actor one key and badge in every article, and links it to its quotes in each', () => {
    const marks = [...page.matchAll(/<mark [^>]*data-speaker="bianchi"[^>]*>/g)].map((m) => m[0]);
    expect(marks.length).toBeGreaterThanOrEqual(2);
    const badges = new Set(marks.map((m) => /data-badge="(\d+)"/.exec(m)?.[1]).filter(Boolean));
    expect(badges.size).toBe(1);
    const entry = /<li><span class="badge[^"]*"[^>]*>\d+<\/span> <strong>Mario Bianchi<\/strong>[\s\S]*?<\/ul><\/li>/.exec(page)![0];
    const targets = [...entry.matchAll(/href="#(cg-d\d-n\d+)"/g)].map((m) => m[1]!);
    expect(new Set(targets.map((t) => t.slice(0, 5)))).toEqual(new Set(['cg-d1', 'cg-d2']));
    for (const t of targets) expect(page).toContain(`id="${t}"`);
  });

  it('lists an article actor no corpus actor names on its own', () => {
    expect(page).toMatch(/<span class="name">Anna Verdi<\/span>/);
    expect(page).toMatch(/data-speaker="1\/[^"]+"/);
  });
});
