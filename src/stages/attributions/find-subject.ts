import type { Article, CueMatch, NameMention, Token } from '../../pipeline/article.js';
import { countBefore } from '../../text/count-before.js';
import { agrees, coordinatedVerb, cueNumber, isAnimate, type GrammaticalNumber } from './subject-checks.js';

export interface SubjectHit {
  mention: number;
  rule: 'subject-before-cue' | 'subject-before-aside' | 'subject-after-cue' | 'relative-antecedent' | 'coordinated-subject';
}

const STOP_LEFT = new Set(['.', ';', ':', '!', '?', '«', '»', '“', '”', '"', '(', ')']);
const SKIP_AFTER = new Set([',', '-', '–', '—']);
const COMPARATIVES = new Set(['più', 'meno', 'piuttosto', 'altro']);
const CLAUSE_START = new Set([':', ';', '.', '«', '“', '"']);

/** Index of the mention ending at token `end` (exclusive), preferring names over nominals. */
function mentionEndingAt(byEnd: Map<number, number[]>, end: number, mentions: readonly NameMention[]): number | undefined {
  const list = byEnd.get(end);
  if (!list) return undefined;
  return list.find((i) => mentions[i]!.kind === 'name') ?? list[0];
}

/**
 * The mentions ending at token `end`, names first: "ricerca del WWF" ends where "WWF" does. With
 * `personRolesFirst`, a person's role comes before the body named inside it: in "la senatrice Pd
 * ha detto" the senator speaks, not the party.
 */
function mentionsEndingAt(byEnd: Map<number, number[]>, end: number, mentions: readonly NameMention[], personRolesFirst = false): number[] {
  const list = byEnd.get(end) ?? [];
  const rank = (m: number) => (personRolesFirst && mentions[m]!.kind === 'nominal' && mentions[m]!.type === 'person' ? -1 : Number(mentions[m]!.kind !== 'name'));
  return [...list].sort((a, b) => rank(a) - rank(b));
}

const CLAUSE_LINKS = new Set(['e', 'ed', 'ma', 'mentre', 'però', 'invece', 'quindi', 'poi', 'intanto', 'anche']);

/** Whether a mention opens its clause: only articles and role words stand between it and a clause boundary. */
export function opensClause(article: Article, mention: NameMention): boolean {
  const tokens = article.tokens!;
  const pack = article.pack;
  let k = mention.firstToken - 1;
  for (let steps = 0; k >= 0 && steps < 3 && (pack.determiners.has(tokens[k]!.lower) || pack.roleNouns.has(tokens[k]!.lower)); steps++) k--;
  const before = tokens[k];
  return !before || before.sentence !== tokens[mention.firstToken]!.sentence || CLAUSE_START.has(before.text) || before.text === ',' || CLAUSE_LINKS.has(before.lower);
}

function personRoleEndingAt(index: SubjectIndex, mentions: readonly NameMention[], end: number): number | undefined {
  return (index.byEnd.get(end) ?? []).find((m) => mentions[m]!.kind === 'nominal' && mentions[m]!.type === 'person' && mentions[m]!.appositionOf === undefined);
}

const ASIDE_REACH = 12;
/** The token after which an aside that closes at the comma `close` opens: its own opening comma. */
function asideOpening(article: Article, close: number, sentence: number): number | undefined {
  const tokens = article.tokens!;
  for (let k = close - 1; k >= 0 && close - k <= ASIDE_REACH && tokens[k]!.sentence === sentence; k--) {
    const text = tokens[k]!.text;
    if (text === ',') return k;
    if (STOP_LEFT.has(text) || article.pack.auxiliaries.has(tokens[k]!.lower)) return undefined;
  }
  return undefined;
}

export interface SubjectIndex {
  byEnd: Map<number, number[]>;
  byFirst: Map<number, number[]>;
}

export function indexMentions(mentions: readonly NameMention[]): SubjectIndex {
  const byEnd = new Map<number, number[]>();
  const byFirst = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    if (m.insideQuote) return;
    (byEnd.get(m.endToken) ?? byEnd.set(m.endToken, []).get(m.endToken)!).push(i);
    (byFirst.get(m.firstToken) ?? byFirst.set(m.firstToken, []).get(m.firstToken)!).push(i);
  });
  return { byEnd, byFirst };
}

