// California state holidays: the days state offices (WCAB, DWC, its Medical Unit and IMR unit) are closed, per CalHR.
// Source: CalHR "State Holidays" (http://www.calhr.ca.gov/employees/Pages/state-holidays.aspx), as of 2026-12-01:
//   "Sunday holiday: Observed the following Monday." "On a Saturday holiday, you accrue holiday credit ...
//   (If Veteran's Day, November 11, falls on a Saturday, the holiday is observed the preceding Friday.)"
// Lab. Code § 4600.4(b) adopts this list for UR "normal business days". For WCAB filing, the day after
// Thanksgiving is uncertain (Pa'u v. Dept. of Forestry, 2018 significant panel decision, called it a working day):
// rules-research.md, Ambiguity 12.
// Re-checked for 2026 and 2027 (rules audit 2026-12): Juneteenth is NOT an office closure. AB 1655 (Stats. 2022,
// ch. 753, https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202120220AB1655) added June 19 to
// Gov. Code § 6700 and "would authorize state employees to elect to take time off with pay in recognition of
// Juneteenth": an elective day like Native American Day, and the CalHR 2024 list omits it
// (https://www.indybay.org/newsitems/2024/06/20/18867501.php). The claim that it is a paid state holiday
// (legalclarity.org) is not supported by the bill's text. The CalHR 2026–27 pages themselves were not retrievable.
import { addCalendarDays, dayOfWeek, nthWeekday } from './dates';

/** Stable ids: the UI names a holiday in the user's language from these (i18n `step.holiday.<id>`). */
export const HOLIDAY_IDS = [
  'new_year', 'mlk', 'presidents', 'cesar_chavez', 'memorial', 'juneteenth', 'independence', 'labor', 'cabrini',
  'columbus', 'veterans', 'thanksgiving', 'day_after_thanksgiving', 'christmas',
  'lincoln', 'genocide_remembrance', 'admission', 'native_american', 'lunar_new_year',
] as const;
export type HolidayId = (typeof HOLIDAY_IDS)[number];

export interface Holiday {
  id: HolidayId;
  date: string; // the day offices are closed (the observed date)
  name: string; // English name
  /** The calendar date of the holiday when the observed date differs (Sunday → Monday, Veterans Day Saturday → Friday). */
  actualDate?: string;
  /** Offices are closed, but the WCAB may treat the day as a working day: never roll a deadline past it. */
  uncertainForFiling: boolean;
}

/** A Gov. Code § 6700 "holiday" on which state offices stay open: a working day, and uncertain for filing. */
export interface OpenHoliday {
  id: HolidayId;
  date: string;
  name: string;
  uncertainForFiling: true;
}

const pad = (n: number) => String(n).padStart(2, '0');

export type SaturdayRule = 'not_observed' | 'friday';

/** A fixed-date holiday: Sunday → Monday; Saturday → not observed (or the Friday before). */
export function fixedHoliday(
  year: number, month: number, day: number, id: HolidayId, name: string, saturday: SaturdayRule = 'not_observed',
): Holiday | null {
  const actual = `${year}-${pad(month)}-${pad(day)}`;
  const dow = dayOfWeek(actual);
  if (dow === 0) return { id, date: addCalendarDays(actual, 1), name, actualDate: actual, uncertainForFiling: false };
  if (dow === 6) {
    return saturday === 'friday' ? { id, date: addCalendarDays(actual, -1), name, actualDate: actual, uncertainForFiling: false } : null;
  }
  return { id, date: actual, name, uncertainForFiling: false };
}

export const floating = (id: HolidayId, date: string, name: string, uncertainForFiling = false): Holiday =>
  ({ id, date, name, uncertainForFiling });

const cache = new Map<number, Holiday[]>();

/** CalHR state holidays of a year with observed dates, in date order. Saturday holidays (other than Veterans Day) are omitted: offices are closed anyway. */
export function californiaHolidays(year: number): Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  const list: (Holiday | null)[] = [
    fixedHoliday(year, 1, 1, 'new_year', "New Year's Day"),
    floating('mlk', nthWeekday(year, 1, 1, 3), 'Martin Luther King Jr. Day'),
    floating('presidents', nthWeekday(year, 2, 1, 3), "Presidents' Day"),
    fixedHoliday(year, 3, 31, 'cesar_chavez', 'Cesar Chavez Day'),
    floating('memorial', nthWeekday(year, 5, 1, -1), 'Memorial Day'),
    fixedHoliday(year, 7, 4, 'independence', 'Independence Day'),
    floating('labor', nthWeekday(year, 9, 1, 1), 'Labor Day'),
    fixedHoliday(year, 11, 11, 'veterans', 'Veterans Day', 'friday'),
    floating('thanksgiving', thanksgiving, 'Thanksgiving Day'),
    floating('day_after_thanksgiving', addCalendarDays(thanksgiving, 1), 'Day after Thanksgiving', true),
    fixedHoliday(year, 12, 25, 'christmas', 'Christmas Day'),
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
  const open = (id: HolidayId, date: string, name: string): OpenHoliday => ({ id, date, name, uncertainForFiling: true });
  const days: OpenHoliday[] = [
    open('lincoln', `${year}-02-12`, 'Lincoln Day'),
    open('genocide_remembrance', `${year}-04-24`, 'Genocide Remembrance Day'),
    open('juneteenth', `${year}-06-19`, 'Juneteenth'),
    open('admission', `${year}-09-09`, 'Admission Day'),
    open('native_american', nthWeekday(year, 9, 5, 4), 'Native American Day'),
    open('columbus', nthWeekday(year, 10, 1, 2), 'Columbus Day'),
  ];
  const lunar = LUNAR_NEW_YEAR[year];
  if (lunar) days.push(open('lunar_new_year', lunar, 'Lunar New Year'));
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** The CalHR holiday on this date, if any. */
export function holidayOn(date: string): Holiday | undefined {
  return californiaHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}
