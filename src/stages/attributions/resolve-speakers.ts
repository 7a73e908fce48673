import type { Article, CueMatch, SpeakerChoice } from '../../pipeline/article.js';
import type { AccordingTo } from './according-to.js';
import { citedVia } from './cited-via.js';
import { isGoverned, mentionsBefore, passiveAgent, subjectAfter, subjectBefore, type SubjectHit, type SubjectIndex } from './find-subject.js';
import { followsQuote, quoteBefore } from './quote-cues.js';
import { tokenAt } from '../../pipeline/token-at.js';
import type { SpeakerRegistry } from './speaker-registry.js';

const JOINERS = [',', '-', '–', '—'];
const GERUND = /(?:and|end)o(?:[a-z]{2,6})?$/u;

export interface Speakers {
  ofVerbal: SpeakerChoice[];
  ofAccording: SpeakerChoice[];
}

/**
 * The speaker of every cue, in text order so that a cue with no subject ("Ha inoltre accusato
 * ...") continues who spoke before. A subject pronoun ("lui", "he") before such a cue becomes a
 * pronoun mention of the actor it was resolved to.
 */
export function resolveSpeakers(article: Article, verbal: readonly CueMatch[], according: readonly AccordingTo[], index: SubjectIndex, registry: SpeakerRegistry): Speakers {
  const tokens = article.tokens!;
  const mentions = article.mentions!;
  const pack = article.pack;
  let last: { actor: string; paragraph: number; sentence: number } | null = null;

  const isSubjectLike = (after: number) => {
    const next = tokens[after];
    return next !== undefined && (pack.auxiliaries.has(next.lower) || pack.cueOf(next.lower) !== undefined);
  };
  // A cue with no subject continues the last speaker when the text still talks about them, else
  // the nearest person who can be a subject in this or the previous sentence.
  const carriedSubject = (token: number, paragraph: number): SpeakerChoice => {
    const nearby = mentionsBefore(article, token, index);
    const free = nearby.filter((m) => mentions[m]!.type === 'person' && !isGoverned(article, mentions[m]!));
    const sentence = tokens[token + 1]?.sentence;
    // a person already named in this sentence ("Cissy Houston, che ha letto ...: ha ricordato")
    const here = free.find((m) => tokens[mentions[m]!.firstToken]!.sentence === sentence);
    if (here !== undefined) return { actor: registry.actorOfMention(here), rule: 'carried-subject', via: null };
    if (last && nearby.some((m) => registry.mentionActor[m] === last!.actor)) return { actor: last.actor, rule: 'carried-speaker', via: null };
    // the subject of the sentence before: a person right before a verb ("Paolini è corso")
    const person = free.find((m) => isSubjectLike(mentions[m]!.endToken)) ?? free[0];
    if (person !== undefined) return { actor: registry.actorOfMention(person), rule: 'carried-subject', via: null };
    if (last && paragraph - last.paragraph <= 2) return { actor: last.actor, rule: 'carried-speaker', via: null };
    // a guess, named as one: the nearest person in the last few sentences
    const nearest = mentionsBefore(article, token, index, 3).find((m) => mentions[m]!.type === 'person');
    if (nearest !== undefined) return { actor: registry.actorOfMention(nearest), rule: 'nearest-person', via: null };
    return { actor: null, rule: 'no-subject', via: null };
  };

  const speakerOf = (cue: CueMatch, fixed: number | undefined): SpeakerChoice => {
    const paragraph = article.sentences![tokens[cue.verbToken]!.sentence]!.paragraph;
    let hit: SubjectHit | null;
    if (cue.voice) {
      // a passive names its speaker as the agent, if at all ("è stato annunciato dal ministro")
      const agent = cue.voice === 'passive' ? passiveAgent(article, cue, index) : undefined;
      const choice: SpeakerChoice = agent === undefined ? { actor: null, rule: 'impersonal', via: null } : { actor: registry.actorOfMention(agent), rule: 'passive-agent', via: null };
      return choice;
    }
    // a subject pronoun the language resolves by agreement ("he said": a man named nearby), or none
    const pronoun = fixed === undefined ? pack.pronounSubject?.(article, cue) : undefined;
    if (pronoun) {
      const actor = pronoun.antecedent === null ? null : registry.actorOfMention(pronoun.antecedent);
      if (actor === null) return { actor: null, rule: 'pronoun-ambiguous', via: null };
      registry.addPronoun(pronoun.token, actor, 'pronoun-antecedent');
      last = { actor, paragraph, sentence: tokens[cue.verbToken]!.sentence };
      return { actor, rule: 'pronoun-antecedent', via: null };
    }
    if (fixed !== undefined) hit = { mention: fixed, rule: 'according-to' as SubjectHit['rule'] };
    else if (followsQuote(article, cue)) hit = subjectAfter(article, cue, index) ?? subjectBefore(article, cue, index);
    // ", ha detto Medvedev in conferenza stampa, «...»": after a comma or dash the subject may follow the cue
    else hit = subjectBefore(article, cue, index) ?? (JOINERS.includes(tokens[cue.firstToken - 1]?.text ?? '') ? subjectAfter(article, cue, index) : null);
    let choice: SpeakerChoice;
    const sentence = tokens[cue.verbToken]!.sentence;
    if (hit) choice = { actor: registry.actorOfMention(hit.mention), rule: hit.rule, via: null };
    // "Ha accusato ..., ritenendo che ...": a gerund shares the subject of its sentence's cue
    else if (GERUND.test(tokens[cue.verbToken]!.lower) && last && last.sentence === sentence) choice = { actor: last.actor, rule: 'gerund-subject', via: null };
    // "il trattato prevede ...": a belief with no subject is nobody's, not the last speaker's
    else if (cue.sense === 'cognition' && !pack.subjectPronouns.has(tokens[cue.firstToken - 1]?.lower ?? '')) choice = { actor: null, rule: 'no-subject', via: null };
    else {
      // after a quote, who spoke is looked for before the quote, not inside it
      const quote = followsQuote(article, cue) ? quoteBefore(article, cue) : undefined;
      choice = carriedSubject(quote ? tokenAt(tokens, quote.marks.start) - 1 : cue.firstToken - 1, paragraph);
      const pronoun = cue.firstToken - 1;
      if (choice.actor && pack.subjectPronouns.has(tokens[pronoun]?.lower ?? '') && tokens[pronoun]!.sentence === tokens[cue.verbToken]!.sentence) {
        registry.addPronoun(pronoun, choice.actor, `pronoun/${choice.rule}`);
        choice = { ...choice, rule: `pronoun/${choice.rule}` };
      }
    }
    const via = citedVia(article, cue, index);
    if (via !== null) choice.via = registry.actorOfMention(via);
    if (choice.actor) last = { actor: choice.actor, paragraph, sentence };
    return choice;
  };

  const events: ({ at: number; verbal: number } | { at: number; according: number })[] = [];
  verbal.forEach((cue, i) => events.push({ at: cue.start, verbal: i }));
  according.forEach((a, i) => events.push({ at: a.cue.start, according: i }));
  events.sort((a, b) => a.at - b.at);
  const speakers: Speakers = { ofVerbal: [], ofAccording: [] };
  for (const event of events) {
    if ('verbal' in event) speakers.ofVerbal[event.verbal] = speakerOf(verbal[event.verbal]!, undefined);
    else speakers.ofAccording[event.according] = speakerOf(according[event.according]!.cue, according[event.according]!.mention);
  }
  return speakers;
}
