// California state holidays: the days state offices (WCAB, DWC) are closed, per the CalHR list.
// Source: CalHR "State Holidays" page (http://www.calhr.ca.gov/employees/Pages/state-holidays.aspx), as of 2026-11-22:
//   "Sunday holiday: Observed the following Monday." "On a Saturday holiday, you accrue holiday credit ...
//   (If Veteran's Day, November 11, falls on a Saturday, the holiday is observed the preceding Friday.)"
// Lab. Code § 4600.4(b) adopts this list for UR "normal business days". For WCAB filing, the day after
// Thanksgiving is uncertain (Pa'u v. Dept. of Forestry, 2018 significant panel decision, called it a working day):
// rules-research.md, Ambiguity 12.
import { addCalendarDays, dayOfWeek, nthWeekday } from './dates';

export interface Holiday {
  date: string; // the day offices are closed (the observed date)
  name: string;
  /** The calendar date of the holiday when the observed date differs (Sunday → Monday, Veterans Day Saturday → Friday). */
  actualDate?: string;
  /** Offices are closed, but the WCAB may treat the day as a working day: never roll a deadline past it. */
  uncertainForFiling: boolean;
}

/** A Gov. Code § 6700 "holiday" on which state offices stay open: a working day, and uncertain for filing. */
export interface OpenHoliday {
  date: string;
  name: string;
  uncertainForFiling: true;
}

const pad = (n: number) => String(n).padStart(2, '0');

function fixed(year: number, month: number, day: number, name: string, saturdayToFriday = false): Holiday | null {
  const actual = `${year}-${pad(month)}-${pad(day)}`;
  const dow = dayOfWeek(actual);
  if (dow === 0) return { date: addCalendarDays(actual, 1), name, actualDate: actual, uncertainForFiling: false };
  if (dow === 6) {
    // Saturday: CalHR gives holiday credit and keeps offices open on Friday, except for Veterans Day.
    return saturdayToFriday
      ? { date: addCalendarDays(actual, -1), name, actualDate: actual, uncertainForFiling: false }
      : null;
  }
  return { date: actual, name, uncertainForFiling: false };
}

const cache = new Map<number, Holiday[]>();

/** CalHR state holidays of a year with observed dates, in date order. Saturday holidays (other than Veterans Day) are omitted: offices are closed anyway. */
export function californiaHolidays(year: number): Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  const list: (Holiday | null)[] = [
    fixed(year, 1, 1, "New Year's Day"),
    { date: nthWeekday(year, 1, 1, 3), name: 'Martin Luther King Jr. Day', uncertainForFiling: false },
    { date: nthWeekday(year, 2, 1, 3), name: "Presidents' Day", uncertainForFiling: false },
    fixed(year, 3, 31, 'Cesar Chavez Day'),
    { date: nthWeekday(year, 5, 1, -1), name: 'Memorial Day', uncertainForFiling: false },
    fixed(year, 7, 4, 'Independence Day'),
    { date: nthWeekday(year, 9, 1, 1), name: 'Labor Day', uncertainForFiling: false },
    fixed(year, 11, 11, 'Veterans Day', true),
    { date: thanksgiving, name: 'Thanksgiving Day', uncertainForFiling: false },
    { date: addCalendarDays(thanksgiving, 1), name: 'Day after Thanksgiving', uncertainForFiling: true },
    fixed(year, 12, 25, 'Christmas Day'),
  ];
  const result = list.filter((h): h is Holiday => h !== null).sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, result);
  return result;
}

// Lunar New Year (Gov. Code § 6700, added 2022; offices open): dates from the lunar calendar, 2024–2030 only.
const LUNAR_NEW_YEAR: Record<number, string> = {
  2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06',
  2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-03',
};

/**
 * Gov. Code § 6700 days that are not CalHR office closures (Lincoln Day, Genocide Remembrance Day, Juneteenth,
 * Admission Day, Native American Day, Columbus Day, Lunar New Year 2024–2030). The WCAB treated Columbus Day as a
 * working day (Bernard v. Chris Johns DDS, 2009): never a reason to roll a deadline forward (rules-research Ambiguity 12).
 */
export function govCode6700OnlyDays(year: number): OpenHoliday[] {
  const days: OpenHoliday[] = [
    { date: `${year}-02-12`, name: 'Lincoln Day', uncertainForFiling: true },
    { date: `${year}-04-24`, name: 'Genocide Remembrance Day', uncertainForFiling: true },
    { date: `${year}-06-19`, name: 'Juneteenth', uncertainForFiling: true },
    { date: `${year}-09-09`, name: 'Admission Day', uncertainForFiling: true },
    { date: nthWeekday(year, 9, 5, 4), name: 'Native American Day', uncertainForFiling: true },
    { date: nthWeekday(year, 10, 1, 2), name: 'Columbus Day', uncertainForFiling: true },
  ];
  const lunar = LUNAR_NEW_YEAR[year];
  if (lunar) days.push({ date: lunar, name: 'Lunar New Year', uncertainForFiling: true });
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** The CalHR holiday on this date, if any. */
export function holidayOn(date: string): Holiday | undefined {
  return californiaHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}
