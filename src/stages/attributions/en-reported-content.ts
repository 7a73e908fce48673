import type { Article, CueMatch, QuoteSpan, Token } from '../../pipeline/article.js';
import { countBefore } from '../../text/count-before.js';
import { matchPhrase } from '../../pipeline/match-phrase.js';
import type { Range } from '../../text/span.js';

/**
 * English reported content, by the grammar of English news:
 * - after the cue: "said (that) the plan would fail", "plans to run", "called for a ban",
 *   "told reporters that ..."; the clause runs on through verbs that are cues themselves ("said
 *   he wants to run"), since a report nested in another is part of its content;
 * - before it, when the cue closes the sentence or is inverted: "The bridge will stay closed,
 *   officials said." and "..., said Jane Doe, a spokeswoman for the city.";
 * - around it, when it interrupts the clause: "The plan, he said, would fail." (one content
 *   from the sentence's start to its end, as news annotation reads it).
 */
const FINAL = new Set(['.', '!', '?']);
const CLOSING_QUOTE = new Set(['”', '"', "'", '’']);
const OPENING_QUOTE = new Set(['“', '"', "'", '‘']);
const COMPLEMENTS = new Set(['that', 'whether', 'if']);
/** Words after a comma that open an adjunct outside the content: ", arguing that", ", according to", ", who". */
const ADJUNCT_OPENERS = new Set(['according', 'who', 'which', 'whose', 'as', 'citing', 'adding', 'noting', 'saying']);
/** Prepositions that introduce what a cue is about, right after it. */
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'on']);
const SUBJECT_REACH = 14;
const ADDRESSEE_REACH = 8;
const MIN_BEFORE = 3;

const isGerund = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.lower.length > 4 && t.lower.endsWith('ing');

/** One past the last content token of a clause that starts at `from`: the sentence's end or an adjunct after a comma. */
function clauseEnd(article: Article, from: number, endToken: number): number {
  const tokens = article.tokens!;
  for (let j = from; j < endToken; j++) {
    const t = tokens[j]!;
    if (t.text === ';') return j;
    if (t.text !== ',') continue;
    const next = tokens[j + 1];
    if (!next || j + 1 >= endToken) return j;
    if (ADJUNCT_OPENERS.has(next.lower) || isGerund(next) || matchPhrase(tokens, j + 1, article.pack.clauseOpeners) > 0) return j;
  }
  let end = endToken;
  while (end > from && FINAL.has(tokens[end - 1]!.text)) end--;
  return end;
}

/** The closed quote whose closing mark stands in the run of commas and marks from `from` to `to`. */
function quoteEndingIn(article: Article, from: number, to: number): QuoteSpan | undefined {
  const quotes = article.quoteSpans!;
  const quote = quotes[countBefore(quotes, (q) => q.marks.start < from) - 1];
  return quote && quote.closed && quote.marks.end > from && quote.marks.end <= to ? quote : undefined;
}

function rangeOf(article: Article, first: number, end: number): Range | null {
  const tokens = article.tokens!;
  if (end <= first) return null;
  // a closing date stays: news annotation reads "will reopen in June" as part of what was said
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end };
}

/** Content before a cue that closes its clause: "..., officials said." or "..., said Jane Doe, ...". */
function contentBefore(article: Article, cue: CueMatch): Range | null {
  const tokens = article.tokens!;
  const s = article.sentences![tokens[cue.verbToken]!.sentence]!;
  let comma = -1;
  for (let j = cue.firstToken - 1; j >= s.firstToken && j >= cue.firstToken - SUBJECT_REACH; j--) {
    const t = tokens[j]!;
    if (t.text === ',' || CLOSING_QUOTE.has(t.text)) { comma = j; break; }
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') return null;
    // a subject has no clause of its own in it: "X, who said that ..." is not "..., X said"
    if (COMPLEMENTS.has(t.lower) || article.pack.cueOf(t.lower)) return null;
  }
  if (comma < 0) return null;
  // the quote before the comma is the content, and the quote stage already has it
  let last = comma;
  while (last > s.firstToken && (tokens[last - 1]!.text === ',' || CLOSING_QUOTE.has(tokens[last - 1]!.text))) last--;
  // a quote closing right before the comma: the quote is the content when it opens the
  // sentence (the quote stage has it), else the sentence up to the quote's end is
  const quote = quoteEndingIn(article, tokens[last]!.start, tokens[comma]!.end);
  if (quote) return quote.marks.start <= tokens[s.firstToken]!.start + 2 ? null : rangeOf(article, s.firstToken, last);
  // "The plan, he said, would fail": the content runs across the cue to the sentence's end
  const after = tokens[cue.endToken];
  if (after?.text === ',' && cue.firstToken - 1 > comma && cue.endToken + 1 < s.endToken) {
    const next = tokens[cue.endToken + 1]!;
    if (!ADJUNCT_OPENERS.has(next.lower) && !isGerund(next) && matchPhrase(tokens, cue.endToken + 1, article.pack.clauseOpeners) === 0) {
      const end = clauseEnd(article, cue.endToken + 1, s.endToken);
      return rangeOf(article, s.firstToken, end);
    }
  }
  return last - s.firstToken < MIN_BEFORE ? null : rangeOf(article, s.firstToken, last);
}

