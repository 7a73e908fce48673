import type { Article, CueMatch } from '../../pipeline/article.js';
import { phraseMatcher } from '../../pipeline/match-phrase.js';
import type { Range } from '../../text/span.js';
import { clauseEnd } from './clause-end.js';
import type { SubjectIndex } from './find-subject.js';

export interface AccordingTo {
  cue: CueMatch;
  /** The mention that names the source. */
  mention: number;
  /** What the source says, or null when nothing is left to say it. */
  content: Range | null;
}

const ORDINAL_BEFORE = new Set(['il', 'al', 'del', 'nel', 'dal', 'sul', 'un', 'in', 'per', 'lo', 'la', 'di', 'è', 'the', 'a']);
const OPENS_CLAUSE = new Set(['e', 'ed', 'ma', 'che', 'and', 'but', 'that']);
const RELATIVE = new Set(['cui', 'whom', 'which']);

/** The source mention of "secondo X" (right after the phrase) or of "X, secondo cui" (the antecedent). */
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
  if (!list || tokens[j]!.sentence !== sentence) return undefined;
  return list.find((m) => mentions[m]!.kind === 'name') ?? list[0];
}

/**
 * "secondo X": the rest of the clause is X's ("Secondo i vigili del fuoco non ci sono feriti ...");
 * at the end of a sentence the part before it is ("... è morto ieri, secondo quanto comunicato
 * dal ministro Maduro"); as an aside between commas the whole sentence is ("Questo, secondo i
 * ricercatori, porterà ..."). Asides inside another speaker's words are left to that speaker.
 */
export function accordingTo(article: Article, index: SubjectIndex): AccordingTo[] {
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
    const mention = sourceMention(article, index, i, length);
    if (mention === undefined) continue;
    const first = tokens[i]!.lower;
    // "per" is a cue only before a person or body: "per il ministro, ..." (not "per Roma")
    if (first === 'per' && (length === 1 && (tokens[i + 1]?.capitalized || mentions[mention]!.type === 'place'))) continue;
    const cue: CueMatch = {
      start: tokens[i]!.start, end: tokens[i + length - 1]!.end, lemma: first,
      firstToken: i, endToken: i + length, verbToken: i, sense: 'according', takesObject: false, voice: undefined,
    };
    const s = article.sentences![sentence]!;
    let k = RELATIVE.has(tokens[i + length - 1]!.lower) ? i + length : mentions[mention]!.endToken;
    while (k < s.endToken && tokens[k]!.text === ',') k++;
    // "Secondo Paola Neri, capo dell'ufficio tecnico, «...»": the source's apposition is not what it says
    const apposition = index.byFirst.get(k)?.find((m) => mentions[m]!.kind === 'nominal');
    if (apposition !== undefined && tokens[mentions[apposition]!.endToken]?.text === ',') {
      k = mentions[apposition]!.endToken;
      while (k < s.endToken && tokens[k]!.text === ',') k++;
    }
    const rest = clauseEnd(article, k, sentence);
    const restStart = k < s.endToken ? tokens[k]!.start : s.end;
    let content: Range | null = null;
    const opensClause = !sameSentenceBefore || OPENS_CLAUSE.has(before.lower) || RELATIVE.has(tokens[i + length - 1]!.lower);
    if (opensClause && restStart < rest) content = { start: restStart, end: rest };
    else if (before?.text === ',' && restStart >= rest && i - 1 > s.firstToken) content = { start: s.start, end: before.start };
    else if (before?.text === ',' && restStart < rest && i - 1 > s.firstToken) content = { start: s.start, end: rest };
    found.push({ cue, mention, content });
  }
  return found;
}
