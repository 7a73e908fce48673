import type { ActorDraft, AttributedContent, IndirectSpeech, SpeakerChoice } from '../../pipeline/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { nameKey, slugify } from '../../text/slug.js';
import { RangeLookup } from '../../text/range-lookup.js';
import { trimRange } from '../../text/span.js';
import { accordingTo } from './according-to.js';
import { contentAfterCue } from './content-after-cue.js';
import { findCues } from './find-cues.js';
import { indexMentions, isGoverned, mentionsBefore, subjectAfter, subjectBefore, type SubjectHit } from './find-subject.js';
import { attributeQuotes } from './attribute-quotes.js';
import { citedVia } from './cited-via.js';
import { followsQuote } from './quote-cues.js';
import { dropNestedSpeech } from './drop-nested-speech.js';

/**
 * Cues, their speakers, reported speech, and the speaker of every quote. Speakers carry over in
 * text order: a cue with no subject ("Ha inoltre accusato ...") takes the last speaker.
 */
export const attributionsStage: Stage = {
  name: 'attributions',
  needs: ['tokens', 'sentences', 'quoteSpans', 'mentions', 'actors', 'mentionActor'],
  provides: ['cues', 'indirect', 'attributed', 'actors', 'mentionActor'],
  run(article) {
    const tokens = article.tokens!;
    const mentions = article.mentions!;
    const quotes = article.quoteSpans!;
    const actors: ActorDraft[] = [...article.actors!];
    const mentionActor = [...article.mentionActor!];
    const index = indexMentions(mentions);
    const quoteLookup = new RangeLookup(quotes.map((q) => [q.content, true] as const));
    const insideQuote = (offset: number) => quoteLookup.containing(offset).length > 0;

    // An unnamed speaker ("un giornale", "la polizia tedesca") becomes an actor of its own, one per description.
    const described = new Map<string, string>();
    // The first actor with each id: no scan of every actor per described speaker.
    const actorById = new Map<string, ActorDraft>();
    for (const a of actors) if (!actorById.has(a.id)) actorById.set(a.id, a);
    const actorOfMention = (i: number): string => {
      const m = mentions[i]!;
      const known = mentionActor[i] ?? (m.appositionOf !== undefined ? mentionActor[m.appositionOf] : null);
      if (known) return known;
      const key = nameKey(m.text);
      let id = described.get(key);
      if (id === undefined) {
        id = actorById.has(slugify(m.text)) ? `${slugify(m.text)}-${actors.length}` : slugify(m.text);
        described.set(key, id);
        const actor: ActorDraft = { id, type: m.type, name: m.text, aliases: [], titles: [], affiliation: m.affiliation ?? null, mentions: [] };
        actors.push(actor);
        if (!actorById.has(id)) actorById.set(id, actor);
      }
      actorById.get(id)!.mentions.push({ mention: i, rule: 'described' });
      mentionActor[i] = id;
      return id;
    };

    const verbal = findCues(tokens, article.pack).filter((c) => !insideQuote(c.start));
    const according = accordingTo(article, index).filter((a) => !insideQuote(a.cue.start));
    type Event = { at: number; verbal?: number; according?: number };
    const events: Event[] = [
      ...verbal.map((c, i) => ({ at: c.start, verbal: i })),
      ...according.map((a, i) => ({ at: a.cue.start, according: i })),
    ].sort((a, b) => a.at - b.at);

    // A cue with no subject continues the last speaker when the text still talks about them,
    // else the nearest person who can be a subject in this or the previous sentence.
    const carriedSubject = (token: number, paragraph: number): SpeakerChoice => {
      const nearby = mentionsBefore(article, token, index);
      const free = nearby.filter((m) => mentions[m]!.type === 'person' && !isGoverned(article, mentions[m]!));
      const sentence = tokens[token + 1]?.sentence;
      // A person already named in this sentence ("Cissy Houston, che ha letto ...: ha ricordato")
      const here = free.find((m) => tokens[mentions[m]!.firstToken]!.sentence === sentence);
      if (here !== undefined) return { actor: actorOfMention(here), rule: 'carried-subject', via: null };
      if (last && nearby.some((m) => mentionActor[m] === last!.actor)) return { actor: last.actor, rule: 'carried-speaker', via: null };
      // the subject of the sentence before: a person right before a verb ("Paolini è corso")
      const subjectLike = free.find((m) => isSubjectLike(mentions[m]!.endToken));
      const person = subjectLike ?? free[0];
      if (person !== undefined) return { actor: actorOfMention(person), rule: 'carried-subject', via: null };
      if (last && paragraph - last.paragraph <= 2) return { actor: last.actor, rule: 'carried-speaker', via: null };
      // A guess, named as one: the nearest person in the last few sentences.
      const nearest = mentionsBefore(article, token, index, 3).find((m) => mentions[m]!.type === 'person');
      if (nearest !== undefined) return { actor: actorOfMention(nearest), rule: 'nearest-person', via: null };
      return { actor: null, rule: 'no-subject', via: null };
    };
    const isSubjectLike = (after: number) => {
      const next = tokens[after];
      return next !== undefined && (article.pack.auxiliaries.has(next.lower) || article.pack.cueOf(next.lower) !== undefined);
    };
    // ", ha detto Medvedev in conferenza stampa, «...»": after a comma or dash the subject may follow the cue
    const afterJoiner = (cue: (typeof verbal)[number]) => [',', '-', '–', '—'].includes(tokens[cue.firstToken - 1]?.text ?? '');
    const speakerOfVerbal: SpeakerChoice[] = [];
    const speakerOfAccording: SpeakerChoice[] = [];
    let last: { actor: string; paragraph: number } | null = null;
    for (const event of events) {
      const cue = event.verbal !== undefined ? verbal[event.verbal]! : according[event.according!]!.cue;
      const paragraph = article.sentences![tokens[cue.verbToken]!.sentence]!.paragraph;
      let hit: SubjectHit | null = null;
      if (event.according !== undefined) hit = { mention: according[event.according]!.mention, rule: 'according-to' as SubjectHit['rule'] };
      else if (followsQuote(article, cue)) hit = subjectAfter(article, cue, index) ?? subjectBefore(article, cue, index);
      else hit = subjectBefore(article, cue, index) ?? (afterJoiner(cue) ? subjectAfter(article, cue, index) : null);
      let choice: SpeakerChoice;
      if (hit) choice = { actor: actorOfMention(hit.mention), rule: hit.rule, via: null };
      else choice = carriedSubject(cue.firstToken - 1, paragraph);
      const via = citedVia(article, cue, index);
      if (via !== null) choice.via = actorOfMention(via);
      if (choice.actor) last = { actor: choice.actor, paragraph };
      if (event.verbal !== undefined) speakerOfVerbal[event.verbal] = choice;
      else speakerOfAccording[event.according!] = choice;
    }

    const indirect: IndirectSpeech[] = [];
    const attributed: AttributedContent[] = [];
    const coveredByQuote = (start: number, end: number) => quoteLookup.covering(start, end, 0.8).length > 0;
    verbal.forEach((cue, i) => {
      const found = contentAfterCue(article, cue);
      const content = found && trimRange(article.text, found.start, found.end);
      if (!content || content.end - content.start < 2 || coveredByQuote(content.start, content.end)) return;
      attributed.push({ ref: `indirect:${indirect.length}`, cue, speaker: speakerOfVerbal[i]! });
      indirect.push({ content, cue });
    });
    const reportedLookup = new RangeLookup(indirect.map((d) => [d.content, true] as const));
    according.forEach((a, i) => {
      if (!a.content || coveredByQuote(a.content.start, a.content.end)) return;
      if (reportedLookup.containing(a.cue.start, a.cue.end).length > 0) return;
      attributed.push({ ref: `indirect:${indirect.length}`, cue: a.cue, speaker: speakerOfAccording[i]! });
      indirect.push({ content: a.content, cue: a.cue });
    });
    const reported = attributed.map((a, n) => ({ content: indirect[n]!.content, attribution: a }));
    dropNestedSpeech(indirect, attributed);
    attributed.push(...attributeQuotes(article, { verbal, speakerOfVerbal, according, speakerOfAccording, reported }, index, actorOfMention));
    return { cues: verbal, indirect, attributed, actors, mentionActor };
  },
};
