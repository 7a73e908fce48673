import { ClaimgraphError } from '../errors.js';
import { contentSecurityPolicy } from './csp.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { PAGE_SCRIPT } from './page-script.js';
import type { HighlightDetails } from './render-article.js';
import { PAGE_CSS } from './styles.js';

/** Options every page takes. */
export interface PageOptions {
  /** The page title; by default the first line of the (first) article. */
  readonly title?: string;
  /**
   * A CSP nonce (base64) to allow the page's style and script by, instead of their hashes: for a
   * server that sends its own `Content-Security-Policy` header with that nonce.
   */
  readonly nonce?: string;
}

/**
 * The highlight details as the page script reads them: every distinct string once in `s`, and per
 * highlight a list of indexes into it, title first, then label and value in turn. Rows repeat
 * (speaker names, rules, cues): a long article's details shrink several times.
 */
export function packDetails(details: readonly HighlightDetails[]): { s: string[]; n: number[][] } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (value: string) => {
    let i = index.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      index.set(value, i);
    }
    return i;
  };
  const nodes = details.map((d) => {
    const list = [at(d.title)];
    for (const [label, value] of d.rows) list.push(at(label), at(value));
    return list;
  });
  return { s: strings, n: nodes };
}

let hashedPolicy: string | null = null;

/** The policy naming the page's style and script by hash: the same for every page, computed once. */
function pagePolicy(nonce: string | undefined): string {
  if (nonce !== undefined) return contentSecurityPolicy(PAGE_CSS, PAGE_SCRIPT, nonce);
  hashedPolicy ??= contentSecurityPolicy(PAGE_CSS, PAGE_SCRIPT);
  return hashedPolicy;
}

/** One line of an actor panel: a button that filters the highlights down to this actor's. */
export interface ActorLine {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly colour: number;
  readonly badge: number;
  readonly quotes: number;
  readonly claims: number;
  /** Extra line under the counts (a corpus page's 'in 3 articles'). */
  readonly note?: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function renderActorPanel(actors: readonly ActorLine[]): string {
  const items = actors.map((a) => {
    const said = `${plural(a.quotes, 'quote', 'quotes')} · ${plural(a.claims, 'claim', 'claims')}${a.note ? ` · ${a.note}` : ''}`;
    return `<li><button type="button" class="sp${a.colour}" data-actor="${escapeHtml(a.key)}" aria-pressed="false">`
      + `<span class="badge" aria-hidden="true">${a.badge}</span><span class="name">${escapeHtml(a.name)}</span>`
      + `<span class="meta">${escapeHtml(a.type)} · ${said}</span></button></li>`;
  });
  return `<section aria-labelledby="cg-actors-title"><h2 id="cg-actors-title">Actors</h2>`
    + `<p class="hint">Choose an actor to show only their quotes and claims; choose again or press Escape to show all.</p>`
    + `<ul class="actors">${items.join('')}</ul><p class="hint" id="cg-filter-status" role="status"></p></section>`;
}

export function checkNonce(nonce: string | undefined): void {
  if (nonce !== undefined && !/^[A-Za-z0-9+/_-]{8,}={0,2}$/.test(nonce)) {
    throw new ClaimgraphError('INVALID_OPTIONS', 'nonce must be base64 text of at least 8 characters');
  }
}

/**
 * A whole page: its labels in English (`lang="en"`; each article carries its own language), its CSP meta element first in `<head>`, the one stylesheet, the main content and
 * side panel, the highlight details as escaped JSON, and the one script.
 */
export function renderPage(parts: { title: string; titleLang: string | null; main: string; aside: string; details: readonly HighlightDetails[]; nonce?: string; subtitle: string }): string {
  checkNonce(parts.nonce);
  // The policy and the nonce hold only base64 and CSP keywords (the nonce is checked above): no
  // character that needs escaping in a double-quoted attribute.
  const nonceAttribute = parts.nonce === undefined ? '' : ` nonce="${parts.nonce}"`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${pagePolicy(parts.nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimgraph">
<title>${escapeHtml(parts.title)}</title>
<style${nonceAttribute}>${PAGE_CSS}</style>
</head>
<body>
<a class="skip" href="#cg-main">Skip to the article</a>
<header><h1${parts.titleLang ? ` lang="${escapeHtml(parts.titleLang)}"` : ''}>${escapeHtml(parts.title)}</h1><p>${escapeHtml(parts.subtitle)}</p></header>
<div class="layout">
<main id="cg-main" tabindex="-1">${parts.main}</main>
<aside aria-label="Actors and details">
<section class="details" aria-labelledby="cg-details-title"><h2 id="cg-details-title">Details</h2><div id="cg-details" aria-live="polite"><p class="hint">Hover over or tab to a highlighted quote or claim to see its speaker, cue, rule and diagnostics.</p></div></section>
${parts.aside}
</aside>
</div>
<footer><p>Made by claimgraph. Quotes: solid underline direct, dashed partial, dotted indirect; the number is the speaker's, ? when none was found. Claims are framed, with their value after them; cues are underlined.</p></footer>
<script type="application/json" id="cg-data">${jsonForScript(packDetails(parts.details))}</script>
<script${nonceAttribute}>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
