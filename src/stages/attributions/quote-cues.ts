import type { Article, CueMatch, QuoteSpan } from '../../pipeline/article.js';
import { tokenAt } from '../../pipeline/token-at.js';
import { countBefore } from '../../text/count-before.js';

const JOINERS = new Set([',', '-', '–', '—']);
const COLON_REACH = 10;

/** The cue right after a quote's closing mark: "«...», ha detto X", "«...» - ha aggiunto - «...»". */
export function cueAfterQuote(article: Article, quote: QuoteSpan, cueAt: ReadonlyMap<number, number>): number | undefined {
  const tokens = article.tokens!;
  let j = tokenAt(tokens, quote.marks.end);
  while (j < tokens.length && JOINERS.has(tokens[j]!.text)) j++;
  return cueAt.get(j);
}

/**
 * Whether a cue follows a quote, so its subject comes after it ("», ha detto X"): a closing mark
 * before it, or an unclosed quote that was ended at this cue's comma.
 */
export function followsQuote(article: Article, cue: CueMatch): boolean {
  const tokens = article.tokens!;
  let k = cue.firstToken - 1;
  while (k >= 0 && JOINERS.has(tokens[k]!.text)) k--;
  if (k < 0) return false;
  if (/^[»”"]$/u.test(tokens[k]!.text) || (tokens[k]!.text === "'" && tokens[k - 1]?.text === "'")) return true;
  const comma = tokens[k + 1];
  return comma !== undefined && unclosedEnds(article).has(comma.start);
}

/** The quote a cue follows ("«...», ha detto"), found by binary search over the quotes' ends. */
export function quoteBefore(article: Article, cue: CueMatch): QuoteSpan | undefined {
  const quotes = article.quoteSpans!;
  const quote = quotes[countBefore(quotes, (q) => q.marks.end <= cue.start) - 1];
  return quote && article.text.slice(quote.marks.end, cue.start).trim().length <= 2 ? quote : undefined;
}

const unclosedEndsCache = new WeakMap<object, Set<number>>();
function unclosedEnds(article: Article): Set<number> {
  const quotes = article.quoteSpans!;
  let ends = unclosedEndsCache.get(quotes);
  if (!ends) {
    ends = new Set(quotes.filter((q) => !q.closed).map((q) => q.marks.end));
    unclosedEndsCache.set(quotes, ends);
  }
  return ends;
}

/** The cue before a quote: "X ha detto: «...»", "ha detto «...»", "ha detto che “...”"; or the name in "X: «...»". */
export function cueBeforeQuote(article: Article, quote: QuoteSpan, cueEndingAt: ReadonlyMap<number, number>): { cue?: number; nameToken?: number } {
  const tokens = article.tokens!;
  const open = tokenAt(tokens, quote.marks.start);
  const before = tokens[open - 1];
  if (!before || before.sentence !== tokens[open]?.sentence && before.text !== ':') return {};
  // "X ha detto «...»", "si dice invece «...»": the quote is the object of the cue right before it
  let k = open - 1;
  while (k > 0 && article.pack.adverbs.has(tokens[k]!.lower) && tokens[k]!.sentence === before.sentence) k--;
  const object = cueEndingAt.get(k + 1);
  if (object !== undefined && tokens[k]!.sentence === tokens[open]?.sentence) return { cue: object };
  if (before.lower === 'che') {
    const cue = cueEndingAt.get(open - 1);
    return cue !== undefined ? { cue } : {};
  }
  if (before.text !== ':') return {};
  // "ha spiegato ieri a un settimanale: «...»": the cue may stand a few words before the colon
  for (let end = open - 1; end > open - 1 - COLON_REACH && end > 0 && tokens[end - 1]!.sentence === before.sentence; end--) {
    const cue = cueEndingAt.get(end);
    if (cue !== undefined) return { cue };
  }
  return { nameToken: open - 1 };
}
