import type { Article, CueMatch } from '../../pipeline/article.js';
import type { Range } from '../../text/span.js';
import { clauseEnd } from './clause-end.js';
import type { SubjectIndex } from './find-subject.js';

export interface AccordingTo {
  cue: CueMatch;
  /** The mention that names the source. */
  mention: number;
  /** What the source says, or null when "secondo X" sits inside another clause as an aside. */
  content: Range | null;
}

const ORDINAL_BEFORE = new Set(['il', 'al', 'del', 'nel', 'dal', 'sul', 'un', 'in', 'per', 'lo', 'la', 'di', 'è']);

/**
 * "secondo X": the rest of the clause is X's ("Secondo la polizia tedesca non c'è stato ...");
 * at the end of a sentence the part before it is ("... è morto ieri, secondo quanto comunicato
 * dal ministro Maduro"); between commas inside a clause it is an aside, kept as a relay only.
 */
export function accordingTo(article: Article, index: SubjectIndex): AccordingTo[] {
  const tokens = article.tokens!;
  const pack = article.pack;
  const found: AccordingTo[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = pack.accordingTo.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
    if (!phrase) continue;
    const sentence = tokens[i]!.sentence;
    const before = tokens[i - 1];
    if (before && before.sentence === sentence && ORDINAL_BEFORE.has(before.lower)) continue;
    let j = i + phrase.length;
    while (j < tokens.length && j < i + phrase.length + 3 && pack.determiners.has(tokens[j]!.lower)) j++;
    const list = index.byFirst.get(j);
    if (!list || tokens[j]!.sentence !== sentence) continue;
    const mentions = article.mentions!;
    const mention = list.find((m) => mentions[m]!.kind === 'name') ?? list[0]!;
    // "per" is a cue only with a person or body right after it: "per il ministro, ..."
    if (phrase[0] === 'per' && (phrase.length === 1 && (tokens[i + 1]?.capitalized || mentions[mention]!.type === 'place'))) continue;
    const afterSource = mentions[mention]!.endToken;
    const cue: CueMatch = {
      start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end, lemma: phrase.join(' '),
      firstToken: i, endToken: i + phrase.length, verbToken: i, sense: 'according', takesObject: false,
    };
    const s = article.sentences![sentence]!;
    const opensClause = !before || before.sentence !== sentence || ['e', 'ed', 'ma', 'che', 'and', 'but'].includes(before.lower);
    let k = afterSource;
    while (k < s.endToken && tokens[k]!.text === ',') k++;
    const rest = clauseEnd(article, k, sentence);
    const restStart = tokens[k]?.start ?? s.end;
    let content: Range | null = null;
    if (opensClause && restStart < rest) content = { start: restStart, end: rest };
    else if (before?.text === ',' && restStart >= rest) content = i - 1 > s.firstToken ? { start: s.start, end: before.start } : null;
    found.push({ cue, mention, content });
  }
  return found;
}
