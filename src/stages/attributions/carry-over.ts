import type { Article, NameMention, Token } from '../../pipeline/article.js';
import { isGoverned, mentionsBefore, opensClause, type SubjectIndex } from './find-subject.js';
import { agrees, isAnimate, type GrammaticalNumber } from './subject-checks.js';

/** The speaker of the last cue that had one: where it stands, to bound how far it carries. */
export interface LastSpeaker {
  actor: string;
  token: number;
  sentence: number;
  paragraph: number;
}

export interface Carried {
  /** A mention in subject position to take the actor of, or an actor carried from the last cue. */
  mention?: number;
  actor?: string;
  rule: 'previous-subject' | 'carried-speaker';
}

/** How many sentences back a subjectless cue may look for who it continues. */
const SENTENCES_BACK = 2;

const ASIDE_REACH = 10;
const CLITICS = new Set(['si', 'ne', 'lo', 'la', 'gli', 'le', 'ci', "l'", "s'"]);

/** Whether a verb starts at token `k`: an auxiliary, a cue, or a clitic before one. */
function opensVerb(article: Article, k: number): boolean {
  const tokens = article.tokens!;
  const pack = article.pack;
  const isVerb = (t: Token | undefined) => t !== undefined && (pack.auxiliaries.has(t.lower) || pack.cueOf(t.lower) !== undefined);
  const t = tokens[k];
  return isVerb(t) || (t !== undefined && CLITICS.has(t.lower) && isVerb(tokens[k + 1]));
}

/** Whether only articles and role words stand before the mention in its sentence ("Il ministro Anna Neri"). */
function opensSentence(article: Article, mention: NameMention): boolean {
  const tokens = article.tokens!;
  const pack = article.pack;
  const sentence = tokens[mention.firstToken]!.sentence;
  let k = mention.firstToken - 1;
  for (let steps = 0; k >= 0 && steps < 4 && tokens[k]!.sentence === sentence; steps++, k--) {
    const word = tokens[k]!.lower;
    if (!pack.determiners.has(word) && !pack.roleNouns.has(word)) return false;
  }
  return k < 0 || tokens[k]!.sentence !== sentence;
}

/**
 * Whether a mention stands where a subject does: free of a preposition and followed by a verb
 * (an auxiliary, a cue, a clitic before one) or by a comma that opens an aside.
 */
export function inSubjectPosition(article: Article, mention: NameMention, opener: NameMention = mention): boolean {
  const tokens = article.tokens!;
  const pack = article.pack;
  // "il giudice Laura Neri, ha detto": a role before its name stands where the name does
  if (mention.appositionOf !== undefined && mention.endToken === article.mentions![mention.appositionOf]!.firstToken) return inSubjectPosition(article, article.mentions![mention.appositionOf]!, mention);
  if (!isAnimate(mention) || mention.insideQuote || isGoverned(article, mention)) return false;
  let k = mention.endToken;
  while (k < tokens.length && pack.adverbs.has(tokens[k]!.lower)) k++;
  const next = tokens[k];
  if (!next || next.sentence !== tokens[mention.firstToken]!.sentence) return false;
  if (opensVerb(article, k)) return true;
  if (opensSentence(article, opener)) return true;
  if (next.text !== ',') return false;
  // "X, ha detto", and "X, direttore del giornale, è convinto": an aside up to its closing comma
  // (X opening its clause: in "il delegato dei Vigili del Fuoco, ha detto" the body is no subject)
  const opens = opensClause(article, opener);
  if (opens && opensVerb(article, k + 1)) return true;
  for (let j = k + 1; j < tokens.length && j <= k + ASIDE_REACH && tokens[j]!.sentence === next.sentence; j++) {
    if (tokens[j]!.text === ',') { if (opens && opensVerb(article, j + 1)) return true; break; }
    if (/^[«»“”"():;]$/u.test(tokens[j]!.text)) break;
  }
  // "X, che ha letto ...": the subject of a relative clause; "X, ..." opening its sentence
  const after = tokens[k + 1]?.lower ?? '';
  let start = mention.firstToken;
  while (start > 0 && pack.determiners.has(tokens[start - 1]!.lower)) start--;
  return after === 'che' || after === 'il' && tokens[k + 2]?.lower === 'quale' || after === 'la' && tokens[k + 2]?.lower === 'quale' || tokens[start - 1]?.sentence !== tokens[start]!.sentence;
}

/**
 * Who a cue with no subject of its own ("Ha poi aggiunto che ...") continues, or nobody. The most
 * recent of two candidates wins: a mention in subject position in this or the sentence before
 * ("Anna Costa è stata fermata. Ha dichiarato ..."), or the speaker of the last cue. The last
 * speaker carries only within its paragraph or into the next, and not across another subject.
 * Either must agree with the cue's verb in number.
 */
export function carryOver(article: Article, token: number, number: GrammaticalNumber, last: LastSpeaker | null, index: SubjectIndex, actorOf: (m: number) => string | null, actorType: (actor: string) => string | undefined, personOnly = false): Carried | null {
  const tokens = article.tokens!;
  const mentions = article.mentions!;
  const sentence = tokens[Math.max(0, token)]!.sentence;
  const paragraph = article.sentences![sentence]!.paragraph;
  const nearby = mentionsBefore(article, token, index, SENTENCES_BACK);
  // "lui replica": a personal pronoun stands for a person, not a body
  const subject = nearby.find((m) => inSubjectPosition(article, mentions[m]!) && (!personOnly || mentions[m]!.type === 'person'));
  const lastCarries = last !== null && paragraph - last.paragraph <= 1 && sentence - last.sentence <= 4;
  if (subject !== undefined && (!last || mentions[subject]!.firstToken > last.token || !lastCarries)) {
    // the subject sentence must be this one or the one before
    if (sentence - tokens[mentions[subject]!.firstToken]!.sentence > 1) return null;
    if (!agrees(mentions[subject]!, number, false)) return null;
    return { mention: subject, rule: 'previous-subject' };
  }
  // "He said", "lei ha detto": a personal pronoun names someone the text just spoke of; with nobody
  // in subject position, the one person named in this or the sentence before, if only one is
  if (personOnly && (!last || !lastCarries)) {
    const persons = mentionsBefore(article, token, index, 1).filter((m) => mentions[m]!.type === 'person' && !mentions[m]!.insideQuote && !isGoverned(article, mentions[m]!));
    const actors = new Set(persons.map((m) => actorOf(m) ?? `m${m}`));
    return actors.size === 1 ? { mention: persons[0]!, rule: 'previous-subject' } : null;
  }
  if (!last || !lastCarries) return null;
  // a person named in subject position since the last cue, even a sentence further back, breaks the chain
  if (subject !== undefined && actorOf(subject) !== last.actor && mentions[subject]!.firstToken > last.token) return null;
  const type = actorType(last.actor);
  if (personOnly && type !== 'person') return null;
  if ((number === 'plural' && type === 'person') || (number === 'singular' && type === 'group')) return null;
  return { actor: last.actor, rule: 'carried-speaker' };
}