/**
 * The mention a cue's subject is: nearest to the left in its clause and not governed by a
 * preposition ("la Norvegia ha fatto sapere, tramite il suo ambasciatore, che" -> Norvegia);
 * through a relative pronoun to its antecedent ("il suo omologo russo, il quale ha accolto").
 * The first of joined subjects speaks for both ("il Cile e l'Argentina denunciano").
 */
export function subjectBefore(article: Article, cue: CueMatch, index: SubjectIndex): SubjectHit | null {
  const tokens = article.tokens!;
  const mentions = article.mentions!;
  const pack = article.pack;
  const sentence = tokens[cue.verbToken]!.sentence;
  // "X ha nominato un assessore e ha precisato": the subject is the first verb's, not its object
  const coordinated = coordinatedVerb(article, cue);
  const number = cueNumber(article, cue);
  const hit = subjectBeforeToken(article, coordinated ?? cue.firstToken, sentence, number, index);
  return hit && coordinated !== undefined ? { ...hit, rule: 'coordinated-subject' } : hit;
}

/**
 * The subject of the clause that reaches token `end` (exclusive): what a colon or a quote in the
 * writer's sentence is said by ("Il ministro ha poi concluso così: «...»"). Null when none is free.
 */
export function clauseSubjectBefore(article: Article, end: number, index: SubjectIndex): SubjectHit | null {
  const tokens = article.tokens!;
  const sentence = tokens[Math.max(0, end - 1)]!.sentence;
  // from the clause's verb ("X, ..., ha così dichiarato oggi:"), so that an aside before it is seen
  let from = end;
  for (let k = end - 1; k >= 0 && end - k <= VERB_REACH && tokens[k]!.sentence === sentence && tokens[k]!.kind === 'word'; k--) {
    if (tokens[k]!.lower === 'che' || tokens[k]!.lower === 'cui') break;
    if (article.pack.auxiliaries.has(tokens[k]!.lower)) { from = k; break; }
  }
  return subjectBeforeToken(article, from, sentence, undefined, index);
}

const VERB_REACH = 8;

function subjectBeforeToken(article: Article, from: number, sentence: number, number: ReturnType<typeof cueNumber>, index: SubjectIndex): SubjectHit | null {
  const tokens = article.tokens!;
  const mentions = article.mentions!;
  const pack = article.pack;
  let i = from - 1;
  // "non può che dichiararsi": a "che" after a modal is no relative pronoun
  const afterModal = tokens[i]?.lower === 'che' && pack.auxiliaries.has(tokens[i - 1]?.lower ?? '');
  const relative = afterModal ? undefined : pack.relativePronouns.find((words) => words.every((w, k) => tokens[i - words.length + 1 + k]?.lower === w));
  if (relative && tokens[i - relative.length + 1]?.sentence === sentence) {
    let j = i - relative.length;
    // "Anna Sala, che ha detto", "Anna Sala (che ha detto"
    if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j--;
    const hit = mentionEndingAt(index.byEnd, j + 1, mentions);
    if (hit !== undefined) return { mention: earliestJoined(hit, tokens, mentions, index, number), rule: 'relative-antecedent' };
    if (relative.length === 1) return null;
  }
  // "Lia Berti, una delle prime a studiare quei fossili, ha definito": a comma before the
  // cue closes an aside, and the subject is the one that opens the clause, not a name inside it.
  if (tokens[i]?.text === ',') {
    // the name right before the aside's opening comma ("Marta Neri, ex assessora, dichiara")
    const opening = asideOpening(article, i, sentence);
    const named = opening === undefined ? undefined : mentionsEndingAt(index.byEnd, opening, mentions).find((m) => isAnimate(mentions[m]!) && !isGoverned(article, mentions[m]!) && opensClause(article, mentions[m]!));
    if (named !== undefined && agrees(mentions[named]!, number, false)) return { mention: earliestJoined(named, tokens, mentions, index, number), rule: 'subject-before-aside' };
    let start = i;
    while (start > 0 && tokens[start - 1]!.sentence === sentence && !CLAUSE_START.has(tokens[start - 1]!.text)) start--;
    const hit = sentenceSubject(article, start, i, index);
    if (hit !== undefined) return { mention: earliestJoined(hit, tokens, mentions, index, number), rule: 'subject-before-aside' };
  }
  for (let steps = 0; i >= 0 && steps < 30 && tokens[i]!.sentence === sentence; i--, steps++) {
    const token = tokens[i]!;
    // "che" opens a clause the subject is not in, except in "non può che dichiararsi"
    // (nor in a comparison: "più che mai convinto")
    const modalChe = token.lower === 'che' && (pack.auxiliaries.has(tokens[i - 1]?.lower ?? '') || COMPARATIVES.has(tokens[i - 1]?.lower ?? ''));
    if (STOP_LEFT.has(token.text) || (token.lower === 'che' && !modalChe)) return null;
    const ending = mentionsEndingAt(index.byEnd, i + 1, mentions, true);
    if (ending.length === 0) continue;
    // a place speaks only as a metonym right before its verb ("la Francia ha dichiarato")
    // or where it opens its clause before a verb ("il Cile aveva respinto la proposta dicendo")
    const adjacent = steps === 0 || tokens.slice(i + 1, from).every((t) => pack.adverbs.has(t.lower));
    const speaksAsPlace = (m: NameMention) => adjacent || (opensClause(article, m) && (pack.auxiliaries.has(tokens[m.endToken]?.lower ?? '') || pack.cueOf(tokens[m.endToken]?.lower ?? '') !== undefined));
    let free = ending.find((m) => !isGoverned(article, mentions[m]!) && (isAnimate(mentions[m]!) || speaksAsPlace(mentions[m]!)));
    // "la senatrice Pd ha detto": a body named right after a person's role is the role's party
    const role = free !== undefined && mentions[free]!.type === 'organization' ? personRoleEndingAt(index, mentions, mentions[free]!.firstToken) : undefined;
    if (role !== undefined) free = role;
    if (free !== undefined) {
      const first = earliestJoined(free, tokens, mentions, index, number);
      // a subject of the wrong number ("Rossi hanno detto") means the sentence was misread: abstain
      return agrees(mentions[free]!, number, first !== free) ? { mention: first, rule: 'subject-before-cue' } : null;
    }
    i = Math.min(...ending.map((m) => mentions[m]!.firstToken));
  }
  return null;
}

