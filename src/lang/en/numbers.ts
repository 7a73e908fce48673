import type { NumberLexicon } from '../number-lexicon.js';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * Reads English cardinal number words: "twenty-three", "three hundred", "two million", "one and a half million".
 * @example
 * parseEnglishNumberWords('twenty-three') // 23
 */
export function parseEnglishNumberWords(words: string): number | null {
  const parts = words.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  // "a hundred", "a million": the article counts as one only before a magnitude
  let article = false;
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i]!;
    const unit = UNITS.indexOf(word);
    const tens = TENS.indexOf(word);
    if (word === 'and') {
      // "one and a half million": a half of the coming magnitude
      if (parts[i + 1] === 'a' && parts[i + 2] === 'half' && seen) { current += 0.5; i += 2; continue; }
      if (seen) continue;
      return null;
    }
    if (unit >= 0) { current += unit; seen = true; article = false; }
    else if (tens >= 2) { current += tens * 10; seen = true; article = false; }
    else if ((word === 'a' || word === 'an') && !seen && i === 0) { article = true; }
    else if (word === 'hundred' && (seen || article)) { current = (current || 1) * 100; seen = true; article = false; }
    else if (SCALES[word] && (seen || article)) { total += (current || 1) * SCALES[word]!; current = 0; seen = true; article = false; }
    else return null;
  }
  return seen ? total + current : null;
}

const list = (words: string): string[] => words.trim().split(/\s*\|\s*|\n\s*/).filter(Boolean);

/** The English number lexicon: "10,000", "3.5 million", "up to 8,000", "about 40 percent". */
export const englishNumberLexicon: NumberLexicon = {
  language: 'en',
  decimalSeparator: '.',
  groupSeparators: [','],
  numberWordStarts: list('one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred'),
  parseNumberWords: parseEnglishNumberWords,
  loneNumberWords: ['one', 'a', 'an'],
  numberWordJoiners: ['and'],
  magnitudes: { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 },
  halfSuffixes: ['and a half'],
  vagueAmounts: {
    dozens: { value: 12, lower: true },
    hundreds: { value: 100, lower: true },
    thousands: { value: 1e3, lower: true, scale: true },
    millions: { value: 1e6, lower: true, scale: true },
    billions: { value: 1e9, lower: true, scale: true },
    'a dozen': { value: 12, lower: false },
    'a couple': { value: 2, lower: false },
    'several hundred': { value: 200, lower: true },
    'several thousand': { value: 2000, lower: true },
    'tens of thousands': { value: 10000, lower: true },
    'hundreds of thousands': { value: 100000, lower: true },
  },
  fractions: { half: 0.5, 'a third': 1 / 3, 'two thirds': 2 / 3, 'a quarter': 0.25, 'three quarters': 0.75, double: 2, twice: 2, triple: 3 },
  hedges: {
    'up to': 'upper', 'at most': 'upper', 'no more than': 'upper', 'less than': 'upper', 'fewer than': 'upper', 'under': 'upper', 'within': 'upper',
    'at least': 'lower', 'more than': 'lower', 'over': 'lower', 'above': 'lower', 'no fewer than': 'lower', 'no less than': 'lower',
    about: 'approximate', around: 'approximate', approximately: 'approximate', roughly: 'approximate', nearly: 'approximate', almost: 'approximate', some: 'approximate', 'close to': 'approximate',
  },
  reachVerbs: list('reached|reaches|reach|hit|hits|topped|tops'),
  hedgeFillers: list('the|a|an|next|last|past|first|only|just'),
  ranges: [
    { opens: ['between'], joins: ['and'] },
    { opens: ['from'], joins: ['to'] },
    { opens: [''], joins: ['-', '–', 'to'] },
  ],
  changeCues: list('rose|rise|rises|risen|fell|fall|falls|fallen|increased|increase|increases|decreased|decrease|grew|grow|grown|dropped|drop|jumped|climbed|went'),
  units: {
    '%': '%', percent: '%', 'per cent': '%', 'percentage points': 'pp', dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR',
    pounds: 'GBP', miles: 'mi', mile: 'mi', 'square miles': 'mi2', kilometers: 'km', kilometres: 'km', km: 'km', 'square kilometers': 'km2',
    meters: 'm', metres: 'm', feet: 'ft', tons: 't', tonnes: 't', acres: 'ac', hectares: 'ha', degrees: '°', years: 'years', year: 'years',
    months: 'months', weeks: 'weeks', days: 'days', hours: 'hours', minutes: 'minutes', votes: 'votes',
  },
  prefixUnits: { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP' },
  fractionUnit: 'fraction',
  multipleUnit: 'multiple',
  partitives: ['of', 'of the'],
  objectArticles: ['the'],
  objectJoiners: ['and', 'or'],
  objectStopWords: list(`the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|that|which|who|as|is|was|were|are|be|been|has|have|had|will|would
    than|more|less|about|some|over|under|ago|only|just|each|per|this|these|those|it|its|their|his|her|not|also|since|after|before|during`),
  months: list('january|february|march|april|may|june|july|august|september|october|november|december|jan.|feb.|mar.|apr.|jun.|jul.|aug.|sept.|sep.|oct.|nov.|dec.'),
  weekdays: list('monday|tuesday|wednesday|thursday|friday|saturday|sunday'),
  yearContext: list('in|since|by|from|until|of|year|the year|summer|winter|spring|fall|autumn|election|class of'),
  clockContext: list('at|by|until|from'),
  decadeContext: [],
  referenceContext: list('article|section|chapter|page|p.|pp.|no.|number|bill|route|highway|amendment|title|flight|district|act|resolution|proposition|prop.|room|suite|volume|vol.'),
  phoneContext: list('tel.|tel|phone|call|fax'),
  ordinalSuffixes: ['st', 'nd', 'rd', 'th', '°'],
};
