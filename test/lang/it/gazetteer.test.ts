import { describe, expect, it } from 'vitest';
import {
  cityByName, countryByCode, countryByName, demonymCountry, findCity, findCountry, findDemonymCountry, firstNames,
  isFirstName, italianAreaByName, regionByAdjective, regionByName, stripAccents, toGazetteerKey,
} from '../../../src/lang/it/gazetteer/index.js';
import { lazyCollection } from '../../../src/lang/it/gazetteer/lazy-collections.js';
import { cityRecords } from '../../../src/lang/it/gazetteer/cities.generated.js';
import { countryRecords } from '../../../src/lang/it/gazetteer/countries.generated.js';
import { demonymRecords } from '../../../src/lang/it/gazetteer/demonyms.generated.js';
import { firstNameList } from '../../../src/lang/it/gazetteer/first-names.generated.js';
import { italianAreaRecords } from '../../../src/lang/it/gazetteer/italian-areas.generated.js';

describe('toGazetteerKey', () => {
  it.each([
    ['Emilia-Romagna', 'emilia romagna'],
    ['Stati Uniti d’America', "stati uniti d'america"],
    ['  Corea   del Nord ', 'corea del nord'],
    ['Perù', 'perù'],
  ])('%s -> %s', (text, key) => expect(toGazetteerKey(text)).toBe(key));

  it.each([
    ['São Tomé', 'Sao Tome'],
    ['Łukašenko', 'Lukasenko'],
    ['Chișinău', 'Chisinau'],
  ])('stripAccents(%s) -> %s', (text, plain) => expect(stripAccents(text)).toBe(plain));
});

describe('countries', () => {
  it.each([
    ['Corea del Nord', 'KP'],
    ['Nord Corea', 'KP'],
    ['Corea del Sud', 'KR'],
    ['Stati Uniti', 'US'],
    ["Stati Uniti d'America", 'US'],
    ['USA', 'US'],
    ['Usa', 'US'],
    ['Regno Unito', 'GB'],
    ['Gran Bretagna', 'GB'],
    ['Russia', 'RU'],
    ['Federazione Russa', 'RU'],
    ['Ucraina', 'UA'],
    ['Cina', 'CN'],
    ['Birmania', 'MM'],
    ['Myanmar', 'MM'],
    ['Perù', 'PE'],
    ['Peru', 'PE'],
    ['Olanda', 'NL'],
    ['Paesi Bassi', 'NL'],
    ['Costa d’Avorio', 'CI'],
    ['Bosnia-Erzegovina', 'BA'],
    ['Vaticano', 'VA'],
  ])('%s -> %s', (name, code) => expect(findCountry(name)?.code).toBe(code));

  it.each(['Mosca', 'Europa', 'Pace', 'Lombardia', 'russi', 'Corea'])('%s is not a country', (name) => {
    expect(findCountry(name)).toBeUndefined();
  });

  it('names each country once, canonically', () => {
    expect(countryByCode.get('US')?.name).toBe('Stati Uniti');
    expect(countryByCode.get('KP')?.name).toBe('Corea del Nord');
    expect(countryByCode.size).toBeGreaterThanOrEqual(249);
    expect(countryByName.get('stati uniti')).toBe(countryByCode.get('US'));
  });
});

