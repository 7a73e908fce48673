import type { Article, CueMatch } from '../../pipeline/article.js';
import type { Range } from '../../text/span.js';
import { clauseEnd } from './clause-end.js';
import { followsQuote } from './quote-cues.js';

const INFINITIVE = /(?:are|ere|ire|rre|arsi|ersi|irsi|arlo|erlo|irlo|arla|erla|irla|arne|erne|irne)$/u;
const BLOCK = new Set(['.', ';', ':', '!', '?', '«', '“', '"', '»', '”']);

/**
 * The reported content after a cue: the clause after "che", the infinitive after "di"/"a"
 * ("ha chiesto alle autorità di monitorare"), or for verbs that take one, the noun phrase object
 * ("denunciano lo schieramento di migliaia di soldati"). Up to the end of its clause.
 */
export function contentAfterCue(article: Article, cue: CueMatch): Range | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  const sentence = tokens[cue.verbToken]!.sentence;
  const end = clauseEnd(article, cue.endToken, sentence);
  for (let j = cue.endToken; j < tokens.length && j < cue.endToken + 12 && tokens[j]!.sentence === sentence; j++) {
    const t = tokens[j]!;
    if (BLOCK.has(t.text)) break;
    if (j > cue.endToken && pack.cueForms.has(t.lower) && !pack.complementizers.has(t.lower)) break;
    if (t.lower === 'che' || t.lower === 'that' || t.lower === 'se') {
      const from = tokens[j + 1];
      return from && from.start < end ? { start: from.start, end } : null;
    }
    const next = tokens[j + 1];
    if ((t.lower === 'di' || t.lower === 'a' || t.lower === 'ad' || t.lower === 'to') && next && INFINITIVE.test(next.lower) && next.sentence === sentence) {
      return next.start < end ? { start: next.start, end } : null;
    }
  }
  // After a quote the noun phrase is the subject, not the object: "», ha accolto il ministro"
  if (!cue.takesObject || article.sentences![sentence]!.heading || followsQuote(article, cue)) return null;
  let j = cue.endToken;
  while (j < tokens.length && ['su', 'sul', 'sulla', "sull'", 'sui', 'sugli', 'sulle', 'per'].includes(tokens[j]!.lower)) j++;
  const from = tokens[j];
  if (!from || from.sentence !== sentence || from.kind === 'punct') return null;
  let stop = j;
  while (stop < tokens.length && tokens[stop]!.sentence === sentence && tokens[stop]!.text !== ',' && !BLOCK.has(tokens[stop]!.text)) stop++;
  const last = Math.min(stop, tokens.length) - 1;
  return last >= j ? { start: from.start, end: Math.min(tokens[last]!.end, end) } : null;
}
