// iCalendar (.ics) text for tracked deadlines: one all-day event per deadline on its safe `due` date.
// Built with the `ics` package (v3), with three things it cannot do done here:
// - folding: `ics` folds at 75 characters, RFC 5545 wants 75 octets → refold() in fold.ts;
// - alarm text: `ics` does not escape `,` `;` `\` in a VALARM DESCRIPTION → escaped here before it is passed;
// - triggers: `ics` writes "-PT" for a zero duration and malformed day/week durations → every trigger is given in
//   hours, relative to the event's start (local midnight): N days before at 09:00 is -(24·N − 9) hours, and the day
//   itself at 09:00 is +9 hours, as Apple Calendar writes all-day reminders.
// UID = notice id + rule id, so importing the file again updates the event instead of adding a copy; SEQUENCE = the
// tracked notice's revision, so calendars take the newer version after a correction.
import { createEvents, type Alarm, type EventAttributes } from 'ics';
import type { CalendarItem } from '../app/calendar';
import type { Language } from '../model';
import { refold } from './fold';
import { eventDescription, eventSummary, nextDay, reminderText } from './text';

export const DEFAULT_LEAD_DAYS: readonly number[] = [7, 3, 1, 0];
export const PRODUCT_ID = '-//ClaimClock//Deadline clocks//EN';
const REMIND_AT_HOUR = 9;

export interface IcsOptions {
  /** Days before the safe date to remind (0 = on the day), 09:00 local time. Default 7, 3, 1, 0. */
  leadDays?: readonly number[];
  /** DTSTAMP (when the file was made). */
  now?: Date;
}

/** Text value escaping of RFC 5545 §3.3.11 (what `ics` does for SUMMARY and DESCRIPTION). */
export const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

/** `ics` escapes \n in SUMMARY and DESCRIPTION but passes a lone \r through, which would end the line: one kind of break. */
const oneBreak = (s: string) => s.replace(/\r\n?/g, '\n');

/** Stable across exports: the same notice and rule always give the same UID. */
export function eventUid(item: CalendarItem): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${safe(item.noticeId)}.${safe(item.deadline.rule)}@claimclock`;
}

const iso = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number];

function alarms(item: CalendarItem, lang: Language, leadDays: readonly number[]): Alarm[] {
  // Only real deadlines get the full set; an "expected by" or "earliest" date gets one reminder on the day.
  const leads = item.deadline.type === 'deadline' ? leadDays : [0];
  const unique = [...new Set(leads)].filter((n) => Number.isInteger(n) && n >= 0).sort((a, b) => b - a);
  return unique.map((n) => ({
    action: 'display',
    description: escapeText(reminderText(item, lang, n)),
    trigger: n === 0 ? { hours: REMIND_AT_HOUR, before: false } : { hours: 24 * n - REMIND_AT_HOUR, before: true },
  }));
}

export function icsEvent(item: CalendarItem, lang: Language, options: IcsOptions = {}): EventAttributes {
  const { due } = item.deadline;
  return {
    uid: eventUid(item),
    sequence: Math.max(0, Math.trunc(item.revision)),
    start: iso(due),
    end: iso(nextDay(due)),
    title: oneBreak(eventSummary(item, lang)),
    description: oneBreak(eventDescription(item, lang)),
    categories: ['ClaimClock'],
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    alarms: alarms(item, lang, options.leadDays ?? DEFAULT_LEAD_DAYS),
    ...(options.now ? { timestamp: options.now.getTime() } : {}),
  } as EventAttributes;
}

/** A whole VCALENDAR with one event per item. Throws if `ics` rejects an event (a bug, not a user error). */
export function deadlinesToIcs(items: CalendarItem[], lang: Language, options: IcsOptions = {}): string {
  const { error, value } = createEvents(items.map((item) => icsEvent(item, lang, options)), {
    productId: PRODUCT_ID,
    calName: 'ClaimClock',
  });
  if (error || value == null) throw error ?? new Error('ics produced no calendar');
  return refold(value);
}
