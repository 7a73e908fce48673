import type { Article, AttributedContent, CueMatch, IndirectSpeech, SpeakerChoice } from '../../pipeline/article.js';
import { RangeLookup } from '../../text/range-lookup.js';
import { trimRange } from '../../text/span.js';
import type { AccordingTo, UnnamedAccordingTo } from './according-to.js';
import { contentAfterCue } from './content-after-cue.js';
import { contentAroundCue } from './content-around-cue.js';
import { followsQuote } from './quote-cues.js';

// Only a cue that reports words or beliefs stands as a parenthetical ("..., ha spiegato X"); an
// address or an act needs its object, and a cue after a quote belongs to the quote.
function canReportAround(article: Article, cue: CueMatch): boolean {
  const verb = article.pack.cueOf(article.tokens![cue.verbToken]!.lower);
  const cueClass = verb?.cueClass;
  return cueClass !== undefined && cue.voice === undefined && (cueClass === 'speech' || cueClass === 'assertion' || cueClass === 'cognition') && !followsQuote(article, cue);
}
import type { Speakers } from './resolve-speakers.js';
import { mapPacked } from '../../text/map-packed.js';

export interface ReportedSpeech {
  indirect: IndirectSpeech[];
  attributed: AttributedContent[];
}

/**
 * Reported speech after each cue and each "secondo X". Content that a quote already covers is
 * left to the quote ("ritenendo che “la situazione ...”"); an aside inside another report is not
 * a report of its own.
 */
export function reportedSpeech(article: Article, verbal: readonly CueMatch[], according: readonly AccordingTo[], speakers: Speakers, quoteLookup: RangeLookup<boolean>, unnamed: readonly UnnamedAccordingTo[] = []): ReportedSpeech {
  const indirect: IndirectSpeech[] = [];
  const attributed: AttributedContent[] = [];
  const coveredByQuote = (start: number, end: number) => quoteLookup.covering(start, end, 0.8).length > 0;
  const add = (content: IndirectSpeech['content'], cue: CueMatch, speaker: SpeakerChoice) => {
    attributed.push({ ref: `indirect:${indirect.length}`, cue, speaker });
    indirect.push({ content, cue });
  };
  verbal.forEach((cue, i) => {
    const found = article.pack.reportedContent
      ? article.pack.reportedContent(article, cue)
      : contentAfterCue(article, cue) ?? (canReportAround(article, cue) ? contentAroundCue(article, cue) : null);
    const content = found && trimRange(article.text, found.start, found.end);
    if (!content || content.end - content.start < 2 || coveredByQuote(content.start, content.end)) return;
    add(content, cue, speakers.ofVerbal[i]!);
  });
  const reportedLookup = new RangeLookup(mapPacked(indirect, (d) => [d.content, true] as const));
  according.forEach((a, i) => {
    const content = a.content ?? article.pack.reportedContent?.(article, a.cue);
    if (!content || coveredByQuote(content.start, content.end)) return;
    if (reportedLookup.containing(a.cue.start, a.cue.end).length > 0) return;
    add(content, a.cue, speakers.ofAccording[i]!);
  });
  // a source the text names with no mention: the content is reported, its source left empty
  for (const a of unnamed) {
    if (coveredByQuote(a.content.start, a.content.end) || reportedLookup.containing(a.cue.start, a.cue.end).length > 0) continue;
    add(a.content, a.cue, { actor: null, rule: 'unnamed-source', via: null });
  }
  return { indirect, attributed };
}
