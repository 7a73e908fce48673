import { describe, expect, it } from 'vitest';
import { splitLongRuns } from '../../../src/lang/en/split-long-runs.js';

const pieces = (line: string, max: number) => splitLongRuns(line, max).map((p) => line.slice(p.start, p.end));

describe('splitLongRuns: a run of words with no sentence end is cut, sentences are not', () => {
  it.each([
    ['a line of sentences stays whole', 'One two three. Four five six. Seven.', 3, ['One two three. Four five six. Seven.']],
    ['a run longer than the cap is cut before the word that exceeds it', 'a b c d e f g', 3, ['a b c ', 'd e f ', 'g']],
    ['a sentence end, closing marks and all, restarts the count', 'a b c.” d e f', 3, ['a b c.” d e f']],
    ['the empty line is one empty piece', '', 3, ['']],
    ['spaces only', '   ', 3, ['   ']],
    ['exactly the cap', 'a b c', 3, ['a b c']],
  ])('%s', (_, line, max, expected) => {
    expect(pieces(line, max)).toEqual(expected);
  });

  it('pieces cover the line, in order, with no gap', () => {
    const line = Array.from({ length: 1000 }, (_, i) => (i % 97 === 0 ? 'End.' : 'Word')).join(' ');
    const cut = splitLongRuns(line, 50);
    expect(cut[0]!.start).toBe(0);
    expect(cut.at(-1)!.end).toBe(line.length);
    for (let i = 1; i < cut.length; i++) expect(cut[i]!.start).toBe(cut[i - 1]!.end);
    expect(cut.map((p) => line.slice(p.start, p.end)).join('')).toBe(line);
  });
});
