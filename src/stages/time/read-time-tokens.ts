import type { TimeUnit } from '../../lang/time-lexicon.js';
import type { CompiledTimeLexicon, WordReading } from './compile-time-lexicon.js';
import { STOP_CLASSES } from './time-grammar.js';

/** A token near a time word, with its class letter (see time-grammar.ts) and what it says. */
export interface TimeToken {
  start: number;
  end: number;
  cls: string;
  /** A number's value, a month, weekday, season, day offset, part, minutes of a clock time... by class. */
  value?: number | string;
  unit?: TimeUnit;
}

/** Tokens read around a trigger, and where the grammar may start and must reach. */
export interface TimeWindow {
  tokens: TimeToken[];
  /** Index of the token that holds the trigger. */
  trigger: number;
  /** First token an expression may start at: no stop class between it and the trigger. */
  first: number;
}

const MAX_LEFT = 7;
const MAX_RIGHT = 12;
const SPACE = /[ \t\u00a0\u202f\u2000-\u200a\u3000]/;
const WORD_CHAR = /[\p{L}\p{N}'’°ºª]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
// One token: a line break; a number with its separators and suffix ("10.000", "16:25", "24/02/2022",
// "'70", "1970s", "1°"); an abbreviation with dots ("p.m."); a word, with an elided article's
// apostrophe ("l'", "quest'") or a possessive ("year's"); or one other character.
const TOKEN =
  /[ \t\u00a0\u202f\u2000-\u200a\u3000]*(?:(?<br>[\n\r\u2028\u2029])|(?<num>['’]?\d+(?:[.,:/]\d+)*(?:[°ºª]|\p{L}+)?)|(?<abbr>\p{L}\.(?:\p{L}\.)+)|(?<word>\p{L}+(?:['’]s(?![\p{L}\p{N}])|['’](?=[\p{L}\d]))?)|(?<other>[^])))/uy;
const CLOCK = /^(\d{1,2})([:.])(\d{2})$/;
const NUMERIC_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$/;
const SUFFIXED = /^(\d{1,2})(\D+)$/;
const ROMAN = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

interface RawToken {
  start: number;
  end: number;
  raw: string;
  key: string;
  kind: 'num' | 'abbr' | 'word' | 'other';
}

// Where reading may start: up to MAX_LEFT runs of word characters back from `at`, never past
// `floor`, a line break or a sentence's punctuation.
function leftEdge(text: string, at: number, floor: number): number {
  let pos = at;
  for (let count = 0; count < MAX_LEFT; count++) {
    let q = pos;
    while (q > floor && SPACE.test(text.charAt(q - 1))) q--;
    if (q <= floor || LINE_BREAK.test(text.charAt(q - 1))) break;
    const char = text.charAt(q - 1);
    let start = q - 1;
    if (WORD_CHAR.test(char)) {
      while (start > floor && (WORD_CHAR.test(text.charAt(start - 1)) || (/[.,:/]/.test(text.charAt(start - 1)) && /\d/.test(text.charAt(start - 2)) && /\d/.test(text.charAt(start))))) start--;
    } else if (!/[,\-–]/.test(char)) break;
    pos = start;
  }
  return pos;
}

function readRaw(text: string, from: number, at: number): RawToken[] {
  const tokens: RawToken[] = [];
  let after = 0;
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match !== null && after < MAX_RIGHT; match = TOKEN.exec(text)) {
    const groups = match.groups!;
    if (groups.br !== undefined) break;
    const raw = groups.num ?? groups.abbr ?? groups.word ?? groups.other!;
    const start = match.index + match[0].length - raw.length;
    let key = raw.toLowerCase().replace(/’/g, "'");
    if (groups.word !== undefined && /'s$/.test(key)) key = key.slice(0, -2);
    const kind = groups.num !== undefined ? 'num' : groups.abbr !== undefined ? 'abbr' : groups.word !== undefined ? 'word' : 'other';
    tokens.push({ start, end: start + raw.length, raw, key, kind });
    if (start >= at) after++;
    if (start > at && kind === 'other' && !/[,\-–%]/.test(raw)) break;
  }
  return tokens;
}

function startsSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && SPACE.test(text.charAt(k))) k--;
  return k < 0 || /[.!?:;«"“(\n\r—–-]/.test(text.charAt(k));
}

function romanValue(raw: string): number | null {
  if (!raw || !ROMAN.test(raw)) return null;
  let total = 0;
  for (let i = 0; i < raw.length; i++) {
    const value = ROMAN_VALUES[raw[i]!]!;
    const next = ROMAN_VALUES[raw[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

// Number words are parsed once per word (the pack's parser walks the word each time).
const NUMBER_WORDS_LIMIT = 5_000;
const numberWords = new WeakMap<CompiledTimeLexicon, Map<string, number | null>>();

function numberWordValue(key: string, compiled: CompiledTimeLexicon): number | null {
  let known = numberWords.get(compiled);
  if (!known) numberWords.set(compiled, (known = new Map()));
  let value = known.get(key);
  if (value === undefined) {
    if (known.size >= NUMBER_WORDS_LIMIT) known.clear();
    value = /^\p{L}{2,}$/u.test(key) ? compiled.lexicon.parseNumberWords(key) : null;
    known.set(key, value);
  }
  return value;
}

function classifyNumber(token: RawToken, previous: TimeToken[], keys: string[], compiled: CompiledTimeLexicon): Omit<TimeToken, 'start' | 'end'> {
  const { raw } = token;
  if (/^['’]\d{2}$/.test(raw)) return { cls: 'a', value: Number(raw.slice(1)) };
  const decade = /^['’]?(\d{2}|\d{4})s$/.exec(raw);
  if (decade) {
    const n = Number(decade[1]);
    if (n % 10 !== 0) return { cls: '_' };
    return { cls: 'k', value: decade[1]!.length === 4 ? n / 10 : 190 + n / 10 };
  }
  const clock = CLOCK.exec(raw);
  if (clock) {
    const [hour, minute] = [Number(clock[1]), Number(clock[3])];
    if (hour <= 24 && minute < 60) return { cls: clock[2] === ':' ? 'c' : 'C', value: hour * 60 + minute };
    return { cls: 'n' };
  }
  const date = NUMERIC_DATE.exec(raw);
  if (date) {
    const [a, b] = [Number(date[1]), Number(date[2])];
    const [day, month] = compiled.lexicon.numericDateOrder === 'dmy' ? [a, b] : [b, a];
    let year = Number(date[3]);
    if (date[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    return { cls: 'D', value: `${year}-${month}-${day}` };
  }
  if (/^\d+$/.test(raw)) {
    const value = Number(raw);
    if (raw.length <= 2 && value >= 1 && value <= 31) return { cls: 'd', value };
    if (raw.length === 4 && value >= 1000 && value <= 2099) {
      const before = previous.at(-1);
      const key = keys.at(-1) ?? '';
      if (compiled.yearContext.has(key) || (before && 'MmSP'.includes(before.cls)) || (before?.cls === 'U' && before.unit === 'year')) return { cls: 'y', value };
      // "nel 2001 e 2002": the second year takes the first one's class.
      const beforeThat = previous.at(-2);
      if (before?.cls === 'E' && beforeThat && (beforeThat.cls === 'y' || beforeThat.cls === 'Y')) return { cls: beforeThat.cls, value };
      if (compiled.weakYearContext.has(key)) return { cls: 'Y', value };
    }
    return { cls: 'n', value };
  }
  const suffixed = SUFFIXED.exec(raw);
  if (suffixed && compiled.ordinalSuffixes.has(suffixed[2]!.toLowerCase())) {
    const value = Number(suffixed[1]);
    if (value >= 1 && value <= 31) return { cls: 'd', value };
  }
  return { cls: '_' };
}

function classifyWord(token: RawToken, compiled: CompiledTimeLexicon, text: string): Omit<TimeToken, 'start' | 'end'> {
  const reading: WordReading | undefined = compiled.words.get(token.key);
  const capitalized = /^\p{Lu}/u.test(token.raw);
  if (reading) {
    if (!compiled.calendarWords.has(token.key)) return reading;
    // "marzo" is a month; "Maggio" mid-sentence may be a surname, "Primavera araba" a name.
    if (compiled.lexicon.calendarWordsCapitalized) return capitalized ? reading : { cls: '_' };
    if (!capitalized || startsSentence(text, token.start)) return reading;
    return reading.cls === 'M' ? { ...reading, cls: 'm' } : { cls: 'N' };
  }
  const century = compiled.centuryNames.get(token.raw);
  if (century !== undefined) return { cls: 'V', value: century };
  const roman = romanValue(token.raw);
  if (roman !== null && roman > 0) return { cls: 'r', value: roman };
  const number = numberWordValue(token.key, compiled);
  if (number !== null) return { cls: 'w', value: number };
  if (compiled.nonNouns.has(token.key)) return { cls: 'f' };
  return { cls: capitalized ? 'N' : '_' };
}

function classifyOther(raw: string): string {
  if (raw === ',') return ',';
  if (raw === '-' || raw === '–') return '-';
  if (raw === '%') return '%';
  return '.';
}

/**
 * Reads and classifies the tokens around `at` (a trigger the scan found): a few before it, back
 * to `floor` or the sentence's start, and up to a dozen after. Phrases of several tokens are
 * merged into one ("l'altro ieri", "fino al", "di sera").
 * @example
 * readTimeTokens('nel febbraio 2022', 4, 0, compiled)!.tokens.map((t) => t.cls).join('') // 'KMy'
 */
export function readTimeTokens(text: string, at: number, floor: number, compiled: CompiledTimeLexicon): TimeWindow | null {
  const raws = readRaw(text, leftEdge(text, at, floor), at);
  const tokens: TimeToken[] = [];
  const keys: string[] = [];
  let trigger = -1;
  for (let i = 0; i < raws.length; i++) {
    const token = raws[i]!;
    const phrase = compiled.phrases.get(token.key)?.find((p) => p.keys.every((key, k) => raws[i + k]?.key === key));
    if (phrase) {
      const last = raws[i + phrase.keys.length - 1]!;
      const { keys: _, ...reading } = phrase;
      tokens.push({ start: token.start, end: last.end, ...reading });
      // A phrase is a year's context by its last word: "fino al 2030", "a partire dal 2025".
      keys.push(phrase.keys.at(-1)!);
      i += phrase.keys.length - 1;
    } else {
      const reading =
        token.kind === 'num' ? classifyNumber(token, tokens, keys, compiled)
        : token.kind === 'other' ? { cls: classifyOther(token.raw) }
        : classifyWord(token, compiled, text);
      tokens.push({ start: token.start, end: token.end, ...reading });
      keys.push(token.key);
    }
    const added = tokens.at(-1)!;
    if (trigger < 0 && added.start <= at && at < added.end) trigger = tokens.length - 1;
  }
  if (trigger < 0) return null;
  let first = trigger;
  while (first > 0 && trigger - first < MAX_LEFT && !STOP_CLASSES.has(tokens[first - 1]!.cls)) first--;
  return { tokens, trigger, first };
}
