// Calendar math for deadlines: plain 'YYYY-MM-DD' dates, weekends, California and Colorado holidays, working days.
export {
  addCalendarDays, addCalendarMonths, addCalendarWeeks, addCalendarYears, daysBetween, dayName, dayOfWeek,
  isIsoDate, isWeekend, localToday, maxDate, minDate, nthWeekday,
} from './dates';
export {
  californiaHolidays, govCode6700OnlyDays, holidayOn, HOLIDAY_IDS, type Holiday, type HolidayId, type OpenHoliday,
} from './holidays';
export { coloradoHolidayOn, coloradoHolidays } from './colorado';
export {
  addBusinessDays, addWorkingDays, CALIFORNIA_CALENDAR, calendarFor, COLORADO_CALENDAR, isBusinessDay, isWorkingDay,
  rollForward, rollForwardOn, type CalendarId, type DayMode, type RollResult, type SkippedDay, type WorkCalendar,
} from './business';
