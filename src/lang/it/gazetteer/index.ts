// Lookup structures over the generated gazetteer data (see docs/gazetteers.md for sources and
// licences). Each is built on first use (lazyCollection) from '|'-separated strings whose keys the
// build already normalised: building is splitting and Map.set only (measured: docs/gazetteers.md).
//
// Every map is keyed by toGazetteerKey() forms, and holds each key twice: as written and without
// accents. So "Peru" finds "Perù" and "Nicolas" finds "Nicolás", while an accented Italian word
// never meets an accent-free name: "Sarà" (a verb) is not the first name "Sara".
import { macroRegions, type MacroRegion } from '../regions.js';
import { cityRecords } from './cities.generated.js';
import { countryRecords } from './countries.generated.js';
import { demonymRecords } from './demonyms.generated.js';
import { firstNameList } from './first-names.generated.js';
import { surnameList } from './surnames.generated.js';
import { foreignRegionRecords } from './foreign-regions.generated.js';
import { italianAreaRecords } from './italian-areas.generated.js';
import { organizationList } from './organizations.generated.js';
import { lazyCollection } from './lazy-collections.js';
import { stripAccents, toGazetteerKey } from './to-gazetteer-key.js';

export { stripAccents, toGazetteerKey };
export type { MacroRegion };

/** A country or territory with an ISO 3166-1 alpha-2 code. */
export interface Country {
  /** ISO 3166-1 alpha-2 code: "KP". */
  code: string;
  /** Canonical Italian name: "Corea del Nord". */
  name: string;
}

/** A city: a world city, a capital, or an Italian comune. */
export interface City {
  /** Italian name where Italian has one ("Mosca", "Pechino"), else the GeoNames name. */
  name: string;
  /** ISO code of the country the city is in. */
  countryCode: string;
  /** Population according to GeoNames (0 for a few tiny capitals GeoNames gives none). */
  population: number;
  /**
   * ISO code of the country whose government the city stands for ("Mosca" -> RU): capitals, seats
   * of government, and Jerusalem (see scripts/gazetteers/cities.ts).
   */
  capitalOf?: string;
  /** For an Italian comune: its region ("Lombardia"). */
  region?: string;
  /** For an Italian comune: its province's car-plate code ("MI"). */
  province?: string;
  /** The name is also a common Italian word ("Potenza", "Fermo", "Mosca"): do not trust it alone. */
  commonWord: boolean;
}

/** An Italian region or province. */
export interface ItalianArea {
  kind: 'regione' | 'provincia';
  /** ISTAT name: "Friuli-Venezia Giulia", "Monza-Brianza". */
  name: string;
  /** The region itself, or the region a province belongs to. */
  region: string;
  /** A province's car-plate code ("MB"); absent for regions. */
  code?: string;
}

// Plain indexed loops: this runs once per structure, cold, where destructuring and spreads
// (iterator protocol in the interpreter) cost twice as much as the work itself.
/** Calls `read` with the fields of every record line of a generated data string. */
function eachRecord(data: string, read: (fields: string[]) => void): void {
  const lines = data.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]) read(lines[i]!.split('|'));
}

/** Sets `value` under `fields[from..]`, keeping the first value a key got. */
function index<T>(map: Map<string, T>, fields: readonly string[], from: number, value: T): void {
  for (let i = from; i < fields.length; i++) if (!map.has(fields[i]!)) map.set(fields[i]!, value);
}

const indexedFrom = <T>(build: (map: Map<string, T>) => void) => lazyCollection(() => {
  const map = new Map<string, T>();
  build(map);
  return map;
});

/**
 * Keys of hand-written names (regions.ts): normalised here, they are few. Pushed onto a literal,
 * not flatMapped: `index` reads these and split record fields as one array kind (see mapPacked).
 */
function keysOf(names: readonly string[]): string[] {
  const keys: string[] = [];
  for (const name of names) {
    const key = toGazetteerKey(name);
    keys.push(key, stripAccents(key));
  }
  return keys;
}

const countries = lazyCollection(() => {
  const byCode = new Map<string, Country>();
  eachRecord(countryRecords, (fields) => byCode.set(fields[0]!, { code: fields[0]!, name: fields[1]! }));
  return byCode;
});
const countryNames = indexedFrom<Country>((map) => {
  eachRecord(countryRecords, (fields) => {
    const country = countries.get(fields[0]!)!;
    fields[1] = country.name.toLowerCase();
    index(map, fields, 1, country);
  });
});

