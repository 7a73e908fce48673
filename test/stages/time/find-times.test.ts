import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishTimeLexicon } from '../../../src/lang/en/time-words.js';
import { italianTimeLexicon as it_ } from '../../../src/lang/it/time-words.js';
import { findTimes, type FoundTime } from '../../../src/stages/time/find-times.js';

// Published on Friday 1 November 2024: "venerdì" is that day, "giovedì" the day before.
const publishedAt = '2024-11-01';

interface Expected {
  text: string;
  kind?: FoundTime['kind'];
  grain: FoundTime['grain'];
  /** With publishedAt. */
  value: string | null;
  /** Without publishedAt: only what the text states in full. */
  bare: string | null;
  range?: { start: string | null; end: string | null };
}

// [sentence, the one time expression expected in it]. Sentences are written for these tests.
const cases: Array<[string, Expected]> = [
  ['Lo ha detto venerdì a Mosca.', { text: 'venerdì', grain: 'day', value: '2024-11-01', bare: null }],
  ['Blinken ha parlato giovedì scorso.', { text: 'giovedì scorso', grain: 'day', value: '2024-10-31', bare: null }],
  ['Ieri il governo ha votato.', { text: 'Ieri', grain: 'day', value: '2024-10-31', bare: null }],
  ['Oggi si vota in tutto il paese.', { text: 'Oggi', grain: 'day', value: '2024-11-01', bare: null }],
  ["L'altro ieri è piovuto.", { text: "L'altro ieri", grain: 'day', value: '2024-10-30', bare: null }],
  ['Stamattina il ministro è arrivato.', { text: 'Stamattina', grain: 'day', value: '2024-11-01', bare: null }],
  ['È successo tre giorni fa.', { text: 'tre giorni fa', grain: 'day', value: '2024-10-29', bare: null }],
  ['Lo ha annunciato un mese fa.', { text: 'un mese fa', grain: 'month', value: '2024-10', bare: null }],
  ['Il ponte è crollato due anni fa.', { text: 'due anni fa', grain: 'year', value: '2022', bare: null }],
  ['Ne hanno parlato pochi giorni fa.', { text: 'pochi giorni fa', grain: 'day', value: null, bare: null }],
  ["L'offensiva è partita all'inizio di agosto.", { text: 'inizio di agosto', grain: 'month', value: '2024-08', bare: null, range: { start: '2024-08-01', end: '2024-08-10' } }],
  ['I conti si chiudono a fine mese.', { text: 'fine mese', grain: 'month', value: '2024-11', bare: null, range: { start: '2024-11-21', end: '2024-11-30' } }],
  ['Accadde a febbraio 2022.', { text: 'febbraio 2022', grain: 'month', value: '2022-02', bare: '2022-02' }],
  ["L'attacco è cominciato nel febbraio 2022.", { text: 'febbraio 2022', grain: 'month', value: '2022-02', bare: '2022-02' }],
  ['La visita è avvenuta a giugno.', { text: 'giugno', grain: 'month', value: '2024-06', bare: null }],
  ['La data scelta è il 24 febbraio.', { text: 'il 24 febbraio', grain: 'day', value: '2024-02-24', bare: null }],
  // Past bias: the latest 24 December on or before publication; a future verb turns it.
  ['Il 24 dicembre fu festa.', { text: 'Il 24 dicembre', grain: 'day', value: '2023-12-24', bare: null }],
  ['Il 24 dicembre sarà festa.', { text: 'Il 24 dicembre', grain: 'day', value: '2024-12-24', bare: null }],
  ['Il vertice si è tenuto giovedì.', { text: 'giovedì', grain: 'day', value: '2024-10-31', bare: null }],
  ['Il vertice si terrà giovedì.', { text: 'giovedì', grain: 'day', value: '2024-11-07', bare: null }],
  ['Venerdì prossimo si vota.', { text: 'Venerdì prossimo', grain: 'day', value: '2024-11-08', bare: null }],
  ['Domenica mattina ha nevicato.', { text: 'Domenica mattina', grain: 'day', value: '2024-10-27', bare: null }],
  ['Lo stadio è stato inaugurato lo scorso 28 settembre.', { text: 'lo scorso 28 settembre', grain: 'day', value: '2024-09-28', bare: null }],
  ['Il concerto si terrà il prossimo 8 luglio.', { text: 'il prossimo 8 luglio', grain: 'day', value: '2025-07-08', bare: null }],
  ['Il concerto è sabato 7 settembre.', { text: 'sabato 7 settembre', grain: 'day', value: '2024-09-07', bare: null }],
  ['Nel 2001 il governo cadde.', { text: '2001', grain: 'year', value: '2001', bare: '2001' }],
  ["Nel '68 gli studenti occuparono le università.", { text: "'68", grain: 'year', value: '1968', bare: '1968' }],
  ['Il bambino è nato il 7 giugno 2006.', { text: 'il 7 giugno 2006', grain: 'day', value: '2006-06-07', bare: '2006-06-07' }],
  ["L'invasione è iniziata il 24/02/2022.", { text: 'il 24/02/2022', grain: 'day', value: '2022-02-24', bare: '2022-02-24' }],
  ['Il treno è partito alle 16:25.', { text: 'alle 16:25', kind: 'time', grain: 'time', value: '2024-11-01T16:25', bare: null }],
  ['Il volo è partito alle ore 12.20 locali.', { text: 'alle ore 12.20', kind: 'time', grain: 'time', value: '2024-11-01T12:20', bare: null }],
  ['Ieri alle 16 è atterrato a Roma.', { text: 'Ieri alle 16', kind: 'time', grain: 'time', value: '2024-10-31T16:00', bare: null }],
  ['La riunione comincia alle 9 di sera.', { text: 'alle 9 di sera', kind: 'time', grain: 'time', value: '2024-11-01T21:00', bare: null }],
  ['Ci vediamo a mezzogiorno.', { text: 'mezzogiorno', kind: 'time', grain: 'time', value: '2024-11-01T12:00', bare: null }],
  ['La scossa è arrivata alle 14.46 locali.', { text: 'alle 14.46', kind: 'time', grain: 'time', value: '2024-11-01T14:46', bare: null }],
  ['La settimana scorsa è piovuto.', { text: 'La settimana scorsa', grain: 'week', value: '2024-W43', bare: null }],
  ["Quest'anno i prezzi sono saliti.", { text: "Quest'anno", grain: 'year', value: '2024', bare: null }],
  ["L'anno scorso i prezzi sono saliti.", { text: "L'anno scorso", grain: 'year', value: '2023', bare: null }],
  ['Il mese scorso la produzione è calata.', { text: 'Il mese scorso', grain: 'month', value: '2024-10', bare: null }],
  ['Si vota tra due settimane.', { text: 'tra due settimane', grain: 'week', value: '2024-W46', bare: null }],
  ["Il 5 marzo dell'anno scorso fu firmato.", { text: "Il 5 marzo dell'anno scorso", grain: 'day', value: '2023-03-05', bare: null }],
  ['La seduta venne spostata al 17 dello stesso mese.', { text: '17 dello stesso mese', grain: 'day', value: null, bare: null }],
  ["L'estate scorsa ha fatto caldo.", { text: "L'estate scorsa", grain: 'season', value: '2024-22', bare: null, range: { start: '2024-06', end: '2024-08' } }],
  ["Nell'estate del 2022 ha fatto caldo.", { text: 'estate del 2022', grain: 'season', value: '2022-22', bare: '2022-22', range: { start: '2022-06', end: '2022-08' } }],
  ["Negli anni '70 la città cresceva.", { text: "anni '70", grain: 'decade', value: '197', bare: '197', range: { start: '1970', end: '1979' } }],
  ['Negli anni Settanta la città cresceva.', { text: 'anni Settanta', grain: 'decade', value: '197', bare: '197', range: { start: '1970', end: '1979' } }],
  ['Alla fine degli anni 90 era famoso.', { text: 'fine degli anni 90', grain: 'decade', value: '199', bare: '199', range: { start: '1997', end: '1999' } }],
  ["Il palazzo fu costruito nell'Ottocento.", { text: 'Ottocento', grain: 'century', value: '18', bare: '18', range: { start: '1800', end: '1899' } }],
  ['Nel XX secolo tutto cambia.', { text: 'XX secolo', grain: 'century', value: '19', bare: '19', range: { start: '1900', end: '1999' } }],
  ['A fine 2022 il debito era alto.', { text: 'fine 2022', grain: 'year', value: '2022', bare: '2022', range: { start: '2022-09', end: '2022-12' } }],
  ['Nella prima metà del 2022 la crescita si fermò.', { text: 'prima metà del 2022', grain: 'year', value: '2022', bare: '2022', range: { start: '2022-01', end: '2022-06' } }],
  ['Fu sindaco dal 1999 al 2013.', { text: 'dal 1999 al 2013', kind: 'interval', grain: 'year', value: '1999/2013', bare: '1999/2013', range: { start: '1999', end: '2013' } }],
  ['Lo gestì tra il 2001 e il 2003.', { text: 'tra il 2001 e il 2003', kind: 'interval', grain: 'year', value: '2001/2003', bare: '2001/2003', range: { start: '2001', end: '2003' } }],
  ['Il suo mandato (1999-2013) fu lungo.', { text: '1999-2013', kind: 'interval', grain: 'year', value: '1999/2013', bare: '1999/2013', range: { start: '1999', end: '2013' } }],
  ['Da gennaio a marzo 2022 ha piovuto.', { text: 'Da gennaio a marzo 2022', kind: 'interval', grain: 'month', value: '2022-01/2022-03', bare: '2022-01/2022-03', range: { start: '2022-01', end: '2022-03' } }],
  ['Si vota dal 3 al 5 marzo.', { text: 'dal 3 al 5 marzo', kind: 'interval', grain: 'day', value: '2024-03-03/2024-03-05', bare: null, range: { start: '2024-03-03', end: '2024-03-05' } }],
  ['La fiera si è svolta tra il 13 e il 14 aprile.', { text: 'tra il 13 e il 14 aprile', kind: 'interval', grain: 'day', value: '2024-04-13/2024-04-14', bare: null, range: { start: '2024-04-13', end: '2024-04-14' } }],
  ['Lo sciopero va dalle 9 alle 12.', { text: 'dalle 9 alle 12', kind: 'interval', grain: 'time', value: '2024-11-01T09:00/2024-11-01T12:00', bare: null, range: { start: '2024-11-01T09:00', end: '2024-11-01T12:00' } }],
  ['Il traghetto resta fermo tra le 19:10 e le 19:50 in porto.', { text: 'tra le 19:10 e le 19:50', kind: 'interval', grain: 'time', value: '2024-11-01T19:10/2024-11-01T19:50', bare: null, range: { start: '2024-11-01T19:10', end: '2024-11-01T19:50' } }],
  ['Il piano scade entro il 2030.', { text: 'entro il 2030', kind: 'interval', grain: 'year', value: '../2030', bare: '../2030', range: { start: null, end: '2030' } }],
  ['È azionista sin dal 1999.', { text: 'sin dal 1999', kind: 'interval', grain: 'year', value: '1999/..', bare: '1999/..', range: { start: '1999', end: null } }],
  ["Resta in carica fino a gennaio di quest'anno.", { text: "fino a gennaio di quest'anno", kind: 'interval', grain: 'month', value: '../2024-01', bare: null, range: { start: null, end: '2024-01' } }],
  ["Tre solo dall'inizio del 2008.", { text: "dall'inizio del 2008", kind: 'interval', grain: 'year', value: '2008-01/..', bare: '2008-01/..', range: { start: '2008-01', end: null } }],
];

