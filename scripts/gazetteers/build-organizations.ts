// Builds the list of well-known organisations and brands: the titles of the simple-icons
// package (CC0 data), filtered so that no Italian word, first name or place becomes an
// organisation. Sources and selection: docs/gazetteers.md; hand exclusions: organizations.ts.
import { createRequire } from 'node:module';
import { stripAccents, toGazetteerKey } from '../../src/lang/it/gazetteer/to-gazetteer-key.js';
import { excludedOrganizationNames, keptOrganizationNames } from './organizations.js';
import { byText, lines } from './keys.js';

const require = createRequire(import.meta.url);

interface Icon { title: string; aliases?: { aka?: string[]; dup?: { title: string }[] } }

/**
 * A brand as news writes it: capitalised, words of letters and digits (a hyphen, "&" or an
 * apostrophe inside), at most four of them. Leaves out "about.me", ".NET", "/e/", "Yahoo!".
 */
const NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}]*(?:(?:[-'’]| & | )[\p{L}\p{N}]+){0,3}$/u;
/** All capitals: the acronym rule types these already ("NASA", "IBM"). */
const ACRONYM = /^[\p{Lu}\p{N}&\s-]+$/u;
/** Fewer letters than this make too many false hits ("Go", "Vue"); digits-and-letters tokens ("3M") split oddly. */
const MIN_LETTERS = 4;

/**
 * Organisation keys ({@link toGazetteerKey} forms), sorted. `blocked` says whether a key is an
 * Italian word, a first name or a place of the other gazetteers: such titles are left out.
 */
export function buildOrganizations(blocked: (key: string) => boolean): { keys: string[]; dropped: number } {
  const data = require('simple-icons/icons.json') as Icon[] | { icons: Icon[] };
  const icons = Array.isArray(data) ? data : data.icons;
  const listed = (table: string) => new Set(lines(table).flat().map((name) => toGazetteerKey(name.trim())).filter(Boolean));
  const excluded = listed(excludedOrganizationNames);
  const kept = listed(keptOrganizationNames);
  // a kept title's words are no Italian words either: "google" in "Google Cloud"
  const keptWords = new Set([...kept].flatMap((key) => key.split(' ')));
  const isBlocked = (word: string) => !keptWords.has(word) && (blocked(word) || blocked(stripAccents(word)));
  const keys = new Set<string>();
  let dropped = 0;
  for (const icon of icons) {
    for (const name of [icon.title, ...(icon.aliases?.aka ?? []), ...(icon.aliases?.dup ?? []).map((d) => d.title)]) {
      const key = toGazetteerKey(name);
      const letters = name.replace(/[^\p{L}]/gu, '').length;
      const ok = NAME.test(name) && !ACRONYM.test(name) && letters >= MIN_LETTERS && !/^\p{N}/u.test(name) &&
        !excluded.has(key) && (kept.has(key) || !key.split(' ').every(isBlocked));
      if (ok) keys.add(key);
      else dropped++;
    }
  }
  for (const key of kept) if (!keys.has(key)) throw new Error(`kept organisation "${key}" is no simple-icons title: fix scripts/gazetteers/organizations.ts`);
  return { keys: [...keys].sort(byText), dropped };
}
