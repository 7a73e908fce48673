// Builds the surname list: faker's last names of the locales whose people Italian news names
// most, the Russian and Ukrainian ones transliterated. A surname is evidence for a person only
// where nothing else types the name, so the list is filtered hard: no place of any gazetteer, no
// first name, no brand, no Italian stopword and no word among the most frequent Italian words
// ("Ferrari", "Russo" and "Rossi" are words first; the article's own full names catch them).
// Sources and selection: docs/gazetteers.md.
import * as faker from '@faker-js/faker';
import { stripAccents } from '../../src/lang/it/gazetteer/to-gazetteer-key.js';
import { cyrillicLocales, latinScriptLocales } from './first-names.js';
import { keysOf } from './keys.js';
import { transliterateCyrillic } from './transliterate-cyrillic.js';

/** One word, or a hyphenated pair ("Milner-Skudder"); faker's hr and vi give some two-word entries. */
const LATIN_SURNAME = /^\p{Script=Latin}+(?:['-]\p{Script=Latin}+)?$/u;
/** Shorter keys match too many abbreviations and words of other languages ("Bak", "Aas"). */
const MIN_LETTERS = 4;
/** The usual spellings of a Russian or Ukrainian surname ("Medvedev", "Medvedeff" is not one). */
const TRANSLITERATIONS = 2;

/**
 * Surname keys ({@link keysOf} forms, with accent-free twins), sorted, and the count each source
 * gave. `blocked` says whether a key is a place, a first name, a brand, a stopword or a frequent
 * Italian word: those are left out.
 */
export function buildSurnames(blocked: (key: string) => boolean): { names: string[]; sources: Record<string, number> } {
  type Locale = { person?: { last_name?: Record<string, string[] | undefined> } };
  const locales = faker as unknown as Record<string, Locale>;
  const candidates = new Set<string>();
  const sources: Record<string, number> = {};
  const take = (source: string, names: Iterable<string>) => {
    let count = 0;
    for (const name of names) for (const key of keysOf([name])) { candidates.add(key); count++; }
    sources[source] = count;
  };
  const lastNamesOf = (locale: string): string[] => Object.values(locales[locale]?.person?.last_name ?? {}).flatMap((list) => list ?? []);
  for (const [locale] of latinScriptLocales) take(`faker ${locale}`, lastNamesOf(locale).filter((name) => LATIN_SURNAME.test(name)));
  for (const [locale, language] of cyrillicLocales) take(`faker ${locale} (transliterated)`, lastNamesOf(locale).flatMap((name) => transliterateCyrillic(name, language, TRANSLITERATIONS)));
  // A surname goes with its accent-free twin, and both must pass
  const names = [...candidates].filter((key) => [key, stripAccents(key)].every((k) => k.replace(/[^\p{L}]/gu, '').length >= MIN_LETTERS && !blocked(k)));
  return { names: names.sort(), sources };
}
