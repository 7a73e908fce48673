import type { PeriodPart, Season, TimeUnit } from '../../lang/time-lexicon.js';
import type { TimeToken } from './read-time-tokens.js';
import type { ShapeName } from './time-grammar.js';

/** What an expression says, before it is placed on the calendar. */
export interface TimePoint {
  year?: number;
  /** "'68": a year known by its last two digits. */
  shortYear?: number;
  /** Years from the anchor's: "marzo dell'anno scorso" -1, "gennaio di quest'anno" 0. */
  yearOffset?: number;
  day?: number;
  weekday?: number;
  relation?: 'this' | 'last' | 'next';
  /** Days from the anchor: ieri -1. */
  dayOffset?: number;
  /** 1–12; 0 for "the same month", known only from the context. */
  month?: number;
  /** "tre giorni fa" { amount 3, unit day, sign -1 }; amount null when vague ("pochi giorni fa"). */
  shift?: { amount: number | null; unit: TimeUnit; sign: 1 | -1 };
  /** A period named from the anchor: "la settimana scorsa" (week, last), "fine mese" (month, this). */
  period?: TimeUnit;
  /** First three digits of the decade's years: 197 for the 1970s. */
  decade?: number;
  /** First two digits of the century's years: 19 for the 1900s. */
  century?: number;
  season?: Season;
  part?: PeriodPart;
  clock?: { hour: number; minute: number };
}

export type TimeReading =
  | { type: 'point'; point: TimePoint }
  /** A span; a missing end is open ("dal 2014", "entro il 2030"). */
  | { type: 'interval'; from: TimePoint | null; to: TimePoint | null; bias: 'past' | 'future' };

const AMOUNT_NEXT = 'UuQG';
const RELATIONS: Record<string, 'this' | 'last' | 'next'> = { T: 'this', L: 'last', X: 'next' };
const DECADE_AFTER = 'adnwyY';

// The role of a number depends on its neighbours: "alle 16" an hour, "anni 70" a decade,
// "20th century" a century, four digits a year, otherwise a day. (Amounts, "16 giorni fa", are read by the caller.)
function readNumber(point: TimePoint, token: TimeToken, previous: string, next: string, clock: boolean): boolean {
  const value = token.value as number;
  if (clock || 'hHge'.includes(previous) || next === 'i') {
    if (value > 24) return false;
    point.clock = { hour: value, minute: 0 };
  } else if (previous === 'Q') {
    const decade = value >= 1000 ? (value % 10 === 0 ? value / 10 : null) : value % 10 === 0 && value >= 10 && value <= 90 ? 190 + value / 10 : null;
    if (decade === null) return false;
    point.decade = decade;
  } else if (next === 'G') point.century = value - 1;
  else if (token.cls === 'd') point.day = value;
  else if (value >= 1000 && value <= 2099) point.year = value;
  else return false;
  return true;
}

/**
 * Reads the tokens of one expression (as the grammar matched them) into a point, or null when
 * its numbers cannot be a date ("alle 30", "anni 75").
 */
