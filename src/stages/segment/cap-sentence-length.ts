import type { Token } from '../../pipeline/article.js';
import type { Range } from '../../text/span.js';

const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '-', ')']);

/**
 * Cuts a sentence longer than `max` tokens into pieces of at most `max`, each after the last
 * clause break (a comma, a semicolon, a dash) in its second half where there is one. No news
 * sentence comes near the cap (the longest in the development sets has 163 tokens); a
 * megabyte with no full stop does, and every stage that reads a clause or a sentence would then
 * read it again for each cue in it.
 * @example
 * // 700 tokens with no comma or dash
 * capSentenceLength(tokens, { start: 0, end: 700 }, 300) // [{ start: 0, end: 300 }, { start: 300, end: 600 }, { start: 600, end: 700 }]
 */
export function capSentenceLength(tokens: readonly Token[], sentence: Range, max: number): Range[] {
  if (sentence.end - sentence.start <= max) return [sentence];
  const pieces: Range[] = [];
  let start = sentence.start;
  while (sentence.end - start > max) {
    let cut = start + max;
    for (let k = start + max - 1; k > start + max / 2; k--) {
      if (CLAUSE_BREAK.has(tokens[k]!.text)) {
        cut = k + 1;
        break;
      }
    }
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: sentence.end });
  return pieces;
}
