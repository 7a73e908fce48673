import type { Article, CueMatch, NameMention, Token } from '../../pipeline/article.js';
import { countBefore } from '../../text/count-before.js';

export interface SubjectHit {
  mention: number;
  rule: 'subject-before-cue' | 'subject-before-aside' | 'subject-after-cue' | 'relative-antecedent';
}

const STOP_LEFT = new Set(['.', ';', ':', '!', '?', '«', '»', '“', '”', '"', '(', ')']);
const SKIP_AFTER = new Set([',', '-', '–', '—']);
const CLAUSE_START = new Set([':', ';', '.', '«', '“', '"']);

/** Index of the mention ending at token `end` (exclusive), preferring names over nominals. */
function mentionEndingAt(byEnd: Map<number, number[]>, end: number, mentions: readonly NameMention[]): number | undefined {
  const list = byEnd.get(end);
  if (!list) return undefined;
  return list.find((i) => mentions[i]!.kind === 'name') ?? list[0];
}

/** The mentions ending at token `end`, names first: "ricerca del WWF" ends where "WWF" does. */
function mentionsEndingAt(byEnd: Map<number, number[]>, end: number, mentions: readonly NameMention[]): number[] {
  const list = byEnd.get(end) ?? [];
  return [...list].sort((a, b) => Number(mentions[a]!.kind !== 'name') - Number(mentions[b]!.kind !== 'name'));
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
 * preposition ("la Corea del Nord ha dichiarato, tramite il suo ministro, che" -> Corea del Nord);
 * through a relative pronoun to its antecedent ("il suo omologo russo, il quale ha accolto").
 * The first of joined subjects speaks for both ("l'Ucraina e l'Occidente denunciano").
 */
export function subjectBefore(article: Article, cue: CueMatch, index: SubjectIndex): SubjectHit | null {
  const tokens = article.tokens!;
  const mentions = article.mentions!;
  const pack = article.pack;
  const sentence = tokens[cue.verbToken]!.sentence;
  let i = cue.firstToken - 1;
  const relative = pack.relativePronouns.find((words) => words.every((w, k) => tokens[i - words.length + 1 + k]?.lower === w));
  if (relative && tokens[i - relative.length + 1]?.sentence === sentence) {
    let j = i - relative.length;
    if (tokens[j]?.text === ',') j--;
    const hit = mentionEndingAt(index.byEnd, j + 1, mentions);
    if (hit !== undefined) return { mention: earliestJoined(hit, tokens, mentions, index), rule: 'relative-antecedent' };
    if (relative.length === 1) return null;
  }
  // "Philip Tobias, uno dei primi a classificare l'Homo Habilis, ha definito": a comma before the
  // cue closes an aside, and the subject is the one that opens the clause, not a name inside it.
  if (tokens[i]?.text === ',') {
    let start = i;
    while (start > 0 && tokens[start - 1]!.sentence === sentence && !CLAUSE_START.has(tokens[start - 1]!.text)) start--;
    const hit = sentenceSubject(article, start, i, index);
    if (hit !== undefined) return { mention: earliestJoined(hit, tokens, mentions, index), rule: 'subject-before-aside' };
  }
  for (let steps = 0; i >= 0 && steps < 30 && tokens[i]!.sentence === sentence; i--, steps++) {
    const token = tokens[i]!;
    // "che" opens a clause the subject is not in, except in "non può che dichiararsi"
    const modalChe = token.lower === 'che' && pack.auxiliaries.has(tokens[i - 1]?.lower ?? '');
    if (STOP_LEFT.has(token.text) || (token.lower === 'che' && !modalChe)) return null;
    const ending = mentionsEndingAt(index.byEnd, i + 1, mentions);
    if (ending.length === 0) continue;
    const free = ending.find((m) => !isGoverned(article, mentions[m]!));
    if (free !== undefined) return { mention: earliestJoined(free, tokens, mentions, index), rule: 'subject-before-cue' };
    i = Math.min(...ending.map((m) => mentions[m]!.firstToken));
  }
  return null;
}

// "l'Ucraina e l'Occidente": walk back over "X e" to the first conjunct.
function earliestJoined(hit: number, tokens: readonly Token[], mentions: readonly NameMention[], index: SubjectIndex): number {
  let current = hit;
  for (let guard = 0; guard < 4; guard++) {
    let k = mentions[current]!.firstToken - 1;
    while (k >= 0 && tokens[k]!.lower.endsWith("'")) k--;
    while (k >= 0 && ['il', 'lo', 'la', 'i', 'gli', 'le', 'the'].includes(tokens[k]!.lower)) k--;
    if (k < 0 || !['e', 'ed', 'and'].includes(tokens[k]!.lower)) break;
    const previous = mentionEndingAt(index.byEnd, k, mentions);
    if (previous === undefined || mentions[previous]!.type !== mentions[current]!.type) break;
    current = previous;
  }
  return current;
}

/** The subject after the cue: "«...», ha detto il ministro Choe Son Hui", "ha detto Maduro". */
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

/** The subject of a sentence with no cue verb ("Gianni Riotta, direttore della testata, è convinto: «...»"). */
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
