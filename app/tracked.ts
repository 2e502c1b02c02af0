// Tracked notices → one row per deadline, soonest first, with the user's corrections and default assumptions applied.
import type { Deadline, Notice } from '../model';
import type { Settings, TrackedNotice } from '../storage/types';
import { applyCorrections } from './corrections';
import { deadlinesFor, type DeadlineContext } from './deadlines';

export interface DeadlineRow {
  tracked: TrackedNotice;
  notice: Notice; // corrected
  deadline: Deadline;
  claim: string | null;
}

/** The date a row counts down to: the safe date, or the latest date the law may allow (settings.countdown). */
export const countdownDate = (row: Pick<DeadlineRow, 'deadline'>, mode: Settings['countdown']): string =>
  mode === 'latest' ? row.deadline.latest : row.deadline.due;

export function claimOf(notice: Notice): string | null {
  return typeof notice.facts.claimNumber === 'string' && notice.facts.claimNumber ? notice.facts.claimNumber : null;
}

/** The notice as the user sees it: detected, then corrected. */
export const correctedNotice = (tracked: TrackedNotice): Notice => applyCorrections(tracked.notice, tracked.corrections);

export function deadlineRows(list: TrackedNotice[], ctx: DeadlineContext): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  for (const tracked of list) {
    const notice = correctedNotice(tracked);
    for (const deadline of deadlinesFor(notice, ctx)) rows.push({ tracked, notice, deadline, claim: claimOf(notice) });
  }
  const key = (r: DeadlineRow) => countdownDate(r, ctx.settings.countdown);
  return rows.sort((a, b) => key(a).localeCompare(key(b)) || a.deadline.rule.localeCompare(b.deadline.rule));
}

export function claimsOf(rows: { claim: string | null }[]): (string | null)[] {
  const set = new Set(rows.map((r) => r.claim));
  return [...set].sort((a, b) => (a ?? '\uffff').localeCompare(b ?? '\uffff'));
}
