import type { Article, CueMatch } from '../../pipeline/article.js';
import type { Range } from '../../text/span.js';
import { verbGroupAt } from '../clauses/verb-groups.js';
import { clauseEnd } from './clause-end.js';

const JOINERS = new Set([',', '-', '–', '—']);
const SUBJECT_REACH = 8;
const MIN_TOKENS = 2;
// a clause that goes on after an aside: "dove, ha detto il testimone, è stato picchiato"
const OPENS_CLAUSE = new Set(['dove', 'che', 'perché', 'quando', 'se', 'come', 'mentre']);

/** The token after the cue's subject: the end of the sentence, or the joiner that closes a parenthetical. */
function closeOfParenthetical(article: Article, cue: CueMatch): number | null {
  const tokens = article.tokens!;
  const s = article.sentences![tokens[cue.verbToken]!.sentence]!;
  for (let k = cue.endToken; k <= s.endToken && k < cue.endToken + SUBJECT_REACH; k++) {
    if (k === s.endToken) return k;
    const t = tokens[k]!;
    if (JOINERS.has(t.text) || t.text === '.' || t.text === '!' || t.text === '?') return k;
    if (t.kind === 'punct' || t.lower === 'che' || article.pack.complementizers.has(t.lower) && t.lower !== 'a') return null;
    if (k > cue.endToken && verbGroupAt(tokens, k, article.pack)) return null;
  }
  return null;
}

/**
 * The content of a cue that stands as a parenthetical, with its subject after it: "Il piano è
 * pronto, ha detto il sindaco." reports what comes before; "Il piano, ha detto il sindaco, è
 * pronto" the sentence around it; "dove, ha detto il testimone, è stato picchiato" what follows.
 * Quoted words are left to the quote stage. A cue that opens its sentence or that has another
 * cue before it in its sentence reports nothing here.
 */
export function contentAroundCue(article: Article, cue: CueMatch): Range | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  const joiner = tokens[cue.firstToken - 1];
  const sentenceIndex = tokens[cue.verbToken]!.sentence;
  if (!joiner || !JOINERS.has(joiner.text) || joiner.sentence !== sentenceIndex) return null;
  const s = article.sentences![sentenceIndex]!;
  const open = cue.firstToken - 1;
  if (open - s.firstToken < MIN_TOKENS) return null;
  const close = closeOfParenthetical(article, cue);
  if (close === null) return null;
  for (let k = s.firstToken; k < open; k++) {
    const t = tokens[k]!;
    if (t.text === '«' || t.text === '“' || t.text === '"' || t.text === ':') return null;
    if (verbGroupAt(tokens, k, pack)?.cue) return null;
  }
  const before = tokens[open - 1]!;
  const endsSentence = close >= s.endToken || !JOINERS.has(tokens[close]!.text);
  if (endsSentence) return { start: tokens[s.firstToken]!.start, end: before.end };
  const after = close + 1;
  // "Se ..., ha detto X, «...»": the words after the aside are a quote's, attributed there
  if (after >= s.endToken || ['«', '“', '"', '„'].includes(tokens[after]!.text)) return null;
  const end = clauseEnd(article, after, sentenceIndex, { cue });
  if (OPENS_CLAUSE.has(before.lower)) return tokens[after]!.start < end ? { start: tokens[after]!.start, end } : null;
  return { start: tokens[s.firstToken]!.start, end };
}
