// Builds the regions and states of other countries: the first-level divisions of the `provinces`
// package for the countries in foreign-regions.ts, with their Italian exonyms, and the regions
// written by hand there. Sources and selection: docs/gazetteers.md.
import { createRequire } from 'node:module';
import { stripAccents, toGazetteerKey } from '../../src/lang/it/gazetteer/to-gazetteer-key.js';
import { excludedRegionNames, extraRegions, provinceCountries, regionExonyms } from './foreign-regions.js';
import { aliasKeys, byText, keysOf, lines } from './keys.js';

const require = createRequire(import.meta.url);

/** A region or state of a country other than Italy. */
export interface ForeignRegionRecord { name: string; countryCode: string; keys: string[]; aliases: string[] }

interface Province { name: string; country: string; english?: string; alt?: string[] }

/** "Special Region of Aceh" -> "Aceh", "Afar Region" -> "Afar": the administrative words are not the name. */
const bareName = (name: string) => name.replace(/^Special Region of /, '').replace(/ (?:Special Capital )?Region$/, '').trim();

/**
 * The regions, each under its Italian name. `taken` holds the keys of the other gazetteers and
 * `blocked` words that must not become places (first names, Italian words): a division whose
 * names are all taken or blocked is left out ("Georgia" is the country, "Salta" an Italian verb),
 * and so is any alias of those kinds. A key two regions share goes to the first.
 */
export function buildForeignRegions(taken: ReadonlySet<string>, blocked: (key: string) => boolean): ForeignRegionRecord[] {
  const provinces = require('provinces/provinces.json') as Province[];
  const exonyms = new Map(lines(regionExonyms).map(([cc, name, italian, ...aliases]) => [`${cc}|${name}`, { italian: italian!, aliases }]));
  const excluded = new Set(excludedRegionNames.trim().split('\n').map(toGazetteerKey));
  const wanted = new Set(provinceCountries);
  const isTaken = (key: string) => taken.has(key) || taken.has(stripAccents(key));
  const free = (name: string) => {
    const key = toGazetteerKey(name);
    return !excluded.has(key) && !isTaken(key) && !blocked(key);
  };
  const records: ForeignRegionRecord[] = [];
  // One reading per key, the first one given: hand-written regions come first, then the package
  // in its order ("La Rioja" is Argentine and Spanish; the first wins).
  const owned = new Set<string>();
  const add = (countryCode: string, name: string, others: string[], handWritten: boolean) => {
    // hand-written names are meant as they are, unless another gazetteer has them ("Hong Kong" is
    // a territory with an ISO code); package names must be free of other readings
    const fits = (alias: string) => (handWritten ? !isTaken(toGazetteerKey(alias)) && !excluded.has(toGazetteerKey(alias)) : free(alias)) &&
      !keysOf([alias]).some((key) => owned.has(key));
    if (!fits(name)) return;
    const aliases = others.filter((alias) => alias !== name && fits(alias));
    const keys = keysOf([name, ...aliases]);
    for (const key of keys) owned.add(key);
    records.push({ name, countryCode, keys, aliases: aliasKeys(name, aliases) });
  };
  for (const [cc, name, ...aliases] of lines(extraRegions)) add(cc === '-' ? '' : cc!, name!, aliases, true);
  const used = new Set<string>();
  for (const province of provinces) {
    if (!wanted.has(province.country)) continue;
    const own = bareName(province.english ?? province.name);
    const id = `${province.country}|${province.english ?? province.name}`;
    used.add(id);
    const exonym = exonyms.get(id);
    // a postal code ("AGS", "Camp") is no name of the text
    const alt = (province.alt ?? []).filter((a) => /\p{Ll}/u.test(a) && a.length > 4);
    if (exonym) add(province.country, exonym.italian, [own, ...exonym.aliases, ...alt], true);
    else add(province.country, own, alt, false);
  }
  for (const id of exonyms.keys()) if (!used.has(id)) throw new Error(`no division ${id} in provinces: fix scripts/gazetteers/foreign-regions.ts`);
  return records.sort((a, b) => byText(a.countryCode, b.countryCode) || byText(a.name, b.name));
}
