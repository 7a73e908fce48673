import type { Range } from '../../text/span.js';

/** Non-empty lines, trimmed of white space: news paragraphs are lines (CR and CRLF already folded). */
export function splitParagraphs(folded: string): Range[] {
  const paragraphs: Range[] = [];
  let lineStart = 0;
  const length = folded.length;
  for (let i = 0; i <= length; i++) {
    if (i < length && folded.charCodeAt(i) !== 10) continue;
    let s = lineStart;
    let e = i;
    while (s < e && folded.charCodeAt(s) === 32) s++;
    while (e > s && folded.charCodeAt(e - 1) === 32) e--;
    if (e > s) paragraphs.push({ start: s, end: e });
    lineStart = i + 1;
  }
  return paragraphs;
}
