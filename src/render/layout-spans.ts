/** A stretch of the text to wrap in an element: `rank` orders spans that start and end together (lower outside). */
export interface LayoutSpan {
  readonly start: number;
  readonly end: number;
  readonly rank: number;
}

/**
 * One piece of the laid-out text, in document order: text to write, or an element to open or
 * close. An `open` is one fragment of a span: a span that crosses another's boundary is closed
 * there and opened again, so elements always nest; `from`/`to` are the fragment's offsets and
 * `first` marks the fragment where the span begins.
 */
export type LayoutPiece =
  | { readonly type: 'text'; readonly from: number; readonly to: number }
  | { type: 'open'; readonly span: number; readonly from: number; to: number; readonly first: boolean; last: boolean }
  | { readonly type: 'close'; readonly span: number };

type OpenPiece = Extract<LayoutPiece, { type: 'open' }>;

/**
 * Lays spans that may overlap or nest over a text of `length` code units, as a sequence of
 * properly nested elements and text. One sweep over the span boundaries in offset order: at each
 * boundary the spans that end there are closed (with those opened inside them, which are opened
 * again right after), then the spans that start there are opened, longest first. Costs
 * O(k log k + k·d) for k spans nested d deep, and the text is visited once. Empty spans and
 * spans outside the text are left out.
 * @example
 * layoutSpans(10, [{ start: 0, end: 6, rank: 0 }, { start: 4, end: 10, rank: 0 }])
 * // open 0 [0,4) text 0-4, open 1 [4,6) text 4-6, close 1, close 0, open 1 [6,10) text 6-10, close 1
 */
export function layoutSpans(length: number, spans: readonly LayoutSpan[]): LayoutPiece[] {
  const valid: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.start >= 0 && s.end > s.start && s.end <= length) valid.push(i);
  }
  const byStart = [...valid].sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end || spans[a]!.rank - spans[b]!.rank || a - b);
  const byEnd = [...valid].sort((a, b) => spans[a]!.end - spans[b]!.end || a - b);
  const pieces: LayoutPiece[] = [];
  // The open fragments, outermost first.
  const stack: OpenPiece[] = [];
  let position = 0;
  let nextStart = 0;
  let nextEnd = 0;
  const open = (span: number, from: number) => {
    const s = spans[span]!;
    const piece: OpenPiece = { type: 'open', span, from, to: from, first: from === s.start, last: false };
    pieces.push(piece);
    stack.push(piece);
  };
  const closeTop = (at: number) => {
    const piece = stack.pop()!;
    piece.to = at;
    piece.last = at === spans[piece.span]!.end;
    pieces.push({ type: 'close', span: piece.span });
  };
  while (nextStart < byStart.length || nextEnd < byEnd.length) {
    const startAt = nextStart < byStart.length ? spans[byStart[nextStart]!]!.start : Infinity;
    const endAt = nextEnd < byEnd.length ? spans[byEnd[nextEnd]!]!.end : Infinity;
    const at = Math.min(startAt, endAt);
    if (at > position) {
      pieces.push({ type: 'text', from: position, to: at });
      position = at;
    }
    if (endAt === at) {
      // The outermost open fragment whose span ends here: everything from it up is closed, and
      // what does not end here is opened again, in the same order.
      let lowest = stack.length;
      for (let k = stack.length - 1; k >= 0; k--) if (spans[stack[k]!.span]!.end === at) lowest = k;
      const reopen: number[] = [];
      while (stack.length > lowest) {
        const top = stack[stack.length - 1]!;
        if (spans[top.span]!.end !== at) reopen.push(top.span);
        closeTop(at);
      }
      for (let k = reopen.length - 1; k >= 0; k--) open(reopen[k]!, at);
      while (nextEnd < byEnd.length && spans[byEnd[nextEnd]!]!.end === at) nextEnd++;
    }
    while (nextStart < byStart.length && spans[byStart[nextStart]!]!.start === at) open(byStart[nextStart++]!, at);
  }
  if (position < length) pieces.push({ type: 'text', from: position, to: length });
  return pieces;
}
