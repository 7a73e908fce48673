import type { TimeLexicon, TimeUnit } from '../../lang/time-lexicon.js';
import { buildAlternation } from '../../text/build-alternation.js';
import { compileTimeGrammar, TRIGGER_CLASSES, type TimeGrammar } from './time-grammar.js';

/** What a word contributes: its class letter (see time-grammar.ts) and, for some, a value. */
export interface WordReading {
  cls: string;
  /** Month, weekday, day offset, season, part, amount, hours to add, decade... by class. */
  value?: number | string;
  /** The unit of a unit word. */
  unit?: TimeUnit;
}

/** A phrase of several tokens read as one ("l'altro ieri", "fino al", "di sera"). */
export interface PhraseReading extends WordReading {
  keys: readonly string[];
}

/** The tables and patterns built once from a lexicon. */
export interface CompiledTimeLexicon {
  lexicon: TimeLexicon;
  /** Lowercase single-token words to their reading. */
  words: Map<string, WordReading>;
  /** Phrases by their first token's key, longest first. */
  phrases: Map<string, PhraseReading[]>;
  /** Every word of every phrase: the walk left from a trigger goes on over them ("altro" in "l'altro ieri"). */
  phraseWords: Set<string>;
  /** Words whose capitalisation matters: months, seasons (see `calendarWordsCapitalized`). */
  calendarWords: Set<string>;
  centuryNames: Map<string, number>;
  yearContext: Set<string>;
  weakYearContext: Set<string>;
  nonNouns: Set<string>;
  ordinalSuffixes: Set<string>;
  /** Global scan for the tokens that may hold an expression: digits and time words. */
  trigger: RegExp;
  grammar: TimeGrammar;
  futureExceptions: Set<string>;
}

const cache = new WeakMap<TimeLexicon, CompiledTimeLexicon>();

/** "l'altro ieri" -> ["l'", 'altro', 'ieri']: split the way the time tokenizer splits. */
export function phraseKeys(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").split(/\s+|(?<=')(?=[\p{L}\d])/u).filter(Boolean);
}

// The grammar's letter for each plain word list, in the order they are added: a word's first
// reading wins, so the order is part of the grammar.
const RELATION_CLASSES = [
  ['agoWords', 'F'], ['lastWords', 'L'], ['nextWords', 'X'], ['thisWords', 'T'],
  ['clockTo', 'h'], ['clockFrom', 'g'], ['clockWords', 'H'], ['clockArticles', 'e'],
] as const;
const LINK_CLASSES = [
  ['sinceWords', 'O'], ['untilWords', 'Z'], ['betweenWords', 'B'], ['andWords', 'E'],
  ['toWords', 'J'], ['links', 'K'], ['articles', 'A'], ['vagueAmounts', 'v'],
] as const;

/**
 * Compiles a time lexicon into lookup tables and patterns, once per lexicon object. When one word
 * has two roles the first listed wins (a relative day over a unit, "alle" as clock word over "to").
 * @example
 * compileTimeLexicon(italianTimeLexicon).words.get('ieri') // { cls: 'R', value: -1 }
 */
export function compileTimeLexicon(lexicon: TimeLexicon): CompiledTimeLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const words = new Map<string, WordReading>();
  const phrases = new Map<string, PhraseReading[]>();
  const add = (phrase: string, reading: WordReading) => {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    if (keys.length === 1) {
      if (!words.has(keys[0]!)) words.set(keys[0]!, reading);
      return;
    }
    const list = phrases.get(keys[0]!) ?? phrases.set(keys[0]!, []).get(keys[0]!)!;
    if (!list.some((p) => p.keys.join(' ') === keys.join(' '))) list.push({ ...reading, keys });
  };
  const each = <T>(record: Readonly<Record<string, T>>, reading: (value: T) => WordReading) => {
    for (const [phrase, value] of Object.entries(record)) add(phrase, reading(value));
  };
  const all = (list: readonly string[], cls: string, value?: number) => {
    for (const phrase of list) add(phrase, value === undefined ? { cls } : { cls, value });
  };
  const ambiguous = new Set(lexicon.ambiguousMonths.map((m) => m.toLowerCase()));
  const w = lexicon.words;

  each(lexicon.relativeDays, (value) => ({ cls: 'R', value }));
  each(lexicon.weekdays, (value) => ({ cls: 'W', value }));
  for (const [name, value] of Object.entries(lexicon.months)) add(name, { cls: ambiguous.has(name.toLowerCase()) ? 'm' : 'M', value });
  each(lexicon.seasons, (value) => ({ cls: 'S', value }));
  each(lexicon.clockTimes, ([hour, minute]) => ({ cls: 'c', value: hour * 60 + minute }));
  each(lexicon.clockShifts, (value) => ({ cls: 'i', value }));
  all(lexicon.decadeHeads, 'Q');
  all(lexicon.centuryHeads, 'G');
  for (const [word, { unit, plural }] of Object.entries(lexicon.units)) add(word, { cls: plural ? 'u' : 'U', unit });
  each(lexicon.decadeWords, (value) => ({ cls: 'k', value: Math.floor(value / 10) }));
  all(lexicon.dayParts, 'p');
  each(lexicon.parts, (value) => ({ cls: 'P', value }));
  for (const [list, cls] of RELATION_CLASSES) all(w[list], cls);
  // A month known only from the context: 0, which leaves the date unresolved.
  all(lexicon.sameMonth, 'M', 0);
  for (const [list, cls] of LINK_CLASSES) all(w[list], cls);
  all(w.oneWords, 'w', 1);
  each(lexicon.ordinalDays, (value) => ({ cls: 'd', value }));
  for (const list of phrases.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  // Any word that may hold an expression; phrases are found from one of their words ("l'altro ieri" at "ieri").
  const triggerWords = new Set<string>();
  for (const [key, reading] of words) if (TRIGGER_CLASSES.has(reading.cls)) triggerWords.add(key);
  for (const name of Object.keys(lexicon.centuryNames)) triggerWords.add(name);
  // Lowercase words under the `i` flag and no `u`: several times faster than capitalised variants
  // or Unicode classes on a megabyte of news. The tokenizer then reads each hit properly.
  const wordSource = buildAlternation([...triggerWords].map((word) => word.toLowerCase()));
  return cache.set(lexicon, {
    lexicon,
    words,
    phrases,
    phraseWords: new Set([...phrases.values()].flatMap((list) => list.flatMap((p) => p.keys))),
    calendarWords: new Set([...Object.keys(lexicon.months), ...Object.keys(lexicon.seasons)].map((k) => k.toLowerCase())),
    centuryNames: new Map(Object.entries(lexicon.centuryNames)),
    yearContext: new Set(lexicon.yearContext.map((k) => k.replace(/’/g, "'"))),
    weakYearContext: new Set((lexicon.weakYearContext ?? []).map((k) => k.replace(/’/g, "'"))),
    nonNouns: new Set(lexicon.nonNouns.map((k) => k.toLowerCase().replace(/’/g, "'"))),
    ordinalSuffixes: new Set(lexicon.ordinalSuffixes),
    trigger: new RegExp(`\\d+|\\b(?:${wordSource})(?![a-zA-Z0-9\\u00c0-\\u024f])`, 'gi'),
    grammar: compileTimeGrammar({ monthBeforeDay: lexicon.monthBeforeDay }),
    futureExceptions: new Set(lexicon.future.exceptions.map((e) => e.toLowerCase())),
  }).get(lexicon)!;
}
