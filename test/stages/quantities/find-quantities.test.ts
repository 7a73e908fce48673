import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { italianNumberLexicon as it_ } from '../../../src/lang/it/numbers.js';
import { findQuantities } from '../../../src/stages/quantities/find-quantities.js';

interface Expected {
  text: string;
  value: number;
  lower?: number;
  upper?: number;
  unit?: string;
  approximate?: boolean;
  object?: string;
}

// [sentence, the one quantity expected in it]. Sentences are written for these tests.
const positives: Array<[string, Expected]> = [
  ['Al confine sono arrivati 30000 migranti.', { text: '30000 migranti', value: 30000, object: 'migranti' }],
  ['Dei 10.000 soldati nordcoreani che sono partiti', { text: '10.000 soldati nordcoreani', value: 10000, object: 'soldati nordcoreani' }],
  ['Sono già 8mila i soldati al fronte', { text: '8mila i soldati', value: 8000, object: 'soldati' }],
  ['Potrebbero essere fino a 8.000 persone.', { text: 'fino a 8.000 persone', value: 8000, upper: 8000 }],
  ['In piazza migliaia di manifestanti arrabbiati', { text: 'migliaia di manifestanti arrabbiati', value: 1000, lower: 1000, approximate: true }],
  ["L'esercito controlla diverse centinaia di chilometri quadrati", { text: 'diverse centinaia di chilometri quadrati', value: 200, lower: 200, unit: 'km2', approximate: true }],
  ['La roccia si formò circa 300 milioni di anni fa.', { text: 'circa 300 milioni di anni', value: 300_000_000, unit: 'anni', approximate: true }],
  ["Era un animale lungo 5 metri, forse più.", { text: '5 metri', value: 5, unit: 'm' }],
  ['I denti raggiungevano i 7 centimetri.', { text: 'i 7 centimetri', value: 7, upper: 7, unit: 'cm' }],
  ['Un prestito di 1,5 milioni di euro.', { text: '1,5 milioni di euro', value: 1_500_000, unit: 'EUR' }],
  ['La crescita si ferma al 3,5 per cento.', { text: '3,5 per cento', value: 3.5, unit: '%' }],
  ['Ha votato il 40% degli elettori.', { text: '40%', value: 40, unit: '%', object: 'elettori' }],
  ['Suoneranno oltre 20 artisti internazionali.', { text: 'oltre 20 artisti internazionali', value: 20, lower: 20, approximate: true }],
  ['La nave era a più di 100 miglia dalla costa.', { text: 'più di 100 miglia', value: 100, lower: 100, unit: 'mi', approximate: true }],
  ['La serata è durata circa sei ore.', { text: 'circa sei ore', value: 6, unit: 'ore', approximate: true }],
  ['I ghiacci spariranno entro i prossimi 40 anni.', { text: 'entro i prossimi 40 anni', value: 40, upper: 40, unit: 'anni' }],
  ['La colonna si estende tra 10 e 20 chilometri.', { text: 'tra 10 e 20 chilometri', value: 10, lower: 10, upper: 20, unit: 'km' }],
  ['Sono persone tra i 20 e i 30 anni.', { text: 'tra i 20 e i 30 anni', value: 20, lower: 20, upper: 30, unit: 'anni' }],
  ['Le temperature andranno dai 5 ai 10 gradi.', { text: 'dai 5 ai 10 gradi', value: 5, lower: 5, upper: 10, unit: '°C' }],
  ['Negli scontri ci sono stati 10-15 feriti.', { text: '10-15 feriti', value: 10, lower: 10, upper: 15, object: 'feriti' }],
  ['Hanno assistito un milione e mezzo di persone.', { text: 'un milione e mezzo di persone', value: 1_500_000, object: 'persone' }],
  ['Il danno supera due milioni di dollari.', { text: 'due milioni di dollari', value: 2_000_000, unit: 'USD' }],
  ['Si contano ventitré vittime.', { text: 'ventitré vittime', value: 23 }],
  ['Il paese ha tremilacinquecento abitanti.', { text: 'tremilacinquecento abitanti', value: 3500 }],
  ['Sono in gioco duecentomila posti di lavoro.', { text: 'duecentomila posti', value: 200_000, object: 'posti' }],
  ['La frana ha bloccato centoventi chilometri di strada.', { text: 'centoventi chilometri', value: 120, unit: 'km', object: 'strada' }],
  ['Mancano quarantotto ore al voto.', { text: 'quarantotto ore', value: 48, unit: 'ore' }],
  ['Sono stati licenziati trentuno dipendenti.', { text: 'trentuno dipendenti', value: 31 }],
  ['Si registrano una ventina di feriti.', { text: 'una ventina di feriti', value: 20, approximate: true }],
  ['Sono fuggiti decine di migliaia di profughi.', { text: 'decine di migliaia di profughi', value: 10_000, lower: 10_000, approximate: true }],
  ['Costa qualche migliaio di euro.', { text: 'qualche migliaio di euro', value: 2000, lower: 2000, unit: 'EUR', approximate: true }],
  ['Ha votato contro la metà dei deputati.', { text: 'metà dei deputati', value: 0.5, unit: 'fraction', object: 'deputati' }],
  ['Quest’anno si contano il doppio dei casi.', { text: 'il doppio dei casi', value: 2, unit: 'multiple', object: 'casi' }],
  ['Vive in città un terzo della popolazione.', { text: 'un terzo della popolazione', value: 1 / 3, unit: 'fraction' }],
  ['Il fondo vale quasi 3 miliardi.', { text: 'quasi 3 miliardi', value: 3e9, approximate: true }],
  ['Il bilancio è di almeno 12 morti.', { text: 'almeno 12 morti', value: 12, lower: 12, approximate: true }],
  ['Potranno entrare al massimo 50 persone.', { text: 'al massimo 50 persone', value: 50, upper: 50 }],
  ['La disoccupazione è scesa a meno del 5%.', { text: 'meno del 5%', value: 5, upper: 5, unit: '%' }],
  ['Lo stipendio è di poco più di 400 euro.', { text: 'poco più di 400 euro', value: 400, unit: 'EUR', approximate: true }],
  ['Domani si toccheranno intorno ai 30 gradi.', { text: 'intorno ai 30 gradi', value: 30, unit: '°C', approximate: true }],
  ['Il comune ha stanziato € 5 milioni.', { text: '€ 5 milioni', value: 5e6, unit: 'EUR' }],
  ['Il biglietto costa $10 a testa.', { text: '$10', value: 10, unit: 'USD' }],
  ['Di notte si scende a -5 gradi.', { text: '-5 gradi', value: -5, unit: '°C' }],
  ["La pressione minima è di 962 mb nell'occhio.", { text: '962 mb', value: 962, unit: 'mbar' }],
  ['Servono 3 mld di investimenti.', { text: '3 mld di investimenti', value: 3e9, object: 'investimenti' }],
  ['Il debito è salito a 2,5 mln.', { text: '2,5 mln', value: 2.5e6 }],
  ['Il limite è di 50 km/h in centro.', { text: '50 km/h', value: 50, unit: 'km/h' }],
  ['Al funerale sono venute 1500 persone.', { text: '1500 persone', value: 1500 }],
  ['La città fu fondata 2000 anni fa.', { text: '2000 anni', value: 2000, unit: 'anni' }],
  ['Il tribunale ha assolto sei imputati.', { text: 'sei imputati', value: 6 }],
  ['Lo hanno firmato i due paesi.', { text: 'due paesi', value: 2 }],
  ['Il biglietto costa 3 mila euro.', { text: '3 mila euro', value: 3000, unit: 'EUR' }],
  ['A Roma oggi ci sono 30°C.', { text: '30°C', value: 30, unit: '°C' }],
  ['Sono bruciati 10 ettari di bosco.', { text: '10 ettari', value: 10, unit: 'ha', object: 'bosco' }],
  ['Sono arrivate 300 tonnellate di grano.', { text: '300 tonnellate', value: 300, unit: 't', object: 'grano' }],
  ['È stato condannato a 5 anni di carcere.', { text: '5 anni', value: 5, unit: 'anni', object: 'carcere' }],
  ['Hanno percorso novecento chilometri.', { text: 'novecento chilometri', value: 900, unit: 'km' }],
  ['È morto a ottantotto anni.', { text: 'ottantotto anni', value: 88, unit: 'anni' }],
  ['Sono attesi mezzo milione di visitatori.', { text: 'mezzo milione di visitatori', value: 500_000 }],
  ['La regione ha 2 milioni e mezzo di abitanti.', { text: '2 milioni e mezzo di abitanti', value: 2_500_000 }],
  ['Il candidato ha ottenuto 1.234.567 voti.', { text: '1.234.567 voti', value: 1_234_567 }],
  ['La riunione è durata venti minuti.', { text: 'venti minuti', value: 20, unit: 'minuti' }],
  ['Hanno protestato millecinquecento studenti.', { text: 'millecinquecento studenti', value: 1500 }],
  ['Ha vinto con oltre il 60% dei voti.', { text: 'oltre il 60%', value: 60, lower: 60, unit: '%', approximate: true, object: 'voti' }],
  ['Il pacchetto vale 750 milioni di sterline.', { text: '750 milioni di sterline', value: 750e6, unit: 'GBP' }],
  ['Hanno camminato per 3 settimane.', { text: '3 settimane', value: 3, unit: 'settimane' }],
  ['La tempesta ha soffiato a 120 nodi.', { text: '120 nodi', value: 120, unit: 'kn' }],
  ['Ci sono circa 40.000 sfollati.', { text: 'circa 40.000 sfollati', value: 40_000, approximate: true }],
  ['In piazza tra 10 e 20 mila persone.', { text: 'tra 10 e 20 mila persone', value: 10_000, lower: 10_000, upper: 20_000 }],
];

