import type { TimeLexicon } from '../time-lexicon.js';
import { italianNumberLexicon, parseItalianNumberWords } from './numbers.js';

const list = (words: string): string[] => words.trim().split(/\s*\|\s*|\n\s*/).filter(Boolean);

// Simple and articulated forms: "da" -> da, dal, dallo, dalla, dall', dai, dagli, dalle.
const articulated = (base: 'a' | 'da' | 'di' | 'in', keep: (form: string) => boolean = () => true): string[] => {
  const stem = { a: 'a', da: 'da', di: 'de', in: 'ne' }[base];
  const forms = [`${stem}l`, `${stem}llo`, `${stem}lla`, `${stem}ll'`, `${stem}i`, `${stem}gli`, `${stem}lle`];
  return [base, ...(base === 'a' ? ['ad'] : base === 'di' ? ["d'"] : []), ...forms].filter(keep);
};

// The last word of each phrase of the number lexicon's year context ("entro il" -> "il").
const numberYearContext = italianNumberLexicon.yearContext.map((phrase) => phrase.split(' ').at(-1)!);

/**
 * Italian time words: months, weekdays, relative days, units and the function words of dates.
 * @example
 * findTimes('giovedì scorso', italianTimeLexicon, { publishedAt: '2024-11-01' })[0].value // '2024-10-31'
 */
export const italianTimeLexicon: TimeLexicon = {
  language: 'it',
  months: {
    gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6,
    luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
  },
  ambiguousMonths: [],
  calendarWordsCapitalized: false,
  weekdays: {
    lunedì: 1, martedì: 2, mercoledì: 3, giovedì: 4, venerdì: 5, sabato: 6, domenica: 7,
    // Unaccented and acute forms are common in scraped and typed text.
    lunedi: 1, martedi: 2, mercoledi: 3, giovedi: 4, venerdi: 5, 'lunedí': 1, 'martedí': 2, 'mercoledí': 3, 'giovedí': 4, 'venerdí': 5,
  },
  relativeDays: {
    oggi: 0, ieri: -1, domani: 1, dopodomani: 2, altroieri: -2, "l'altroieri": -2, "l'altro ieri": -2, "ieri l'altro": -2,
    stamattina: 0, stamani: 0, stamane: 0, stasera: 0, stanotte: 0, "quest'oggi": 0,
  },
  dayParts: list('mattina|mattino|mattinata|pomeriggio|sera|serata|notte|nottata'),
  clockShifts: {
    'di sera': 12, 'della sera': 12, 'del pomeriggio': 12, 'di pomeriggio': 12,
    'di mattina': 0, 'del mattino': 0, 'della mattina': 0, 'di notte': 0, 'della notte': 0,
    'ora locale': 0, 'ora italiana': 0, 'in punto': 0,
  },
  clockTimes: { mezzogiorno: [12, 0], mezzanotte: [0, 0] },
  units: {
    giorno: { unit: 'day', plural: false }, giorni: { unit: 'day', plural: true },
    settimana: { unit: 'week', plural: false }, settimane: { unit: 'week', plural: true },
    mese: { unit: 'month', plural: false }, mesi: { unit: 'month', plural: true },
    anno: { unit: 'year', plural: false }, anni: { unit: 'year', plural: true },
    decennio: { unit: 'decade', plural: false }, decenni: { unit: 'decade', plural: true },
    secolo: { unit: 'century', plural: false }, secoli: { unit: 'century', plural: true },
  },
  sameMonth: list('stesso mese|mese stesso|medesimo mese|quel mese|mese successivo|mese precedente'),
  decadeHeads: ['anni'],
  decadeWords: {},
  centuryHeads: ['secolo'],
  centuryNames: {
    Duecento: 12, Trecento: 13, Quattrocento: 14, Cinquecento: 15, Seicento: 16, Settecento: 17, Ottocento: 18, Novecento: 19,
  },
  seasons: { primavera: 1, estate: 2, autunno: 3, inverno: 4 },
  parts: {
    inizio: 'start', inizi: 'start', primi: 'start', 'primi giorni': 'start', metà: 'mid', fine: 'end', 'ultimi giorni': 'end',
    'prima metà': 'firstHalf', 'seconda metà': 'secondHalf',
  },
  ordinalDays: { primo: 1 },
  ordinalSuffixes: ['°', 'º'],
  words: {
    articles: list("il|lo|la|l'|i|gli|le"),
    links: [...articulated('di'), ...articulated('in'), 'durante', 'nel corso del', "nel corso dell'", 'nel corso della'],
    thisWords: list("questo|questa|quest'|in corso|corrente"),
    lastWords: list('scorso|scorsa|scorsi|scorse'),
    nextWords: list('prossimo|prossima|prossimi|prossime|venturo|ventura|entrante'),
    agoWords: list('fa|or sono'),
    // "dalle" opens clock spans ("dalle 9 alle 12"): it is `clockFrom`.
    sinceWords: [...articulated('da', (f) => f !== 'dalle'), ...list("sin dal|sin dalla|sin dall'|sin da|fin dal|fin dalla|fin dall'|fin da|a partire dal|a partire dalla|a partire dall'|a partire da")],
    untilWords: [
      'entro', ...articulated('a', (f) => f !== 'ad').flatMap((f) => [`fino ${f}`, `sino ${f}`]), 'non oltre il', 'non oltre la', "non oltre l'",
    ],
    toWords: articulated('a', (f) => f !== 'alle'),
    betweenWords: ['tra', 'fra'],
    andWords: ['e', 'ed'],
    clockWords: list('ore|le ore|alle ore|verso le|intorno alle|attorno alle|poco dopo le|poco prima delle|dopo le|prima delle'),
    clockTo: ['alle'],
    clockFrom: ['dalle'],
    clockArticles: ['le'],
    vagueAmounts: list('pochi|poche|qualche|alcuni|alcune|diversi|diverse|parecchi|parecchie|molti|molte|tanti|tante'),
    oneWords: list("un|uno|una|un'"),
  },
  yearContext: [...new Set([...numberYearContext, ...list("nell'|dell'|dall'|all'|sul|sull'|entro|durante|anno")])],
  nonNouns: italianNumberLexicon.objectStopWords,
  parseNumberWords: parseItalianNumberWords,
  monthBeforeDay: false,
  numericDateOrder: 'dmy',
  future: { endings: ['rà', 'ranno'], words: [], exceptions: list('tiranno|scranno|affanno') },
};
