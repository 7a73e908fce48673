import type { PeriodPart, TimeUnit } from '../../lang/time-lexicon.js';
import {
  dateOf, dayOf, daysInMonth, formatClock, formatDay, formatMonth, formatWeek, formatYear, isValidDate, monthIndex, monthOfIndex, weekdayOf,
} from './calendar.js';
import type { TimePoint, TimeReading } from './interpret-time.js';

export type TimeKind = 'date' | 'time' | 'interval';
export type TimeGrain = 'century' | 'decade' | 'year' | 'season' | 'month' | 'week' | 'day' | 'time';

/** A reading placed on the calendar: an ISO 8601 value at its grain, null when it needs an anchor it lacks. */
export interface ResolvedTime {
  kind: TimeKind;
  value: string | null;
  grain: TimeGrain;
  /** First and last unit covered, for periods narrower or wider than the value ("inizio di agosto", "anni '70", spans). */
  range?: { start: string | null; end: string | null };
}

/** A resolved point with the numbers part-of-period and span arithmetic need. */
interface Placed {
  grain: TimeGrain;
  value: string | null;
  range?: { start: string; end: string };
  year?: number;
  month?: number;
  /** First day of the week, or the day itself. */
  day?: number;
  decade?: number;
  century?: number;
}

const unresolved = (grain: TimeGrain): Placed => ({ grain, value: null });
const atYear = (year: number): Placed => ({ grain: 'year', value: formatYear(year), year });
const atMonth = (year: number, month: number): Placed => ({ grain: 'month', value: formatMonth(year, month), year, month });
const atDay = (day: number): Placed => {
  const { year, month } = dateOf(day);
  return { grain: 'day', value: formatDay(day), day, year, month };
};
const atWeek = (day: number): Placed => {
  const monday = day - weekdayOf(day) + 1;
  return { grain: 'week', value: formatWeek(monday), day: monday };
};
const atDecade = (decade: number): Placed => ({
  grain: 'decade', value: String(decade).padStart(3, '0'), decade, range: { start: formatYear(decade * 10)!, end: formatYear(decade * 10 + 9)! },
});
const atCentury = (century: number): Placed => ({
  grain: 'century', value: String(century).padStart(2, '0'), century, range: { start: formatYear(century * 100)!, end: formatYear(century * 100 + 99)! },
});
// Seasons as ISO 8601-2 (EDTF) codes: 21 spring, 22 summer, 23 autumn, 24 winter; meteorological
// months, winter from December into the next year.
const SEASON_START = [0, 3, 6, 9, 12];
function atSeason(year: number, season: number): Placed {
  const first = monthIndex(year, SEASON_START[season]!);
  const a = monthOfIndex(first);
  const b = monthOfIndex(first + 2);
  return { grain: 'season', value: `${formatYear(year)}-${20 + season}`, year, range: { start: formatMonth(a.year, a.month)!, end: formatMonth(b.year, b.month)! } };
}

function atUnit(unit: TimeUnit, anchor: number, offset: number): Placed {
  const { year, month } = dateOf(anchor);
  switch (unit) {
    case 'day': return atDay(anchor + offset);
    case 'week': return atWeek(anchor + 7 * offset);
    case 'month': { const m = monthOfIndex(monthIndex(year, month) + offset); return atMonth(m.year, m.month); }
    case 'year': return atYear(year + offset);
    case 'decade': return atDecade(Math.floor(year / 10) + offset);
    case 'century': return atCentury(Math.floor(year / 100) + offset);
  }
}

/** Where in a cycle (weekday, month, day of year) an occurrence falls: the latest on or before the anchor, or the earliest after. */
type Direction = 'past' | 'last' | 'future' | 'next';

function directionOf(point: TimePoint, future: boolean): Direction {
  if (point.relation === 'last') return 'last';
  if (point.relation === 'next') return 'next';
  return future ? 'future' : 'past';
}

