import type { TimeUnit } from '../../lang/time-lexicon.js';
import type { CompiledTimeLexicon, WordReading } from './compile-time-lexicon.js';
import { isApostropheCode, isDigitCode, isLetterCode, isLineBreakCode, isSpaceCode, scanTimeToken, type RawToken } from './scan-time-token.js';
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

/** A run of tokens around a trigger, and the offset reading stopped at. */
export interface TimeRun {
  tokens: TimeToken[];
  end: number;
}

const MAX_LEFT = 7;
// Runs longer than this are read in pieces ("1 1 1 1..." never ends): an expression cut at the
// seam is the price, and no news sentence comes near it.
const MAX_RUN = 2_000;
const CLOCK = /^(\d{1,2})([:.])(\d{2})$/;
const NUMERIC_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$/;
const SUFFIXED = /^(\d{1,2})(\D+)$/;
const ROMAN = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** Reads raw tokens forward from a position, one at a time, stopping at a line break. */
class RawReader {
  private readonly buffer: RawToken[] = [];
  private position: number;
  private done = false;

  constructor(private readonly text: string, from: number) {
    this.position = from;
  }

  at(k: number): RawToken | undefined {
    while (this.buffer.length <= k && !this.done) {
      const token = scanTimeToken(this.text, this.position);
      if (token) {
        this.buffer.push(token);
        this.position = token.end;
      } else this.done = true;
    }
    return this.buffer[k];
  }
}

// A word the walk left may pass: one with a time or number reading, a word of a phrase ("altro" in
// "l'altro ieri"), a Roman numeral or a century name ("XX secolo", "nel Novecento").
function mayHoldTime(token: RawToken, compiled: CompiledTimeLexicon): boolean {
  return !STOP_CLASSES.has(lexicalClass(token.key, compiled)) || compiled.phraseWords.has(token.key)
    || compiled.centuryNames.has(token.raw) || (romanValue(token.raw) ?? 0) > 0;
}

const isWordCode = (code: number) => isLetterCode(code) || isDigitCode(code) || isApostropheCode(code) || code === 0xb0 || code === 0xba || code === 0xaa;

// Where reading may start: back from `at` over runs of word characters that may hold a time
// (numbers, time words, words of phrases), commas and dashes; never past `floor`, a line break,
// other punctuation or MAX_LEFT runs.
function leftEdge(text: string, at: number, floor: number, compiled: CompiledTimeLexicon): number {
  let pos = at;
  for (let count = 0; count < MAX_LEFT; count++) {
    let q = pos;
    while (q > floor && isSpaceCode(text.charCodeAt(q - 1))) q--;
    if (q <= floor || isLineBreakCode(text.charCodeAt(q - 1))) break;
    const code = text.charCodeAt(q - 1);
    let start = q - 1;
    if (isWordCode(code)) {
      while (start > floor && (isWordCode(text.charCodeAt(start - 1))
        || (/[.,:/]/.test(text.charAt(start - 1)) && isDigitCode(text.charCodeAt(start - 2)) && isDigitCode(text.charCodeAt(start))))) start--;
      // "all'inizio" is two tokens: the run stops the walk if any of them is no part of a time.
      for (let token = scanTimeToken(text, start); token && token.start < q; token = scanTimeToken(text, token.end)) {
        if (token.kind === 'word' && !mayHoldTime(token, compiled)) return pos;
      }
    } else if (code !== 44 && code !== 45 && code !== 0x2013) break; // , - –
    pos = start;
  }
  return pos;
}

function startsSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
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

// What a lowercase word is, whatever its case: a time word, a number word ("tre"), a function word
// or another word. Remembered per lexicon (bounded: an archive run must not grow it forever).
const LEXICAL_LIMIT = 20_000;
const lexicalReadings = new WeakMap<CompiledTimeLexicon, Map<string, WordReading>>();
const OTHER: WordReading = { cls: '_' };
const FUNCTION_WORD: WordReading = { cls: 'f' };

function lexicalReading(key: string, compiled: CompiledTimeLexicon): WordReading {
  let known = lexicalReadings.get(compiled);
  if (!known) lexicalReadings.set(compiled, (known = new Map()));
  let reading = known.get(key);
  if (reading === undefined) {
    if (known.size >= LEXICAL_LIMIT) known.clear();
    const number = key.length >= 2 ? compiled.lexicon.parseNumberWords(key) : null;
    reading = compiled.words.get(key) ?? (number !== null ? { cls: 'w', value: number } : compiled.nonNouns.has(key) ? FUNCTION_WORD : OTHER);
    known.set(key, reading);
  }
  return reading;
}

