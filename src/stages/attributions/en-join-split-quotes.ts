import type { Article, AttributedContent, QuoteSpan } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { countBefore } from '../../text/count-before.js';

/** The most text a cue between two pieces of one quote takes: "”, said Jane Doe, a spokeswoman for the city. “". */
const MAX_GAP = 160;
const MARK = /[«»“”„"]/u;
/** How far after a quote a cue still belongs to it: "”, the city's deputy mayor said". */
const OWN_CUE_REACH = 40;

const CLOSERS = new Set(["'", '"', '”', '’', ' ', '\n']);
const STOPS = new Set(['.', '!', '?', '…']);
/** Whether text[from, to) ends with a full stop, past the closing marks and spaces after it. */
function endsWithStop(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && CLOSERS.has(text[i]!)) i--;
  return i >= from && STOPS.has(text[i]!);
}

const indexOfRef = (ref: string) => (ref.startsWith('quote:') ? Number(ref.slice(6)) : -1);

/**
 * Whether quote `b` continues quote `a` across the cue that interrupts it: "“A,” she said. “B.”"
 * The two stand in one paragraph, the cue of `a` is in the gap and is all the gap holds, and `b`
 * has no cue of its own ("“A,” he said. “B,” he added." stays two quotes).
 */
function continues(article: Article, a: QuoteSpan, b: QuoteSpan, ofA: AttributedContent | undefined, ofB: AttributedContent | undefined): boolean {
  if (a.isTitle || b.isTitle || !a.closed) return false;
  if (b.marks.start - a.marks.end > MAX_GAP) return false;
  const gap = article.text.slice(a.marks.end, b.marks.start);
  if (gap.includes('\n') || MARK.test(gap)) return false;
  // the cue in the gap: the first piece's own, or (its speaker unresolved) the one cue standing there
  const cues = article.cues!;
  const first = countBefore(cues, (c) => c.start < a.marks.end);
  const inGap = cues.slice(first, countBefore(cues, (c) => c.start < b.marks.start));
  const cue = ofA?.cue ?? inGap[0];
  if (!cue || cue.start < a.marks.end || cue.end > b.marks.start) return false;
  // a second cue in the gap introduces the second piece: "”, he said, adding that “..."
  if (inGap.some((c) => c.start !== cue.start)) return false;
  if (ofB?.cue && ofB.cue.start !== cue.start) return false;
  // a cue right after the second piece is its own: "“A,” he said. “B,” she replied."
  const next = cues[countBefore(cues, (c) => c.start < b.marks.end)];
  const endsSentence = endsWithStop(article.text, b.content.start, b.marks.end);
  if (next && !endsSentence && next.start - b.marks.end <= OWN_CUE_REACH && !/[.!?\n“”"«»]/u.test(article.text.slice(b.marks.end, next.start))) return false;
  return ofB === undefined || ofB.speaker.actor === null || ofB.speaker.actor === (ofA?.speaker.actor ?? null);
}

/**
 * English news splits one quote around its cue; annotation (and a reader) takes it as one quote
 * from the first piece's first word to the last piece's last, with the cue inside. For packs that
 * say so, the pieces become one quote with the first piece's attribution.
 */
export const joinSplitQuotesStage: Stage = {
  name: 'join-split-quotes',
  needs: ['quoteSpans', 'attributed', 'cues'],
  provides: ['quoteSpans', 'attributed'],
  run(article) {
    if (!article.pack.joinsSplitQuotes) return {};
    const quotes = article.quoteSpans!;
    const attributed = article.attributed!;
    const byQuote = new Map<number, AttributedContent>();
    for (const a of attributed) if (indexOfRef(a.ref) >= 0) byQuote.set(indexOfRef(a.ref), a);
    // newIndex[n]: the index quote n has after joining (joined pieces take their first piece's)
    const newIndex = new Int32Array(quotes.length);
    const kept: QuoteSpan[] = [];
    const dropped = new Set<number>();
    let head = -1;
    quotes.forEach((quote, n) => {
      if (head >= 0 && continues(article, kept[kept.length - 1]!, quote, byQuote.get(head), byQuote.get(n))) {
        const first = kept[kept.length - 1]!;
        kept[kept.length - 1] = { ...first, content: { start: first.content.start, end: quote.content.end }, marks: { start: first.marks.start, end: quote.marks.end }, closed: quote.closed, kind: 'direct' };
        newIndex[n] = kept.length - 1;
        dropped.add(n);
        return;
      }
      head = n;
      newIndex[n] = kept.length;
      kept.push(quote);
    });
    if (dropped.size === 0) return {};
    const renumbered: AttributedContent[] = [];
    for (const a of attributed) {
      const n = indexOfRef(a.ref);
      if (n < 0) renumbered.push(a);
      else if (!dropped.has(n)) renumbered.push({ ...a, ref: `quote:${newIndex[n]}` });
    }
    return { quoteSpans: kept, attributed: renumbered };
  },
};
