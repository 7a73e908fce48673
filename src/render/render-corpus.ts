import type { ArticleGraph } from '../schema/graph-schema.js';
import { annotateArticle, countContributions, type SpeakerRef } from './annotate-article.js';
import { escapeHtml } from './escape.js';
import { PALETTE_SIZE } from './palette.js';
import { renderActorPanel, renderPage, type ActorLine, type PageOptions } from './page-shell.js';
import { renderArticleText, type HighlightDetails } from './render-article.js';
import { checkText, firstLine, renderDiagnostics } from './render-html.js';

/**
 * An actor of a merged corpus, as `mergeGraphs` gives it: the same person or body across
 * articles, with the per-article actors it stands for. Only these fields are read.
 * @example
 * const actors: CorpusActorLike[] = mergeGraphs(items).actors; // a CorpusActor is one
 */
export interface CorpusActorLike {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly members: readonly { readonly documentId: string; readonly actorId: string }[];
}

/**
 * One article of a corpus page: its text and the graph extracted from it.
 * @example
 * const page: CorpusPageDocument = { id: 'a', text, graph: extractGraph(text), title: 'Lavrov on the talks' };
 */
export interface CorpusPageDocument {
  readonly text: string;
  readonly graph: ArticleGraph;
  /** Shown as the article's heading; by default its first line. */
  readonly title?: string;
  /** The id the corpus actors' members name; by default `graph.document.id`. */
  readonly id?: string;
}

/**
 * What a corpus page needs: the merged actors and each article's text and graph.
 * @example
 * const input: CorpusPageInput = {
 *   actors: mergeGraphs(articles.map((a) => ({ id: a.id, graph: a.graph }))).actors,
 *   documents: articles, // [{ id, text, graph }, ...]
 * };
 */
export interface CorpusPageInput {
  readonly actors: readonly CorpusActorLike[];
  readonly documents: readonly CorpusPageDocument[];
}

interface CorpusLine extends ActorLine {
  /** Per document index, the actor ids of that article this corpus actor stands for. */
  readonly members: Map<number, Set<string>>;
}

/**
 * One self-contained page for a merged corpus: the actors across articles, each linked to its
 * quotes and claims in each article, then every article annotated as `renderHtml` does, with a
 * speaker's colour and number the same in every article. An article actor that no corpus actor
 * names is listed on its own. Same safety as `renderHtml`: escaped text, strict CSP.
 * @example
 * const articles = texts.map((text, i) => ({ id: `a${i + 1}`, text, graph: extractGraph(text) }));
 * const { actors } = mergeGraphs(articles);
 * writeFileSync('corpus.html', renderCorpusHtml({ actors, documents: articles }));
 */
