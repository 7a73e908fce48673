import type { NameSpan } from '../types.js';
import { englishCueOf } from './cue-verbs.js';
import { loadCompromise, type CompromiseTerm, type CompromiseView } from './load-compromise.js';
import {
  englishAdverbs, englishAuxiliaries, englishHonorifics, englishNameParticles, englishOrganizationHeads, englishPersonRoles, englishRoleNouns, englishStopwords,
} from './words.js';
import { splitLongRuns } from './split-long-runs.js';

type EntityType = NameSpan['type'];

const CAPITAL = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
// "CNN's", "Clinton’s": the tokenizer keeps the apostrophe on the word ("CNN'" + "s"), so a span
// ends after the apostrophe to cover that token; "the Clintons’" loses its trailing mark.
const POSSESSIVE = /['’]s$/iu;
const TRAILING_APOSTROPHE = /['’]$/u;
const TYPE_TAG: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Place' };
// Tags that make a capitalised word something other than a name: "Finnish Americans", "Battleground".
const NOT_A_NAME = ['Demonym', 'Adjective', 'Verb', 'Pronoun', 'Date', 'Month', 'WeekDay', 'Value', 'Honorific'];

// Capitalised words that open a sentence without being names: "Later Trump said", "Still, ...".
const FUNCTION_TAGS = ['Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun'];
const opensSentenceOnly = (word: Word) =>
  FUNCTION_TAGS.some((tag) => word.term.tags.has(tag)) || (word.sentenceStart && word.term.tags.has('Adjective') && !word.term.tags.has('ProperNoun'));

/** A term with its offset into the whole text and its place in its sentence. */
interface Word {
  term: CompromiseTerm;
  start: number;
  end: number;
  lower: string;
  sentenceStart: boolean;
}

/** A run of capitalised words ("Melezia Figueroa", "Commission on Presidential Debates"). */
interface Run {
  words: Word[];
  start: number;
  end: number;
  key: string;
  /** The words that follow the run in its sentence, lowercased, for "X said". */
  after: string[];
  /** The word before the run, lowercased, for "spokeswoman X". */
  before: string | null;
}

const lowerOf = (t: CompromiseTerm) => t.text.toLowerCase().replace(POSSESSIVE, '').replace(TRAILING_APOSTROPHE, '');
const isCapitalised = (t: CompromiseTerm) => CAPITAL.test(t.text) || t.text === '&';
const isParticle = (t: CompromiseTerm) => englishNameParticles.has(t.text.toLowerCase());
const isHonorific = (t: CompromiseTerm) => t.tags.has('Honorific') || englishHonorifics.has(lowerOf(t));

/** Whether two neighbouring words belong to one name: only spaces between, or an initial's period. */
function glued(previous: CompromiseTerm, next: CompromiseTerm): boolean {
  if (next.pre.trim() !== '') return false;
  const glue = previous.post.trim();
  if (glue === '' || glue === '-') return true;
  // "George W. Bush", "Gov. Mike Pence" (the honorific is dropped later)
  return glue === '.' && (INITIAL.test(previous.text) || isHonorific(previous));
}

/** The end offset of a name ending with `word`: possessives stop after the apostrophe. */
function nameEnd(word: Word): number {
  return POSSESSIVE.test(word.term.text) || TRAILING_APOSTROPHE.test(word.term.text) ? word.end - 1 : word.end;
}

/**
 * Capitalised runs of one sentence: words joined by spaces, particles inside ("Bank of America"),
 * honorifics, titles and function words dropped from the front ("Gov. Mike Pence", "But Kaine").
 */
function runsOfSentence(words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!.term)) continue;
    let j = i + 1;
    while (j < words.length && glued(words[j - 1]!.term, words[j]!.term)) {
      if (isCapitalised(words[j]!.term)) { j++; continue; }
      if (isParticle(words[j]!.term) && j + 1 < words.length && isCapitalised(words[j + 1]!.term) && glued(words[j]!.term, words[j + 1]!.term)) { j += 2; continue; }
      break;
    }
    let a = i;
    // a role before a name is a title, not part of it: "Mayor Mark Bell", "President Obama"
    const isTitle = (k: number) => englishRoleNouns.has(words[k]!.lower) && k + 1 < j;
    while (a < j && (isHonorific(words[a]!.term) || isTitle(a) || englishStopwords.has(words[a]!.lower) || words[a]!.term.text === '&' || opensSentenceOnly(words[a]!))) a++;
    let b = j;
    while (b > a && (isParticle(words[b - 1]!.term) || words[b - 1]!.term.text === '&')) b--;
    a = afterLongTitle(words, a, b);
    if (b > a) {
      const own = words.slice(a, b);
      runs.push({
        words: own,
        start: own[0]!.start,
        end: nameEnd(own[own.length - 1]!),
        key: own.map((w) => w.lower).join(' '),
        after: words.slice(j, j + 4).map((w) => w.lower),
        before: a > 0 ? words[a - 1]!.lower : null,
      });
    }
    i = j - 1;
  }
  return runs;
}

