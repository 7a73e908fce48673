import type { Sentence, Token } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { isHeading } from './is-heading.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';

/** Paragraphs, sentences, headings and tokens, all as offsets into the untouched text. */
export const segmentStage: Stage = {
  name: 'segment',
  needs: ['folded'],
  provides: ['paragraphs', 'sentences', 'tokens'],
  run(article) {
    const folded = article.folded!;
    const paragraphs = splitParagraphs(folded);
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    paragraphs.forEach((paragraph, index) => {
      const first = tokens.length;
      // Tokenized with a provisional sentence index, fixed below once sentences are known.
      for (const token of tokenize(article.text, folded, paragraph.start, paragraph.end, -1)) tokens.push(token);
      const heading = isHeading(folded.slice(paragraph.start, paragraph.end));
      const ranges = heading ? [{ start: first, end: tokens.length }] : splitSentences(tokens, first, tokens.length, article.pack.abbreviations);
      for (const range of ranges) {
        if (range.end <= range.start) continue;
        const sentenceIndex = sentences.length;
        for (let t = range.start; t < range.end; t++) tokens[t]!.sentence = sentenceIndex;
        sentences.push({
          start: tokens[range.start]!.start,
          end: tokens[range.end - 1]!.end,
          paragraph: index,
          firstToken: range.start,
          endToken: range.end,
          heading,
        });
      }
    });
    return { paragraphs, sentences, tokens };
  },
};
