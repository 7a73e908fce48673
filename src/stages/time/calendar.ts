/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time zone):
 * plain integers, so that "three days before" is a subtraction and no Date object leaks a host's
 * time zone into a value. ISO 8601 strings are written here and nowhere else.
 */

const DAY_MS = 86_400_000;

/** Day number of a calendar date; `setUTCFullYear` because `Date.UTC` reads years 0–99 as 1900–1999. */
export function dayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / DAY_MS);
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function dateOf(dayNumber: number): CalendarDate {
  const date = new Date(dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday: 1 Monday – 7 Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return dayOf(year, month + 1, 1) - dayOf(year, month, 1);
}

/** Whether year-month-day exists ("31 aprile" does not). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** "2024", or null outside the years ISO 8601 writes with four digits. */
export function formatYear(year: number): string | null {
  return year >= 0 && year <= 9999 ? pad(year, 4) : null;
}

export function formatMonth(year: number, month: number): string | null {
  const y = formatYear(year);
  return y && `${y}-${pad(month, 2)}`;
}

export function formatDay(dayNumber: number): string | null {
  const { year, month, day } = dateOf(dayNumber);
  const y = formatYear(year);
  return y && `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** "2024-W44": the ISO week holding the day (its Thursday decides the year). */
export function formatWeek(dayNumber: number): string | null {
  const thursday = dayNumber - weekdayOf(dayNumber) + 4;
  const year = dateOf(thursday).year;
  const week = Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1;
  const y = formatYear(year);
  return y && `${y}-W${pad(week, 2)}`;
}

export function formatClock(hour: number, minute: number): string {
  return `${pad(hour, 2)}:${pad(minute, 2)}`;
}

/** Month index: months since year 0, so that months add and compare as integers. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function monthOfIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The calendar day of an ISO 8601 date or date-time, as written: "2024-11-01T23:30-05:00" is 1 November. */
export function dayOfIso(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? dayOf(year, month, day) : null;
}
