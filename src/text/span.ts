import type { Span } from '../schema/graph-schema.js';

/** A stretch of text by offsets, before its text is read. */
export interface Range {
  start: number;
  end: number;
}

/** The span of `text` between `start` and `end`, with its text sliced from the original. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

const EDGE_JUNK = /[\s,;:.\-–—]/u;

/** Narrows a range past white space and clause punctuation at both ends. */
export function trimRange(text: string, start: number, end: number, junk: RegExp = EDGE_JUNK): Range {
  let s = start;
  let e = end;
  while (s < e && junk.test(text[s]!)) s++;
  while (e > s && junk.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
