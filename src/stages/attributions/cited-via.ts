import type { Article, CueMatch, Token } from '../../pipeline/article.js';
import type { SubjectIndex } from './find-subject.js';

const firstWordsCache = new WeakMap<readonly (readonly string[])[], ReadonlySet<string>>();
function firstWordsOf(phrases: readonly (readonly string[])[]): ReadonlySet<string> {
  let words = firstWordsCache.get(phrases);
  if (!words) firstWordsCache.set(phrases, (words = new Set(phrases.map((p) => p[0]!))));
  return words;
}

const startsCache = new WeakMap<readonly Token[], Map<number, number[]>>();
/**
 * The tokens of a sentence whose word may open a citing phrase, found once per sentence: a
 * sentence with a cue every few words would otherwise be read again up to each cue.
 */
function citingStarts(article: Article, sentence: number): number[] {
  const tokens = article.tokens!;
  let bySentence = startsCache.get(tokens);
  if (!bySentence) startsCache.set(tokens, (bySentence = new Map()));
  let starts = bySentence.get(sentence);
  if (!starts) {
    const firstWords = firstWordsOf(article.pack.citing);
    const { firstToken, endToken } = article.sentences![sentence]!;
    starts = [];
    for (let i = firstToken; i < endToken; i++) if (firstWords.has(tokens[i]!.lower)) starts.push(i);
    bySentence.set(sentence, starts);
  }
  return starts;
}

/**
 * The relayed source of a cue: "Citando i servizi segreti americani, ... Blinken ha indicato"
 * -> via the services. The citing phrase stands in the cue's sentence, before the cue.
 */
export function citedVia(article: Article, cue: CueMatch, index: SubjectIndex): number | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  for (const i of citingStarts(article, tokens[cue.verbToken]!.sentence)) {
    if (i >= cue.firstToken) break;
    const phrase = pack.citing.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
    if (!phrase) continue;
    let j = i + phrase.length;
    while (j < cue.firstToken && pack.determiners.has(tokens[j]!.lower)) j++;
    const list = index.byFirst.get(j);
    if (list) return list[0]!;
  }
  return null;
}
