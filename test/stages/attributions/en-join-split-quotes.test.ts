import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/index.js';

const quotes = (text: string) => extractGraph(text, { language: 'en' }).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);

describe('English quotes split by their cue', () => {
  it.each([
    ['The mayor opened the bridge. “It took six years,” Ana Ruiz said. “It was worth every day.”', 'It took six years,” Ana Ruiz said. “It was worth every day.'],
    ['“The harbour is safe,” said Tom Hale, the port director. “Ships can dock again.”', 'The harbour is safe,” said Tom Hale, the port director. “Ships can dock again.'],
  ])('%s', (text, joined) => {
    expect(quotes(text)).toEqual([joined]);
  });

  it.each([
    // each piece has its own cue
    ['Ana Ruiz spoke first. “We won,” Ana Ruiz said. “It took years,” she added.', 2],
    // two paragraphs are two quotes
    ['“We won,” Ana Ruiz said.\n“It took years.”', 2],
  ])('%s stays %i quotes', (text, count) => {
    expect(quotes(text)).toHaveLength(count);
  });
});
