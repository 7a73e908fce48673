import type { Range } from '../../text/span.js';

// [\s«»‹›“”„‘’"'] by char code: this runs twice over every character of the text, and a pattern
// on a one-character string per accented letter was a tenth of the stage.
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

/**
 * Trims quote marks and white space off both ends of ranges of `text`, with the runs of marks
 * measured once for the whole text: nested marks ("«««…»»»", 100,000 deep) would otherwise be
 * walked again for every pair they hold.
 * @example
 * trimMarks('« «Sì» »')(1, 7) // { start: 3, end: 5 }: the content "Sì"
 */
export function trimMarks(text: string): (start: number, end: number) => Range {
  const length = text.length;
  // firstSolid[i]: the first offset at or after i that is neither a mark nor a space (length if none).
  const firstSolid = new Int32Array(length + 1);
  firstSolid[length] = length;
  for (let i = length - 1; i >= 0; i--) firstSolid[i] = isMarkOrSpace(text.charCodeAt(i)) ? firstSolid[i + 1]! : i;
  // solidEnd[e]: one past the last offset before e that is neither a mark nor a space (0 if none).
  const solidEnd = new Int32Array(length + 1);
  for (let e = 1; e <= length; e++) solidEnd[e] = isMarkOrSpace(text.charCodeAt(e - 1)) ? solidEnd[e - 1]! : e;
  return (start, end) => {
    const s = Math.min(firstSolid[start]!, end);
    return { start: s, end: Math.max(solidEnd[end]!, s) };
  };
}
