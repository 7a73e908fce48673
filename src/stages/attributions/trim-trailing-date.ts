import type { Article } from '../../pipeline/article.js';
import { tokenAt } from '../../pipeline/token-at.js';
import { countBefore } from '../../text/count-before.js';
import { verbGroupAt } from '../clauses/verb-groups.js';
import type { Range } from '../../text/span.js';

/**
 * Drops a time expression that closes reported content, with the preposition that introduces it:
 * "disse di voler lasciare il partito nel marzo 2019" reports "voler lasciare il partito"; the date is when it was
 * said or done, not what. The time stage has found the expressions: this reads them, not the words.
 * Content in the future or conditional keeps its date: "che sarà dimesso domani" says when.
 */
export function trimTrailingDate(article: Article, range: Range): Range {
  const times = article.times!;
  const time = times[countBefore(times, (t) => t.end < range.end)];
  if (!time || time.end !== range.end || time.start <= range.start) return range;
  const tokens = article.tokens!;
  for (let k = tokenAt(tokens, range.start); k < tokens.length && tokens[k]!.start < time.start; k++) {
    const tense = verbGroupAt(tokens, k, article.pack)?.tense;
    if (tense === 'future' || tense === 'conditional' || article.pack.clauses?.futureShape.test(tokens[k]!.lower)) return range;
  }
  let last = tokenAt(tokens, time.start) - 1;
  if (last >= 0 && article.pack.prepositions.has(tokens[last]!.lower)) last--;
  return last >= 0 && tokens[last]!.end > range.start ? { start: range.start, end: tokens[last]!.end } : range;
}