function readPoint(tokens: readonly TimeToken[], clock = false): TimePoint | null {
  const point: TimePoint = {};
  let unit: TimeUnit | undefined;
  let sign: 1 | -1 = -1;
  let amount: number | null | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A space for no neighbour: `'UuQG'.includes('')` would be true.
    const previous = tokens[i - 1]?.cls ?? ' ';
    const next = tokens[i + 1]?.cls ?? ' ';
    const value = token.value;
    switch (token.cls) {
      case 'd': case 'n': case 'y': case 'Y':
        if (AMOUNT_NEXT.includes(next) && !'hHge'.includes(previous) && previous !== 'Q' && next !== 'G') amount = value as number;
        else if (!readNumber(point, token, previous, next, clock)) return null;
        break;
      case 'w':
        if (previous === 'Q') {
          if (!readNumber(point, { ...token, cls: 'n' }, previous, next, false)) return null;
        } else amount = value as number;
        break;
      case 'v': amount = null; break;
      case 'a':
        if (previous === 'Q') {
          if (!readNumber(point, token, previous, next, false)) return null;
        } else point.shortYear = value as number;
        break;
      case 'k': point.decade = value as number; break;
      case 'c': case 'C': point.clock = { hour: Math.floor((value as number) / 60), minute: (value as number) % 60 }; break;
      case 'D': {
        const [year, month, day] = (value as string).split('-').map(Number) as [number, number, number];
        Object.assign(point, { year, month, day });
        break;
      }
      case 'r': point.century = (value as number) - 1; break;
      case 'V': point.century = value as number; break;
      case 'U': case 'u': case 'G':
        if (token.unit === 'year' && (point.month !== undefined || point.season !== undefined)) {
          // "marzo dell'anno scorso": the relation next to "anno" is the year's, not the month's.
          const relation = RELATIONS[previous] ?? RELATIONS[next];
          point.yearOffset = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
          if (RELATIONS[previous]) delete point.relation;
          else if (RELATIONS[next]) i++;
        } else unit = token.unit ?? 'century';
        break;
      case 'Q': if (!DECADE_AFTER.includes(next)) unit = 'year'; break;
      case 'M': case 'm': point.month = value as number; break;
      case 'W': point.weekday = value as number; break;
      case 'R': point.dayOffset = value as number; break;
      case 'p': if (previous === 'T' && point.dayOffset === undefined) point.dayOffset = 0; break;
      case 'S': point.season = value as Season; break;
      case 'P': point.part = value as PeriodPart; break;
      case 'L': point.relation = 'last'; break;
      case 'X': point.relation = 'next'; break;
      case 'T': point.relation = 'this'; break;
      case 'F': sign = -1; break;
      case 'B': sign = 1; break;
      case 'i':
        if (point.clock && point.clock.hour < 12) point.clock.hour += value as number;
        break;
      default: break;
    }
  }
  if (amount !== undefined && unit) point.shift = { amount, unit, sign };
  else if (unit && point.month === undefined && point.decade === undefined && point.century === undefined && point.year === undefined) point.period = unit;
  if (point.month !== undefined && (point.month < 0 || point.month > 12)) return null;
  if (point.day !== undefined && (point.day < 1 || point.day > 31)) return null;
  return point;
}

function indexOf(tokens: readonly TimeToken[], classes: string, from: number): number {
  for (let i = from; i < tokens.length; i++) if (classes.includes(tokens[i]!.cls)) return i;
  return -1;
}

/**
 * Turns the tokens of a matched shape into a reading: a point, or the two ends of a span, each
 * read on its own ("dal 3 al 5 marzo": the first end takes the month and year of the second).
 * @example
 * interpretTime(tokens('dal 1999 al 2013'), 'span') // { type: 'interval', from: { year: 1999 }, to: { year: 2013 }, bias: 'past' }
 */
export function interpretTime(tokens: readonly TimeToken[], shape: ShapeName): TimeReading | null {
  switch (shape) {
    case 'since': case 'sinceClock': {
      const from = readPoint(tokens.slice(1), shape === 'sinceClock');
      return from && { type: 'interval', from, to: null, bias: 'past' };
    }
    case 'until': {
      const to = readPoint(tokens.slice(1));
      // A deadline looks ahead: "entro venerdì" is the coming Friday.
      return to && { type: 'interval', from: null, to, bias: 'future' };
    }
    case 'clockSpan': case 'daySpan': case 'span': case 'between': case 'dash': {
      const opener = shape === 'dash' ? 0 : 1;
      const join = indexOf(tokens, tokens[0]!.cls === 'B' ? 'E' : 'Jh-', opener + 1);
      if (join < 0) return null;
      const clock = shape === 'clockSpan';
      const from = readPoint(tokens.slice(opener, join), clock);
      const to = readPoint(tokens.slice(join + 1), clock);
      if (!from || !to) return null;
      if (shape === 'dash' && (from.year === undefined || to.year === undefined || to.year <= from.year || to.year - from.year > 100)) return null;
      if (from.day !== undefined && from.month === undefined) from.month = to.month;
      // "da dicembre a marzo 2022": the first end is in the year before when its month comes later.
      if ((from.month !== undefined || from.season !== undefined) && from.year === undefined && from.shortYear === undefined && to.year !== undefined) {
        from.year = from.month !== undefined && to.month !== undefined && from.month > to.month ? to.year - 1 : to.year;
      }
      return { type: 'interval', from, to, bias: 'past' };
    }
    default: {
      const point = readPoint(tokens);
      return point && { type: 'point', point };
    }
  }
}
