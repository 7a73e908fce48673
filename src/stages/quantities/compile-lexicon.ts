import type { BoundKind, NumberLexicon, RangeFrame } from '../../lang/number-lexicon.js';
import { buildAlternation } from './build-alternation.js';

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
  /** Anchored at the end of a window that stops where the number starts. */
  hedgeBefore: RegExp;
  contextBefore: RegExp;
  changeBefore: RegExp;
  joinAt: RegExp[];
  /** Last tokens of the phrases `hedgeBefore` and `contextBefore` look for: a number whose previous token is not one has neither. */
  hedgeLastWords: Set<string>;
  contextLastWords: Set<string>;
  units: Map<string, string>;
  prefixUnits: Map<string, string>;
  magnitudes: Map<string, number>;
  hedges: Map<string, BoundKind>;
  openers: Map<string, RangeFrame>;
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
  const fill = buildAlternation(lexicon.hedgeFillers, { trailingSpace: true });
  const hedgeWords = buildAlternation(Object.keys(lexicon.hedges), { trailingSpace: true });
  const reach = buildAlternation(lexicon.reachVerbs, { trailingSpace: true });
  const opens = lexicon.ranges.flatMap((f) => f.opens);
  const openers = new Map<string, RangeFrame>();
  for (const frame of lexicon.ranges) for (const open of frame.opens) if (open) openers.set(keyOf(open), frame);
  const context = (words: readonly string[]) => buildAlternation(words, { trailingSpace: true });
  const words = (list: readonly string[]) => new Set(list.map((w) => keyOf(w)));
  // Keyed like `lastWordBefore` reads: "l'anno" -> "anno", but "all'" stays whole.
  const lastWords = (list: readonly string[]) =>
    new Set(list.filter(Boolean).map((p) => keyOf(p).split(' ').at(-1)!.replace(/^.*'(?=.)/, '')));

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
    hedgeBefore: new RegExp(
      `(?:(?<![\\p{L}\\p{N}])(?:(?<hedge>${hedgeWords})|(?<reach>${reach})|(?<open>${context(opens)}))(?<fill>(?:${fill}){0,2}))?` +
        `(?<currency>(?:${buildAlternation(Object.keys(lexicon.prefixUnits))})\\s*)?$`,
      'iu',
    ),
    contextBefore: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?<year>${context(lexicon.yearContext)})|(?<clock>${context(lexicon.clockContext)})` +
        `|(?<decade>${context(lexicon.decadeContext)})|(?<reference>${context(lexicon.referenceContext)})` +
        `|(?<phone>${context(lexicon.phoneContext)})|(?<weekday>${context(lexicon.weekdays)})|(?<month>${context(lexicon.months)}))$`,
      'iu',
    ),
    changeBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${context(lexicon.changeCues)})$`, 'iu'),
    joinAt: lexicon.ranges.map((f) => new RegExp(`(?:${joinSource(f.joins)})`, 'yu')),
    hedgeLastWords: lastWords([
      ...Object.keys(lexicon.hedges), ...lexicon.reachVerbs, ...opens, ...lexicon.hedgeFillers, ...Object.keys(lexicon.prefixUnits),
    ]),
    contextLastWords: lastWords([
      ...lexicon.yearContext, ...lexicon.clockContext, ...lexicon.decadeContext, ...lexicon.referenceContext,
      ...lexicon.phoneContext, ...lexicon.weekdays, ...lexicon.months,
    ]),
    units: mapOf(lexicon.units, true),
    prefixUnits: mapOf(lexicon.prefixUnits, true),
    magnitudes: mapOf(lexicon.magnitudes),
    hedges: mapOf(lexicon.hedges),
    openers,
    vague: mapOf(lexicon.vagueAmounts),
    fractions: mapOf(lexicon.fractions),
    loneWords: words(lexicon.loneNumberWords),
    stopWords: words(lexicon.objectStopWords),
    objectJoiners: words(lexicon.objectJoiners),
  }).get(lexicon)!;
}