function lexicalClass(key: string, compiled: CompiledTimeLexicon): string {
  return lexicalReading(key, compiled).cls;
}

function classifyNumber(token: RawToken, previous: TimeToken[], keys: string[], compiled: CompiledTimeLexicon): WordReading {
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
    if ((hour < 24 && minute < 60) || (hour === 24 && minute === 0)) return { cls: clock[2] === ':' ? 'c' : 'C', value: hour * 60 + minute };
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
      const beforeThat = previous.at(-2);
      // "February 24, 2022", "Friday, May 3, 2024".
      if (before?.cls === ',' && beforeThat && 'dMm'.includes(beforeThat.cls)) return { cls: 'y', value };
      // "nel 2001 e 2002": the second year takes the first one's class.
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

function classifyWord(token: RawToken, compiled: CompiledTimeLexicon, text: string): WordReading {
  const capitalized = token.raw.charAt(0) !== token.key.charAt(0);
  const reading = lexicalReading(token.key, compiled);
  if (compiled.words.has(token.key)) {
    if (!compiled.calendarWords.has(token.key)) return reading;
    // "marzo" is a month; "Maggio" mid-sentence may be a surname, "Primavera araba" a name.
    if (compiled.lexicon.calendarWordsCapitalized) return capitalized ? reading : OTHER;
    if (!capitalized || startsSentence(text, token.start)) return reading;
    return reading.cls === 'M' ? { ...reading, cls: 'm' } : { cls: 'N' };
  }
  if (!capitalized) return reading;
  const century = compiled.centuryNames.get(token.raw);
  if (century !== undefined) return { cls: 'V', value: century };
  const roman = romanValue(token.raw);
  if (roman !== null && roman > 0) return { cls: 'r', value: roman };
  // "anni Settanta": a number word keeps its reading; any other capitalised word is a name.
  return reading.cls === 'w' ? reading : { cls: 'N' };
}

function classifyOther(raw: string): string {
  if (raw === ',') return ',';
  if (raw === '-' || raw === '–') return '-';
  if (raw === '%') return '%';
  return '.';
}

/**
 * Reads and classifies the run of tokens that holds `at` (a trigger the scan found): from a few
 * tokens before it, back to `floor` or the first word no expression holds, to the first such word
 * after it, which is kept as the grammar's lookahead ("alle 16 vittime"). Phrases of several
 * tokens are merged into one ("l'altro ieri", "fino al", "di sera"). Every token of the text is
 * read at most once this way, however many triggers a run holds ("dal 1999 al 2013").
 * @example
 * readTimeTokens('nel febbraio 2022 la guerra', 4, 0, compiled).tokens.map((t) => t.cls).join('') // 'KMyA_'
 */
export function readTimeTokens(text: string, at: number, floor: number, compiled: CompiledTimeLexicon): TimeRun {
  const reader = new RawReader(text, leftEdge(text, at, floor, compiled));
  const tokens: TimeToken[] = [];
  const keys: string[] = [];
  for (let i = 0; tokens.length < MAX_RUN; i++) {
    const token = reader.at(i);
    if (!token) break;
    const phrase = compiled.phrases.get(token.key)?.find((p) => p.keys.every((key, k) => reader.at(i + k)?.key === key));
    let added: TimeToken;
    if (phrase) {
      const words = phrase.keys.length;
      added = { start: token.start, end: reader.at(i + words - 1)!.end, cls: phrase.cls, value: phrase.value, unit: phrase.unit };
      // A phrase is a year's context by its last word: "fino al 2030", "a partire dal 2025".
      keys.push(phrase.keys.at(-1)!);
      i += words - 1;
    } else {
      const reading: WordReading =
        token.kind === 'num' ? classifyNumber(token, tokens, keys, compiled)
        : token.kind === 'other' ? { cls: classifyOther(token.raw) }
        : classifyWord(token, compiled, text);
      added = { start: token.start, end: token.end, cls: reading.cls, value: reading.value, unit: reading.unit };
      keys.push(token.key);
    }
    tokens.push(added);
    if (added.end > at && STOP_CLASSES.has(added.cls)) break;
  }
  return { tokens, end: tokens.length > 0 ? Math.max(tokens.at(-1)!.end, at + 1) : at + 1 };
}