/**
 * Countries by ISO 3166-1 alpha-2 code.
 *
 * @example
 * countryByCode.get('KP')?.name // 'Corea del Nord'
 */
export const countryByCode: ReadonlyMap<string, Country> = countries;

/**
 * Countries by any of their Italian names and aliases, keyed by {@link toGazetteerKey}.
 *
 * @example
 * countryByName.get('stati uniti')?.code // 'US'
 * countryByName.get('corea del nord')?.code // 'KP'
 */
export const countryByName: ReadonlyMap<string, Country> = countryNames;

const demonyms = indexedFrom<Country>((map) => {
  eachRecord(demonymRecords, (fields) => index(map, fields, 1, countries.get(fields[0]!)!));
});

/**
 * Nationality adjectives, every form, to their country.
 *
 * @example
 * demonymByForm.get('nordcoreani')?.code // 'KP'
 */
export const demonymByForm: ReadonlyMap<string, Country> = demonyms;

/**
 * Nationality adjectives, every form, to the country's canonical Italian name.
 *
 * @example
 * demonymCountry.get('russe') // 'Russia'
 * demonymCountry.get('statunitensi') // 'Stati Uniti'
 */
export const demonymCountry: ReadonlyMap<string, string> = lazyCollection(() => new Map([...demonyms].map(([form, country]) => [form, country.name])));

// A national capital of some size wins a shared name over a bigger city elsewhere: "San José" is
// Costa Rica's capital before it is California's third city. A tiny capital does not: "Hamilton"
// (Bermuda) stays the Canadian city.
const CAPITAL_PREFERRED_FROM = 100_000;
const cities = indexedFrom<City>((map) => {
  eachRecord(cityRecords, (fields) => {
    const [name, countryCode, population, capitalOf, region, province, commonWord] = fields as [string, string, string, string, string, string, string];
    const city: City = { name, countryCode, population: Number(population), commonWord: commonWord === '1' };
    if (capitalOf) city.capitalOf = capitalOf;
    if (region) city.region = region;
    if (province) city.province = province;
    fields[6] = name.toLowerCase(); // keys: the name, then the aliases
    if (capitalOf && city.population >= CAPITAL_PREFERRED_FROM) {
      for (let i = 6; i < fields.length; i++) if (map.get(fields[i]!)?.capitalOf === undefined) map.delete(fields[i]!);
    }
    index(map, fields, 6, city);
  });
});

/**
 * Cities by name (Italian, local or English), keyed by {@link toGazetteerKey}. Where cities share
 * a name the map holds one reading: a national capital of 100,000 people or more, else the most
 * populous.
 *
 * @example
 * cityByName.get('mosca') // { name: 'Mosca', countryCode: 'RU', capitalOf: 'RU', commonWord: true, ... }
 * cityByName.get('kyiv')?.name // 'Kiev'
 */
export const cityByName: ReadonlyMap<string, City> = cities;

const areas = indexedFrom<ItalianArea>((map) => {
  eachRecord(italianAreaRecords, (fields) => {
    const [kind, name, code, region] = fields as [ItalianArea['kind'], string, string, string];
    const area: ItalianArea = { kind, name, region };
    if (code) area.code = code;
    fields[3] = name.toLowerCase();
    index(map, fields, 3, area);
  });
});

/**
 * Italian regions and provinces by name. Regions come first where a name is both ("Alto Adige").
 *
 * @example
 * italianAreaByName.get('alto adige')?.name // 'Trentino-Alto Adige'
 * italianAreaByName.get('monza e della brianza')?.code // 'MB'
 */
export const italianAreaByName: ReadonlyMap<string, ItalianArea> = areas;

/** A region or state of a country other than Italy: "Texas", "Baviera", "Catalogna", "Cecenia". */
export interface ForeignRegion {
  /** Italian name where Italian has one ("Baviera"), else the local or English one ("Texas"). */
  name: string;
  /** ISO code of the country it is part of; absent where its sovereignty is the news ("Ossezia del Sud"). */
  countryCode?: string;
}

const foreignRegions = indexedFrom<ForeignRegion>((map) => {
  eachRecord(foreignRegionRecords, (fields) => {
    const region: ForeignRegion = { name: fields[0]! };
    if (fields[1]) region.countryCode = fields[1];
    fields[1] = fields[0]!.toLowerCase(); // keys: the name, then the aliases
    index(map, fields, 1, region);
  });
});

