// Working days, business days and roll-forward, per jurisdiction.
// California: weekends + CalHR holidays (Lab. Code § 4600.4(b) for UR business days; 8 CCR 10600 and CCP §§ 12a,
// 12b for rolling a last day). Colorado: weekends + C.R.S. § 24-11-101 legal holidays (C.R.S. § 2-4-108).
//
// Two modes for a closed day that is uncertain (California's day after Thanksgiving: offices closed, but the WCAB
// called it a working day in Pa'u, 2018):
// - 'filing' (a worker's last day to act): the uncertain day counts as OPEN. A roll stops there and a business-day
//   count includes it, so the date is never later than a reading the law may take.
// - 'office' (an office's own working days: the DWC Medical Unit taking a panel request, the insurer's UR business
//   days under § 4600.4(b)): the uncertain day counts as CLOSED, because the office is closed that day.
import { addCalendarDays, dayName, isIsoDate, isWeekend } from './dates';
import { coloradoHolidayOn } from './colorado';
import { holidayOn, type Holiday } from './holidays';

export type CalendarId = 'us-ca' | 'us-co';
export type DayMode = 'filing' | 'office';

export interface WorkCalendar {
  id: CalendarId;
  /** Where the holiday list comes from (shown in docs and tests). */
  source: string;
  holidayOn(date: string): Holiday | undefined;
}

export const CALIFORNIA_CALENDAR: WorkCalendar = {
  id: 'us-ca',
  source: 'CalHR state holidays (Lab. Code § 4600.4(b); Gov. Code § 19853)',
  holidayOn,
};

export const COLORADO_CALENDAR: WorkCalendar = {
  id: 'us-co',
  source: 'Colorado legal holidays (C.R.S. §§ 24-11-101, 2-4-108)',
  holidayOn: coloradoHolidayOn,
};

/** The calendar of a rule's jurisdiction ('US-CO' → Colorado; California otherwise, the bundled packs' home). */
export function calendarFor(jurisdiction: string): WorkCalendar {
  return jurisdiction.toUpperCase() === 'US-CO' ? COLORADO_CALENDAR : CALIFORNIA_CALENDAR;
}

/** Open for business: not a weekend, not a holiday (in 'filing' mode an uncertain holiday counts as open). */
export function isWorkingDay(date: string, calendar: WorkCalendar = CALIFORNIA_CALENDAR, mode: DayMode = 'office'): boolean {
  if (isWeekend(date)) return false;
  const h = calendar.holidayOn(date);
  return h === undefined || (mode === 'filing' && h.uncertainForFiling);
}

/** California business day (UR time frames, Lab. Code § 4600.4(b)): not a weekend or any CalHR holiday. */
export function isBusinessDay(date: string): boolean {
  return isWorkingDay(date, CALIFORNIA_CALENDAR, 'office');
}

/** Counts `days` working days after `date` (day 1 is the first working day after it). */
export function addWorkingDays(date: string, days: number, calendar: WorkCalendar = CALIFORNIA_CALENDAR, mode: DayMode = 'office'): string {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  let current = date;
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, calendar, mode)) left -= 1;
  }
  return current;
}

/** California business days (UR): every CalHR holiday skipped, including the day after Thanksgiving. */
export function addBusinessDays(date: string, days: number): string {
  return addWorkingDays(date, days, CALIFORNIA_CALENDAR, 'office');
}

export interface SkippedDay {
  date: string;
  reason: string; // 'Saturday', 'Sunday' or the holiday's name
  holiday?: Holiday;
}

export interface RollResult {
  from: string;
  date: string; // the day the act may be done
  skipped: SkippedDay[]; // closed days moved over, in order
  /** Set when the roll stopped on a closed day that may still count as a working day for the WCAB ('filing'). */
  stoppedOnUncertain?: Holiday;
  calendar: CalendarId;
}

/**
 * Moves a date that falls on a closed day to the next working day of `calendar`. In 'filing' mode the roll stops on
 * an uncertain day (and says so); in 'office' mode it goes past every day the office is closed.
 */
export function rollForwardOn(date: string, calendar: WorkCalendar = CALIFORNIA_CALENDAR, mode: DayMode = 'filing'): RollResult {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const skipped: SkippedDay[] = [];
  let current = date;
  while (!isWorkingDay(current, calendar, 'office')) {
    const holiday = calendar.holidayOn(current);
    if (mode === 'filing' && holiday?.uncertainForFiling) {
      return { from: date, date: current, skipped, stoppedOnUncertain: holiday, calendar: calendar.id };
    }
    skipped.push({ date: current, reason: holiday?.name ?? dayName(current), ...(holiday ? { holiday } : {}) });
    current = addCalendarDays(current, 1);
  }
  return { from: date, date: current, skipped, calendar: calendar.id };
}

/** California roll-forward for a worker's last day (stops on the day after Thanksgiving). */
export function rollForward(date: string): RollResult {
  return rollForwardOn(date, CALIFORNIA_CALENDAR, 'filing');
}
