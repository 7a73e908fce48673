import type { Diagnostic } from '../../schema/graph-schema.js';
import type { Article, QuoteSpan } from '../../pipeline/article.js';
import { tokenAt } from '../../pipeline/token-at.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Range } from '../../text/span.js';
import { classifyQuote } from './classify-quote.js';
import { findCueBreaks } from './find-cue-breaks.js';
import { pairQuoteMarks, type MarkPair } from './pair-quote-marks.js';
import { trimMarks } from './trim-marks.js';
import { narrationSentences, nextNarration } from './narration-resumes.js';
import { countBefore } from '../../text/count-before.js';
import { mapPacked } from '../../text/map-packed.js';

type Unshaped = Omit<QuoteSpan, 'kind' | 'isTitle'>;

/**
 * Where each unclosed quote ends: at the first cue break after its opening mark ("«Resteremo,
 * ha detto"), at the end of the sentence before narration resumes, or else at the end of the last
 * paragraph it runs through. The breaks are found once
 * per such paragraph, from its earliest unclosed quote on, not once per quote: a paragraph of
 * 100,000 « would otherwise be read 100,000 times. Returns the end offset of each pair, by its
 * index, -1 for a closed pair.
 */
function endUnclosed(pairs: readonly MarkPair[], paragraphs: readonly Range[], article: Article): { ends: Int32Array; atNarration: Uint8Array } {
  const tokens = article.tokens!;
  const sentences = article.sentences!;
  const ends = new Int32Array(pairs.length).fill(-1);
  const atNarration = new Uint8Array(pairs.length);
  const next = pairs.some((p) => p.close === null) ? nextNarration(narrationSentences(article)) : new Int32Array(0);
  // Per pair: the first token after its opening mark, and the end of its last paragraph (-1: closed).
  const from = new Int32Array(pairs.length);
  const to = new Int32Array(pairs.length).fill(-1);
  const searches = new Map<number, { from: number; breaks: number[] }>();
  pairs.forEach((pair, i) => {
    if (pair.close !== null) return;
    from[i] = tokenAt(tokens, pair.open) + 1;
    to[i] = tokenAt(tokens, paragraphs[pair.lastParagraph]!.end);
    const search = searches.get(to[i]!);
    if (!search || from[i]! < search.from) searches.set(to[i]!, { from: from[i]!, breaks: [] });
  });
  for (const [end, search] of searches) search.breaks = findCueBreaks(tokens, search.from, end, article.pack);
  pairs.forEach((pair, i) => {
    if (to[i] === -1) return;
    const breaks = searches.get(to[i]!)!.breaks;
    const lo = countBefore(breaks, (b) => b < from[i]!);
    ends[i] = lo < breaks.length ? tokens[breaks[lo]!]!.start : paragraphs[pair.lastParagraph]!.end;
    // the writer's narration takes over at the first sentence that reads as narration: the quote
    // ends with the sentence before it, not at the end of its paragraph or of the article
    const opened = tokens[from[i]! - 1]?.sentence;
    const resumes = opened === undefined ? sentences.length : next[opened]!;
    // (only in the paragraph the quote opens in: a quote carried on by « is the speaker's again)
    const sameParagraph = opened !== undefined && resumes < sentences.length && sentences[resumes]!.paragraph === sentences[opened]!.paragraph;
    if (sameParagraph && sentences[resumes]!.start < ends[i]!) {
      ends[i] = sentences[resumes - 1]!.end;
      atNarration[i] = 1;
    }
  });
  return { ends, atNarration };
}

/** Quote spans: paired marks, unclosed quotes ended at their cue, kinds and titles. */
export const quoteMarksStage: Stage = {
  name: 'quote-marks',
  needs: ['folded', 'paragraphs', 'boilerplate', 'sentences', 'tokens'],
  provides: ['quoteSpans'],
  run(article) {
    const { text, pack } = article;
    // Boilerplate lines hold other articles' headlines: their quotes are no one's here.
    const boilerplate = new Set(article.boilerplate!.map((p) => p.start));
    const paragraphs = article.paragraphs!.filter((p) => !boilerplate.has(p.start));
    const tokens = article.tokens!;
    const sentences = article.sentences!;
    // Not `[...article.diagnostics]`: a copy of the usual empty list holds small integers (see mapPacked).
    const diagnostics: Diagnostic[] = mapPacked(article.diagnostics, (d) => d);
    const pairs = pairQuoteMarks(text, paragraphs, diagnostics, article.folded!);
    const { ends: unclosedEnd, atNarration } = endUnclosed(pairs, paragraphs, article);
    const trim: (start: number, end: number) => Range = pairs.length > 0 ? trimMarks(text) : (start, end) => ({ start, end });
    const spans: Unshaped[] = [];
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i]!;
      let end: number;
      if (pair.close !== null) end = pair.close;
      else {
        const paragraph = paragraphs[pair.lastParagraph]!;
        end = unclosedEnd[i]!;
        diagnostics.push({
          code: 'quote/unclosed',
          severity: 'warning',
          message: `${text[pair.open]} is never closed; the quote was ended at ${atNarration[i] ? 'the end of its sentence, where narration resumes' : end < paragraph.end ? 'its attribution cue' : 'the end of its paragraph'}`,
          start: pair.open,
          end: pair.open + 1,
        });
      }
      const content = trim(pair.open + 1, end);
      if (content.end <= content.start) continue;
      spans.push({ content, marks: { start: pair.open, end: pair.close === null ? end : pair.close + 1 }, closed: pair.close !== null });
    }
    spans.sort((a, b) => a.marks.start - b.marks.start || b.marks.end - a.marks.end);
    // Only the outermost quote of a nest is a quote node: "«... “X” ...»" is one utterance. Only
    // those are classified, so a deep nest is not read once per level.
    const outermost: QuoteSpan[] = [];
    for (const span of spans) {
      const parent = outermost[outermost.length - 1];
      if (parent && span.marks.start < parent.marks.end) continue;
      const first = tokenAt(tokens, span.marks.start);
      const sentence = sentences[tokens[first]?.sentence ?? 0];
      const opensSentence = sentence !== undefined && sentence.firstToken === first;
      const shape = classifyQuote(text.slice(span.content.start, span.content.end), tokens[first - 1], opensSentence, pack);
      outermost.push({ content: span.content, marks: span.marks, closed: span.closed, kind: shape.kind, isTitle: shape.isTitle });
    }
    return { quoteSpans: outermost, diagnostics };
  },
};
