// Adding a rule's length to a date. Day 1 is the day after the start (CCP § 12: exclude the first day).
import type { Assumption } from '../../model';
import {
  addCalendarDays, addCalendarMonths, addCalendarWeeks, addCalendarYears, addWorkingDays, CALIFORNIA_CALENDAR,
  type DayMode, type WorkCalendar,
} from '../calendar';
import type { Clock, ClockUnit } from '../schema';
import { representedUnknownShorter } from './assumptions';

/** Business days count on the jurisdiction's calendar; `mode` says how an uncertain holiday counts (calendar/business.ts). */
export function addClock(
  start: string, amount: number, unit: ClockUnit, calendar: WorkCalendar = CALIFORNIA_CALENDAR, mode: DayMode = 'office',
): string {
  switch (unit) {
    case 'calendar_days': return addCalendarDays(start, amount);
    case 'business_days': return addWorkingDays(start, amount, calendar, mode);
    // A date-only start: count whole days, rounding up (72 hours → 3 days after the start date).
    case 'hours': return addCalendarDays(start, Math.ceil(amount / 24));
    case 'weeks': return addCalendarWeeks(start, amount);
    case 'months': return addCalendarMonths(start, amount);
    case 'years': return addCalendarYears(start, amount);
  }
}

export interface Lengths {
  due: number;
  latest: number;
  latestUnit: ClockUnit;
  assumption?: Assumption;
}

/**
 * Unknown representation: the safe date uses the shorter period, the latest date the longer one (the other period
 * may be the one that applies: Lab. Code § 4062(a) gives an unrepresented worker 30 days, not 20), unless
 * `longerIfUnknown` is false (a letter read by OCR, which may have lost the line naming an attorney).
 */
export function lengthsFor(clock: Clock, represented: boolean | null, opts: { longerIfUnknown?: boolean } = {}): Lengths {
  const latestUnit = clock.latestUnit ?? clock.unit;
  let due: number;
  let longest: number;
  let assumption: Assumption | undefined;
  if (typeof clock.amount === 'number') {
    due = clock.amount;
    longest = clock.amount;
  } else if (represented === null) {
    const { represented: rep, unrepresented: unrep } = clock.amount;
    due = Math.min(rep, unrep);
    longest = opts.longerIfUnknown === false ? due : Math.max(rep, unrep);
    const latest = Math.max(longest, clock.latestAmount ?? longest);
    assumption = representedUnknownShorter(due, latest, clock.unit, due === rep ? 'represented' : 'unrepresented');
  } else {
    due = represented ? clock.amount.represented : clock.amount.unrepresented;
    longest = due;
  }
  return { due, latest: Math.max(longest, clock.latestAmount ?? longest), latestUnit, assumption };
}
