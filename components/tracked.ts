// Tracked notices → one row per deadline, soonest first, with the user's corrections and default assumptions applied.
import type { Deadline, Notice, Profile } from '../model';
import { computeDeadlines, type Ruleset } from '../rules';
import type { Settings, TrackedNotice } from '../storage/types';
import { applyCorrections } from './corrections';

export interface DeadlineRow {
  tracked: TrackedNotice;
  notice: Notice; // corrected
  deadline: Deadline;
  claim: string | null;
}

/** The notice with the options page's default service method when the document did not say. */
export function withDefaults(notice: Notice, settings: Pick<Settings, 'defaultServiceMethod'>): Notice {
  if (notice.serviceMethod !== null || settings.defaultServiceMethod === 'unknown') return notice;
  return { ...notice, serviceMethod: settings.defaultServiceMethod };
}

/** The date a row counts down to: the safe date, or the latest date the law may allow (settings.countdown). */
export const countdownDate = (row: DeadlineRow, mode: Settings['countdown']): string =>
  mode === 'latest' ? row.deadline.latest : row.deadline.due;

export function claimOf(notice: Notice): string | null {
  return typeof notice.facts.claimNumber === 'string' && notice.facts.claimNumber ? notice.facts.claimNumber : null;
}

export function deadlineRows(
  list: TrackedNotice[],
  settings: Pick<Settings, 'defaultServiceMethod' | 'countdown'> & { profile: Profile },
  ruleset: Ruleset,
  today: string,
): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  for (const tracked of list) {
    const notice = withDefaults(applyCorrections(tracked.notice, tracked.corrections), settings);
    for (const deadline of computeDeadlines(notice, settings.profile, ruleset, today)) {
      rows.push({ tracked, notice, deadline, claim: claimOf(notice) });
    }
  }
  const key = (r: DeadlineRow) => countdownDate(r, settings.countdown);
  return rows.sort((a, b) => key(a).localeCompare(key(b)) || a.deadline.rule.localeCompare(b.deadline.rule));
}

export function claimsOf(rows: DeadlineRow[]): (string | null)[] {
  const set = new Set(rows.map((r) => r.claim));
  return [...set].sort((a, b) => (a ?? '\uffff').localeCompare(b ?? '\uffff'));
}
