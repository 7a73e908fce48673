import type { Range } from '../../text/span.js';

// Clause punctuation: a comma between digits ("1,5") is a decimal mark, a dash between letters a hyphen.
function isClauseBreak(text: string, at: number): boolean {
  const char = text.charAt(at);
  if (char === ',') return !(/\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1)));
  if (char === '—' || char === '–' || char === '-') return /\s/.test(text.charAt(at - 1)) && /\s/.test(text.charAt(at + 1));
  return char === ';' || char === ':' || char === '(' || char === ')';
}

/**
 * The clause of `sentence` that holds `inner`: from the clause punctuation before it (commas,
 * semicolons, colons, parentheses, spaced dashes) to the one after it. Quote marks do not end a
 * clause: "fino a 8.000 «sono stati schierati nella regione di Kursk»" is one.
 * @example
 * findClause('A Roma, 300 persone nel 2020.', { start: 0, end: 29 }, { start: 8, end: 19 }) // { start: 7, end: 29 }
 */
export function findClause(text: string, sentence: Range, inner: Range): Range {
  let start = inner.start;
  while (start > sentence.start && !isClauseBreak(text, start - 1)) start--;
  let end = inner.end;
  while (end < sentence.end && !isClauseBreak(text, end)) end++;
  return { start, end };
}
