// Business days and roll-forward.
// Business day (UR time frames): not Saturday, Sunday or a CalHR holiday, including the day after Thanksgiving
// (Lab. Code § 4600.4(b), effective 2020-01-01; rules-research "Business day").
// Roll-forward (WCAB/DWC filing, 8 CCR 10600 and CCP §§ 12a, 12b): a last day on a weekend or holiday moves to the
// next business day, but never past a day that is uncertain for filing (day after Thanksgiving): stop there.
import { addCalendarDays, dayName, isIsoDate, isWeekend } from './dates';
import { holidayOn, type Holiday } from './holidays';

export function isBusinessDay(date: string): boolean {
  return !isWeekend(date) && holidayOn(date) === undefined;
}

/** Counts `days` business days after `date` (day 1 is the first business day after it). */
export function addBusinessDays(date: string, days: number): string {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  let current = date;
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isBusinessDay(current)) left -= 1;
  }
  return current;
}

export interface SkippedDay {
  date: string;
  reason: string; // 'Saturday', 'Sunday' or the holiday's name
}

export interface RollResult {
  from: string;
  date: string; // the day the act may be done
  skipped: SkippedDay[]; // closed days moved over, in order
  /** Set when the roll stopped on a closed day that may still count as a working day for the WCAB. */
  stoppedOnUncertain?: Holiday;
}

const reasonFor = (date: string): string => holidayOn(date)?.name ?? dayName(date);

/** Moves a last day that falls on a closed day to the next business day, stopping at an uncertain day. */
export function rollForward(date: string): RollResult {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const skipped: SkippedDay[] = [];
  let current = date;
  while (!isBusinessDay(current)) {
    const holiday = holidayOn(current);
    if (holiday?.uncertainForFiling) return { from: date, date: current, skipped, stoppedOnUncertain: holiday };
    skipped.push({ date: current, reason: reasonFor(current) });
    current = addCalendarDays(current, 1);
  }
  return { from: date, date: current, skipped };
}
