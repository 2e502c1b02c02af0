// --ics FILE: the computed deadlines as CalendarItems for export/ics.ts. The CLI tracks nothing, so the notice id
// is derived from what identifies the letter (claim number or file name, kind, its dates): running the command
// again on the same letter gives the same UIDs, and a calendar updates the events instead of duplicating them.
import { basename } from 'node:path';
import type { CalendarItem } from '../app/calendar';
import { deadlinesToIcs } from '../export';
import type { Deadline, Language, Notice } from '../model';
import { noticeId } from '../storage/identity';

/** The tracked-notice identity (storage/identity.ts): kind + claim + trigger dates, and the file name only when the
 *  letter has no claim number, so the same letter read from another folder keeps its UIDs. */
export function cliNoticeId(notice: Notice, source?: string): string {
  return noticeId(notice, notice.facts.claimNumber ? '' : basename(source ?? 'manual'));
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
