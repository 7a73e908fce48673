import type { Highlight } from './annotate-article.js';
import { escapeHtml } from './escape.js';
import { layoutSpans, type LayoutSpan } from './layout-spans.js';

/** What the page script shows for one highlight: a title and label/value rows. */
export interface HighlightDetails {
  readonly title: string;
  readonly rows: readonly (readonly [string, string])[];
}

const TAG: Record<Highlight['kind'], string> = { quote: 'mark', claim: 'span', cue: 'span' };

/**
 * The article's text as HTML, every character escaped, with each highlight as one element or,
 * where highlights cross, as several nested fragments. Every fragment carries the highlight's
 * node id, its own offsets (`data-start`, `data-end`) and its speaker; the first fragment of a
 * quote or claim is focusable, holds the element id `idPrefix + index` and the speaker's badge;
 * the last fragment of a claim holds its value label. The text content of the result is the
 * article text, unchanged: badges and labels are drawn by CSS from attributes.
 * `details` receives each highlight's panel content; `data-n` is its index there.
 *
 * Each line (with its newline) is a block of its own, outermost, so a highlight running over a
 * line break is split there: a browser then lays out and line-breaks one short block at a time
 * (and skips those off screen) instead of the whole article as one paragraph.
 */
export function renderArticleText(text: string, highlights: readonly Highlight[], idPrefix: string, details: HighlightDetails[]): string {
  const base = details.length;
  for (const h of highlights) details.push({ title: h.title, rows: h.rows });
  const spans: LayoutSpan[] = [...highlights];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    spans.push({ start, end, rank: -1 });
    start = end;
  }
  const out: string[] = [];
  for (const piece of layoutSpans(text.length, spans)) {
    if (piece.type === 'text') {
      out.push(escapeHtml(text.slice(piece.from, piece.to)));
      continue;
    }
    if (piece.span >= highlights.length) {
      out.push(piece.type === 'open' ? '<div class="line">' : '</div>');
      continue;
    }
    const h = highlights[piece.span]!;
    if (piece.type === 'close') {
      out.push(`</${TAG[h.kind]}>`);
      continue;
    }
    const n = base + piece.span;
    const classes = h.kind === 'quote' ? [h.kind, `quote-${h.variant}`] : [h.kind];
    classes.push(h.speaker ? `sp${h.speaker.colour}` : 'spx');
    if (!piece.first) classes.push('cont');
    if (!piece.last) classes.push('open-end');
    let attributes = ` class="${classes.join(' ')}" data-n="${n}" data-id="${escapeHtml(h.id)}" data-start="${piece.from}" data-end="${piece.to}"`;
    if (h.speaker) attributes += ` data-speaker="${escapeHtml(h.speaker.key)}"`;
    if (piece.first && h.kind !== 'cue') {
      attributes += ` id="${idPrefix}${n}" tabindex="0"`;
      // A quote with no speaker found says so with '?', not by its grey alone.
      if (h.speaker) attributes += ` data-badge="${h.speaker.badge}"`;
      else if (h.kind === 'quote') attributes += ' data-badge="?"';
    }
    if (piece.last && h.label !== null) attributes += ` data-value="${escapeHtml(h.label)}"`;
    out.push(`<${TAG[h.kind]}${attributes}>`);
  }
  return out.join('');
}