// Candidate occurrences, nearest first in the direction: `at(k)` is the k-th occurrence from the anchor's cycle.
function pick(direction: Direction, anchorKey: number, keyOf: (k: number) => number | null): number | null {
  const ok = (k: number) => {
    const key = keyOf(k);
    if (key === null) return false;
    if (direction === 'past') return key <= anchorKey;
    if (direction === 'last') return key < anchorKey;
    if (direction === 'future') return key >= anchorKey;
    return key > anchorKey;
  };
  const steps = direction === 'past' || direction === 'last' ? [0, -1, -2, -3, -4, -5, -6, -7, -8] : [0, 1, 2, 3, 4, 5, 6, 7, 8];
  for (const k of steps) if (ok(k)) return k;
  return null;
}

function placeDayMonth(point: TimePoint, year: number | undefined, anchor: number | null, future: boolean): Placed | null {
  const { month, day } = point as { month: number; day: number };
  if (year !== undefined) return isValidDate(year, month, day) ? atDay(dayOf(year, month, day)) : null;
  if (day > 31 || (month === 2 ? day > 29 : day > daysInMonth(2001, month))) return null;
  if (anchor === null) return unresolved('day');
  const anchorYear = dateOf(anchor).year;
  const dayIn = (k: number) => (isValidDate(anchorYear + k, month, day) ? dayOf(anchorYear + k, month, day) : null);
  const direction = directionOf(point, future);
  const k = pick(direction, anchor, dayIn);
  if (k === null) return null;
  // "venerdì 24 febbraio": when the weekday does not fit the year the past bias chose, try the other way.
  if (point.weekday !== undefined && weekdayOf(dayIn(k)!) !== point.weekday && point.relation === undefined) {
    const other = pick(direction === 'past' ? 'next' : 'last', anchor, dayIn);
    if (other !== null && weekdayOf(dayIn(other)!) === point.weekday) return atDay(dayIn(other)!);
  }
  return atDay(dayIn(k)!);
}

function placeWeekday(point: TimePoint, anchor: number | null, future: boolean): Placed | null {
  if (anchor === null) return unresolved('day');
  const weekday = point.weekday!;
  const direction = directionOf(point, future);
  if (point.day !== undefined) {
    // "sabato 7": the 7th of this month or a neighbouring one, preferring one that is a Saturday.
    const { year, month } = dateOf(anchor);
    const dayIn = (k: number) => {
      const m = monthOfIndex(monthIndex(year, month) + k);
      return isValidDate(m.year, m.month, point.day!) ? dayOf(m.year, m.month, point.day!) : null;
    };
    const k = pick(direction, anchor, dayIn);
    if (k === null) return null;
    for (const step of [k, k + (direction === 'past' || direction === 'last' ? -1 : 1)]) {
      const candidate = dayIn(step);
      if (candidate !== null && weekdayOf(candidate) === weekday) return atDay(candidate);
    }
    return atDay(dayIn(k)!);
  }
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(anchor) + 7) % 7;
  if (direction === 'past') return atDay(anchor - back);
  if (direction === 'last') return atDay(anchor - (back || 7));
  if (direction === 'future') return atDay(anchor + ahead);
  return atDay(anchor + (ahead || 7));
}

function placeMonth(point: TimePoint, year: number | undefined, anchor: number | null, future: boolean): Placed | null {
  const month = point.month!;
  if (year !== undefined) return atMonth(year, month);
  if (anchor === null) return unresolved('month');
  const { year: anchorYear, month: anchorMonth } = dateOf(anchor);
  const k = pick(directionOf(point, future), monthIndex(anchorYear, anchorMonth), (k) => monthIndex(anchorYear + k, month));
  return k === null ? null : atMonth(anchorYear + k, month);
}