describe('demonyms', () => {
  it.each([
    ['russo', 'Russia'],
    ['russa', 'Russia'],
    ['russi', 'Russia'],
    ['russe', 'Russia'],
    ['nordcoreano', 'Corea del Nord'],
    ['nordcoreani', 'Corea del Nord'],
    ['nordcoreane', 'Corea del Nord'],
    ['sudcoreana', 'Corea del Sud'],
    ['statunitense', 'Stati Uniti'],
    ['statunitensi', 'Stati Uniti'],
    ['americani', 'Stati Uniti'],
    ['britannici', 'Regno Unito'],
    ['inglese', 'Regno Unito'],
    ['ucraini', 'Ucraina'],
    ['tedesche', 'Germania'],
    ['austriaci', 'Austria'],
    ['greci', 'Grecia'],
    ['turchi', 'Turchia'],
    ['polacchi', 'Polonia'],
    ['cechi', 'Repubblica Ceca'],
    ['belgi', 'Belgio'],
    ['vietnamiti', 'Vietnam'],
    ['israeliani', 'Israele'],
    ['palestinesi', 'Palestina'],
    ['iraniani', 'Iran'],
    ['cinesi', 'Cina'],
    ['nigeriani', 'Nigeria'],
    ['nigerini', 'Niger'],
    ['italiane', 'Italia'],
  ])('%s -> %s', (form, country) => {
    expect(demonymCountry.get(form)).toBe(country);
    expect(findDemonymCountry(form)?.name).toBe(country);
  });

  it.each([
    'coreano', // North or South
    'giordano', // far more often a name
    'emiro', // the package's adjective for the Emirates
    'andorra',
    'afghan',
    'Mosca',
    'ceci', // not a wrong plural of ceco
  ])('%s is not a country adjective', (form) => expect(findDemonymCountry(form)).toBeUndefined());

  it('reads "gallese" as Welsh, not as the package\'s Wallis e Futuna', () => {
    expect(findDemonymCountry('gallesi')?.code).toBe('GB');
  });
});

describe('cities', () => {
  it.each([
    ['Mosca', 'Mosca', 'RU', 'RU'],
    ['Moscow', 'Mosca', 'RU', 'RU'],
    ['Pechino', 'Pechino', 'CN', 'CN'],
    ['Washington', 'Washington', 'US', 'US'],
    ['Londra', 'Londra', 'GB', 'GB'],
    ['Parigi', 'Parigi', 'FR', 'FR'],
    ['Pyongyang', 'Pyongyang', 'KP', 'KP'],
    ['Kiev', 'Kiev', 'UA', 'UA'],
    ['Kyiv', 'Kiev', 'UA', 'UA'],
    ['Gerusalemme', 'Gerusalemme', 'IL', 'IL'],
    ['Roma', 'Roma', 'IT', 'IT'],
    ['Bruxelles', 'Bruxelles', 'BE', 'BE'],
    ["L'Aia", "L'Aia", 'NL', 'NL'],
    ['Teheran', 'Teheran', 'IR', 'IR'],
    ['Chisinau', 'Chișinău', 'MD', 'MD'],
  ])('%s -> %s, capital of %s', (written, name, countryCode, capitalOf) => {
    const city = findCity(written);
    expect(city).toMatchObject({ name, countryCode, capitalOf });
  });

  it.each([
    ['Milano', 'Lombardia', 'MI'],
    ['Napoli', 'Campania', 'NA'],
    ['Bolzano', 'Trentino-Alto Adige', 'BZ'],
    ['Bozen', 'Trentino-Alto Adige', 'BZ'],
    ['Reggio Emilia', 'Emilia-Romagna', 'RE'],
    ['Sanremo', 'Liguria', 'IM'],
  ])('Italian comune %s is in %s (%s) and is no capital', (written, region, province) => {
    const city = findCity(written);
    expect(city).toMatchObject({ countryCode: 'IT', region, province });
    expect(city?.capitalOf).toBeUndefined();
  });

  it.each(['Kharkiv', 'Odessa', 'Kursk', 'Ramallah', 'Davos', 'Monaco di Baviera', 'San Pietroburgo'])('%s is known, no capital', (name) => {
    expect(findCity(name)).toBeDefined();
    expect(findCity(name)?.capitalOf).toBeUndefined();
  });

  it.each(['Mestre', 'Ostia', 'Vomero', 'Lombardia', 'Europa', 'Sergei'])('%s is not a city of its own', (name) => {
    expect(findCity(name)).toBeUndefined();
  });

  it.each(['Potenza', 'Fermo', 'Mosca', 'Massa', 'Noto'])('%s is flagged as a common Italian word', (name) => {
    expect(findCity(name)?.commonWord).toBe(true);
  });

  it('prefers a national capital to a bigger namesake, not a tiny one', () => {
    expect(cityByName.get('san josé')?.countryCode).toBe('CR');
    expect(cityByName.get('hamilton')?.countryCode).toBe('CA');
  });
});