/** Whether the cue ends its clause: nothing after it but the sentence's end, a comma, or an inverted subject. */
function closesClause(article: Article, cue: CueMatch): boolean {
  const tokens = article.tokens!;
  const s = article.sentences![tokens[cue.verbToken]!.sentence]!;
  const after = tokens[cue.endToken];
  if (cue.endToken >= s.endToken || !after || FINAL.has(after.text) || after.text === ',') return true;
  // "..., said Jane Doe, a spokeswoman.": an inverted cue, right after a comma or a closing quote
  const before = tokens[cue.firstToken - 1];
  if (!before || (before.text !== ',' && !CLOSING_QUOTE.has(before.text))) return false;
  // what follows is a subject with at most an aside, not a clause: "said the bridge was shut" is no inversion
  for (let j = cue.endToken; j < s.endToken && tokens[j]!.text !== ','; j++) {
    if (COMPLEMENTS.has(tokens[j]!.lower) || article.pack.auxiliaries.has(tokens[j]!.lower) || article.pack.cueOf(tokens[j]!.lower)) return false;
  }
  return after.capitalized || article.pack.determiners.has(after.lower);
}

/** Content after a cue: a that/to clause, an addressee then a clause, or a bare clause or object. */
function contentAfter(article: Article, cue: CueMatch): Range | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  const s = article.sentences![tokens[cue.verbToken]!.sentence]!;
  let j = cue.endToken;
  if (tokens[j]?.text === ':' ) j++;
  if (j >= s.endToken) return null;
  // "told reporters that", "said at a rally in Ohio that": a complement a few words on
  for (let k = j; k < s.endToken && k < j + ADDRESSEE_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '’' && t.text !== "'") break;
    if (COMPLEMENTS.has(t.lower) || (t.lower === 'to' && tokens[k + 1]?.kind === 'word' && !pack.determiners.has(tokens[k + 1]!.lower))) {
      if (k > j && !cue.takesObject && pack.prepositions.has(tokens[j]!.lower)) break;
      return rangeOf(article, k, clauseEnd(article, k + 1, s.endToken));
    }
    if (k > j && cue.takesObject) break;
  }
  if (!cue.takesObject || s.heading) return null;
  // "talked about the plan", "spoke of reform", "insisted on a recount": the object after its preposition
  if (TOPIC_PREPOSITIONS.has(tokens[j]!.lower) && j + 1 < s.endToken && tokens[j + 1]!.kind !== 'punct') j++;
  const first = tokens[j]!;
  // any other preposition opens a circumstance, not the object: "said in recent months", "said by phone"
  if (first.kind === 'punct' && !OPENING_QUOTE.has(first.text)) return null;
  if (pack.prepositions.has(first.lower) && !pack.objectPrepositions.has(first.lower)) return null;
  return rangeOf(article, j, clauseEnd(article, j, s.endToken));
}

/**
 * The content a cue reports, before or after it; null when it has none ("she said." alone).
 * @example
 * // "The bridge will stay closed until March, officials said." -> "The bridge will stay closed until March"
 * // "She said the plan would fail." -> "the plan would fail"
 */
export function englishReportedContent(article: Article, cue: CueMatch): Range | null {
  // "..., according to the police." (the content after "According to X," is found by the shared stage)
  if (cue.sense === 'according') return article.tokens![cue.firstToken - 1]?.text === ',' ? contentBefore(article, cue) : null;
  // what follows a closing cue is its subject or an aside, never its content
  return closesClause(article, cue) ? contentBefore(article, cue) : contentAfter(article, cue);
}