/**
 * Regions and states of other countries by name (Italian, local or English), keyed by
 * {@link toGazetteerKey}.
 *
 * @example
 * foreignRegionByName.get('baviera')?.countryCode // 'DE'
 * foreignRegionByName.get('texas')?.countryCode // 'US'
 */
export const foreignRegionByName: ReadonlyMap<string, ForeignRegion> = foreignRegions;

const organizations = lazyCollection(() => new Set<string>(organizationList.trim().split('\n')));

/**
 * Well-known companies, services and other organisations by brand name ({@link toGazetteerKey}),
 * from the brand titles of simple-icons: none is an Italian word, a first name or a place.
 *
 * @example
 * organizationNames.has('google') // true
 * organizationNames.has('pace') // false
 */
export const organizationNames: ReadonlySet<string> = organizations;

/**
 * Whether a name as written is a well-known organisation or brand.
 *
 * @example
 * isKnownOrganization('Goldman Sachs') // true
 */
export function isKnownOrganization(name: string): boolean {
  return organizations.has(toGazetteerKey(name));
}

const regions = indexedFrom<MacroRegion>((map) => {
  for (const region of macroRegions) index(map, keysOf([region.name, ...(region.aliases ?? [])]), 0, region);
});
const regionAdjectives = indexedFrom<MacroRegion>((map) => {
  for (const region of macroRegions) index(map, keysOf(region.adjectives ?? []), 0, region);
});

/**
 * Continents, macro-regions and areas (src/lang/it/regions.ts) by name.
 *
 * @example
 * regionByName.get('medio oriente')?.kind // 'macro-region'
 */
export const regionByName: ReadonlyMap<string, MacroRegion> = regions;

/**
 * Continents and macro-regions by adjective, every form.
 *
 * @example
 * regionByAdjective.get('occidentali')?.name // 'Occidente'
 */
export const regionByAdjective: ReadonlyMap<string, MacroRegion> = regionAdjectives;

const names = lazyCollection(() => new Set<string>(firstNameList.trim().split('\n')));

/**
 * International first names, lowercased ({@link toGazetteerKey}), with accent-free twins. Names
 * that are also places or words Italian capitalises for other reasons ("Pace", "Italia",
 * "Secondo") are left out.
 *
 * @example
 * firstNames.has('sergei') // true
 * firstNames.has('pace') // false
 */
export const firstNames: ReadonlySet<string> = names;

/**
 * The country a name as written refers to.
 *
 * @example
 * findCountry('Stati Uniti')?.code // 'US'
 */
export function findCountry(name: string): Country | undefined {
  return countryNames.get(toGazetteerKey(name));
}

/**
 * The city a name as written refers to.
 *
 * @example
 * findCity('Pechino')?.capitalOf // 'CN'
 */
export function findCity(name: string): City | undefined {
  return cities.get(toGazetteerKey(name));
}

/**
 * The region or state of another country a name as written refers to.
 *
 * @example
 * findForeignRegion('Catalogna')?.countryCode // 'ES'
 */
export function findForeignRegion(name: string): ForeignRegion | undefined {
  return foreignRegions.get(toGazetteerKey(name));
}

/**
 * The country a nationality adjective refers to, in any of its forms.
 *
 * @example
 * findDemonymCountry('Russi')?.name // 'Russia'
 */
export function findDemonymCountry(word: string): Country | undefined {
  return demonyms.get(toGazetteerKey(word));
}

/**
 * Whether a word as written is a known first name.
 *
 * @example
 * isFirstName('Antony') // true
 * isFirstName('Italia') // false
 */
export function isFirstName(word: string): boolean {
  return names.has(toGazetteerKey(word));
}

const surnames = lazyCollection(() => new Set<string>(surnameList.trim().split('\n')));

/**
 * Surnames of many countries, lowercased ({@link toGazetteerKey}), with accent-free twins. No
 * place, first name, brand or frequent Italian word is among them, so a lone "Castelli" reads as
 * a person where nothing else types it, but "Rossi" (also a word) does not.
 *
 * @example
 * isSurname('Castelli') // true
 * isSurname('Milano') // false
 */
export function isSurname(word: string): boolean {
  return surnames.has(toGazetteerKey(word));
}
