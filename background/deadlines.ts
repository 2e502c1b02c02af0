// The open deadlines the badge and reminders count down to: tracked notices → rows (components/tracked.ts), keeping
// only notices still open and real deadlines (not "expected" or "earliest" dates) that have not passed.
import { countdownDate, deadlineRows, type DeadlineRow } from '../components/tracked';
import { localToday, type Ruleset } from '../rules';
import type { Settings, TrackedNotice } from '../storage/types';
import { getRuleset, readSettings, readTracked } from '../storage';

/** Pure: open deadlines not yet past, soonest first (by the countdown date). */
export function openDeadlines(list: TrackedNotice[], settings: Settings, ruleset: Ruleset, today: string): DeadlineRow[] {
  return deadlineRows(list.filter((t) => t.status === 'open'), settings, ruleset, today)
    .filter((r) => r.deadline.type === 'deadline' && countdownDate(r, settings.countdown) >= today);
}

export interface DeadlineSnapshot {
  settings: Settings;
  rows: DeadlineRow[];
  today: string;
}

export async function loadDeadlines(now: Date = new Date()): Promise<DeadlineSnapshot> {
  const [settings, tracked, ruleset] = await Promise.all([readSettings(), readTracked(), getRuleset()]);
  const today = localToday(now);
  return { settings, rows: openDeadlines(tracked, settings, ruleset, today), today };
}