// "il Cile e l'Argentina": walk back over "X e" to the first conjunct.
function earliestJoined(hit: number, tokens: readonly Token[], mentions: readonly NameMention[], index: SubjectIndex, number?: GrammaticalNumber): number {
  let current = hit;
  // a singular verb has one subject: "la collega Anna Bassi, la quale ha" is not joined to who stands before
  if (number === 'singular') return current;
  // "il ministro del Lavoro Rossi": the role before the name is where the conjunct starts
  const role = (index.byEnd.get(mentions[current]!.firstToken) ?? []).find((m) => mentions[m]!.appositionOf === current);
  if (role !== undefined) current = role;
  for (let guard = 0; guard < 4; guard++) {
    let k = mentions[current]!.firstToken - 1;
    while (k >= 0 && tokens[k]!.lower.endsWith("'")) k--;
    while (k >= 0 && ['il', 'lo', 'la', 'i', 'gli', 'le', 'the'].includes(tokens[k]!.lower)) k--;
    // "sia X, sia Y": the second "sia" and its comma join like "e"
    if (k > 0 && tokens[k]!.lower === 'sia' && tokens[k - 1]!.text === ',') k--;
    else if (k < 0 || !['e', 'ed', 'and'].includes(tokens[k]!.lower)) break;
    const previous = mentionEndingAt(index.byEnd, k, mentions);
    if (previous === undefined || mentions[previous]!.type !== mentions[current]!.type) break;
    current = previous;
  }
  return current;
}

/**
 * Whether the cue has a subject of its own that no mention covers: a relative clause set off by a
 * comma stands between the cue and the start of its clause ("Quest'ultimo, che ..., ha detto").
 * Such a cue is not subjectless, and carrying the last speaker to it would be a guess.
 */
export function hasUnresolvedSubject(article: Article, cue: CueMatch): boolean {
  const tokens = article.tokens!;
  const sentence = tokens[cue.verbToken]!.sentence;
  for (let k = cue.firstToken - 1; k > 0 && cue.firstToken - k <= 30 && tokens[k]!.sentence === sentence; k--) {
    if (STOP_LEFT.has(tokens[k]!.text)) return false;
    if (tokens[k - 1]!.text === ',' && (tokens[k]!.lower === 'che' || (tokens[k]!.lower !== 'e' && tokens[k + 1]?.lower === 'quale'))) return tokens[k - 2]?.sentence === sentence && tokens[k - 2]!.kind === 'word';
  }
  return false;
}

