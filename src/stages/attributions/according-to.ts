import type { Article, CueMatch } from '../../pipeline/article.js';
import { phraseMatcher } from '../../pipeline/match-phrase.js';
import type { Range } from '../../text/span.js';
import { clauseEnd } from './clause-end.js';
import { verbGroupAt } from '../clauses/verb-groups.js';
import type { SubjectIndex } from './find-subject.js';

export interface AccordingTo {
  cue: CueMatch;
  /** The mention that names the source. */
  mention: number;
  /** What the source says, or null when nothing is left to say it. */
  content: Range | null;
}

/** "secondo le prime analisi, ...": a source phrase with no mention to name it; its content has no source. */
export interface UnnamedAccordingTo {
  cue: CueMatch;
  content: Range;
}

const ORDINAL_BEFORE = new Set(['il', 'al', 'del', 'nel', 'dal', 'sul', 'un', 'in', 'per', 'lo', 'la', 'di', 'è', 'the', 'a']);
const OPENS_CLAUSE = new Set(['e', 'ed', 'ma', 'che', 'and', 'but', 'that']);
const RELATIVE = new Set(['cui', 'whom', 'which']);

const NP_REACH = 8;

/** Where the source phrase ends, when its mention stands inside it ("secondo il sito Alfa, ..."). */
function phraseEnd(article: Article, at: number, mentionEnd: number): number {
  const phrase = sourcePhrase(article, at);
  return phrase && phrase.end >= mentionEnd && article.tokens![phrase.end]?.text === ',' ? phrase.end : mentionEnd;
}

/**
 * The source of "secondo X" as a span of tokens: from after the phrase (and its articles) to the
 * comma that closes it, or without a comma to the article that opens the clause after it
 * ("Secondo le prime analisi il guasto ..."). Null when no noun phrase stands there.
 */
function sourcePhrase(article: Article, at: number): { first: number; end: number } | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  if (at >= tokens.length) return null;
  const sentence = tokens[at]!.sentence;
  let words = 0;
  for (let k = at; k < tokens.length && k < at + NP_REACH && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === '-' || t.text === '–') return words > 0 ? { first: at, end: k } : null;
    if (t.kind === 'punct' && t.text !== "'") return null;
    if (words > 0 && pack.determiners.has(t.lower) && !pack.prepositions.has(tokens[k - 1]!.lower)) return { first: at, end: k };
    if (verbGroupAt(tokens, k, pack)) return null;
    if (!pack.determiners.has(t.lower)) words++;
  }
  return null;
}

/** The source mention of "secondo X" (the first name in its phrase) or of "X, secondo cui" (the antecedent). */
function sourceMention(article: Article, index: SubjectIndex, at: number, length: number): number | undefined {
  const tokens = article.tokens!;
  const mentions = article.mentions!;
  const sentence = tokens[at]!.sentence;
  if (RELATIVE.has(tokens[at + length - 1]!.lower)) {
    let k = at - 1;
    if (tokens[k]?.text === ',') k--;
    const list = index.byEnd.get(k + 1);
    return list && tokens[k]?.sentence === sentence ? list.find((m) => mentions[m]!.kind === 'name') ?? list[0] : undefined;
  }
  let j = at + length;
  while (j < tokens.length && j < at + length + 3 && article.pack.determiners.has(tokens[j]!.lower)) j++;
  const list = index.byFirst.get(j);
  if (list && tokens[j]!.sentence === sentence) return list.find((m) => mentions[m]!.kind === 'name') ?? list[0];
  // "secondo il sito di notizie Alfa": the name inside the phrase
  const phrase = sourcePhrase(article, at + length);
  if (!phrase) return undefined;
  for (let k = j + 1; k < phrase.end; k++) {
    const inside = index.byFirst.get(k)?.find((m) => mentions[m]!.kind === 'name' && mentions[m]!.endToken <= phrase.end);
    if (inside !== undefined) return inside;
  }
  return undefined;
}

