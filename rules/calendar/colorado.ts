// Colorado legal holidays, for Colorado's own roll-forward (C.R.S. § 2-4-108(2)): "If the last day of any period is
// a Saturday, Sunday, or legal holiday, the period is extended to include the next day which is not a Saturday,
// Sunday, or legal holiday." (https://colorado.public.law/statutes/crs_2-4-108, as of 2026-12-01)
// The legal holidays are C.R.S. § 24-11-101(1) (https://casetext.com/statute/colorado-revised-statutes/title-24-government-state/administration/article-11-holidays/24-11-101-legal-holidays-effect):
// New Year's Day; the third Monday in January (Dr. Martin Luther King, Jr.); the third Monday in February
// (Washington-Lincoln Day); the last Monday in May (Memorial Day); June 19 (Juneteenth); July 4; the first Monday in
// September (Labor Day); the first Monday in October (Frances Xavier Cabrini Day); November 11 (Veterans' Day); the
// fourth Thursday in November (Thanksgiving); December 25. C.R.C.P. 6(a)(2) lists the same days.
// § 24-11-101(2): "In case any of said holidays ... falls upon a Sunday, then the Monday following shall be
// considered as the holiday." The statute moves no Saturday holiday, so the Friday before stays a working day (the
// earlier reading for a deadline). Days "appointed ... by the governor or the president" are not known in advance
// and are not modelled. Cabrini Day replaced Columbus Day from 2020; Juneteenth is listed from 2022.
import { nthWeekday } from './dates';
import { fixedHoliday, floating, type Holiday } from './holidays';

const cache = new Map<number, Holiday[]>();

export function coloradoHolidays(year: number): Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const october = year >= 2020
    ? floating('cabrini', nthWeekday(year, 10, 1, 1), 'Frances Xavier Cabrini Day')
    : floating('columbus', nthWeekday(year, 10, 1, 2), 'Columbus Day');
  const list: (Holiday | null)[] = [
    fixedHoliday(year, 1, 1, 'new_year', "New Year's Day"),
    floating('mlk', nthWeekday(year, 1, 1, 3), 'Martin Luther King Jr. Day'),
    floating('presidents', nthWeekday(year, 2, 1, 3), 'Washington-Lincoln Day'),
    floating('memorial', nthWeekday(year, 5, 1, -1), 'Memorial Day'),
    year >= 2022 ? fixedHoliday(year, 6, 19, 'juneteenth', 'Juneteenth') : null,
    fixedHoliday(year, 7, 4, 'independence', 'Independence Day'),
    floating('labor', nthWeekday(year, 9, 1, 1), 'Labor Day'),
    october,
    fixedHoliday(year, 11, 11, 'veterans', "Veterans' Day"),
    floating('thanksgiving', nthWeekday(year, 11, 4, 4), 'Thanksgiving Day'),
    fixedHoliday(year, 12, 25, 'christmas', 'Christmas Day'),
  ];
  const result = list.filter((h): h is Holiday => h !== null).sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, result);
  return result;
}

/** The Colorado legal holiday on this date, if any (observed date). */
export function coloradoHolidayOn(date: string): Holiday | undefined {
  return coloradoHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}
