import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';
import { foldText } from '../../../src/stages/normalize/fold-text.js';
import { expectGraphInvariants } from '../../helpers/graph-invariants.js';

describe('foldText: a same-length copy for matching', () => {
  it.each([
    ['no-break space entity', '300&nbsp;soldati', '300      soldati'],
    ['numeric space entities', 'a&#160;b&#xA0;c', 'a      b      c'],
    ['paragraph tags', '<p>Ciao</p>', '   Ciao    '],
    ['a link with attributes and quotes', '<a href="https://x.it/a">Mario Rossi</a>', `${' '.repeat(25)}Mario Rossi    `],
    ['tags in capitals', '<BR/>x', '     x'],
    ['«» written as << >> are not tags', '<<A noi non interessa>>', '<<A noi non interessa>>'],
    ['a comparison is not a tag', 'se x < 3 e y > 2', 'se x < 3 e y > 2'],
    ['an unknown tag name stays', '<tweet author="x">', '<tweet author="x">'],
    ['other entities stay', 'AT&amp;T &quot;', 'AT&amp;T &quot;'],
    ['bidirectional controls', 'a\u202eb\u2066c\u200fd', 'a b c d'],
    ['control characters and CR', 'a\0b\r\nc', 'a b\n\nc'],
  ])('%s', (_, text, folded) => {
    expect(foldText(text)).toBe(folded);
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('HTML leftovers in an article', () => {
  const text = '<p>«Resteremo&nbsp;qui», ha detto il ministro <a href="https://x.it/rossi">Mario Rossi</a>.</p>\n<p>Il sindaco ha detto che 300 persone sono state evacuate.</p>';
  const graph = extractGraph(text, { language: 'it' });

  it('reads the words around them, and no quote from an attribute', () => {
    expect(graph.quotes.map((q) => q.text)).toEqual(['Resteremo&nbsp;qui', '300 persone sono state evacuate']);
    expect(graph.actors.map((a) => a.name)).toContain('Mario Rossi');
    expect(graph.diagnostics.filter((d) => d.code.startsWith('quote/'))).toEqual([]);
  });

  it('keeps offsets into the untouched text', () => {
    expectGraphInvariants(text, graph);
  });
});
