// The open deadlines the badge and reminders count down to: tracked notices → rows (app/tracked.ts), keeping only
// notices still open and real deadlines (not "expected" or "earliest" dates) that have not passed.
import { loadUserContext, type UserContext } from '../app/context';
import type { DeadlineContext } from '../app/deadlines';
import { countdownDate, deadlineRows, type DeadlineRow } from '../app/tracked';
import type { TrackedNotice } from '../storage/types';
import { readTracked } from '../storage';
import { storageSources } from '../storage/context-sources';

/** Pure: open deadlines not yet past, soonest first (by the countdown date). */
export function openDeadlines(list: TrackedNotice[], ctx: DeadlineContext): DeadlineRow[] {
  return deadlineRows(list.filter((t) => t.status === 'open'), ctx)
    .filter((r) => r.deadline.type === 'deadline' && countdownDate(r, ctx.settings.countdown) >= ctx.today);
}

export interface DeadlineSnapshot {
  ctx: UserContext;
  rows: DeadlineRow[];
}

export async function loadDeadlines(now: Date = new Date(), browserLanguage?: string): Promise<DeadlineSnapshot> {
  const [ctx, tracked] = await Promise.all([loadUserContext(storageSources, { now, browserLanguage }), readTracked()]);
  return { ctx, rows: openDeadlines(tracked, ctx) };
}
