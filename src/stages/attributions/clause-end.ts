import type { Article } from '../../pipeline/article.js';
import { matchPhrase } from '../../pipeline/match-phrase.js';

const FINAL = /[\s.!?…;:]/u;

/**
 * Where a reported clause that starts at token `from` ends: the end of its sentence, or earlier at
 * a comma that opens another attribution (", ha detto X", ", ritenendo che") or another clause (", dopo che").
 */
export function clauseEnd(article: Article, from: number, sentence: number): number {
  const tokens = article.tokens!;
  const pack = article.pack;
  const s = article.sentences![sentence]!;
  for (let j = from; j < s.endToken; j++) {
    if (tokens[j]!.text !== ',') continue;
    let k = j + 1;
    while (k < s.endToken && (pack.auxiliaries.has(tokens[k]!.lower) || pack.adverbs.has(tokens[k]!.lower))) k++;
    const next = tokens[k];
    // ", secondo X" is left in: as an aside it belongs to the clause ("che, secondo Washington, sono entrati")
    if (next && (pack.cueOf(next.lower) || matchPhrase(tokens, j + 1, pack.clauseOpeners) > 0)) {
      return tokens[j]!.start;
    }
  }
  let end = s.end;
  while (end > s.start && FINAL.test(article.text[end - 1]!)) end--;
  return end;
}
