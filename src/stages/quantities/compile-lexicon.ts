import type { NumberLexicon, RangeFrame } from '../../lang/number-lexicon.js';
import { buildAlternation } from '../../text/build-alternation.js';
import type { HedgePhrase } from './read-hedge.js';

/** What a phrase just before a number says about it: "nel 2001", "alle 9", "articolo 21". */
export type ContextKind = 'year' | 'clock' | 'decade' | 'reference' | 'phone' | 'weekday' | 'month';

/** The regular expressions and lookup tables built once from a lexicon. */
export interface CompiledLexicon {
  lexicon: NumberLexicon;
  /** Global scan for the start of any number expression; `amountAt` is the same, sticky. */
  scan: RegExp;
  amountAt: RegExp;
  magnitudeAt: RegExp;
  numberWordAt: RegExp;
  scaleAt: RegExp;
  unitAt: RegExp;
  partitiveAt: RegExp;
  articleAt: RegExp;
  objectWordAt: RegExp;
  dateAfterAt: RegExp;
  joinAt: RegExp[];
  /** Phrases read backwards from a number, by lowercase key: hedges, verbs of reach, range openers. */
  hedgePhrases: Map<string, HedgePhrase>;
  maxHedgeWords: number;
  fillers: Set<string>;
  contextPhrases: Map<string, ContextKind>;
  maxContextWords: number;
  changeCues: Map<string, true>;
  /** Last words of every phrase read backwards, lowercased: past one token only if it ends one. */
  phraseEnds: Set<string>;
  units: Map<string, string>;
  prefixUnits: Map<string, string>;
  magnitudes: Map<string, number>;
  vague: Map<string, { value: number; lower: boolean; scale?: boolean }>;
  fractions: Map<string, number>;
  loneWords: Set<string>;
  stopWords: Set<string>;
  objectJoiners: Set<string>;
}

const cache = new WeakMap<NumberLexicon, CompiledLexicon>();

/** Lookup key of matched text: one space, straight apostrophe; lowercased unless `keepCase`. */
export function keyOf(matched: string, keepCase = false): string {
  const key = matched.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  return keepCase ? key : key.toLowerCase();
}

function mapOf<T>(record: Readonly<Record<string, T>>, keepCase = false): Map<string, T> {
  return new Map(Object.entries(record).map(([k, v]) => [keyOf(k, keepCase), v]));
}

// `\b` is far faster than a Unicode lookbehind (140 vs 25 MB/s on news text) but only knows ASCII:
// phrases that start with an ASCII letter get `\b`, the others the lookbehind. A non-ASCII letter
// just before an ASCII one ("àtre") passes `\b`; `readQuantity` rejects it.
function bounded(phrases: readonly string[]): string {
  const ascii = phrases.filter((p) => /^[A-Za-z0-9]/.test(p));
  const other = phrases.filter((p) => !/^[A-Za-z0-9]/.test(p));
  const parts = [];
  if (ascii.length) parts.push(`\\b(?:${buildAlternation(ascii, { capitalFirst: true })})`);
  if (other.length) parts.push(`(?<![\\p{L}\\p{N}_])(?:${buildAlternation(other, { capitalFirst: true })})`);
  return `(?:${parts.join('|') || '(?!)'})`;
}

// Word joins need white space around them ("tra 10 e 20"); dashes do not ("10-15").
function joinSource(joins: readonly string[]): string {
  const words = joins.filter((j) => /^\p{L}/u.test(j));
  const marks = joins.filter((j) => !/^\p{L}/u.test(j));
  const parts = [];
  if (words.length) parts.push(`\\s+(?:${buildAlternation(words, { trailingSpace: true })})`);
  if (marks.length) parts.push(`\\s*(?:${buildAlternation(marks)})\\s*`);
  return parts.join('|') || '(?!)';
}

/**
 * Compiles a lexicon into the stage's regular expressions, once per lexicon object.
 * Every pattern is linear: alternations of fixed phrases, and repeated groups that each need a
 * separator (`\d+(?:[.,]\d+)*`), so no input can make them backtrack badly.
 * @example
 * compileLexicon(italianNumberLexicon).scan.source.length > 0 // true
 */
