import { describe, expect, it } from 'vitest';
import { layoutSpans, type LayoutSpan } from '../../src/render/layout-spans.js';

// Writes the layout as bracketed text: `[0:` opens span 0, `]` closes; checks nesting on the way.
function draw(text: string, spans: LayoutSpan[]): string {
  const stack: number[] = [];
  let out = '';
  for (const p of layoutSpans(text.length, spans)) {
    if (p.type === 'text') out += text.slice(p.from, p.to);
    else if (p.type === 'open') {
      stack.push(p.span);
      out += `[${p.span}:`;
    } else {
      expect(stack.pop()).toBe(p.span);
      out += ']';
    }
  }
  expect(stack).toEqual([]);
  return out;
}

// Every span's fragments, joined, cover exactly its offsets, with the first and last flagged.
function fragmentsOf(length: number, spans: LayoutSpan[]) {
  const byspan = new Map<number, { from: number; to: number; first: boolean; last: boolean }[]>();
  for (const p of layoutSpans(length, spans)) if (p.type === 'open') byspan.set(p.span, [...(byspan.get(p.span) ?? []), p]);
  return byspan;
}

const s = (start: number, end: number, rank = 0): LayoutSpan => ({ start, end, rank });

describe('layoutSpans', () => {
  it.each<[string, string, LayoutSpan[], string]>([
    ['no spans', 'abcdef', [], 'abcdef'],
    ['one span inside the text', 'abcdef', [s(1, 3)], 'a[0:bc]def'],
    ['nested spans', 'abcdefgh', [s(1, 7), s(3, 5)], 'a[0:bc[1:de]fg]h'],
    ['the longer of two spans starting together is outside', 'abcdef', [s(0, 2), s(0, 5)], '[1:[0:ab]cde]f'],
    ['same extent: lower rank outside', 'abcd', [s(0, 4, 2), s(0, 4, 0)], '[1:[0:abcd]]'],
    ['crossing spans: the later one is split where the first ends', 'abcdefgh', [s(0, 5), s(3, 8)], '[0:abc[1:de]][1:fgh]'],
    ['touching spans', 'abcdef', [s(0, 3), s(3, 6)], '[0:abc][1:def]'],
    ['three deep, the middle one ends first', 'abcdefghij', [s(0, 10), s(2, 6), s(4, 8)], '[0:ab[1:cd[2:ef]][2:gh]ij]'],
    ['empty and out-of-range spans are left out', 'abc', [s(1, 1), s(2, 9), s(-1, 2), s(0, 3)], '[3:abc]'],
  ])('%s', (_, text, spans, expected) => {
    expect(draw(text, spans)).toBe(expected);
  });

  it('splits a crossing span into fragments that cover its offsets exactly', () => {
    const frags = fragmentsOf(8, [s(0, 5), s(3, 8)]);
    expect(frags.get(0)).toEqual([{ type: 'open', span: 0, from: 0, to: 5, first: true, last: true }]);
    expect(frags.get(1)!.map((f) => [f.from, f.to, f.first, f.last])).toEqual([[3, 5, true, false], [5, 8, false, true]]);
  });

  it('stays fast on many overlapping spans (a sweep, not a pair-wise search)', () => {
    const spans: LayoutSpan[] = [];
    for (let i = 0; i < 50000; i++) spans.push(s(i * 5, i * 5 + 8, i % 3));
    const t = performance.now();
    const pieces = layoutSpans(50000 * 5 + 10, spans);
    // Linear here is well under a second even on a busy machine; a pair-wise search is billions of steps.
    expect(performance.now() - t).toBeLessThan(4000);
    expect(pieces.filter((p) => p.type === 'open').length).toBeLessThan(spans.length * 3);
  });
});
