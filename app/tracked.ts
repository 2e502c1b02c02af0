// Tracked notices → one row per deadline, soonest first, with the user's corrections and default assumptions applied.
import type { DateRole, Deadline, Notice } from '../model';
import type { Settings, TrackedNotice } from '../storage/types';
import { applyCorrections } from './corrections';
import { deadlinesFor, missingDeadlines, rolesNeeded, type DeadlineContext } from './deadlines';

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

/** A tracked notice with a deadline that cannot be computed yet: the date it starts from is missing. */
export interface NeedsDateRow {
  tracked: TrackedNotice;
  notice: Notice; // corrected
  claim: string | null;
  /** The deadline rules waiting for a date. */
  rules: string[];
  /** The dates any of them could start from, in the rules' order. */
  roles: DateRole[];
}

/**
 * "All deadlines" as an advocate works it (issue 11): open deadlines first, soonest first; then what needs the user
 * (a date to enter, a date to check); then passed ones. Done and dismissed notices are kept apart.
 */
export interface DeadlineSections {
  open: DeadlineRow[];
  needsDate: NeedsDateRow[];
  check: DeadlineRow[];
  passed: DeadlineRow[];
  closed: DeadlineRow[];
}

export const isPassed = (row: Pick<DeadlineRow, 'deadline'>, ctx: Pick<DeadlineContext, 'settings' | 'today'>): boolean =>
  countdownDate(row, ctx.settings.countdown) < ctx.today;

/** The notice's deadlines that wait for a date (app/deadlines.ts missingDeadlines), as one row, or null. */
export function needsDateRow(tracked: TrackedNotice, ctx: Omit<DeadlineContext, 'today'>): NeedsDateRow | null {
  const notice = correctedNotice(tracked);
  const missing = missingDeadlines(notice, ctx);
  if (!missing.length) return null;
  return { tracked, notice, claim: claimOf(notice), rules: missing.map((m) => m.rule), roles: rolesNeeded(missing) };
}

export function deadlineSections(list: TrackedNotice[], ctx: DeadlineContext): DeadlineSections {
  const out: DeadlineSections = { open: [], needsDate: [], check: [], passed: [], closed: [] };
  for (const row of deadlineRows(list, ctx)) {
    if (row.tracked.status !== 'open') out.closed.push(row);
    else if (row.deadline.needsCheck) out.check.push(row); // a "passed" date that needs a check may not be passed
    else if (isPassed(row, ctx)) out.passed.push(row);
    else out.open.push(row);
  }
  out.passed.reverse(); // most recently passed first
  for (const tracked of list) {
    if (tracked.status !== 'open') continue;
    const row = needsDateRow(tracked, ctx);
    if (row) out.needsDate.push(row);
  }
  return out;
}

/** How many rows the list shows for open notices (the tab's count and the sections' counts add up to it). */
export const openCount = (s: DeadlineSections): number => s.open.length + s.needsDate.length + s.check.length + s.passed.length;
