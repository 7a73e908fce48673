import type { Article, CueMatch, SpeakerChoice } from '../../pipeline/article.js';
import type { AccordingTo } from './according-to.js';
import { citedVia } from './cited-via.js';
import { hasUnresolvedSubject, passiveAgent, subjectAfter, subjectBefore, type SubjectHit, type SubjectIndex } from './find-subject.js';
import { followsQuote, quoteBefore } from './quote-cues.js';
import { tokenAt } from '../../pipeline/token-at.js';
import type { SpeakerRegistry } from './speaker-registry.js';
import { carryOver, type LastSpeaker } from './carry-over.js';
import { coordinatedVerb, cueNumber } from './subject-checks.js';
import { asideSubject } from './aside-subject.js';

// Pronouns that stand for a person only ("lui", "lei", "he", "she"), unlike "essi" or "loro".
const PERSONAL_PRONOUNS = new Set(['lui', 'lei', 'egli', 'ella', 'he', 'she']);
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
  let last: LastSpeaker | null = null;

  // A cue with no subject continues who the text still talks about, within bounds, or nobody.
  const carriedSubject = (token: number, cue: CueMatch): SpeakerChoice => {
    const personal = PERSONAL_PRONOUNS.has(tokens[cue.firstToken - 1]?.lower ?? '');
    const carried = carryOver(article, token, cueNumber(article, cue), last, index, (m) => registry.mentionActor[m] ?? null, registry.typeOf, personal);
    // a subject pronoun ("He said", "lei ha detto") points back to who the text is about: with no
    // candidate nearer, the last speaker of this or the two paragraphs before (a person for he/she)
    const paragraph = article.sentences![tokens[cue.verbToken]!.sentence]!.paragraph;
    const pronoun = pack.subjectPronouns.has(tokens[cue.firstToken - 1]?.lower ?? '');
    if (!carried && pronoun && last && paragraph - last.paragraph <= 2 && (!personal || registry.typeOf(last.actor) === 'person')) return { actor: last.actor, rule: 'carried-speaker', via: null };
    if (!carried) return { actor: null, rule: 'no-subject', via: null };
    return { actor: carried.mention !== undefined ? registry.actorOfMention(carried.mention) : carried.actor!, rule: carried.rule, via: null };
  };

  const speakerOf = (cue: CueMatch, fixed: number | undefined): SpeakerChoice => {
    const paragraph = article.sentences![tokens[cue.verbToken]!.sentence]!.paragraph;
    let hit: SubjectHit | null;
    // "il sindaco si è detto preoccupato": a reflexive "si" after a subject is no impersonal one
    // (also "si è detto", which reads as a passive)
    const reflexive = cue.voice === 'impersonal' || (cue.voice === 'passive' && tokens[cue.firstToken]!.lower === 'si') ? subjectBefore(article, cue, index) : null;
    // "si è lamentato del ritardo", with its subject in a sentence before: reflexive, so carried
    // below; "si è detto che ..." stays impersonal
    const reflexiveWithoutSubject = !reflexive && cue.voice === 'passive' && tokens[cue.firstToken]!.lower === 'si' && tokens[cue.endToken]?.lower !== 'che';
    if (reflexive) hit = { ...reflexive, rule: 'reflexive-subject' as SubjectHit['rule'] };
    else if (reflexiveWithoutSubject) hit = null;
    else if (cue.voice) {
      // a passive names its speaker as the agent, if at all ("è stato annunciato dal ministro")
      const agent = cue.voice === 'passive' ? passiveAgent(article, cue, index) : undefined;
      const choice: SpeakerChoice = agent === undefined ? { actor: null, rule: 'impersonal', via: null } : { actor: registry.actorOfMention(agent), rule: 'passive-agent', via: null };
      return choice;
    }
    else {
      // a subject pronoun the language resolves by agreement ("he said": a man named nearby), or none
      const pronoun = fixed === undefined ? pack.pronounSubject?.(article, cue) : undefined;
      if (pronoun) {
        const actor = pronoun.antecedent === null ? null : registry.actorOfMention(pronoun.antecedent);
        if (actor === null) return { actor: null, rule: 'pronoun-ambiguous', via: null };
        registry.addPronoun(pronoun.token, actor, 'pronoun-antecedent');
        last = { actor, token: cue.verbToken, paragraph, sentence: tokens[cue.verbToken]!.sentence };
        return { actor, rule: 'pronoun-antecedent', via: null };
      }
      if (fixed !== undefined) hit = { mention: fixed, rule: 'according-to' as SubjectHit['rule'] };
      else if (followsQuote(article, cue)) hit = subjectAfter(article, cue, index) ?? subjectBefore(article, cue, index);
      else {
        // "Il piano, ha detto la sindaca, è pronto": a cue standing as an aside has its subject
        // inside the aside, after the verb; the name before it belongs to the reported clause
        const aside = asideSubject(article, cue, index);
        if (aside === 'abstain') return { actor: null, rule: 'aside-subject-unknown', via: null };
        if (aside === 'carry') {
          // "Il piano, ha detto, è pronto": who spoke before this sentence, not a name in the clause reported
          const sentenceStart = article.sentences![tokens[cue.verbToken]!.sentence]!.firstToken;
          const choice = carriedSubject(sentenceStart - 1, cue);
          if (choice.actor) last = { actor: choice.actor, token: cue.verbToken, paragraph, sentence: tokens[cue.verbToken]!.sentence };
          return choice;
        }
        // ", ha aggiunto Bruni davanti ai cronisti, «...»": after a comma or dash the subject may follow the cue
        hit = aside ?? subjectBefore(article, cue, index) ?? (JOINERS.includes(tokens[cue.firstToken - 1]?.text ?? '') ? subjectAfter(article, cue, index) : null);
      }
    }
    let choice: SpeakerChoice;
    const sentence = tokens[cue.verbToken]!.sentence;
    if (hit) choice = { actor: registry.actorOfMention(hit.mention), rule: hit.rule, via: null };
    // "Ha accusato ..., ritenendo che ...": a gerund shares the subject of its sentence's cue
    else if (GERUND.test(tokens[cue.verbToken]!.lower) && last && last.sentence === sentence) choice = { actor: last.actor, rule: 'gerund-subject', via: null };
    // "il trattato prevede ...": a belief with no subject is nobody's, not the last speaker's
    else if (cue.sense === 'cognition' && !pack.subjectPronouns.has(tokens[cue.firstToken - 1]?.lower ?? '')) choice = { actor: null, rule: 'no-subject', via: null };
    // "Quest'ultimo, che ..., ha detto": a subject no mention covers is not the last speaker
    else if (coordinatedVerb(article, cue) === undefined && hasUnresolvedSubject(article, cue)) choice = { actor: null, rule: 'unresolved-subject', via: null };
    else {
      // after a quote, who spoke is looked for before the quote, not inside it
      const quote = followsQuote(article, cue) ? quoteBefore(article, cue) : undefined;
      choice = carriedSubject(quote ? tokenAt(tokens, quote.marks.start) - 1 : cue.firstToken - 1, cue);
      const pronoun = cue.firstToken - 1;
      if (choice.actor && pack.subjectPronouns.has(tokens[pronoun]?.lower ?? '') && tokens[pronoun]!.sentence === tokens[cue.verbToken]!.sentence) {
        registry.addPronoun(pronoun, choice.actor, `pronoun/${choice.rule}`);
        choice = { ...choice, rule: `pronoun/${choice.rule}` };
      }
    }
    const via = citedVia(article, cue, index);
    if (via !== null) choice.via = registry.actorOfMention(via);
    if (choice.actor) last = { actor: choice.actor, token: cue.verbToken, paragraph, sentence };
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
