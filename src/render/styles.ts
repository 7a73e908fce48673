import { DARK, LIGHT, type HighlightColours, type SchemeColours } from './palette.js';

const highlightVariables = (selector: string, h: HighlightColours) => `${selector}{--tint:${h.tint};--accent:${h.accent}}`;

function schemeVariables(c: SchemeColours): string {
  const speakers = c.speakers.map((s, i) => highlightVariables(`.sp${i}`, s)).join('');
  return `:root{--page:${c.page};--text:${c.text};--muted:${c.muted};--panel:${c.panel};--focus:${c.focus};--claim:${c.claim};--warning:${c.warning};--badge-text:${c.badgeText}}`
    + speakers + highlightVariables('.spx', c.unknown);
}

/**
 * The page's whole stylesheet, the same for every page (so its CSP hash is computed once).
 * Speaker colours are classes `.sp0`…`.sp7` and `.spx` (no speaker) setting `--tint` and
 * `--accent`; quote kinds differ by border style as well as by label, cues by an underline,
 * claims by a frame and the value label after them.
 */
export const PAGE_CSS = [
  `:root{color-scheme:light dark}`,
  schemeVariables(LIGHT),
  `@media (prefers-color-scheme:dark){${schemeVariables(DARK)}}`,
  `*{box-sizing:border-box}`,
  `body{margin:0;background:var(--page);color:var(--text);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}`,
  `header,footer{padding:.75rem 1.25rem}`,
  `header h1{font-size:1.25rem;margin:0}`,
  `header p,footer p{margin:.25rem 0;color:var(--muted);font-size:.9rem}`,
  `.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--page);padding:.25rem .5rem}`,
  `.layout{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:1.5rem;padding:0 1.25rem 1.25rem;align-items:start}`,
  `@media (max-width:900px){.layout{grid-template-columns:1fr}}`,
  `.article{white-space:pre-wrap;overflow-wrap:break-word;max-width:48rem;font-size:1.05rem;line-height:1.9}`,
  // Lines off screen are not laid out until scrolled to: a long article opens as fast as a short one.
  `.line{content-visibility:auto;contain-intrinsic-size:auto 3.8em}`,
  `.doc{margin-bottom:2.5rem}.doc h2{font-size:1.1rem;margin:1.5rem 0 .5rem}`,
  `aside{position:sticky;top:0;max-height:100vh;overflow:auto;display:flex;flex-direction:column;gap:1rem;padding:.5rem 0}`,
  `aside section{background:var(--panel);border-radius:.5rem;padding:.75rem}`,
  `aside h2{font-size:1rem;margin:0 0 .5rem}`,
  `.actors{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.25rem}`,
  `.actors button{display:flex;flex-wrap:wrap;gap:.25rem .5rem;align-items:baseline;width:100%;text-align:left;font:inherit;color:var(--text);background:transparent;border:2px solid transparent;border-radius:.4rem;padding:.25rem .4rem;cursor:pointer}`,
  `.actors button:hover{border-color:var(--accent)}`,
  `.actors button[aria-pressed=true]{border-color:var(--accent);background:var(--tint)}`,
  `.actors .name{font-weight:600}.actors .meta{color:var(--muted);font-size:.85rem;width:100%}`,
  `.actors button[aria-pressed=true] .meta{color:var(--text)}`,
  `.badge{display:inline-block;min-width:1.6em;text-align:center;border-radius:.8em;background:var(--accent);color:var(--badge-text);font-size:.8rem;font-weight:700;padding:0 .35em}`,
  `.hint{color:var(--muted);font-size:.85rem;margin:.25rem 0 0}`,
  `#cg-details dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.5rem 0 0;font-size:.9rem}`,
  `#cg-details dt{font-weight:600}#cg-details dd{margin:0;overflow-wrap:anywhere}`,
  `#cg-details h3{font-size:.95rem;margin:0}`,
  // Highlights. Padding and borders sit on the box, never in the text, so offsets stay exact.
  `.quote{background:var(--tint);color:var(--text);border-bottom:3px solid var(--accent);padding:.1em 0;border-radius:.15em}`,
  `.quote-partial{border-bottom-style:dashed}.quote-indirect{border-bottom-style:dotted}.quote-title{border-bottom-width:1px}`,
  `.quote[data-badge]::before{content:attr(data-badge);display:inline-block;min-width:1.4em;margin-right:.2em;text-align:center;border-radius:.7em;background:var(--accent);color:var(--badge-text);font-size:.7em;font-weight:700;line-height:1.5;vertical-align:.15em}`,
  `.claim{border:2px solid var(--claim);border-radius:.25em;padding:0 .1em}`,
  `.claim.cont{border-left:0}.claim.open-end{border-right:0}`,
  `.claim[data-value]::after{content:"= " attr(data-value);margin-left:.3em;font-size:.72em;font-weight:700;color:var(--claim);vertical-align:.2em}`,
  `.cue{text-decoration:underline 2.5px var(--accent);text-underline-offset:.25em;text-decoration-skip-ink:none}`,
  `.quote:focus-visible,.claim:focus-visible,.actors button:focus-visible,a:focus-visible,.skip:focus-visible{outline:3px solid var(--focus);outline-offset:2px}`,
  `.quote.active,.claim.active{outline:2px dashed var(--focus);outline-offset:1px}`,
  // Filtering by actor: the others' highlights fall back to plain text, the chosen actor's stay.
  `.filtering .quote:not(.on),.filtering .cue:not(.on){background:transparent;border-bottom-color:transparent;text-decoration-color:transparent}`,
  `.filtering .quote:not(.on)[data-badge]::before{opacity:.35}`,
  `.filtering .claim:not(.on){border-color:transparent}`,
  `.filtering .on.quote{box-shadow:0 0 0 2px var(--accent)}`,
  `.diagnostics{font-size:.9rem;color:var(--muted)}.diagnostics li{margin:.2rem 0}`,
  `.warning{color:var(--warning);font-weight:600}`,
  `.corpus-actors li{margin:.4rem 0}.corpus-actors ul{margin:.2rem 0 .2rem 1rem;padding:0}`,
  `a{color:var(--focus)}`,
  `@media print{`
    + `:root{--page:#fff;--text:#000}`
    + `body{font-size:11pt}aside{position:static;max-height:none;overflow:visible}`
    + `.layout{display:block}.details,.hint,.skip{display:none}`
    + `.quote,.claim,.badge,.actors button,.quote::before{-webkit-print-color-adjust:exact;print-color-adjust:exact}`
    + `.article{max-width:none}.line{content-visibility:visible}`
    + `}`,
].join('\n');