export function renderCorpusHtml(corpus: CorpusPageInput, options: PageOptions = {}): string {
  const documents = corpus.documents;
  documents.forEach((d, i) => checkText(d.text, d.graph, `document ${i + 1}`));
  const documentIndex = new Map<string, number>();
  documents.forEach((d, i) => { if (!documentIndex.has(d.id ?? d.graph.document.id)) documentIndex.set(d.id ?? d.graph.document.id, i); });

  // Corpus actors with their members resolved to documents, then any article actor left over.
  const drafts: { key: string; name: string; type: string; members: Map<number, Set<string>> }[] = [];
  const claimed = new Set<string>();
  for (const actor of corpus.actors) {
    const members = new Map<number, Set<string>>();
    for (const m of actor.members) {
      const i = documentIndex.get(m.documentId);
      if (i === undefined) continue;
      let set = members.get(i);
      if (!set) members.set(i, (set = new Set()));
      set.add(m.actorId);
      claimed.add(`${i}\u0000${m.actorId}`);
    }
    if (members.size > 0) drafts.push({ key: actor.id, name: actor.name, type: actor.type, members });
  }
  documents.forEach((d, i) => {
    for (const a of d.graph.actors) {
      if (!claimed.has(`${i}\u0000${a.id}`)) drafts.push({ key: `${i + 1}/${a.id}`, name: a.name, type: a.type, members: new Map([[i, new Set([a.id])]]) });
    }
  });
  const counts = documents.map((d) => countContributions(d.graph));
  const ranked = drafts.map((draft, order) => {
    let quotes = 0;
    let claims = 0;
    for (const [i, ids] of draft.members) for (const id of ids) { const c = counts[i]!.get(id); quotes += c?.quotes ?? 0; claims += c?.claims ?? 0; }
    return { draft, order, quotes, claims };
  });
  ranked.sort((x, y) => y.quotes + y.claims - (x.quotes + x.claims) || y.draft.members.size - x.draft.members.size || x.order - y.order);
  const lines: CorpusLine[] = ranked.map((r, rank) => ({
    key: r.draft.key, name: r.draft.name, type: r.draft.type, colour: rank % PALETTE_SIZE, badge: rank + 1,
    quotes: r.quotes, claims: r.claims, members: r.draft.members,
    note: `${r.draft.members.size} article${r.draft.members.size === 1 ? '' : 's'}`,
  }));
  const speakerByDocument = documents.map(() => new Map<string, SpeakerRef>());
  for (const line of lines) for (const [i, ids] of line.members) for (const id of ids) speakerByDocument[i]!.set(id, line);

  const details: HighlightDetails[] = [];
  const titles = documents.map((d, i) => d.title ?? (firstLine(d.text, 80) || `Article ${i + 1}`));
  // Per speaker key, per document, the links to that speaker's quotes and claims there.
  const links = new Map<string, Map<number, string[]>>();
  const articles = documents.map((d, i) => {
    const highlights = annotateArticle(d.graph, (id) => speakerByDocument[i]!.get(id) ?? null);
    const base = details.length;
    const prefix = `cg-d${i + 1}-n`;
    const body = renderArticleText(d.text, highlights, prefix, details);
    highlights.forEach((h, k) => {
      if (!h.speaker || h.kind === 'cue') return;
      let perDoc = links.get(h.speaker.key);
      if (!perDoc) links.set(h.speaker.key, (perDoc = new Map()));
      let list = perDoc.get(i);
      if (!list) perDoc.set(i, (list = []));
      const snippet = d.text.slice(h.start, h.end);
      const label = h.kind === 'claim' ? `claim ${h.label}` : `“${snippet.length > 60 ? `${snippet.slice(0, 59)}…` : snippet}”`;
      list.push(`<a href="#${prefix}${base + k}">${escapeHtml(label)}</a>`);
    });
    return `<article class="doc" lang="${escapeHtml(d.graph.document.language)}" id="cg-d${i + 1}" aria-labelledby="cg-d${i + 1}-title"><h2 id="cg-d${i + 1}-title">${i + 1}. ${escapeHtml(titles[i]!)}</h2>`
      + `<div class="article" data-length="${d.text.length}">${body}</div>${renderDiagnostics(d.text, d.graph)}</article>`;
  });

  const index = lines.filter((l) => links.has(l.key)).map((l) => {
    const perDoc = [...links.get(l.key)!].sort((a, b) => a[0] - b[0]).map(([i, list]) => `<li lang="${escapeHtml(documents[i]!.graph.document.language)}"><a href="#cg-d${i + 1}">${i + 1}. ${escapeHtml(titles[i]!)}</a>: ${list.join(', ')}</li>`);
    return `<li><span class="badge sp${l.colour}" aria-hidden="true">${l.badge}</span> <strong>${escapeHtml(l.name)}</strong> (${escapeHtml(l.type)})<ul>${perDoc.join('')}</ul></li>`;
  });
  const main = `<section class="doc" aria-labelledby="cg-index-title"><h2 id="cg-index-title">Who said what, across the articles</h2><ul class="corpus-actors">${index.join('')}</ul></section>${articles.join('')}`;
  const subtitle = `${documents.length} articles, ${lines.length} actors · ${documents.reduce((n, d) => n + d.graph.quotes.length, 0)} quotes, ${documents.reduce((n, d) => n + d.graph.claims.length, 0)} claims`;
  return renderPage({ title: options.title ?? 'Corpus', titleLang: null, main, aside: renderActorPanel(lines), details, nonce: options.nonce, subtitle });
}
