import type { Diagnostic } from '../../schema/graph-schema.js';
import type { Sentence, Token } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Range } from '../../text/span.js';
import { mapPacked } from '../../text/map-packed.js';
import { capSentenceLength } from './cap-sentence-length.js';
import { findBoilerplate } from './find-boilerplate.js';
import { isHeading } from './is-heading.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';
import { WordPool } from './word-pool.js';

/** Longest sentence read as one, in tokens: see `capSentenceLength`. */
const MAX_SENTENCE_TOKENS = 300;

/**
 * Paragraphs, sentences, headings and tokens, all as offsets into the untouched text. Boilerplate
 * lines stay paragraphs but get no tokens, so no later stage reads quotes, names or cues in them.
 */
export const segmentStage: Stage = {
  name: 'segment',
  needs: ['folded'],
  provides: ['paragraphs', 'boilerplate', 'sentences', 'tokens'],
  run(article) {
    const { text } = article;
    const folded = article.folded!;
    // Not `[...article.diagnostics]`: a copy of the usual empty list holds small integers (see mapPacked).
    const diagnostics: Diagnostic[] = mapPacked(article.diagnostics, (d) => d);
    const paragraphs = splitParagraphs(folded);
    const isBoilerplate = findBoilerplate(folded, paragraphs, article.pack.boilerplate);
    const boilerplate: Range[] = [];
    let block: Diagnostic | null = null;
    const tokens: Token[] = [];
    const words = new WordPool();
    const sentences: Sentence[] = [];
    paragraphs.forEach((paragraph, index) => {
      if (isBoilerplate[index]) {
        boilerplate.push(paragraph);
        // One diagnostic per block of boilerplate lines.
        if (block && isBoilerplate[index - 1]) block.end = paragraph.end;
        else {
          const line = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 40));
          block = { code: 'text/boilerplate', severity: 'info', message: `"${line}": not article but boilerplate, kept out of quotes and claims`, start: paragraph.start, end: paragraph.end };
          diagnostics.push(block);
        }
        return;
      }
      const first = tokens.length;
      // Tokenized with a provisional sentence index, fixed below once sentences are known.
      tokenize(text, folded, paragraph.start, paragraph.end, -1, words, tokens);
      const heading = isHeading(folded, paragraph);
      const ranges = heading ? [{ start: first, end: tokens.length }] : splitSentences(tokens, first, tokens.length, article.pack.abbreviations);
      for (const whole of ranges) {
        const pieces = capSentenceLength(tokens, whole, MAX_SENTENCE_TOKENS);
        if (pieces.length > 1) {
          diagnostics.push({
            code: 'text/long-sentence',
            severity: 'info',
            message: `a sentence of ${whole.end - whole.start} tokens was read in ${pieces.length} pieces of at most ${MAX_SENTENCE_TOKENS}`,
            start: tokens[whole.start]!.start,
            end: tokens[whole.end - 1]!.end,
          });
        }
        for (const range of pieces) {
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
      }
    });
    return { paragraphs, boilerplate, sentences, tokens, diagnostics };
  },
};
