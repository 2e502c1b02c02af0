// Calendar export seam: the .ics text and the Google / Outlook links for tracked deadlines. The real implementation
// (export/index.ts) wraps export/ics.ts and export/calendar-links.ts; tests pass a fake.
import type { Deadline, Language, Notice } from '../model';

export interface CalendarItem {
  /** Stable id of the tracked notice (the ICS UID is built from it and the rule id). */
  noticeId: string;
  revision: number;
  notice: Notice;
  deadline: Deadline;
}

export interface CalendarExport {
  ics(items: CalendarItem[], lang: Language): string;
  googleUrl(item: CalendarItem, lang: Language): string;
  outlookUrl(item: CalendarItem, lang: Language): string;
}

export const icsFilename = (items: CalendarItem[]) =>
  items.length === 1 ? `claimclock-${items[0]!.deadline.rule.replace(/\./g, '-')}-${items[0]!.deadline.due}.ics` : 'claimclock-deadlines.ics';
