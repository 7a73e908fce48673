import type { Article, CueMatch } from '../../pipeline/article.js';
import type { Range } from '../../text/span.js';
import { clauseEnd } from './clause-end.js';
import { followsQuote } from './quote-cues.js';
import { trimTrailingDate } from './trim-trailing-date.js';

// Infinitives, with clitics ("difendersi") and the truncated forms of modals ("di voler lasciare").
const INFINITIVE = /(?:are|ere|ire|rre|arsi|ersi|irsi|arlo|erlo|irlo|arla|erla|irla|arne|erne|irne|ar[cgmtv]i|er[cgmtv]i|ir[cgmtv]i)$|^(?:voler|poter|dover|aver|esser|far|saper|andar|venir)$/u;
const BLOCK = new Set(['.', ';', ':', '!', '?', '»', '”']);
const OPEN_QUOTE = new Set(['«', '“', '"', '„']);
const SCAN = 12;
const INFINITIVE_SCAN = 10;
// Any past participle, not only a cue's: ", firmato con il Cremlino" adds to what precedes it.
const PARTICIPLE = /(?:at|ut|it|tt|st|ss|lt|nt|rt)[oaie]$/u;

/**
 * Where an infinitive clause ends: at a comma that starts something new ("di riformare l'articolo
 * 18, cosa che ..."), not at one that adds to it ("il patto di stabilità, approvato dal consiglio").
 */
function firstComma(article: Article, from: number, end: number): number {
  const tokens = article.tokens!;
  for (let j = from; j < tokens.length && tokens[j]!.start < end; j++) {
    if (tokens[j]!.text !== ',') continue;
    const next = tokens[j + 1];
    if (next && (PARTICIPLE.test(next.lower) || next.lower === 'che' || next.lower === 'cui')) continue;
    return tokens[j]!.start;
  }
  return end;
}

/**
 * The reported content after a cue: the clause after "che", the infinitive after "di"/"a"
 * ("ha chiesto alle autorità di monitorare"), or for verbs that take one, the noun phrase object
 * ("denunciano lo schieramento di migliaia di soldati"). An aside between commas right after the
 * cue is skipped ("ha dichiarato, tramite il suo ministro, che"); any other comma ends the search.
 */
export function contentAfterCue(article: Article, cue: CueMatch): Range | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  const sentence = tokens[cue.verbToken]!.sentence;
  const end = clauseEnd(article, cue.endToken, sentence);
  let asideOpen = tokens[cue.endToken]?.text === ',';
  for (let j = asideOpen ? cue.endToken + 1 : cue.endToken; j < tokens.length && j < cue.endToken + SCAN && tokens[j]!.sentence === sentence; j++) {
    const t = tokens[j]!;
    if (BLOCK.has(t.text)) break;
    if (t.text === ',') {
      if (!asideOpen) break;
      asideOpen = false;
      continue;
    }
    if (j > cue.endToken && pack.cueOf(t.lower) && !pack.complementizers.has(t.lower)) break;
    if (t.lower === 'che' || t.lower === 'that' || t.lower === 'se') {
      const from = tokens[j + 1];
      return from && from.start < end ? trimTrailingDate(article, { start: from.start, end }) : null;
    }
    // Bounds first: optimised code that reads past an array's end is thrown away.
    let next = j + 1;
    if (next < tokens.length && OPEN_QUOTE.has(tokens[next]!.text)) next++;
    const verb = next < tokens.length ? tokens[next] : undefined;
    if (j - cue.endToken < INFINITIVE_SCAN && ['di', 'a', 'ad', 'to'].includes(t.lower) && verb && INFINITIVE.test(verb.lower) && verb.sentence === sentence) {
      const from = tokens[j + 1]!;
      return from.start < end ? trimTrailingDate(article, { start: from.start, end: firstComma(article, next, end) }) : null;
    }
  }
  // After a quote the noun phrase is the subject, not the object: "», ha accolto il ministro"
  if (!cue.takesObject || article.sentences![sentence]!.heading || followsQuote(article, cue)) return null;
  let j = cue.endToken;
  while (j < tokens.length && pack.objectPrepositions.has(tokens[j]!.lower)) j++;
  const from = tokens[j];
  // any other preposition opens a circumstance, not the object: "said in recent months", "by the Post"
  if (!from || from.sentence !== sentence || from.kind === 'punct' || pack.prepositions.has(from.lower)) return null;
  let stop = j;
  while (stop < tokens.length && tokens[stop]!.sentence === sentence && tokens[stop]!.text !== ',' && !BLOCK.has(tokens[stop]!.text) && !pack.cueOf(tokens[stop]!.lower)) stop++;
  while (stop > j && ['e', 'ed', 'o', 'ma'].includes(tokens[stop - 1]!.lower)) stop--;
  const last = Math.min(stop, tokens.length) - 1;
  return last >= j ? { start: from.start, end: Math.min(tokens[last]!.end, end) } : null;
}
