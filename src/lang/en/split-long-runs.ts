/** A stretch of a line, by offsets into it. */
export interface LinePiece {
  start: number;
  end: number;
}

const WORD = /\S+/g;
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/** Ends with . ! ? or … and the closing marks after it ("said.”"). */
function endsSentence(word: string): boolean {
  let k = word.length;
  while (k > 0 && CLOSERS.has(word[k - 1]!)) k--;
  return k > 0 && '.!?…'.includes(word[k - 1]!);
}

/**
 * Cuts a line where a run of more than `maxWords` words has no sentence end, before the word that
 * would exceed it; a line of real sentences comes back whole. compromise's matcher tries every
 * pattern from every word of a sentence to its end, so a 10,000-word "sentence" (a list of
 * capitalised words, a megabyte with no full stop) costs it 10,000² steps per pattern.
 * @example
 * splitLongRuns('A B C. D E', 2) // [{ start: 0, end: 4 }, { start: 4, end: 10 }]: "A B " then "C. D E"
 */
export function splitLongRuns(line: string, maxWords: number): LinePiece[] {
  const pieces: LinePiece[] = [];
  let start = 0;
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m !== null; m = WORD.exec(line)) {
    if (words === maxWords) {
      pieces.push({ start, end: m.index });
      start = m.index;
      words = 0;
    }
    words = endsSentence(m[0]) ? 0 : words + 1;
  }
  pieces.push({ start, end: line.length });
  return pieces;
}
