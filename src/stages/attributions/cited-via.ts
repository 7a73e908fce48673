import type { Article, CueMatch } from '../../pipeline/article.js';
import type { SubjectIndex } from './find-subject.js';

/**
 * The relayed source of a cue: "Citando i servizi segreti americani, ... Blinken ha indicato"
 * -> via the services. The citing phrase stands in the cue's sentence, before the cue.
 */
export function citedVia(article: Article, cue: CueMatch, index: SubjectIndex): number | null {
  const tokens = article.tokens!;
  const pack = article.pack;
  const sentence = article.sentences![tokens[cue.verbToken]!.sentence]!;
  for (let i = sentence.firstToken; i < cue.firstToken; i++) {
    const phrase = pack.citing.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
    if (!phrase) continue;
    let j = i + phrase.length;
    while (j < cue.firstToken && pack.determiners.has(tokens[j]!.lower)) j++;
    const list = index.byFirst.get(j);
    if (list) return list[0]!;
  }
  return null;
}
