// Plain calendar dates ('YYYY-MM-DD', no time zone). Deadlines are whole days, so every helper works on local
// midnight Date objects through date-fns and converts straight back to a string.
import { addDays, addMonths, addWeeks, addYears, differenceInCalendarDays, format, getDay, isValid, parseISO } from 'date-fns';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const d = parseISO(value);
  return isValid(d) && format(d, 'yyyy-MM-dd') === value;
}

function toDate(value: string): Date {
  if (!isIsoDate(value)) throw new RangeError(`not a calendar date: ${value}`);
  return parseISO(value);
}

const toIso = (d: Date): string => format(d, 'yyyy-MM-dd');

export function addCalendarDays(date: string, days: number): string {
  return toIso(addDays(toDate(date), days));
}

export function addCalendarWeeks(date: string, weeks: number): string {
  return toIso(addWeeks(toDate(date), weeks));
}

/** Adds months; a day that does not exist in the target month becomes that month's last day (08-31 + 6 → 02-28). */
export function addCalendarMonths(date: string, months: number): string {
  return toIso(addMonths(toDate(date), months));
}

/** Adds years; 29 February becomes 28 February in a common year. */
export function addCalendarYears(date: string, years: number): string {
  return toIso(addYears(toDate(date), years));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return getDay(toDate(date));
}

export function dayName(date: string): string {
  return DAY_NAMES[dayOfWeek(date)] ?? '';
}

export function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/** ISO strings compare correctly as text. */
const pad = (n: number) => String(n).padStart(2, '0');

export const minDate = (a: string, b: string): string => (a <= b ? a : b);
export const maxDate = (a: string, b: string): string => (a >= b ? a : b);

/** The date of the n-th given weekday (0 = Sunday) of a month; n = -1 for the last one. month is 1–12. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = `${year}-${pad(month)}-01`;
    const offset = (weekday - dayOfWeek(first) + 7) % 7;
    return addCalendarDays(first, offset + (n - 1) * 7);
  }
  const last = addCalendarDays(addCalendarMonths(`${year}-${pad(month)}-01`, 1), -1);
  const back = (dayOfWeek(last) - weekday + 7) % 7;
  return addCalendarDays(last, -back);
}

/** The local calendar day of `now` as YYYY-MM-DD: deadlines are calendar days where the user is. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
