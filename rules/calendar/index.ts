// Calendar math for deadlines: plain 'YYYY-MM-DD' dates, weekends, California state holidays, business days.
export {
  addCalendarDays, addCalendarMonths, addCalendarWeeks, addCalendarYears, daysBetween, dayName, dayOfWeek,
  isIsoDate, isWeekend, localToday, maxDate, minDate, nthWeekday,
} from './dates';
export { californiaHolidays, govCode6700OnlyDays, holidayOn, type Holiday, type OpenHoliday } from './holidays';
export { addBusinessDays, isBusinessDay, rollForward, type RollResult, type SkippedDay } from './business';
