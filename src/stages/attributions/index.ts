import type { Stage } from '../../pipeline/stage.js';
import { RangeLookup } from '../../text/range-lookup.js';
import { accordingTo, type UnnamedAccordingTo } from './according-to.js';
import { attributeQuotes } from './attribute-quotes.js';
import { dropNestedSpeech } from './drop-nested-speech.js';
import { findCues } from './find-cues.js';
import { indexMentions } from './find-subject.js';
import { reportedSpeech } from './reported-speech.js';
import { resolveSpeakers } from './resolve-speakers.js';
import { createSpeakerRegistry } from './speaker-registry.js';
import { mapPacked } from '../../text/map-packed.js';

/**
 * Cues and "secondo X", their speakers, reported speech, and the speaker of every quote. Cues
 * inside quotes are the quoted speaker's own words ("affermo che ...") and are left out.
 */
export const attributionsStage: Stage = {
  name: 'attributions',
  needs: ['tokens', 'sentences', 'times', 'quoteSpans', 'mentions', 'actors', 'mentionActor'],
  provides: ['cues', 'indirect', 'attributed', 'actors', 'mentions', 'mentionActor'],
  run(article) {
    const index = indexMentions(article.mentions!);
    const quoteLookup = new RangeLookup(mapPacked(article.quoteSpans!, (q) => [q.content, true] as const));
    const outsideQuotes = (offset: number) => quoteLookup.containing(offset).length === 0;
    const registry = createSpeakerRegistry(article);

    const verbal = findCues(article.tokens!, article.pack).filter((c) => outsideQuotes(c.start));
    const unnamed: UnnamedAccordingTo[] = [];
    const according = accordingTo(article, index, unnamed).filter((a) => outsideQuotes(a.cue.start));
    const speakers = resolveSpeakers(article, verbal, according, index, registry);
    const { indirect, attributed } = reportedSpeech(article, verbal, according, speakers, quoteLookup, unnamed.filter((a) => outsideQuotes(a.cue.start)));
    // a quote inside a report nested in another takes the inner speaker: look before dropping
    const reported = mapPacked(attributed, (a, n) => ({ content: indirect[n]!.content, attribution: a }));
    dropNestedSpeech(indirect, attributed);
    const found = { verbal, speakerOfVerbal: speakers.ofVerbal, according, speakerOfAccording: speakers.ofAccording, reported };
    // One by one, not push(...all): 300,000 quotes as call arguments overflow the stack.
    for (const quote of attributeQuotes(article, found, index, registry)) attributed.push(quote);
    return { cues: verbal, indirect, attributed, actors: registry.actors, mentions: registry.mentions, mentionActor: registry.mentionActor };
  },
};