// Sentences where no quantity must be found.
const negatives: string[] = [
  'Pagina consultata in data 9 ottobre 2015.',
  'Il 10 giugno scorso si è dimesso.',
  "L'invasione è iniziata il 24/02/2022.",
  'Nel 2001 il governo cadde.',
  'Fu sindaco dal 1999 al 2013.',
  "L'attacco è cominciato nel febbraio 2022.",
  'Tutti parlano dei Mondiali Germania 2006.',
  'Il treno è partito alle 16:25.',
  'Sono arrivati le 21:55 di ieri.',
  'La riunione comincia alle ore 9 di mattina.',
  'È arrivato 3° al traguardo.',
  "Negli anni '70 la città cresceva.",
  'Negli anni Settanta la città cresceva.',
  "L'articolo 21 della Costituzione lo vieta.",
  'La legge 194 è in vigore.',
  'Lo prevede il comma 3 del decreto.',
  'Ne parla a pag. 12 del rapporto.',
  'Per informazioni tel. 06 1234567.',
  'Il fuso orario è UTC-4 in estate.',
  'Il vertice del G7 si terrà a Bari.',
  'Sono arrivati i caccia F-16 promessi.',
  'La pandemia di Covid-19 è finita.',
  'Il trattato START II è scaduto.',
  'Un uomo è stato arrestato.',
  'Una donna ha denunciato il furto.',
  'Il primo ministro ha parlato del terzo mandato.',
  'Nel XXI secolo tutto cambia.',
  'Il Boeing 737 è atterrato.',
  'Lo stabilisce il D.Lgs. 104/2018 sulle armi.',
  'Chiamate il +39 06 5555 per assistenza.',
  'Era la 1ª edizione del premio.',
  'Lo ha trasmesso Canale 5 ieri sera.',
  'Il piano scade entro il 2030.',
  'Il risultato finale è stato 2-1 per gli ospiti.',
  'Ho letto il suo nuovo romanzo.',
  'Le elezioni del 2018 furono vinte da lui.',
  'Le gare si corrono il 19 e 26 luglio.',
  'La città fu distrutta nel 79 d.C. dal vulcano.',
  'Il volo è partito alle ore 12.20 locali.',
  'La partita è ferma sul 0-2 da un quarto d’ora.',
  "Il palazzo fu costruito nell'Ottocento.",
  'Il telefono usa iOS 10 ancora oggi.',
  "Soffiano i venti dell'uragano sulla costa.",
  'La fiera si è svolta tra il 13 e il 14 marzo.',
  'Segnò al 14\' del primo tempo.',
  'Il treno parte dal binario 3 ogni ora.',
];

