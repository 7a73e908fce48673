import type { CompiledTimeLexicon } from './compile-time-lexicon.js';
import { isLetterCode } from './scan-time-token.js';

const MAX_REACH = 160;
// A clause ends at sentence or clause punctuation and at quote marks; a comma between digits ("1,5") does not end one.
const BOUNDARY = /[.;:!?«»“”"()\n\r\u2028\u2029—]/;

function isBoundary(text: string, at: number): boolean {
  const char = text.charAt(at);
  if (char === ',') return !(/\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1)));
  return BOUNDARY.test(char);
}

function clauseEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_REACH);
  let k = from;
  while (k < limit && !isBoundary(text, k)) k++;
  return k;
}

/**
 * Whether the clause around `start`..`end` is in the future tense ("venerdì si voterà", "the vote
 * will be on Friday"), which makes a bare weekday or date the next one rather than the last.
 * When the expression stands alone in its clause ("Venerdì, il ministro incontrerà..."), the
 * clause after it is read instead.
 * @example
 * isFutureClause('Venerdì si voterà.', 0, 7, compiled) // true
 */
export function isFutureClause(text: string, start: number, end: number, compiled: CompiledTimeLexicon): boolean {
  let left = start;
  const floor = Math.max(0, start - MAX_REACH);
  while (left > floor && !isBoundary(text, left - 1)) left--;
  let right = clauseEnd(text, end);
  if (!/\p{L}/u.test(text.slice(left, start)) && !/\p{L}/u.test(text.slice(end, right)) && text.charAt(right) === ',') right = clauseEnd(text, right + 1);
  const clause = text.slice(left, right).toLowerCase();
  const { endings, words } = compiled.lexicon.future;
  return endings.some((ending) => hasWord(clause, ending, true, compiled)) || words.some((word) => hasWord(clause, word, false, compiled));
}

const isLetterAt = (text: string, at: number) => at >= 0 && at < text.length && isLetterCode(text.charCodeAt(at));

// Whether `clause` holds a word ending in `piece` (a suffix: "sarà" for "rà") or equal to it
// ("will"), other than the exceptions ("tiranno"). indexOf is far cheaper than a Unicode pattern.
function hasWord(clause: string, piece: string, suffix: boolean, compiled: CompiledTimeLexicon): boolean {
  for (let at = clause.indexOf(piece); at >= 0; at = clause.indexOf(piece, at + 1)) {
    const end = at + piece.length;
    if (isLetterAt(clause, end)) continue;
    if (suffix ? !isLetterAt(clause, at - 1) : isLetterAt(clause, at - 1)) continue;
    let start = at;
    while (isLetterAt(clause, start - 1)) start--;
    if (!compiled.futureExceptions.has(clause.slice(start, end))) return true;
  }
  return false;
}
