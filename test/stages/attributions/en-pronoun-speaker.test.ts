import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';

/** The name of the speaker of the reported content `content`, or null. */
function speakerOf(text: string, content: string): string | null {
  const graph = extractGraph(text, { language: 'en' });
  const quote = graph.quotes.find((q) => q.text === content);
  if (!quote) throw new Error(`no content "${content}" in ${JSON.stringify(graph.quotes.map((q) => q.text))}`);
  const attribution = graph.attributions.find((a) => a.contentId === quote.id);
  return graph.actors.find((a) => a.id === attribution?.sourceId)?.name ?? null;
}

describe('English pronoun speakers, by number and gender', () => {
  it.each([
    // gender picks the one of two people
    ['Margaret Olsen hired Peter Quill last year. He said the firm was growing.', 'the firm was growing', 'Peter Quill'],
    ['Margaret Olsen hired Peter Quill last year. She said the firm was growing.', 'the firm was growing', 'Margaret Olsen'],
    // "they" is a group or a body, not the person nearer to it
    ['Local officials met Peter Quill on Monday. They said the road would reopen.', 'the road would reopen', 'officials'],
    // the paragraph before still counts
    ['Susan Boyle runs the clinic.\nShe said the wards were full.', 'the wards were full', 'Susan Boyle'],
    // the subject of the sentence, not the object, when both agree
    ['Peter Quill met Tom Hale, and he said the talks went well.', 'the talks went well', 'Peter Quill'],
  ])('%s', (text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });

  it.each([
    // nobody agrees: no speaker rather than a wrong one
    ['Margaret Olsen spoke first. He said the firm was growing.', 'the firm was growing'],
    // two paragraphs back is too far
    ['Peter Quill spoke first.\nThe hall was full.\nHe said the firm was growing.', 'the firm was growing'],
  ])('%s: no speaker', (text, content) => {
    expect(speakerOf(text, content)).toBeNull();
  });
});
