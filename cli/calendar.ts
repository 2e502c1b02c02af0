// --ics FILE: the computed deadlines as CalendarItems for export/ics.ts. The CLI tracks nothing, so the notice id
// is derived from what identifies the letter (claim number or file name, kind, its dates): running the command
// again on the same letter gives the same UIDs, and a calendar updates the events instead of duplicating them.
import { basename } from 'node:path';
import type { CalendarItem } from '../components/calendar';
import { deadlinesToIcs } from '../export';
import type { Deadline, Language, Notice } from '../model';

/** FNV-1a, 32 bits, as 8 hex digits: short and stable, not a security hash. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function cliNoticeId(notice: Notice, source?: string): string {
  const who = notice.facts.claimNumber ?? (source ? basename(source) : 'manual');
  const dates = Object.entries(notice.dates).sort(([a], [b]) => a.localeCompare(b));
  return `${who}-${notice.kind}-${shortHash(JSON.stringify(dates))}`;
}

export function calendarItems(notice: Notice, deadlines: Deadline[], source?: string): CalendarItem[] {
  const noticeId = cliNoticeId(notice, source);
  return deadlines.map((deadline) => ({ noticeId, revision: 0, notice, deadline }));
}

export async function writeIcs(
  path: string,
  items: CalendarItem[],
  lang: Language,
  writeFile: (path: string, text: string) => Promise<void>,
  now: Date,
): Promise<void> {
  await writeFile(path, deadlinesToIcs(items, lang, { now }));
}
