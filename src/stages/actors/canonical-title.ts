import { nameKey } from '../../text/slug.js';

/**
 * A title's key with its opening words swapped for the words of the office they name ("la prima
 * cittadina di Arezzo" -> "sindaco di arezzo"), so that two names of one office compare equal.
 * The longest synonym that opens the title wins; a title with none keeps its own key.
 */
export function canonicalTitle(title: string, synonyms: ReadonlyMap<string, string> | undefined): string {
  const key = nameKey(title);
  if (!synonyms) return key;
  const words = key.split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const canonical = synonyms.get(words.slice(0, n).join(' '));
    if (canonical !== undefined) return [canonical, ...words.slice(n)].join(' ');
  }
  return key;
}