const pick = (q: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(q).filter(([k, v]) => v !== undefined && k !== 'approximate' && k !== 'object'));

describe('findQuantities (Italian)', () => {
  it.each(positives)('%s', (sentence, expected) => {
    const found = findQuantities(sentence, it_);
    expect(found).toHaveLength(1);
    const [q] = found;
    expect(pick({ text: q!.text, value: q!.value, lower: q!.lower, upper: q!.upper, unit: q!.unit })).toEqual(pick({ ...expected }));
    expect(q!.approximate).toBe(expected.approximate ?? false);
    if (expected.object) expect(q!.object?.text).toBe(expected.object);
    expect(sentence.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it.each(negatives)('no quantity in: %s', (sentence) => {
    expect(findQuantities(sentence, it_)).toEqual([]);
  });

  it.each([
    ['Le armi sportive passano da 6 a 12.', [['da 6', 6], ['a 12', 12]]],
    // Y below X cannot be a range: a fall from 300 to 120.
    ['I seggi, da 300 a 120 in un anno.', [['da 300', 300], ['a 120', 120]]],
    ['La durata scende da 9 a 7 anni.', [['da 9', 9], ['a 7 anni', 7]]],
  ])('reads "da X a Y" as two values after a verb of change or when Y < X: %s', (text, expected) => {
    const found = findQuantities(text, it_);
    expect(found.map((q) => [q.text, q.value])).toEqual(expected);
    expect(found.every((q) => q.lower === undefined && q.upper === undefined)).toBe(true);
  });

  it('gives an elided quantity the object of the previous one in the same sentence', () => {
    const text = 'Dei 10.000 soldati nordcoreani che sono in Russia, fino a 8.000 sono nel Kursk. Poi 3 sono tornati.';
    const [first, second, third] = findQuantities(text, it_);
    expect(second!.object).toEqual(first!.object);
    expect(second!.object!.text).toBe('soldati nordcoreani');
    expect(third!.object).toBeUndefined();
  });

  it('keeps offsets into the whole text when given a range', () => {
    const text = 'Nel 2001 erano 50 persone. Oggi sono 80 persone.';
    const start = text.indexOf('Oggi');
    const found = findQuantities(text, it_, { start, end: text.length });
    expect(found.map((q) => [q.text, q.start])).toEqual([['80 persone', text.indexOf('80')]]);
  });

  it('throws a typed error on a range outside the text', () => {
    expect(() => findQuantities('abc', it_, { start: 2, end: 9 })).toThrow(/0 <= start <= end <= 3/);
  });

  it('never throws and every span slices back (property)', () => {
    const pieces = [
      '8.000', '10,5', '2006', '16:25', '24/02', 'mila', 'milioni', 'e mezzo', 'di', 'tra', 'e', 'da', 'a', '-', '–',
      'fino a', 'oltre', 'circa', 'il', 'i', '%', 'per cento', 'euro', '€', 'km', 'gradi', 'giugno', 'anni', "'",
      'nel', 'alle', 'articolo', 'migliaia', 'diverse centinaia', 'metà', 'un', 'una', 'ventitré', 'tremila', 'Roma',
      'soldati', 'persone', '.', ',', '\n', '°', 'G7', '+39', '0', '−', 'ª', 'e', 'passano',
    ];
    const tokens = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 16 });
    const text = fc.oneof(fc.string({ maxLength: 60, unit: 'grapheme' }), tokens.map((t) => t.join(' ')), tokens.map((t) => t.join('')));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const start = Math.min(a, b) % (s.length + 1);
        const end = start + (Math.max(a, b) % (s.length - start + 1));
        for (const found of [findQuantities(s, it_), findQuantities(s, it_, { start, end })]) {
          for (const q of found) {
            expect(s.slice(q.start, q.end)).toBe(q.text);
            expect(q.start <= q.numberSpan.start && q.numberSpan.end <= q.end).toBe(true);
            expect(Number.isFinite(q.value)).toBe(true);
            if (q.object) expect(s.slice(q.object.start, q.object.end)).toBe(q.object.text);
          }
        }
        for (const q of findQuantities(s, it_, { start, end })) expect(q.start >= start && q.end <= end).toBe(true);
      }),
      { seed: 20240611, numRuns: 1000 },
    );
  });
});
