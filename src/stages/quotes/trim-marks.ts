import type { Range } from '../../text/span.js';

// [\s«»‹›“”„‘’"'] by char code: a pattern on a one-character string per accented letter was a
// tenth of the stage when every character of the text was measured.
function isMarkOrSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13) || code === 34 || code === 39;
  switch (code) {
    case 0xa0: case 0xab: case 0xbb: case 0x1680: case 0x2018: case 0x2019: case 0x201c: case 0x201d: case 0x201e:
    case 0x2028: case 0x2029: case 0x202f: case 0x2039: case 0x203a: case 0x205f: case 0x3000: case 0xfeff:
      return true;
    default:
      return code >= 0x2000 && code <= 0x200a;
  }
}

/** How far a range's end is walked before the runs of the whole text are measured instead. */
const WALK = 32;

/**
 * Trims quote marks and white space off both ends of ranges of `text`. A range's ends are walked
 * a few characters; past that, the runs of marks are measured once for the whole text: nested
 * marks ("«««…»»»", 100,000 deep) would otherwise be walked again for every pair they hold, and
 * measuring every text up front costs more than all the short walks of an ordinary article.
 * @example
 * trimMarks('« «Sì» »')(1, 7) // { start: 3, end: 5 }: the content "Sì"
 */
export function trimMarks(text: string): (start: number, end: number) => Range {
  let runs: { firstSolid: Int32Array; solidEnd: Int32Array } | null = null;
  return (start, end) => {
    let s = start;
    while (s < end && s - start < WALK && isMarkOrSpace(text.charCodeAt(s))) s++;
    if (s < end && s - start === WALK && isMarkOrSpace(text.charCodeAt(s))) s = Math.min((runs ??= measureRuns(text)).firstSolid[s]!, end);
    let e = end;
    while (e > s && end - e < WALK && isMarkOrSpace(text.charCodeAt(e - 1))) e--;
    if (e > s && end - e === WALK && isMarkOrSpace(text.charCodeAt(e - 1))) e = Math.max((runs ??= measureRuns(text)).solidEnd[e]!, s);
    return { start: s, end: e };
  };
}

function measureRuns(text: string): { firstSolid: Int32Array; solidEnd: Int32Array } {
  const length = text.length;
  // firstSolid[i]: the first offset at or after i that is neither a mark nor a space (length if none).
  const firstSolid = new Int32Array(length + 1);
  firstSolid[length] = length;
  for (let i = length - 1; i >= 0; i--) firstSolid[i] = isMarkOrSpace(text.charCodeAt(i)) ? firstSolid[i + 1]! : i;
  // solidEnd[e]: one past the last offset before e that is neither a mark nor a space (0 if none).
  const solidEnd = new Int32Array(length + 1);
  for (let e = 1; e <= length; e++) solidEnd[e] = isMarkOrSpace(text.charCodeAt(e - 1)) ? solidEnd[e - 1]! : e;
  return { firstSolid, solidEnd };
}
