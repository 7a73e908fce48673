import type { LocativeWords } from '../../lang/locative-words.js';
import { buildAlternation } from '../../text/build-alternation.js';

const cache = new WeakMap<LocativeWords, RegExp>();
const REACH = 60;

// "in", "nella regione di", "nella regione russa di": a preposition of place, then optionally a
// place noun, one adjective and a link, right before the name.
function compile(words: LocativeWords): RegExp {
  const prepositions = buildAlternation(words.prepositions, { trailingSpace: true });
  const nouns = buildAlternation(words.placeNouns);
  const links = buildAlternation(words.nounLinks, { trailingSpace: true });
  return new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${prepositions})(?:(?:${nouns})(?:\\s+\\p{L}+)?\\s+(?:${links}))?$`, 'iu');
}

/**
 * Whether the words right before `at` put what follows in a place: "schierati nella regione di |Kursk",
 * "un incontro a |Mosca"; not "secondo |Washington" nor "l'assalto all'|Ucraina".
 * @example
 * isLocatedAfter('sono entrati in Russia', 17, 0, italianLocatives) // true
 */
export function isLocatedAfter(text: string, at: number, floor: number, words: LocativeWords): boolean {
  let pattern = cache.get(words);
  if (!pattern) cache.set(words, (pattern = compile(words)));
  return pattern.test(text.slice(Math.max(floor, at - REACH), at));
}
