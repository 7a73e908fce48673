import type { Article, AttributedContent, CueMatch, SpeakerChoice } from '../../pipeline/article.js';
import { tokenAt } from '../../pipeline/token-at.js';
import { nameKey } from '../../text/slug.js';
import type { Range } from '../../text/span.js';
import type { AccordingTo } from './according-to.js';
import type { SubjectIndex } from './find-subject.js';
import { cueAfterQuote, cueBeforeQuote } from './quote-cues.js';

/**
 * The speaker of every quote that is speech, by the first rule that applies: the cue right after
 * it, the cue or name before its colon, the cue of its sentence; then a heading quote takes the
 * speaker of the body quote it repeats, and a quote standing alone in its paragraph the speaker
 * of the quote before it.
 */
export interface FoundCues {
  verbal: readonly CueMatch[];
  speakerOfVerbal: readonly SpeakerChoice[];
  according: readonly AccordingTo[];
  speakerOfAccording: readonly SpeakerChoice[];
  /** Reported speech already attributed: a quote inside it is its speaker's words. */
  reported: readonly { content: Range; attribution: AttributedContent }[];
}

export function attributeQuotes(article: Article, found: FoundCues, index: SubjectIndex, actorOfMention: (mention: number) => string): AttributedContent[] {
  const { verbal, speakerOfVerbal, according, speakerOfAccording, reported } = found;
  const tokens = article.tokens!;
  const sentences = article.sentences!;
  const quotes = article.quoteSpans!;
  const cueAt = new Map(verbal.map((c, i) => [c.firstToken, i]));
  const cueEndingAt = new Map(verbal.map((c, i) => [c.endToken, i]));
  const results: (AttributedContent | null)[] = quotes.map(() => null);
  const withRule = (choice: SpeakerChoice, rule: string): SpeakerChoice => ({ ...choice, rule: `${rule}/${choice.rule}` });

  quotes.forEach((quote, n) => {
    if (quote.isTitle) return;
    const ref = `quote:${n}`;
    const after = cueAfterQuote(article, quote, cueAt);
    if (after !== undefined) { results[n] = { ref, cue: verbal[after]!, speaker: withRule(speakerOfVerbal[after]!, 'cue-after-quote') }; return; }
    const before = cueBeforeQuote(article, quote, cueEndingAt);
    if (before.cue !== undefined) { results[n] = { ref, cue: verbal[before.cue]!, speaker: withRule(speakerOfVerbal[before.cue]!, 'cue-before-quote') }; return; }
    if (before.nameToken !== undefined) {
      const mention = index.byEnd.get(before.nameToken)?.[0];
      if (mention !== undefined) { results[n] = { ref, cue: null, speaker: { actor: actorOfMention(mention), rule: 'name-colon', via: null } }; return; }
    }
    const holder = reported.find((r) => r.content.start <= quote.marks.start && quote.marks.end <= r.content.end + 1 && r.attribution.speaker.actor);
    if (holder) { results[n] = { ref, cue: holder.attribution.cue, speaker: withRule(holder.attribution.speaker, 'inside-reported-speech') }; return; }
    const sentence = tokens[tokenAt(tokens, quote.marks.start)]?.sentence;
    const candidates = [
      ...verbal.map((cue, i) => ({ cue, speaker: speakerOfVerbal[i]! })),
      ...according.map((a, i) => ({ cue: a.cue, speaker: speakerOfAccording[i]! })),
    ].filter((c) => tokens[c.cue.verbToken]!.sentence === sentence && c.speaker.actor !== null);
    const distance = (c: CueMatch) => (c.end <= quote.marks.start ? quote.marks.start - c.end : 1e6 + c.start - quote.marks.end);
    candidates.sort((a, b) => distance(a.cue) - distance(b.cue));
    const best = candidates[0];
    if (best) results[n] = { ref, cue: best.cue, speaker: withRule(best.speaker, 'cue-in-sentence') };
  });

  // Headings repeat body quotes ("“Saremo sempre fermamente al fianco dei nostri compagni russi”").
  const keys = quotes.map((q) => nameKey(article.text.slice(q.content.start, q.content.end)).replace(/[^\p{L}\p{N} ]/gu, ''));
  quotes.forEach((quote, n) => {
    if (results[n] || quote.isTitle || keys[n]!.length < 12) return;
    const source = quotes.findIndex((_, m) => m !== n && results[m]?.speaker.actor && (keys[m]!.includes(keys[n]!) || keys[n]!.includes(keys[m]!)));
    if (source >= 0) results[n] = { ref: `quote:${n}`, cue: null, speaker: { ...results[source]!.speaker, rule: 'repeats-attributed-quote' } };
  });
  // A quote alone in its paragraph continues the speaker of the quote just before it.
  quotes.forEach((quote, n) => {
    if (results[n] || quote.isTitle || n === 0 || !results[n - 1]?.speaker.actor) return;
    const sentence = sentences[tokens[tokenAt(tokens, quote.marks.start)]!.sentence]!;
    const previous = sentences[tokens[tokenAt(tokens, quotes[n - 1]!.marks.start)]!.sentence]!;
    if (sentence.heading || sentence.paragraph - previous.paragraph > 1) return;
    results[n] = { ref: `quote:${n}`, cue: null, speaker: { ...results[n - 1]!.speaker, rule: 'consecutive-quote' } };
  });
  return results.map((r, n) => r ?? { ref: `quote:${n}`, cue: null, speaker: { actor: null, rule: 'no-speaker', via: null } }).filter((r, n) => !quotes[n]!.isTitle);
}