export function compileLexicon(lexicon: NumberLexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const separators = [lexicon.decimalSeparator, ...lexicon.groupSeparators].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const starts = buildAlternation(lexicon.numberWordStarts, { capitalFirst: true });
  const magnitudes = buildAlternation(Object.keys(lexicon.magnitudes));
  const lone = buildAlternation(lexicon.loneNumberWords);
  // A number word may carry hyphenated parts ("twenty-three"); the pack's parser decides.
  const core =
    `(?:\\b(?<digits>\\d+(?:[${separators}]\\d+)*)` +
    `|(?<vague>${bounded(Object.keys(lexicon.vagueAmounts))})(?![\\p{L}\\p{N}])` +
    `|(?<fraction>${bounded(Object.keys(lexicon.fractions))})(?![\\p{L}\\p{N}])` +
    `|(?<word>${bounded(lexicon.numberWordStarts)}\\p{L}*(?:-\\p{L}+)*|${bounded(lexicon.loneNumberWords)}(?=\\s+(?:${magnitudes})(?![\\p{L}\\p{N}]))))`;
  const partitives = buildAlternation(lexicon.partitives, { trailingSpace: true });
  const scaleWords = Object.entries(lexicon.vagueAmounts).filter(([, v]) => v.scale).map(([k]) => k);
  const openers = new Map<string, RangeFrame>();
  for (const frame of lexicon.ranges) for (const open of frame.opens) if (open) openers.set(keyOf(open), frame);
  const words = (list: readonly string[]) => new Set(list.map((w) => keyOf(w)));
  // First listed wins: a hedge over a verb of reach over a range opener.
  const hedgePhrases = new Map<string, HedgePhrase>();
  const addPhrase = (phrase: string, value: HedgePhrase) => {
    if (!hedgePhrases.has(keyOf(phrase))) hedgePhrases.set(keyOf(phrase), value);
  };
  for (const [phrase, bound] of Object.entries(lexicon.hedges)) addPhrase(phrase, { kind: 'hedge', bound });
  for (const verb of lexicon.reachVerbs) addPhrase(verb, { kind: 'reach' });
  for (const [open, frame] of openers) addPhrase(open, { kind: 'open', frame });
  const contextPhrases = new Map<string, ContextKind>();
  const contexts: Array<[ContextKind, readonly string[]]> = [
    ['year', lexicon.yearContext], ['clock', lexicon.clockContext], ['decade', lexicon.decadeContext],
    ['reference', lexicon.referenceContext], ['phone', lexicon.phoneContext], ['weekday', lexicon.weekdays], ['month', lexicon.months],
  ];
  for (const [kind, list] of contexts) for (const phrase of list) if (!contextPhrases.has(keyOf(phrase))) contextPhrases.set(keyOf(phrase), kind);
  const maxWords = (table: Map<string, unknown>) => Math.max(1, ...[...table.keys()].map((k) => k.split(' ').length));

  return cache.set(lexicon, {
    lexicon,
    scan: new RegExp(core, 'gu'),
    amountAt: new RegExp(core, 'yu'),
    magnitudeAt: new RegExp(
      `[ \\u00a0]?(?<mag>${magnitudes})(?![\\p{L}\\p{N}])(?:\\s+(?<half>${buildAlternation(lexicon.halfSuffixes)})(?![\\p{L}\\p{N}]))?`,
      'yu',
    ),
    numberWordAt: new RegExp(
      `(?:\\s+(?:${buildAlternation(lexicon.numberWordJoiners)})\\s+|\\s+)(?:(?:${starts})\\p{L}*|(?:${magnitudes}|${lone})(?![\\p{L}\\p{N}]))`,
      'yu',
    ),
    scaleAt: new RegExp(`\\s+(?:${partitives})(?<scale>${buildAlternation(scaleWords)})(?![\\p{L}\\p{N}])`, 'yu'),
    unitAt: new RegExp(`[ \\u00a0]*(?<unit>${buildAlternation(Object.keys(lexicon.units))})(?![\\p{L}\\p{N}])`, 'yu'),
    partitiveAt: new RegExp(`\\s+(?:${partitives})`, 'yu'),
    articleAt: new RegExp(`\\s+(?:${buildAlternation(lexicon.objectArticles, { trailingSpace: true })})`, 'yu'),
    objectWordAt: new RegExp(`[ \\t\\u00a0]*(?<word>\\p{L}+(?:-\\p{L}+)*)(?![\\p{L}\\p{N}'’])`, 'yu'),
    // "7 giugno", "10 di giugno", "19 e 26 luglio", "79 d.C.".
    dateAfterAt: new RegExp(
      `(?:\\s*,\\s*\\d{1,2}|\\s+(?:${buildAlternation(lexicon.objectJoiners)})\\s+\\d{1,2}){0,4}` +
        `(?:\\s*(?:${partitives})?(?:${buildAlternation(lexicon.months, { capitalFirst: true })})(?![\\p{L}\\p{N}])` +
        `|\\s*(?:${buildAlternation(lexicon.eraSuffixes ?? [])}))`,
      'yu',
    ),
    joinAt: lexicon.ranges.map((f) => new RegExp(`(?:${joinSource(f.joins)})`, 'yu')),
    hedgePhrases,
    maxHedgeWords: maxWords(hedgePhrases),
    fillers: words(lexicon.hedgeFillers),
    contextPhrases,
    maxContextWords: maxWords(contextPhrases),
    changeCues: new Map(lexicon.changeCues.map((c) => [keyOf(c), true as const])),
    phraseEnds: new Set(
      [...hedgePhrases.keys(), ...contextPhrases.keys(), ...lexicon.hedgeFillers, ...Object.keys(lexicon.prefixUnits)].map((p) => keyOf(p).split(' ').at(-1)!),
    ),
    units: mapOf(lexicon.units, true),
    prefixUnits: mapOf(lexicon.prefixUnits, true),
    magnitudes: mapOf(lexicon.magnitudes),
    vague: mapOf(lexicon.vagueAmounts),
    fractions: mapOf(lexicon.fractions),
    loneWords: words(lexicon.loneNumberWords),
    stopWords: words(lexicon.objectStopWords),
    objectJoiners: words(lexicon.objectJoiners),
  }).get(lexicon)!;
}