const MAX_NAME_WORDS = 3;

/**
 * Where the name starts after a title of several words: "Senate Majority Leader | Chuck Schumer",
 * "Health Secretary | Amal Perera", "Secretary of State | John Kerry". The title ends at its last
 * role noun; what follows must be a short name with no particle, role or institution word in it,
 * so "Office of the Director of National Intelligence" stays whole.
 */
function afterLongTitle(words: readonly Word[], a: number, b: number): number {
  let role = -1;
  // a person's role, before any particle: "Sergeant Carl Russell of West Midlands Police" keeps "Police" out
  for (let k = a; k < b - 1 && !isParticle(words[k]!.term); k++) if (englishPersonRoles.has(words[k]!.lower)) role = k;
  if (role < 0) return a;
  let n = role + 1;
  // "Secretary of State John Kerry": one "of X" belongs to the title
  if (isParticle(words[n]!.term) && n + 2 < b) n += 2;
  const rest = words.slice(n, b);
  const nameLike = rest.length >= 1 && rest.length <= MAX_NAME_WORDS && rest.every((w) => isCapitalised(w.term) && !isParticle(w.term) &&
    !englishRoleNouns.has(w.lower) && !englishOrganizationHeads.has(w.lower) && !isHonorific(w.term));
  return nameLike ? n : a;
}

/** The words of one paragraph, with offsets into the full text. */
function wordsOfParagraph(view: CompromiseView, offset: number): Word[][] {
  view.compute('offset');
  return view.docs.map((terms) => terms.flatMap((term, i) => {
    if (!term.offset || term.text === '') return [];
    const start = offset + term.offset.start;
    return [{ term, start, end: start + term.offset.length, lower: lowerOf(term), sentenceStart: i === 0 }];
  }));
}