// Numbers that are no time, and words that only look like one.
const negatives = [
  'Sono già 8mila i soldati al fronte.',
  "L'articolo 18 dello Statuto è cambiato.",
  'Il vertice del G7 è finito.',
  'Alle 16 vittime si aggiungono due dispersi.',
  'Sono arrivati i 2000 soldati promessi.',
  'Potranno entrare fino a 2000 persone.',
  'I seggi passano da 300 a 120.',
  'Il primo ministro ha parlato.',
  'La Primavera araba cambiò la regione.',
  'La roccia si formò circa 300 milioni di anni fa.',
  'La legge 194 è in vigore.',
  'Sono arrivati 10.000 soldati.',
  'La 10.12 è la nuova versione.',
  'Le 10 più belle canzoni.',
  'Il Boeing 737 è atterrato.',
  'Ha compiuto 30 anni.',
  'Il risultato finale è stato 2-1 per gli ospiti.',
  'Chiamate il +39 06 5555 per assistenza.',
  'Ha vinto con il 60% dei voti.',
];

const pick = (t: FoundTime) => ({ text: t.text, kind: t.kind, grain: t.grain, value: t.value, ...(t.range ? { range: t.range } : {}) });

describe('findTimes (Italian)', () => {
  it.each(cases)('%s', (sentence, expected) => {
    const anchored = findTimes(sentence, it_, { publishedAt });
    expect(anchored.map(pick)).toEqual([
      { text: expected.text, kind: expected.kind ?? 'date', grain: expected.grain, value: expected.value, ...(expected.range ? { range: expected.range } : {}) },
    ]);
    const [found] = anchored;
    expect(sentence.slice(found!.start, found!.end)).toBe(found!.text);
    const bare = findTimes(sentence, it_);
    expect(bare.map((t) => [t.text, t.value])).toEqual([[expected.text, expected.bare]]);
  });

  it.each(negatives)('no time in: %s', (sentence) => {
    expect(findTimes(sentence, it_, { publishedAt })).toEqual([]);
  });

  it('finds every expression of a sentence, in text order', () => {
    const text = "Lo ha affermato venerdì, dopo l'offensiva lanciata all'inizio di agosto e l'assalto del febbraio 2022.";
    expect(findTimes(text, it_, { publishedAt }).map((t) => [t.text, t.value])).toEqual([
      ['venerdì', '2024-11-01'], ['inizio di agosto', '2024-08'], ['febbraio 2022', '2022-02'],
    ]);
  });

  it('reads a clock time after the article of hours, not after another article', () => {
    const text = 'Il volo è atterrato alle 15.40 locali (le 7.40 in Italia). La 10.12 è uscita.';
    expect(findTimes(text, it_, { publishedAt }).map((t) => [t.text, t.value])).toEqual([
      ['alle 15.40', '2024-11-01T15:40'], ['le 7.40', '2024-11-01T07:40'],
    ]);
  });

  it.fails('reads a span of years followed by a verb ("1999-2013 crebbe"): taken for amounts before a noun', () => {
    expect(findTimes('Nel periodo 1999-2013 crebbe.', it_).map((t) => t.value)).toEqual(['1999/2013']);
  });

  it('resolves against the calendar day of a date-time as written', () => {
    expect(findTimes('ieri', it_, { publishedAt: '2024-03-01T23:30:00-05:00' })[0]!.value).toBe('2024-02-29');
  });

  it('throws a typed error on a publishedAt that is no date', () => {
    expect(() => findTimes('ieri', it_, { publishedAt: 'yesterday' })).toThrow(/publishedAt must be an ISO 8601 date/);
  });

  it.fails('reads each day of a list that shares one month ("il 19 e 26 luglio"): only the last is found', () => {
    expect(findTimes('Le gare si corrono il 19 e 26 luglio.', it_, { publishedAt }).map((t) => t.value)).toEqual(['2024-07-19', '2024-07-26']);
  });

  it('never throws, and spans slice back in order with ISO values (property)', () => {
    const pieces = [
      'venerdì', 'giovedì', 'scorso', 'prossimo', 'ieri', 'oggi', "l'altro", 'tre', 'giorni', 'fa', 'inizio', 'di', 'agosto', 'fine', 'mese',
      'febbraio', '2022', 'nel', 'il', '24', 'dal', 'al', '1999', '2013', 'anni', "'70", 'alle', '16:25', '12.20', 'ore', 'tra', 'e', 'entro',
      'fino', 'a', 'estate', 'Novecento', 'XX', 'secolo', 'sera', 'le', 'dalle', '-', ',', '.', '\n', '(', 'soldati', '8mila', '10.000', '31',
      '29', 'stesso', 'quest’anno', 'anno', '0', '24/02/2022', 'metà', 'prima',
    ];
    const tokens = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 18 });
    const text = fc.oneof(fc.string({ maxLength: 60, unit: 'grapheme' }), tokens.map((t) => t.join(' ')), tokens.map((t) => t.join('')));
    const iso = /^(?:\d{2,4}(?:-(?:\d{2}|W\d{2})(?:-\d{2})?(?:T\d{2}:\d{2})?)?|\.\.)$/;
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, publishedAt, '2000-02-29'), (s, anchor) => {
        let end = 0;
        for (const t of findTimes(s, it_, { publishedAt: anchor })) {
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(end);
          end = t.end;
          if (t.value !== null) for (const part of t.value.split('/')) expect(part).toMatch(iso);
          if (t.range) for (const part of [t.range.start, t.range.end]) if (part !== null) expect(part).toMatch(iso);
        }
      }),
      { seed: 20241101, numRuns: 1000 },
    );
  });
});

