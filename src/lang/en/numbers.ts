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
      if (seen && i + 1 < parts.length) continue;
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

/**
 * The English number lexicon: "10,000", "3.5 million", "up to 8,000", "about 40 percent",
 * "$5 billion", "tens of thousands", "more than half".
 */
export const englishNumberLexicon: NumberLexicon = {
  language: 'en',
  decimalSeparator: '.',
  groupSeparators: [','],
  // "fourteen", "sixteen"... start with "four", "six"; "ten" would start "tens", "tense", "tennis": listed whole.
  numberWordStarts: list('one|two|three|four|five|six|seven|eight|nine|eleven|twelve|thirteen|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten'),
  parseNumberWords: parseEnglishNumberWords,
  loneNumberWords: ['one', 'a', 'an'],
  numberWordJoiners: ['and'],
  magnitudes: {
    hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12,
    k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12,
  },
  halfSuffixes: ['and a half'],
  vagueAmounts: {
    dozens: { value: 12, lower: true, scale: true },
    scores: { value: 20, lower: true },
    hundreds: { value: 100, lower: true, scale: true },
    thousands: { value: 1e3, lower: true, scale: true },
    millions: { value: 1e6, lower: true, scale: true },
    billions: { value: 1e9, lower: true, scale: true },
    tens: { value: 10, lower: true, scale: true },
    'a dozen': { value: 12, lower: false },
    'a couple': { value: 2, lower: false },
    'a handful': { value: 5, lower: false },
    'a few hundred': { value: 300, lower: false },
    'a few thousand': { value: 3000, lower: false },
    'several dozen': { value: 36, lower: true },
    'several hundred': { value: 200, lower: true },
    'several thousand': { value: 2000, lower: true },
    'several million': { value: 2e6, lower: true },
    'tens of thousands': { value: 1e4, lower: true },
    'hundreds of thousands': { value: 1e5, lower: true },
    'tens of millions': { value: 1e7, lower: true },
    'hundreds of millions': { value: 1e8, lower: true },
  },
  fractions: {
    half: 0.5, 'a half': 0.5, 'one half': 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3,
    'a quarter': 0.25, 'one quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75, 'a fifth': 0.2, 'one in five': 0.2,
    'one in four': 0.25, 'one in three': 1 / 3, 'one in 10': 0.1, 'a tenth': 0.1,
    double: 2, twice: 2, triple: 3, 'three times': 3, quadruple: 4,
  },
  hedges: {
    'up to': 'upper', 'at most': 'upper', 'no more than': 'upper', 'not more than': 'upper', 'less than': 'upper', 'fewer than': 'upper',
    under: 'upper', 'just under': 'upper', below: 'upper', 'as many as': 'upper', 'as much as': 'upper', 'a maximum of': 'upper',
    'shy of': 'upper', 'just shy of': 'upper', within: 'upper',
    'at least': 'lower', 'more than': 'lower', 'over': 'lower', 'just over': 'lower', 'well over': 'lower', above: 'lower',
    'no fewer than': 'lower', 'no less than': 'lower', 'upwards of': 'lower', 'in excess of': 'lower', 'north of': 'lower',
    'a minimum of': 'lower', 'as few as': 'lower',
    about: 'approximate', around: 'approximate', approximately: 'approximate', roughly: 'approximate',
    // "nearly 200" is below 200, and near it
    nearly: 'approximate-upper', almost: 'approximate-upper', 'just about': 'approximate', 'as great as': 'approximate-upper',
    'as high as': 'approximate-upper', 'as large as': 'approximate-upper', some: 'approximate', 'close to': 'approximate', 'an estimated': 'approximate', estimated: 'approximate',
    'an average of': 'approximate', 'on the order of': 'approximate', 'more or less': 'approximate',
    // "over and above", "more than that": not a bound on a number
    'more than a': 'none', 'over the': 'none', 'some of': 'none',
  },
  reachVerbs: list('reached|reaches|reach|reaching|hit|hits|topped|tops|peaked at|peak at'),
  hedgeFillers: list('the|a|an|next|last|past|first|only|just|nearly|almost'),
  ranges: [
    { opens: ['between'], joins: ['and'] },
    { opens: ['from'], joins: ['to'] },
    { opens: [''], joins: ['-', '–', 'to'] },
  ],
  changeCues: list(`rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased|increase|increases|decreased|decrease|decreases
    grew|grow|grows|grown|dropped|drop|drops|jumped|jumps|climbed|climbs|went|go|goes|soared|plunged|plummeted|doubled|tripled
    declined|declines|shrank|shrunk|surged|cut|raised|lowered|slashed|boosted`),
  units: {
    '%': '%', percent: '%', 'per cent': '%', pct: '%', 'percentage points': 'pp', 'percentage point': 'pp', points: 'points',
    dollars: 'USD', dollar: 'USD', 'U.S. dollars': 'USD', euros: 'EUR', euro: 'EUR', 'pounds sterling': 'GBP', yen: 'JPY', yuan: 'CNY',
    rubles: 'RUB', roubles: 'RUB', pesos: 'MXN',
    miles: 'mi', mile: 'mi', 'square miles': 'mi2', kilometers: 'km', kilometres: 'km', km: 'km', 'square kilometers': 'km2',
    'square kilometres': 'km2', meters: 'm', metres: 'm', feet: 'ft', foot: 'ft', 'square feet': 'ft2', inches: 'in',
    kilograms: 'kg', kilogram: 'kg', kilos: 'kg', kg: 'kg', grams: 'g', gram: 'g', 'metric tons': 't',
    pounds: 'lb', tons: 't', tonnes: 't', acres: 'ac', hectares: 'ha', gallons: 'gal', barrels: 'bbl', degrees: '°',
    years: 'years', year: 'years', months: 'months', month: 'months', weeks: 'weeks', week: 'weeks', days: 'days', day: 'days',
    hours: 'hours', hour: 'hours', minutes: 'minutes', votes: 'votes',
  },
  prefixUnits: { $: 'USD', US$: 'USD', 'U.S. $': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' },
  fractionUnit: 'fraction',
  multipleUnit: 'multiple',
  partitives: ['of', 'of the', 'of them', 'of all'],
  objectArticles: ['the'],
  objectJoiners: ['and', 'or'],
  objectStopWords: list(`the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|that|which|who|whom|whose|as|is|was|were|are|be|been|being
    has|have|had|will|would|could|should|can|may|might|must|shall|do|does|did|than|more|less|about|some|over|under|ago|only|just
    each|per|this|these|those|it|its|their|his|her|our|not|also|since|after|before|during|said|says|say|according|last|next
    while|when|where|if|because|so|then|there|here|now|across|nationwide|worldwide|annually`),
  months: list('january|february|march|april|may|june|july|august|september|october|november|december|jan.|feb.|mar.|apr.|jun.|jul.|aug.|sept.|sep.|oct.|nov.|dec.'),
  weekdays: list('monday|tuesday|wednesday|thursday|friday|saturday|sunday'),
  yearContext: list('in|since|by|from|until|till|through|of|before|after|during|year|the year|fiscal|fiscal year|summer|winter|spring|fall|autumn|election|class of|circa|c.'),
  // "at 9 a.m." (the a.m. is a letter after a space, so the context word decides); "by 5 points" is measured.
  clockContext: list('at|until|till|around'),
  // "the '90s" and "the 1990s" are decades by their shape; written-out decades need a word before: "the nineteen-nineties" is rare.
  decadeContext: [],
  referenceContext: list(`article|section|chapter|page|p.|pp.|no.|number|bill|route|highway|interstate|amendment|title|flight|district|act
    resolution|proposition|prop.|room|suite|volume|vol.|precinct|ward|station|channel|gate|pier|exit|lot|form|rule|code|case|item|grade|level|phase|stage|version|model`),
  phoneContext: list('tel.|tel|phone|call|fax|dial'),
  ordinalSuffixes: ['st', 'nd', 'rd', 'th', '°'],
  // "79 A.D.", "500 BC", "300 BCE" (case-sensitive).
  eraSuffixes: ['B.C.', 'A.D.', 'BC', 'AD', 'BCE', 'CE', 'B.C.E.', 'C.E.'],
};
