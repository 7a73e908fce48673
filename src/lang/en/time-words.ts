import type { TimeLexicon } from '../time-lexicon.js';
import { englishNumberLexicon, parseEnglishNumberWords } from './numbers.js';

const list = (words: string): string[] => words.trim().split(/\s*\|\s*|\n\s*/).filter(Boolean);

/**
 * English time words, for the same shapes as Italian: "last Friday", "three days ago",
 * "in February 2022", "February 24, 2022", "from 1999 to 2013", "the 1970s", "at 4:25 p.m.".
 * @example
 * findTimes('last Thursday', englishTimeLexicon, { publishedAt: '2024-11-01' })[0].value // '2024-10-31'
 */
export const englishTimeLexicon: TimeLexicon = {
  language: 'en',
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
  },
  // "May" is also a verb and a surname (Theresa May): a month only beside a day or a year.
  ambiguousMonths: ['may'],
  calendarWordsCapitalized: true,
  weekdays: { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 },
  relativeDays: { today: 0, yesterday: -1, tomorrow: 1, tonight: 0, 'the day before yesterday': -2, 'the day after tomorrow': 2 },
  dayParts: list('morning|afternoon|evening|night'),
  clockShifts: { 'p.m.': 12, pm: 12, 'a.m.': 0, am: 0, 'in the evening': 12, 'in the afternoon': 12, 'in the morning': 0, 'local time': 0 },
  clockTimes: { noon: [12, 0], midnight: [0, 0] },
  units: {
    day: { unit: 'day', plural: false }, days: { unit: 'day', plural: true },
    week: { unit: 'week', plural: false }, weeks: { unit: 'week', plural: true },
    month: { unit: 'month', plural: false }, months: { unit: 'month', plural: true },
    year: { unit: 'year', plural: false }, years: { unit: 'year', plural: true },
    decade: { unit: 'decade', plural: false }, decades: { unit: 'decade', plural: true },
    centuries: { unit: 'century', plural: true },
  },
  sameMonth: list('the same month|that month|the following month|the previous month'),
  decadeHeads: [],
  decadeWords: {
    twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990,
  },
  centuryHeads: ['century'],
  centuryNames: {},
  // "fall" is also a verb: autumn only.
  seasons: { spring: 1, summer: 2, autumn: 3, winter: 4 },
  parts: {
    early: 'start', beginning: 'start', 'mid -': 'mid', mid: 'mid', middle: 'mid', late: 'end', end: 'end',
    'first half': 'firstHalf', 'second half': 'secondHalf',
  },
  ordinalDays: { first: 1 },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  words: {
    articles: ['the'],
    links: list('in|on|of|during|at the|over'),
    thisWords: list('this|current'),
    lastWords: list('last|past|previous'),
    nextWords: list('next|coming'),
    agoWords: ['ago'],
    sinceWords: list('since|from|starting|starting in|beginning in'),
    untilWords: list('until|till|by|through|up to|no later than'),
    toWords: list('to|through|until'),
    betweenWords: ['between'],
    andWords: ['and'],
    clockWords: list('at|around|about|shortly after|shortly before'),
    clockTo: [],
    clockFrom: [],
    clockArticles: [],
    vagueAmounts: list('a few|few|several|some|many'),
    oneWords: list('a|an|one'),
  },
  yearContext: englishNumberLexicon.yearContext.map((phrase) => phrase.split(' ').at(-1)!).filter((w) => !['from', 'by', 'until', 'till', 'through'].includes(w)),
  weakYearContext: list('from|to|by|until|till|through|between'),
  nonNouns: englishNumberLexicon.objectStopWords,
  parseNumberWords: parseEnglishNumberWords,
  monthBeforeDay: true,
  numericDateOrder: 'mdy',
  future: { endings: [], words: list("will|'ll|shall|won't"), exceptions: [] },
};