/** The subject after the cue: "«...», ha detto la ministra Ines Oddi", "ha detto Ferraris". */
export function subjectAfter(article: Article, cue: CueMatch, index: SubjectIndex): SubjectHit | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  const sentence = tokens[cue.verbToken]!.sentence;
  let j = cue.endToken;
  for (let steps = 0; j < tokens.length && steps < 4 && tokens[j]!.sentence === sentence; steps++) {
    const t = tokens[j]!;
    const honorific = pack.honorifics?.has(t.lower) || (t.text === '.' && pack.honorifics?.has(tokens[j - 1]!.lower));
    if (SKIP_AFTER.has(t.text) || pack.adverbs.has(t.lower) || pack.determiners.has(t.lower) || honorific) j++;
    else break;
  }
  const list = index.byFirst.get(j);
  if (!list || tokens[j]?.sentence !== sentence) return null;
  const mentions = article.mentions!;
  const pick = list.find((i) => mentions[i]!.kind === 'nominal') ?? list[0]!;
  return { mention: pick, rule: 'subject-after-cue' };
}

/** Whether a preposition governs the mention ("con il suo omologo", "dal ministro"), so it is no subject. */
export function isGoverned(article: Article, mention: NameMention): boolean {
  const tokens = article.tokens!;
  const pack = article.pack;
  let before = mention.firstToken - 1;
  while (before >= 0 && pack.determiners.has(tokens[before]!.lower)) before--;
  return before >= 0 && tokens[before]!.sentence === tokens[mention.firstToken]!.sentence && pack.prepositions.has(tokens[before]!.lower);
}

/**
 * Mentions outside quotes from just before `token` back to the start of the previous sentence,
 * nearest first: where a subjectless cue ("Ha inoltre accusato ...") finds who it continues.
 */
export function mentionsBefore(article: Article, token: number, index: SubjectIndex, sentencesBack = 1): number[] {
  const tokens = article.tokens!;
  const sentence = tokens[token]?.sentence ?? 0;
  const from = article.sentences![Math.max(0, sentence - sentencesBack)]!.firstToken;
  const found: number[] = [];
  // Only the tokens where a mention ends are visited, from the last at or before `token` back:
  // one call per cue, and a cue every few words would otherwise probe 80 tokens each.
  const ends = mentionEnds(index);
  const lo = countBefore(ends, (end) => end <= token);
  for (let k = lo - 1; k >= 0 && ends[k]! > from && token - ends[k]! < 80 * sentencesBack; k--) for (const m of index.byEnd.get(ends[k]!)!) found.push(m);
  return found;
}

const mentionEndsCache = new WeakMap<SubjectIndex['byEnd'], number[]>();
/** The tokens at which some mention ends, ascending. */
function mentionEnds(index: SubjectIndex): number[] {
  let ends = mentionEndsCache.get(index.byEnd);
  if (!ends) mentionEndsCache.set(index.byEnd, (ends = [...index.byEnd.keys()].sort((a, b) => a - b)));
  return ends;
}

/** The subject of a sentence with no cue verb ("Ada Neri, alla guida del consorzio, è sicura: «...»"). */
export function sentenceSubject(article: Article, firstToken: number, endToken: number, index: SubjectIndex): number | undefined {
  const mentions = article.mentions!;
  for (let i = firstToken; i < endToken; i++) {
    for (const m of index.byFirst.get(i) ?? []) {
      const mention = mentions[m]!;
      if (mention.type !== 'place' && !isGoverned(article, mention)) return m;
    }
  }
  return undefined;
}

const AGENT_REACH = 8;

/** The agent of a passive cue: "è stato annunciato dal portavoce", "was reported by the Times". */
export function passiveAgent(article: Article, cue: CueMatch, index: SubjectIndex): number | undefined {
  const tokens = article.tokens!;
  const sentence = tokens[cue.verbToken]!.sentence;
  for (let j = cue.endToken; j < tokens.length && j < cue.endToken + AGENT_REACH && tokens[j]!.sentence === sentence; j++) {
    if (!article.pack.agentPrepositions.has(tokens[j]!.lower)) continue;
    let k = j + 1;
    while (k < tokens.length && article.pack.determiners.has(tokens[k]!.lower)) k++;
    return index.byFirst.get(k)?.[0];
  }
  return undefined;
}
