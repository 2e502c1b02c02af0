// Calendar export for the popup and the CLI (pure: no browser API). The popup imports `calendarExport`.
import type { CalendarExport } from '../app/calendar';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar-links';
import { deadlinesToIcs, type IcsOptions } from './ics';

/** A CalendarExport with fixed options, e.g. the reminder lead days from the user's settings. */
export function createCalendarExport(options: IcsOptions = {}): CalendarExport {
  return {
    ics: (items, lang) => deadlinesToIcs(items, lang, options),
    googleUrl: googleCalendarUrl,
    outlookUrl: outlookCalendarUrl,
  };
}

/** Default reminders: 7, 3 and 1 days before the safe date, and on the day. */
export const calendarExport: CalendarExport = createCalendarExport();

export { deadlinesToIcs, eventUid, escapeText, DEFAULT_LEAD_DAYS, type IcsOptions } from './ics';
export { googleCalendarUrl, outlookCalendarUrl } from './calendar-links';
export { eventDescription, eventSummary, nextDay } from './text';