/**
 * "secondo X": the rest of the clause is X's ("Secondo i vigili del fuoco non ci sono feriti ...");
 * at the end of a sentence the part before it is ("... è morto ieri, secondo quanto comunicato
 * dal ministro Maduro"); as an aside between commas the whole sentence is ("Questo, secondo i
 * ricercatori, porterà ..."). Asides inside another speaker's words are left to that speaker.
 */
export function accordingTo(article: Article, index: SubjectIndex, unnamed: UnnamedAccordingTo[] = []): AccordingTo[] {
  const tokens = article.tokens!;
  const mentions = article.mentions!;
  const found: AccordingTo[] = [];
  const matchAccordingTo = phraseMatcher(article.pack.accordingTo);
  for (let i = 0; i < tokens.length; i++) {
    const length = matchAccordingTo(tokens, i);
    if (length === 0) continue;
    const sentence = tokens[i]!.sentence;
    const before = tokens[i - 1];
    const sameSentenceBefore = before !== undefined && before.sentence === sentence;
    if (sameSentenceBefore && ORDINAL_BEFORE.has(before.lower)) continue;
    const found_ = sourceMention(article, index, i, length);
    const first = tokens[i]!.lower;
    // a source with no mention is read after "secondo" alone, where the phrase is plainly a source
    const phrase = found_ === undefined && first === 'secondo' && length === 1 ? sourcePhrase(article, i + 1) : null;
    if (found_ === undefined && !phrase) continue;
    const mention = found_ ?? null;
    // "per" is a cue only before a person or body: "per il ministro, ..." (not "per Roma")
    if (first === 'per' && mention !== null && (length === 1 && (tokens[i + 1]?.capitalized || mentions[mention]!.type === 'place'))) continue;
    const cue: CueMatch = {
      start: tokens[i]!.start, end: tokens[i + length - 1]!.end, lemma: first,
      firstToken: i, endToken: i + length, verbToken: i, sense: 'according', takesObject: false, voice: undefined,
    };
    const s = article.sentences![sentence]!;
    let k = RELATIVE.has(tokens[i + length - 1]!.lower) ? i + length : mention !== null ? Math.max(mentions[mention]!.endToken, phraseEnd(article, i + length, mentions[mention]!.endToken)) : phrase!.end;
    while (k < s.endToken && tokens[k]!.text === ',') k++;
    // "Secondo Paola Neri, capo dell'ufficio tecnico, «...»": the source's apposition is not what it says
    const apposition = index.byFirst.get(k)?.find((m) => mentions[m]!.kind === 'nominal');
    if (apposition !== undefined && tokens[mentions[apposition]!.endToken]?.text === ',') {
      k = mentions[apposition]!.endToken;
      while (k < s.endToken && tokens[k]!.text === ',') k++;
    }
    // "Secondo il questore, Marco Neri, ...": the name in apposition to the source is not what it says
    const named = index.byFirst.get(k)?.find((m) => mentions[m]!.kind === 'name');
    if (named !== undefined && mentions[named]!.endToken < s.endToken && tokens[mentions[named]!.endToken]!.text === ',' && tokens[k - 1]?.text === ',') {
      k = mentions[named]!.endToken;
      while (k < s.endToken && tokens[k]!.text === ',') k++;
    }
    const rest = clauseEnd(article, k, sentence);
    const restStart = k < s.endToken ? tokens[k]!.start : s.end;
    let content: Range | null = null;
    // "– secondo quanto riferito da X –": a dash aside as a comma one
    const asideBefore = before !== undefined && (before.text === ',' || before.text === '-' || before.text === '–');
    const opensClause = !sameSentenceBefore || OPENS_CLAUSE.has(before.lower) || RELATIVE.has(tokens[i + length - 1]!.lower);
    if (opensClause && restStart < rest) content = { start: restStart, end: rest };
    else if (asideBefore && restStart >= rest && i - 1 > s.firstToken) content = { start: s.start, end: before.start };
    else if (asideBefore && restStart < rest && i - 1 > s.firstToken) content = { start: s.start, end: rest };
    if (mention !== null) found.push({ cue, mention, content });
    else if (content) unnamed.push({ cue, content });
  }
  return found;
}
