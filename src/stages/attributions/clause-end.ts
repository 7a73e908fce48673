import type { Article, CueMatch, Token } from '../../pipeline/article.js';
import { matchPhrase } from '../../pipeline/match-phrase.js';
import { verbGroupAt } from '../clauses/verb-groups.js';

const FINAL = /[\s.!?…;:]/u;
const OPENING = new Set(['«', '“']);
const CLOSING = new Set(['»', '”']);
const SUBJECT_REACH = 6;

export interface ClauseEndOptions {
  /** The cue whose content this is: its tense tells a coordinated clause of its own from one of the content. */
  cue?: CueMatch;
  /** The content is an infinitive ("di essere soddisfatto"): any coordinated finite verb is the main clause's. */
  infinitival?: boolean;
}

function tenseOfCue(article: Article, cue: CueMatch | undefined): string | null {
  if (!cue) return null;
  const tokens = article.tokens!;
  for (let k = cue.firstToken; k < cue.verbToken; k++) {
    const tense = article.pack.clauses?.auxiliaryTense.get(tokens[k]!.lower);
    if (tense !== undefined) return tense;
  }
  return null;
}

/** A cue a few words after a comma and a coordinator: ", e il prefetto ha disposto che". */
function subjectThenCue(article: Article, from: number, endToken: number): boolean {
  const tokens = article.tokens!;
  for (let k = from; k < endToken && k < from + SUBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || t.lower === 'che' || t.lower === 'cui') return false;
    const group = verbGroupAt(tokens, k, article.pack);
    if (group) return group.cue;
  }
  return false;
}

/** The cue stands in a subordinate clause that opens its sentence: no comma between them. */
function inFrontedSubordinate(article: Article, cue: CueMatch, sentence: number): boolean {
  const words = article.pack.clauses;
  const tokens = article.tokens!;
  const s = article.sentences![sentence]!;
  if (words === undefined || matchPhrase(tokens, s.firstToken, words.frontedSubordinators) === 0) return false;
  for (let k = s.firstToken; k < cue.firstToken; k++) if (tokens[k]!.text === ',') return false;
  return true;
}

/**
 * Where a reported clause that starts at token `from` ends: the end of its sentence, or earlier at
 * the boundary of its clause. A clause ends at a semicolon or colon; at a comma that opens another
 * attribution (", ha detto X", ", ritenendo che") or another clause (", dopo che"); at a coordinated
 * verb group that is a cue ("e ha aggiunto") or that shares the cue's tense while the content has
 * none of its own ("ha dichiarato che sarà presente e ha lasciato la sala"); after an infinitive,
 * at any coordinated finite verb. "e che" goes on with the same report. When the sentence opens with
 * a subordinate clause, its main clause (a comma, then a finite verb) is not part of the content.
 * Marks inside quotation marks are the quoted words' own.
 */
export function clauseEnd(article: Article, from: number, sentence: number, options: ClauseEndOptions = {}): number {
  const tokens = article.tokens!;
  const pack = article.pack;
  const words = pack.clauses;
  const s = article.sentences![sentence]!;
  const cueTense = tenseOfCue(article, options.cue);
  const fronted = options.cue !== undefined && inFrontedSubordinate(article, options.cue, sentence);
  const seenTenses = new Set<string>();
  let depth = 0;
  let straight = false;
  const endAt = (token: Token) => token.start;
  for (let j = from; j < s.endToken; j++) {
    const t = tokens[j]!;
    if (OPENING.has(t.text)) depth++;
    else if (CLOSING.has(t.text)) depth = Math.max(0, depth - 1);
    else if (t.text === '"') straight = !straight;
    if (depth > 0 || straight) continue;
    // (an aside in parentheses after the content is the writer's: "soddisfatto della scelta (...)")
    if ((t.text === ';' || t.text === ':' || t.text === '(') && j > from) return endAt(t);
    const group = j > from ? verbGroupAt(tokens, j, pack) : null;
    if (words && words.coordinators.has(t.lower) && j > from) {
      let k = j + 1;
      while (k < s.endToken && pack.adverbs.has(tokens[k]!.lower)) k++;
      if (tokens[k]?.lower === 'che') continue;
      const next = k < s.endToken ? verbGroupAt(tokens, k, pack) : null;
      const boundary = tokens[j - 1]!.text === ',' ? tokens[j - 1]! : t;
      if (next && (next.cue || options.infinitival || (cueTense !== null && next.tense === cueTense && !seenTenses.has(cueTense)))) return endAt(boundary);
      if (!next && tokens[j - 1]!.text === ',' && subjectThenCue(article, k, s.endToken)) return endAt(boundary);
    }
    if (group) seenTenses.add(group.tense);
    if (t.text !== ',') continue;
    let k = j + 1;
    while (k < s.endToken && (pack.auxiliaries.has(tokens[k]!.lower) || pack.adverbs.has(tokens[k]!.lower))) k++;
    const next = tokens[k];
    // ", secondo X" is left in: as an aside it belongs to the clause ("che, secondo i tecnici, sono stati")
    if (next && (pack.cueOf(next.lower) || matchPhrase(tokens, j + 1, pack.clauseOpeners) > 0)) return endAt(t);
    // "Nonostante X abbia detto che ..., oggi il partito non si è presentato": the main clause
    // (a verb right after the comma is more often the content's own, after an aside)
    if (fronted) {
      for (let m = j + 1; m < s.endToken && m < j + 1 + SUBJECT_REACH && tokens[m]!.kind !== 'punct'; m++) {
        if (verbGroupAt(tokens, m, pack)) {
          if (m > j + 1 || seenTenses.size > 0) return endAt(t);
          break;
        }
      }
    }
  }
  let end = s.end;
  while (end > s.start && FINAL.test(article.text[end - 1]!)) end--;
  return end;
}
