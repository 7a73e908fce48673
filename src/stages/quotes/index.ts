import type { Diagnostic } from '../../schema/graph-schema.js';
import type { QuoteSpan } from '../../pipeline/article.js';
import { tokenAt } from '../../pipeline/token-at.js';
import type { Stage } from '../../pipeline/stage.js';
import { trimRange } from '../../text/span.js';
import { classifyQuote } from './classify-quote.js';
import { findCueBreak } from './find-cue-break.js';
import { pairQuoteMarks } from './pair-quote-marks.js';

const MARK_OR_SPACE = /[\s«»‹›“”„‘’"']/u;

/** Quote spans: paired marks, unclosed quotes ended at their cue, kinds and titles. */
export const quoteMarksStage: Stage = {
  name: 'quote-marks',
  needs: ['paragraphs', 'sentences', 'tokens'],
  provides: ['quoteSpans'],
  run(article) {
    const { text, pack } = article;
    const paragraphs = article.paragraphs!;
    const tokens = article.tokens!;
    const sentences = article.sentences!;
    const diagnostics: Diagnostic[] = [...article.diagnostics];
    const spans: QuoteSpan[] = [];
    for (const pair of pairQuoteMarks(text, paragraphs, diagnostics)) {
      let end: number;
      if (pair.close !== null) end = pair.close;
      else {
        const paragraph = paragraphs[pair.lastParagraph]!;
        const openToken = tokenAt(tokens, pair.open);
        const endToken = tokenAt(tokens, paragraph.end);
        end = findCueBreak(tokens, openToken + 1, endToken, pack) ?? paragraph.end;
        diagnostics.push({
          code: 'quote/unclosed',
          severity: 'warning',
          message: `${text[pair.open]} is never closed; the quote was ended at ${end < paragraph.end ? 'its attribution cue' : 'the end of its paragraph'}`,
          start: pair.open,
          end: pair.open + 1,
        });
      }
      const content = trimRange(text, pair.open + 1, end, MARK_OR_SPACE);
      if (content.end <= content.start) continue;
      const first = tokenAt(tokens, pair.open);
      const sentence = sentences[tokens[first]?.sentence ?? 0];
      const opensSentence = sentence !== undefined && sentence.firstToken === first;
      const shape = classifyQuote(text.slice(content.start, content.end), tokens[first - 1], opensSentence, pack);
      spans.push({ content, marks: { start: pair.open, end: pair.close === null ? end : pair.close + 1 }, closed: pair.close !== null, ...shape });
    }
    spans.sort((a, b) => a.marks.start - b.marks.start || b.marks.end - a.marks.end);
    // Only the outermost quote of a nest is a quote node: "«... “X” ...»" is one utterance.
    const outermost: QuoteSpan[] = [];
    for (const span of spans) {
      const parent = outermost[outermost.length - 1];
      if (parent && span.marks.start < parent.marks.end) continue;
      outermost.push(span);
    }
    return { quoteSpans: outermost, diagnostics };
  },
};
