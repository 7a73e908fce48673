import { describe, expect, it } from 'vitest';
import { italian } from '../../../src/lang/it/index.js';
import {
  findForeignRegion, foreignRegionByName, isFirstName, isKnownOrganization, organizationNames, toGazetteerKey,
} from '../../../src/lang/it/gazetteer/index.js';
import { foreignRegionRecords } from '../../../src/lang/it/gazetteer/foreign-regions.generated.js';
import { organizationList } from '../../../src/lang/it/gazetteer/organizations.generated.js';

describe('regions and states of other countries', () => {
  it.each([
    ['Texas', 'Texas', 'US'],
    ['California', 'California', 'US'],
    ['Carolina del Nord', 'Carolina del Nord', 'US'],
    ['North Carolina', 'Carolina del Nord', 'US'],
    ['Baviera', 'Baviera', 'DE'],
    ['Catalogna', 'Catalogna', 'ES'],
    ['Cataluña', 'Catalogna', 'ES'],
    ['Galles', 'Galles', 'GB'],
    ['Scozia', 'Scozia', 'GB'],
    ['Cecenia', 'Cecenia', 'RU'],
    ['Columbia Britannica', 'Columbia Britannica', 'CA'],
    ['Nuovo Galles del Sud', 'Nuovo Galles del Sud', 'AU'],
    ['Maharashtra', 'Maharashtra', 'IN'],
    ['Montana', 'Montana', 'US'],
  ])('%s -> %s (%s)', (written, name, code) => {
    expect(findForeignRegion(written)?.name).toBe(name);
    expect(findForeignRegion(written)?.countryCode).toBe(code);
  });

  it('files no country for a region whose sovereignty is the news', () => {
    expect(findForeignRegion('Ossezia del Sud')?.countryCode).toBeUndefined();
  });

  it.each([
    // the club, an Italian word, a first name, the country, the city
    'Bayern', 'Salta', 'Formosa', 'Victoria', 'Georgia', 'Washington', 'Kent',
  ])('%s is no region of another country', (name) => expect(findForeignRegion(name)).toBeUndefined());

  it('is read by the language pack after countries and cities, with the country it belongs to', () => {
    expect(italian.lookupPlace('Texas')).toEqual({ name: 'Texas', countryName: 'Stati Uniti' });
    expect(italian.lookupPlace('Georgia')?.name).toBe('Georgia');
    expect(italian.lookupPlace('Washington')?.name).toBe('Washington');
  });

  it('holds one reading per key', () => {
    const keys = foreignRegionRecords.trim().split('\n').flatMap((line) => {
      const [name, , ...aliases] = line.split('|');
      return [name!.toLowerCase(), ...aliases];
    });
    expect(keys.length).toBe(new Set(keys).size);
    expect(foreignRegionByName.size).toBeGreaterThan(400);
  });
});

describe('well-known organisations', () => {
  it.each(['Google', 'Goldman Sachs', 'Starbucks', 'Facebook', 'Lenovo', 'Der Spiegel', 'Boeing'])('%s is one', (name) => {
    expect(isKnownOrganization(name)).toBe(true);
  });

  it.each([
    // Italian words, first names, places, English words the list leaves out
    'Pace', 'Opera', 'Scala', 'Bruno', 'Lucia', 'Roma', 'Answer', 'Python', 'Target',
  ])('%s is none', (name) => expect(isKnownOrganization(name)).toBe(false));

  it('stores sorted toGazetteerKey() keys, each once', () => {
    const keys = organizationList.trim().split('\n');
    expect(keys.filter((key) => key !== toGazetteerKey(key))).toEqual([]);
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    expect(organizationNames.size).toBe(keys.length);
  });
});

describe('first names from the English lists and Italian short forms', () => {
  it.each(['Beppe', 'Gigi', 'Totò', 'Pino', 'Nichi', 'Bill', 'Mark', 'Gwendolyn', 'Thaddeus'])('%s is a first name', (name) => {
    expect(isFirstName(name)).toBe(true);
  });

  it.each([
    // Italian words and places that the English lists hold as names
    'Durante', 'Bella', 'Donna', 'Stella', 'Denver', 'Atlanta', 'Florida', 'Texas', 'France',
  ])('%s is not a first name', (name) => expect(isFirstName(name)).toBe(false));
});