/** compromise's typed matches, kept only where a word carries the type's own tag ("Florida" in "Battleground state Florida"). */
function taggedSpans(view: CompromiseView, offset: number): NameSpan[] {
  const spans: NameSpan[] = [];
  const groups: [CompromiseView, EntityType][] = [[view.people(), 'person'], [view.organizations(), 'organization'], [view.places(), 'place']];
  for (const [matches, type] of groups) {
    for (const terms of matches.docs) {
      const words = terms.flatMap((term) => (term.offset && term.text ? [{ term, start: offset + term.offset.start, end: offset + term.offset.start + term.offset.length, lower: lowerOf(term), sentenceStart: false }] : []));
      for (const run of runsOfSentence(words)) {
        if (run.words.some((w) => w.term.tags.has(TYPE_TAG[type]) && !isHonorific(w.term))) spans.push({ start: run.start, end: run.end, type });
      }
    }
  }
  return spans;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Whether the run speaks: "Kaine said", "Pence has repeatedly argued". */
function speaks(run: Run): boolean {
  for (const word of run.after) {
    if (englishCueOf(word)) return true;
    if (!englishAuxiliaries.has(word) && !englishAdverbs.has(word)) return false;
  }
  return false;
}

/**
 * The type of a run compromise left untyped, from the article and the words around it: a repeat
 * of a typed name, the surname of a tagged person ("Pence" after "Mike Pence"), an organisation
 * word ("Green Party"), a speaker ("Figueroa said"), a role before it ("spokeswoman Melezia
 * Figueroa"), an acronym ("UPI"), or two to four plain capitalised words ("Melezia Figueroa").
 */
function typeOfRun(run: Run, known: ReadonlyMap<string, EntityType>, personWords: ReadonlySet<string>): EntityType | null {
  const words = run.words.filter((w) => !isParticle(w.term));
  const lowers = words.map((w) => w.lower);
  const typed = known.get(run.key);
  if (typed) return typed;
  const hasOrganizationHead = lowers.some((w) => englishOrganizationHeads.has(w));
  if (lowers.every((w) => personWords.has(w))) return 'person';
  if (hasOrganizationHead && words.length > 1) return 'organization';
  const plain = words.every((w) => !NOT_A_NAME.some((tag) => w.term.tags.has(tag)));
  if (!plain) return null;
  if (speaks(run)) return hasOrganizationHead ? 'organization' : 'person';
  if (run.before && englishRoleNouns.has(run.before) && !hasOrganizationHead) return 'person';
  if (words.length === 1 && ACRONYM.test(words[0]!.term.text.replace(POSSESSIVE, ''))) return 'organization';
  const sentenceInitial = run.words[0]!.sentenceStart;
  if (words.length >= 2 && words.length <= 4 && !hasOrganizationHead && !sentenceInitial) return 'person';
  if (words[0]!.term.tags.has('FirstName') && words.length <= 3) return 'person';
  return null;
}

/** Words read as one sentence at most: the longest sentence of the development sets has 163 tokens. */
const MAX_RUN_WORDS = 250;

/**
 * Typed name spans of English text: compromise's English model for people, organisations and
 * places, then the capitalised runs it left untyped, typed from the article (compromise knows
 * few surnames: "Trump", "Figueroa" are not persons to it). Run one paragraph (line) at a time:
 * on one long string compromise is slower and holds more memory. Offsets are into `text`.
 *
 * @example
 * tagEnglishNames('Sen. Elizabeth Warren told CNN on Tuesday.')
 * // [{ start: 5, end: 21, type: 'person' }, { start: 27, end: 30, type: 'organization' }]
 */
export function tagEnglishNames(text: string): NameSpan[] {
  const nlp = loadCompromise();
  const tagged: NameSpan[] = [];
  const runs: Run[] = [];
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // A run of words with no sentence end is read in pieces: compromise is quadratic in the
    // length of a sentence (see splitLongRuns); a line of real sentences is one piece.
    for (const piece of splitLongRuns(line, MAX_RUN_WORDS)) {
      const chunk = piece.start === 0 && piece.end === line.length ? line : line.slice(piece.start, piece.end);
      // A line with no capital letter holds no name: skip compromise's cost.
      if (!/\p{Lu}/u.test(chunk)) continue;
      const view = nlp(chunk);
      const offset = lineStart + piece.start;
      for (const sentence of wordsOfParagraph(view, offset)) runs.push(...runsOfSentence(sentence));
      // one by one: a megabyte line may hold more spans than call arguments fit on the stack
      for (const span of taggedSpans(view, offset)) tagged.push(span);
    }
    lineStart = lineEnd + 1;
  }

  // A run that holds one tagged person and more capitalised words is that person's full name
  // ("Donald" tagged in "Donald Trump’s"); other runs that touch a tagged span defer to it.
  const spans: NameSpan[] = [];
  const untyped: Run[] = [];
  let cursor = 0;
  const sortedTagged = [...tagged].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const run of runs) {
    while (cursor < sortedTagged.length && sortedTagged[cursor]!.end <= run.start) cursor++;
    const inside: NameSpan[] = [];
    for (let k = cursor; k < sortedTagged.length && sortedTagged[k]!.start < run.end; k++) inside.push(sortedTagged[k]!);
    if (inside.length === 0) { untyped.push(run); continue; }
    const widened = inside.length === 1 && inside[0]!.type === 'person' && run.words.every((w) => !w.term.tags.has('Place') && !w.term.tags.has('Organization'));
    if (widened) spans.push({ start: run.start, end: run.end, type: 'person' });
    else spans.push(...inside.filter((s) => !spans.some((k) => overlaps(k, s))));
  }
  const known = new Map<string, EntityType>();
  const personWords = new Set<string>();
  const learn = (span: NameSpan, run?: Run) => {
    const key = run ? run.key : text.slice(span.start, span.end).toLowerCase().replace(TRAILING_APOSTROPHE, '');
    if (!known.has(key)) known.set(key, span.type);
    if (span.type === 'person') for (const w of key.split(/\s+/)) if (!englishNameParticles.has(w)) personWords.add(w);
  };
  for (const span of spans) learn(span);
  // Two rounds: a name typed in the first ("Figueroa said") types its repeats in the second.
  let pending = untyped;
  for (let round = 0; round < 2; round++) {
    const next: Run[] = [];
    for (const run of pending) {
      const type = typeOfRun(run, known, personWords);
      if (!type) { next.push(run); continue; }
      const span = { start: run.start, end: run.end, type };
      spans.push(span);
      learn(span, run);
    }
    pending = next;
  }
  const result: NameSpan[] = [];
  for (const span of spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = result[result.length - 1];
    if (!last || !overlaps(last, span)) result.push(span);
  }
  return result;
}