function placeSeason(point: TimePoint, year: number | undefined, anchor: number | null, future: boolean): Placed | null {
  const season = point.season!;
  if (year !== undefined) return atSeason(year, season);
  if (anchor === null) return unresolved('season');
  const { year: anchorYear, month } = dateOf(anchor);
  const now = monthIndex(anchorYear, month);
  const first = (k: number) => monthIndex(anchorYear + k, SEASON_START[season]!);
  const direction = directionOf(point, future);
  // "la scorsa estate" is the last one that has ended; "questa estate" the one under way, if any.
  if (direction === 'last') {
    const k = pick('last', now, (k) => first(k) + 2);
    return k === null ? null : atSeason(anchorYear + k, season);
  }
  if (point.relation === 'this') {
    const current = [0, -1].find((k) => first(k) <= now && now <= first(k) + 2);
    if (current !== undefined) return atSeason(anchorYear + current, season);
  }
  const k = pick(direction, now, first);
  return k === null ? null : atSeason(anchorYear + k, season);
}

function yearOf(point: TimePoint, anchor: number | null): number | undefined | null {
  if (point.year !== undefined) return point.year;
  if (point.yearOffset !== undefined) return anchor === null ? null : dateOf(anchor).year + point.yearOffset;
  if (point.shortYear === undefined) return undefined;
  // "'68": the latest such year up to the anchor's; 19xx without one.
  if (anchor === null) return 1900 + point.shortYear;
  const anchorYear = dateOf(anchor).year;
  const century = Math.floor(anchorYear / 100) * 100;
  return century + point.shortYear <= anchorYear ? century + point.shortYear : century - 100 + point.shortYear;
}

function placeCore(point: TimePoint, anchor: number | null, future: boolean): Placed | null {
  const knownYear = yearOf(point, anchor);
  // "il 29 dello stesso mese", "marzo dell'anno scorso" without an anchor: a date the context must give.
  if (knownYear === null || point.month === 0) return unresolved(point.day !== undefined ? 'day' : point.season !== undefined ? 'season' : 'month');
  const year = knownYear;
  if (point.decade !== undefined) return atDecade(point.decade);
  if (point.century !== undefined) return atCentury(point.century);
  if (point.shift) {
    const { amount, unit, sign } = point.shift;
    return amount === null || anchor === null ? unresolved(unit === 'week' ? 'week' : unit) : atUnit(unit, anchor, sign * amount);
  }
  if (point.period) {
    const offset = point.relation === 'last' ? -1 : point.relation === 'next' ? 1 : 0;
    return anchor === null ? unresolved(point.period) : atUnit(point.period, anchor, offset);
  }
  if (point.dayOffset !== undefined) return anchor === null ? unresolved('day') : atDay(anchor + point.dayOffset);
  if (point.season !== undefined) return placeSeason(point, year, anchor, future);
  if (point.month !== undefined) return point.day !== undefined ? placeDayMonth(point, year, anchor, future) : placeMonth(point, year, anchor, future);
  if (point.weekday !== undefined) return placeWeekday(point, anchor, future);
  if (year !== undefined) return atYear(year);
  if (point.clock) return anchor === null ? unresolved('day') : atDay(anchor);
  return null;
}

// Thirds of a period for start/mid/end, halves for firstHalf/secondHalf, as [first, last] fractions of its units.
const PART_SHARE: Record<PeriodPart, (units: number) => [number, number]> = {
  start: (n) => [0, Math.ceil(n / 3) - 1],
  mid: (n) => [Math.ceil(n / 3), Math.ceil((2 * n) / 3) - 1],
  end: (n) => [Math.ceil((2 * n) / 3), n - 1],
  firstHalf: (n) => [0, Math.ceil(n / 2) - 1],
  secondHalf: (n) => [Math.ceil(n / 2), n - 1],
};