describe('Italian regions and provinces, macro-regions', () => {
  it.each([
    ['Lombardia', 'regione', 'Lombardia'],
    ['Alto Adige', 'regione', 'Trentino-Alto Adige'],
    ['Friuli', 'regione', 'Friuli-Venezia Giulia'],
    ["Val d'Aosta", 'regione', "Valle d'Aosta"],
    ['Monza e della Brianza', 'provincia', 'Lombardia'],
  ])('%s is a %s (%s)', (name, kind, region) => {
    expect(italianAreaByName.get(toGazetteerKey(name))).toMatchObject({ kind, region });
  });

  it.each([
    ['Europa', 'continent'],
    ['Occidente', 'macro-region'],
    ['Medio Oriente', 'macro-region'],
    ['Asia centrale', 'macro-region'],
    ['Caucaso', 'macro-region'],
    ['Africa', 'continent'],
    ['Donbass', 'area'],
  ])('%s is a %s', (name, kind) => expect(regionByName.get(toGazetteerKey(name))?.kind).toBe(kind));

  it.each([
    ['europei', 'Europa'],
    ['occidentali', 'Occidente'],
    ['mediorientale', 'Medio Oriente'],
  ])('%s -> %s', (adjective, region) => expect(regionByAdjective.get(adjective)?.name).toBe(region));
});

describe('first names', () => {
  it.each([
    'Sergei', 'Sergej', 'Sergey', 'Antony', 'Vladimir', 'Volodymyr', 'Hugo', 'Nicolás', 'Nicolas', 'Tomasz', 'Barack',
    'George', 'Dmitry', 'Mikhail', 'Giorgia', 'Mario', 'Massimo', 'Emmanuel', 'Olaf', 'Recep', 'Sofia', 'Sara', 'Jean-Pierre',
    // A Korean family name ("Kim Jong Un"), but an English given name too: accepted
    'Kim',
  ])('%s is a first name', (name) => expect(isFirstName(name)).toBe(true));

  it.each([
    'Pace', 'Italia', 'Roma', 'Marina', 'Speranza', 'Secondo', 'Primo', 'Santa', 'Libero', 'Domenica', 'Natale',
    'Lombardia', 'Europa', 'Stati', 'Sarà', 'Però', 'Già', 'Mosca', 'Vince', 'Parla', 'Bianca', 'Giovani', 'IA',
    'Ceca', 'Russa',
  ])('%s is not a first name', (name) => expect(isFirstName(name)).toBe(false));

  it('holds lowercased keys only, each accented name with its accent-free twin', () => {
    const names = [...firstNames];
    expect(names.length).toBeGreaterThan(5000);
    expect(names.filter((name) => name !== toGazetteerKey(name))).toEqual([]);
    expect(names.filter((name) => !firstNames.has(stripAccents(name)))).toEqual([]);
  });
});

describe('generated data', () => {
  const files = { cityRecords, countryRecords, demonymRecords, firstNameList, italianAreaRecords };

  it.each(Object.entries(files))('%s is under 300 KB, without blank or padded lines', (_name, data) => {
    expect(data.length).toBeLessThan(300 * 1024);
    const lines = data.trim().split('\n');
    expect(lines.filter((line) => line === '' || line !== line.trim())).toEqual([]);
  });

  it.each([
    ['countryRecords', countryRecords, 2],
    ['cityRecords', cityRecords, 7],
    ['italianAreaRecords', italianAreaRecords, 4],
    ['demonymRecords', demonymRecords, 1],
  ] as const)('%s stores its keys as toGazetteerKey() makes them', (_name, data, firstKey) => {
    const keys = data.trim().split('\n').flatMap((line) => line.split('|').slice(firstKey));
    expect(keys.filter((key) => key !== toGazetteerKey(key))).toEqual([]);
  });
});

describe('lazyCollection', () => {
  it('builds once, on first use, and behaves as the real collection', () => {
    let builds = 0;
    const map = lazyCollection(() => {
      builds++;
      return new Map([['a', 1], ['b', 2]]);
    });
    expect(builds).toBe(0);
    expect(map.get('a')).toBe(1);
    expect(map.size).toBe(2);
    expect([...map.keys()]).toEqual(['a', 'b']);
    expect(map instanceof Map).toBe(true);
    expect(builds).toBe(1);
  });
});