describe('findTimes (English)', () => {
  it.each([
    ['She spoke on Friday.', 'Friday', '2024-11-01'],
    ['It happened last Thursday.', 'last Thursday', '2024-10-31'],
    ['It happened three days ago.', 'three days ago', '2024-10-29'],
    ['The offensive began in early August.', 'early August', '2024-08'],
    ['The attack began in February 2022.', 'February 2022', '2022-02'],
    ['The vote is on February 24, 2022.', 'February 24, 2022', '2022-02-24'],
    ['He served from 1999 to 2013.', 'from 1999 to 2013', '1999/2013'],
    ['The city grew in the 1970s.', 'the 1970s', '197'],
    ['The train left at 4:25 p.m.', 'at 4:25 p.m.', '2024-11-01T16:25'],
    ['The vote will be on Friday.', 'Friday', '2024-11-01'],
    ['Prices rose last year.', 'last year', '2023'],
  ])('%s', (sentence, text, value) => {
    expect(findTimes(sentence, englishTimeLexicon, { publishedAt }).map((t) => [t.text, t.value])).toEqual([[text, value]]);
  });

  it.each(['Theresa May said no.', 'From 1000 to 2000 people came.', 'He lives at 10 Downing Street.', 'Rates rose at 4%.'])('no time in: %s', (sentence) => {
    expect(findTimes(sentence, englishTimeLexicon, { publishedAt })).toEqual([]);
  });
});