/** Narrows a placed period to its start, middle or end: "inizio di agosto" is 1–10 August. */
function withPart(placed: Placed, part: PeriodPart): Placed {
  if (placed.value === null) return placed;
  const share = PART_SHARE[part];
  if (placed.grain === 'month') {
    const days = daysInMonth(placed.year!, placed.month!);
    // Ten-day thirds, as news means them: "fine mese" is from the 21st.
    const [a, b] = part === 'start' ? [0, 9] : part === 'mid' ? [10, 19] : part === 'end' ? [20, days - 1] : share(days);
    const first = dayOf(placed.year!, placed.month!, 1);
    return { ...placed, range: { start: formatDay(first + a)!, end: formatDay(first + b)! } };
  }
  if (placed.grain === 'year') {
    const [a, b] = share(12);
    return { ...placed, range: { start: formatMonth(placed.year!, a + 1)!, end: formatMonth(placed.year!, b + 1)! } };
  }
  if (placed.grain === 'week') {
    const [a, b] = share(7);
    return { ...placed, range: { start: formatDay(placed.day! + a)!, end: formatDay(placed.day! + b)! } };
  }
  if (placed.grain === 'decade' || placed.grain === 'century') {
    const size = placed.grain === 'decade' ? 10 : 100;
    const first = (placed.decade ?? placed.century!) * size;
    const [a, b] = share(size);
    return { ...placed, range: { start: formatYear(first + a)!, end: formatYear(first + b)! } };
  }
  return placed;
}

function placePoint(point: TimePoint, anchor: number | null, future: boolean): Placed | null {
  let placed = placeCore(point, anchor, future);
  if (!placed) return null;
  if (point.part) placed = withPart(placed, point.part);
  if (point.clock) {
    if (placed.grain !== 'day') return { grain: 'time', value: null };
    const clock = formatClock(point.clock.hour, point.clock.minute);
    return { grain: 'time', value: placed.value && `${placed.value}T${clock}` };
  }
  return placed;
}

// The first and last unit a placed end covers: its range when it has one, else its value.
const firstOf = (p: Placed) => p.range?.start ?? p.value;
const lastOf = (p: Placed) => p.range?.end ?? p.value;

/**
 * Places a reading on the calendar. `anchor` is the day number of the publication date; without
 * one, only what the text states in full resolves ("il 7 giugno 2006", "anni '70") and the rest
 * keeps a null value. `future` turns the past bias of a bare weekday, date, month or season.
 * @example
 * resolveTime({ type: 'point', point: { weekday: 4, relation: 'last' } }, dayOf(2024, 11, 1), false)
 * // { kind: 'date', value: '2024-10-31', grain: 'day' }
 */
export function resolveTime(reading: TimeReading, anchor: number | null, future: boolean): ResolvedTime | null {
  if (reading.type === 'point') {
    const placed = placePoint(reading.point, anchor, future);
    if (!placed) return null;
    const kind = reading.point.clock ? 'time' : 'date';
    return placed.range ? { kind, value: placed.value, grain: placed.grain, range: { ...placed.range } } : { kind, value: placed.value, grain: placed.grain };
  }
  const ahead = future || reading.bias === 'future';
  const to = reading.to && placePoint(reading.to, anchor, ahead);
  const from = reading.from && placePoint(reading.from, anchor, ahead);
  if ((reading.to && !to) || (reading.from && !from)) return null;
  const grain = (from ?? to)!.grain;
  const start = from ? firstOf(from) : null;
  const end = to ? lastOf(to) : null;
  if ((from && start === null) || (to && end === null)) return { kind: 'interval', value: null, grain };
  // "da novembre a febbraio" read in March: both ends fell in the past; the start goes a year back.
  if (start !== null && end !== null && start > end && from?.grain === 'month' && reading.from?.year === undefined) {
    const earlier = atMonth(from.year! - 1, from.month!);
    return { kind: 'interval', value: `${earlier.value}/${end}`, grain, range: { start: earlier.value, end } };
  }
  if (start !== null && end !== null && start > end && from!.grain === to!.grain) return null;
  return { kind: 'interval', value: `${start ?? '..'}/${end ?? '..'}`, grain, range: { start, end } };
}
