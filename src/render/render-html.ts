import { ClaimgraphError } from '../errors.js';
import type { ArticleGraph } from '../schema/graph-schema.js';
import { annotateArticle, countContributions, type SpeakerRef } from './annotate-article.js';
import { escapeHtml } from './escape.js';
import { PALETTE_SIZE } from './palette.js';
import { renderActorPanel, renderPage, type ActorLine, type PageOptions } from './page-shell.js';
import { renderArticleText, type HighlightDetails } from './render-article.js';

/**
 * Options of `renderHtml` and `renderCorpusHtml`: the page title, and a CSP nonce for a server that sends its own policy.
 * @example
 * renderHtml(text, graph, { title: 'Lavrov on the talks', nonce: 'cmFuZG9tLW5vbmNl' });
 */
export type RenderOptions = PageOptions;

/** The first non-blank line of a text, cut short: a page title when none is given. */
export function firstLine(text: string, max = 90): string {
  const line = /\S[^\n]*/.exec(text)?.[0]?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function checkText(text: unknown, graph: ArticleGraph, what = 'text'): asserts text is string {
  if (typeof text !== 'string') throw new ClaimgraphError('INVALID_TEXT', `${what} must be the article's text, a string`);
  if (!graph || typeof graph !== 'object' || !graph.document) throw new ClaimgraphError('INVALID_OPTIONS', `the graph of ${what} is not an ArticleGraph`);
  if (graph.document.length !== text.length) {
    throw new ClaimgraphError('INVALID_TEXT', `${what} has ${text.length} UTF-16 units but its graph was extracted from ${graph.document.length}: give the very text the graph came from`);
  }
}

/** The diagnostics of a graph as a list under the article, each with the text it points at. */
export function renderDiagnostics(text: string, graph: ArticleGraph): string {
  if (graph.diagnostics.length === 0) return '';
  const items = graph.diagnostics.map((d) => {
    const at = text.slice(d.start, Math.min(d.end, d.start + 80));
    return `<li><span class="${d.severity === 'warning' ? 'warning' : ''}">${d.severity}</span> <code>${escapeHtml(d.code)}</code> at ${d.start}–${d.end}${at ? ` (“${escapeHtml(at)}”)` : ''}: ${escapeHtml(d.message)}</li>`;
  });
  return `<details class="diagnostics"><summary>${graph.diagnostics.length} diagnostic${graph.diagnostics.length === 1 ? '' : 's'}</summary><ul>${items.join('')}</ul></details>`;
}

/**
 * The actors of one graph in panel order, with badge numbers and colours: those who said or
 * claimed something first (most first), then by mentions; ties keep the graph's order.
 */
export function rankActors(graph: ArticleGraph): ActorLine[] {
  const counts = countContributions(graph);
  const lines = graph.actors.map((a, i) => {
    const c = counts.get(a.id) ?? { quotes: 0, claims: 0 };
    return { a, i, quotes: c.quotes, claims: c.claims };
  });
  lines.sort((x, y) => y.quotes + y.claims - (x.quotes + x.claims) || y.a.mentions.length - x.a.mentions.length || x.i - y.i);
  return lines.map((l, rank) => ({ key: l.a.id, name: l.a.name, type: l.a.type, colour: rank % PALETTE_SIZE, badge: rank + 1, quotes: l.quotes, claims: l.claims }));
}

/**
 * One self-contained HTML page showing an article with its graph: quotes highlighted in a colour
 * and with a number per speaker, claims framed with their value, bounds and unit, cues
 * underlined, and for each quote or claim (on hover or keyboard focus) its speaker, cue, rule and
 * diagnostics; beside it the actors, each a filter. No network, no external asset: inline CSS
 * and one small inline script, allowed by a Content-Security-Policy meta element that names them
 * by SHA-256 hash (or by `options.nonce`). Every character of the article is HTML-escaped.
 * @example
 * const graph = extractGraph(text);
 * writeFileSync('page.html', renderHtml(text, graph));
 */
export function renderHtml(text: string, graph: ArticleGraph, options: RenderOptions = {}): string {
  checkText(text, graph);
  const actors = rankActors(graph);
  const byId = new Map<string, SpeakerRef>(actors.map((a) => [a.key, a]));
  const details: HighlightDetails[] = [];
  const highlights = annotateArticle(graph, (id) => byId.get(id) ?? null);
  const body = renderArticleText(text, highlights, 'cg-n', details);
  const main = `<article class="doc" lang="${escapeHtml(graph.document.language)}"><div class="article" data-length="${text.length}">${body}</div>${renderDiagnostics(text, graph)}</article>`;
  const subtitle = `${graph.quotes.length} quotes, ${graph.claims.length} claims, ${graph.actors.length} actors · language ${graph.document.language}`;
  return renderPage({ title: options.title ?? (firstLine(text) || 'Article'), titleLang: options.title === undefined ? graph.document.language : null, main, aside: renderActorPanel(actors), details, nonce: options.nonce, subtitle });
}
