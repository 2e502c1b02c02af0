// Calendar export seam: the .ics text and the Google / Outlook links for tracked deadlines. The real implementation
// (calendar-export.ts) wraps export/ics.ts and export/calendar-links.ts; tests pass a fake.
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

/** Starts a download of `text` as a file, through a Blob URL (no network). */
export function downloadText(text: string, filename: string, type = 'text/calendar', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(doc.createElement('a'), { href: url, download: filename });
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const icsFilename = (items: CalendarItem[]) =>
  items.length === 1 ? `claimclock-${items[0]!.deadline.rule.replace(/\./g, '-')}-${items[0]!.deadline.due}.ics` : 'claimclock-deadlines.ics';
