// "Add to Google Calendar" and Outlook.com links for one deadline as an all-day event (end = the next day,
// exclusive, as both services expect). The description is shortened so the URL stays well under browser limits.
import type { CalendarItem } from '../app/calendar';
import type { Language } from '../model';
import { eventDescription, eventSummary, nextDay } from './text';

const MAX_DETAILS = 1500;

function details(item: CalendarItem, lang: Language): string {
  const text = eventDescription(item, lang);
  return text.length <= MAX_DETAILS ? text : `${text.slice(0, MAX_DETAILS - 1)}…`;
}

const compact = (iso: string) => iso.replace(/-/g, '');

export function googleCalendarUrl(item: CalendarItem, lang: Language): string {
  const { due } = item.deadline;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: eventSummary(item, lang),
    dates: `${compact(due)}/${compact(nextDay(due))}`,
    details: details(item, lang),
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

export function outlookCalendarUrl(item: CalendarItem, lang: Language): string {
  const { due } = item.deadline;
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: eventSummary(item, lang),
    startdt: due,
    enddt: nextDay(due),
    allday: 'true',
    body: details(item, lang),
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}
