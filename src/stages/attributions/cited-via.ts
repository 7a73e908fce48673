import type { Article, CueMatch } from '../../pipeline/article.js';
import type { SubjectIndex } from './find-subject.js';

const firstWordsCache = new WeakMap<readonly (readonly string[])[], ReadonlySet<string>>();
function firstWordsOf(phrases: readonly (readonly string[])[]): ReadonlySet<string> {
  let words = firstWordsCache.get(phrases);
  if (!words) firstWordsCache.set(phrases, (words = new Set(phrases.map((p) => p[0]!))));
  return words;
}

/**
 * The relayed source of a cue: "Citando i servizi segreti americani, ... Blinken ha indicato"
 * -> via the services. The citing phrase stands in the cue's sentence, before the cue.
 */
export function citedVia(article: Article, cue: CueMatch, index: SubjectIndex): number | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  const sentence = article.sentences![tokens[cue.verbToken]!.sentence]!;
  const firstWords = firstWordsOf(pack.citing);
  for (let i = sentence.firstToken; i < cue.firstToken; i++) {
    // Every token before every cue of the sentence is read: one Set lookup each, not a phrase match.
    if (!firstWords.has(tokens[i]!.lower)) continue;
    const phrase = pack.citing.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
    if (!phrase) continue;
    let j = i + phrase.length;
    while (j < cue.firstToken && pack.determiners.has(tokens[j]!.lower)) j++;
    const list = index.byFirst.get(j);
    if (list) return list[0]!;
  }
  return null;
}
