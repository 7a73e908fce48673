import type { Article } from '../../pipeline/article.js';
import { tokenAt } from '../../pipeline/token-at.js';
import type { Range } from '../../text/span.js';

const YEAR = /^(?:1[0-9]|20)\d\d$/u;
const INTRODUCERS = new Set(['nel', 'in', 'a', 'ad', 'dal', 'entro', 'il', "nell'", 'on', 'by', 'since']);

/**
 * Drops a date that closes reported content: "annunciò di avere un cancro nel giugno 2011"
 * reports "avere un cancro"; the date is when it was said, not what.
 */
export function trimTrailingDate(article: Article, range: Range): Range {
  const tokens = article.tokens!;
  const months = article.pack.numbers.months;
  let last = tokenAt(tokens, range.end) - 1;
  if (last < 0 || !YEAR.test(tokens[last]!.text)) return range;
  let k = last - 1;
  if (k >= 0 && months.includes(tokens[k]!.lower)) k--;
  if (k >= 0 && /^\d{1,2}$/u.test(tokens[k]!.text)) k--;
  if (k >= 0 && INTRODUCERS.has(tokens[k]!.lower) && tokens[k]!.start > range.start) {
    last = k - 1;
    return last >= 0 && tokens[last]!.end > range.start ? { start: range.start, end: tokens[last]!.end } : range;
  }
  return range;
}
