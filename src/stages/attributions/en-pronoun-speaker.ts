import type { Article, CueMatch, NameMention } from '../../pipeline/article.js';
import { countBefore } from '../../text/count-before.js';
import { femaleOnlyNames, maleOnlyNames } from '../../lang/en/given-name-gender.generated.js';

type Gender = 'female' | 'male' | null;

const FEMALE_NAMES = new Set(femaleOnlyNames.split(' '));
const MALE_NAMES = new Set(maleOnlyNames.split(' '));
const PRONOUNS: ReadonlyMap<string, 'female' | 'male' | 'plural'> = new Map([['he', 'male'], ['she', 'female'], ['they', 'plural']]);
const FEMALE_WORDS = new Set('mrs ms miss madam dame lady spokeswoman congresswoman chairwoman businesswoman councilwoman congresswomen woman mother wife daughter sister queen actress'.split(' '));
const MALE_WORDS = new Set('mr sir lord spokesman congressman chairman businessman councilman man father husband son brother king actor'.split(' '));
/** Words that may stand between a subject pronoun and its cue: "he has also said", "she did not say". */
const BETWEEN = new Set('is was are were has have had will would could should may might must did does do also later again then now not never often repeatedly previously once still already just n\'t recently'.split(' '));
const MAX_BETWEEN = 3;

export interface PronounSubject {
  /** Token index of the pronoun. */
  token: number;
  /** The mention it stands for; null when none agrees or two could (the speaker is left unknown). */
  antecedent: number | null;
}

const genderOfWord = (word: string): Gender => (FEMALE_WORDS.has(word) || FEMALE_NAMES.has(word) ? 'female' : MALE_WORDS.has(word) || MALE_NAMES.has(word) ? 'male' : null);

/** A person's gender by the words of their mentions and the honorific before one: "Mrs. Lee", "Tom Hale", "the spokeswoman". */
function genderOfActor(article: Article, actor: string, cache: Map<string, Gender>): Gender {
  if (cache.has(actor)) return cache.get(actor)!;
  const tokens = article.tokens!;
  let gender: Gender = null;
  const draft = article.actors!.find((a) => a.id === actor);
  for (const { mention } of draft?.mentions ?? []) {
    const m = article.mentions![mention];
    if (!m) continue;
    const before = tokens[m.firstToken - 1]?.text === '.' ? tokens[m.firstToken - 2] : tokens[m.firstToken - 1];
    const words = [before?.lower ?? '', ...m.text.toLowerCase().split(/[^a-z]+/)];
    for (const w of words) gender ??= genderOfWord(w);
    if (gender) break;
  }
  cache.set(actor, gender);
  return gender;
}

const caches = new WeakMap<readonly NameMention[], { starts: number[]; byStart: number[]; nameStarts: Set<number>; genders: Map<string, Gender> }>();
function indexOf(article: Article) {
  let index = caches.get(article.mentions!);
  if (!index) {
    const byStart = article.mentions!.map((_, i) => i).filter((i) => !article.mentions![i]!.insideQuote).sort((a, b) => article.mentions![a]!.start - article.mentions![b]!.start);
    const nameStarts = new Set(article.mentions!.filter((m) => m.type === 'person').map((m) => m.firstToken));
    index = { starts: byStart.map((i) => article.mentions![i]!.start), byStart, nameStarts, genders: new Map() };
    caches.set(article.mentions!, index);
  }
  return index;
}

/** Whether a preposition or a possessive keeps a mention from being who acts: "to Smith", "Smith's aide". */
function isGovernedOrPossessive(article: Article, m: NameMention): boolean {
  const tokens = article.tokens!;
  const pack = article.pack;
  let before = m.firstToken - 1;
  while (before >= 0 && pack.determiners.has(tokens[before]!.lower)) before--;
  const after = tokens[m.endToken];
  return (before >= 0 && pack.prepositions.has(tokens[before]!.lower) && tokens[before]!.sentence === tokens[m.firstToken]!.sentence) ||
    (after !== undefined && (after.text === "'" || after.text === '’' || after.lower === "'s" || after.lower === '’s'));
}

/** Whether only function words and titles stand before a mention in its sentence: it is the sentence's subject. */
function opensSentence(article: Article, m: NameMention): boolean {
  const tokens = article.tokens!;
  const first = article.sentences![tokens[m.firstToken]!.sentence]!.firstToken;
  for (let k = first; k < m.firstToken; k++) {
    const t = tokens[k]!;
    if (!(article.pack.determiners.has(t.lower) || article.pack.stopwords.has(t.lower) || t.text === '.' || t.capitalized)) return false;
  }
  return true;
}

/** The nearest person or body a pronoun can stand for, from its own paragraph and the one before; null when ambiguous. */
function antecedentOf(article: Article, token: number, agreement: 'female' | 'male' | 'plural'): number | null {
  const tokens = article.tokens!;
  const mentions = article.mentions!;
  const sentences = article.sentences!;
  const paragraph = sentences[tokens[token]!.sentence]!.paragraph;
  const { starts, byStart, nameStarts, genders } = indexOf(article);
  const found: { mention: number; actor: string; sentence: number }[] = [];
  for (let k = countBefore(starts, (s) => s < tokens[token]!.start) - 1; k >= 0 && found.length < 12; k--) {
    const i = byStart[k]!;
    const m = mentions[i]!;
    const sentence = tokens[m.firstToken]!.sentence;
    if (paragraph - sentences[sentence]!.paragraph > 1) break;
    // a title right before a name (or before another title) is that name's ("Detective Sergeant Carl Russell")
    if (m.type === 'place' || (m.kind === 'nominal' && nameStarts.has(m.endToken))) continue;
    const actor = article.mentionActor![i] ?? (m.appositionOf !== undefined ? article.mentionActor![m.appositionOf] : null);
    if (agreement === 'plural') {
      if (m.type === 'person') continue;
    } else {
      if (m.type !== 'person') continue;
      const gender = actor ? genderOfActor(article, actor, genders) : null;
      if (gender !== null && gender !== agreement) continue;
    }
    if (isGovernedOrPossessive(article, m)) continue;
    found.push({ mention: i, actor: actor ?? `mention:${i}`, sentence });
  }
  const first = found[0];
  if (!first) return null;
  // two agreeing actors in the nearest sentence: its subject, the one that opens it, is the one
  // a pronoun continues ("Kim Lee met Tom Hale, and he said" -> Kim Lee); with neither opening it, none
  const rivals = found.filter((f) => f.sentence === first.sentence);
  if (rivals.every((f) => f.actor === first.actor)) return first.mention;
  const opener = rivals[rivals.length - 1]!;
  return opensSentence(article, mentions[opener.mention]!) ? opener.mention : null;
}

/**
 * A subject pronoun right before a cue ("he said", "she has also argued", "they warned") and the
 * mention it stands for, by number and gender: "he" a person not known to be female, "she" one not
 * known to be male, "they" a group or body. Undefined when the cue's subject is no such pronoun.
 */
export function englishPronounSubject(article: Article, cue: CueMatch): PronounSubject | undefined {
  const tokens = article.tokens!;
  let k = cue.firstToken - 1;
  for (let steps = 0; k >= 0 && steps < MAX_BETWEEN && BETWEEN.has(tokens[k]!.lower); steps++) k--;
  const t = tokens[k];
  const agreement = t ? PRONOUNS.get(t.lower) : undefined;
  if (!t || !agreement || t.sentence !== tokens[cue.verbToken]!.sentence) return undefined;
  return { token: k, antecedent: antecedentOf(article, k, agreement) };
}
