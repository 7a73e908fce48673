import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimMarks } from '../../../src/stages/quotes/trim-marks.js';

const MARK_OR_SPACE = /[\s«»‹›“”„‘’"']/;
// The definition: walk in from both ends, one character at a time.
function trimmedByWalking(text: string, start: number, end: number) {
  let s = start;
  while (s < end && MARK_OR_SPACE.test(text[s]!)) s++;
  let e = end;
  while (e > s && MARK_OR_SPACE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

describe('trimMarks', () => {
  it.each([
    ['marks and spaces off both ends', '« «Sì» »', 1, 7, { start: 3, end: 5 }],
    ['nothing to trim', 'abc', 0, 3, { start: 0, end: 3 }],
    ['only marks: an empty range at the first end', ' «» ', 0, 4, { start: 4, end: 4 }],
    ['runs longer than the walk', `${'«'.repeat(100)}x${'»'.repeat(100)}`, 0, 201, { start: 100, end: 101 }],
    ['a long run of marks only', '“'.repeat(300), 10, 290, { start: 290, end: 290 }],
  ])('%s', (_, text, start, end, expected) => {
    expect(trimMarks(text)(start, end)).toEqual(expected);
  });

  it('trims every range of every text as walking in from both ends does', () => {
    const piece = fc.oneof(fc.constantFrom('«', '»', '“', '”', ' ', '\n', '"', "'", '’', 'a', 'é'), fc.constantFrom('«'.repeat(40), ' '.repeat(33), '”'.repeat(70)));
    const case_ = fc.array(piece, { maxLength: 40 }).map((p) => p.join('')).chain((text) =>
      fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)).map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const));
    fc.assert(
      fc.property(fc.array(case_, { minLength: 1, maxLength: 5 }), (cases) => {
        for (const [text, start, end] of cases) expect(trimMarks(text)(start, end)).toEqual(trimmedByWalking(text, start, end));
      }),
      { seed: 20261127, numRuns: 2000 },
    );
  });
});
