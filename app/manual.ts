// A notice entered by hand (paper letters, senders detection misses): which kinds and outcomes to offer, which dates
// each kind's rules start from (read from the rule pack, never a second copy of the law), and the Notice it makes.
import {
  IMR_OUTCOMES, NEVER_TRIGGER_ROLES, Notice, UR_OUTCOMES,
  type DateRole, type NoticeKind, type Outcome, type ServiceMethod,
} from '../model';
import { allRules, type Ruleset } from '../rules';

/** The five kinds in DESIGN.md, in the order a worker is most likely to need them. */
export const MANUAL_KINDS = ['ur_decision', 'imr_determination', 'qme_panel', 'mmi_report', 'mpn_second_opinion'] as const satisfies readonly NoticeKind[];
export type ManualKind = (typeof MANUAL_KINDS)[number];

/** Outcomes that change which clocks run; other kinds have none. */
export function outcomesFor(kind: NoticeKind): readonly Outcome[] {
  if (kind === 'ur_decision') return UR_OUTCOMES;
  if (kind === 'imr_determination') return IMR_OUTCOMES;
  return [];
}

/**
 * The date roles the rules for `kind` start from, in the rules' order of preference: the worker's own deadlines
 * first, then informational clocks (e.g. "IMR decision expected" from the date IMR was requested).
 */
export function manualRoles(kind: NoticeKind, ruleset: Ruleset): DateRole[] {
  const rules = allRules(ruleset).filter((r) => (Array.isArray(r.trigger.kind) ? r.trigger.kind : [r.trigger.kind]).includes(kind));
  const ordered = [...rules.filter((r) => r.type === 'deadline'), ...rules.filter((r) => r.type !== 'deadline')];
  const roles = ordered.flatMap((r) => [...r.startRoles, ...(r.latestStartRoles ?? [])]);
  return [...new Set(roles)].filter((role) => !NEVER_TRIGGER_ROLES.includes(role));
}

export interface ManualDraft {
  kind: ManualKind;
  outcome: Outcome | null;
  dates: Partial<Record<DateRole, string>>;
  serviceMethod: ServiceMethod;
  expedited: boolean;
  medication: boolean;
  claimNumber: string;
  title: string;
}

export const emptyDraft = (): ManualDraft => ({
  kind: 'ur_decision', outcome: 'denied', dates: {}, serviceMethod: null, expedited: false, medication: false,
  claimNumber: '', title: '',
});

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The dates of the draft that count for its kind: complete YYYY-MM-DD values of the kind's roles only. */
export function draftDates(draft: ManualDraft, roles: readonly DateRole[]): Partial<Record<DateRole, string>> {
  const out: Partial<Record<DateRole, string>> = {};
  for (const role of roles) {
    const v = draft.dates[role];
    if (v && ISO.test(v)) out[role] = v;
  }
  return out;
}

/**
 * The notice as the user entered it. Representation stays null: the rules then use the profile in Settings.
 * UR-only facts (expedited, medication) are dropped for other kinds so they cannot start a wrong clock.
 */
export function draftToNotice(draft: ManualDraft, roles: readonly DateRole[]): Notice {
  const outcomes = outcomesFor(draft.kind);
  const ur = draft.kind === 'ur_decision';
  const claim = draft.claimNumber.trim();
  return Notice.parse({
    kind: draft.kind,
    outcome: draft.outcome && outcomes.includes(draft.outcome) ? draft.outcome : null,
    confidence: 1, // the user says so
    serviceMethod: draft.serviceMethod,
    expedited: ur && draft.expedited,
    represented: null,
    medication: ur && draft.medication,
    dates: draftDates(draft, roles),
    facts: claim ? { claimNumber: claim } : {},
  });
}

/**
 * Plausibility of a typed date. Choice: a date before 2000 or more than a year after today gets a WARNING next to the
 * field but can still be saved. A mistyped year ("0026", "2062") is the usual cause and the warning plus the preview
 * (a countdown that is absurd) make it visible; refusing would block a worker who really holds an old or oddly dated
 * letter, and the dates are theirs to decide. Only a missing date is an error.
 */
export function dateWarning(date: string, today: string): 'before_2000' | 'far_future' | null {
  if (!ISO.test(date)) return null;
  if (date < '2000-01-01') return 'before_2000';
  const [y, m, d] = today.split('-');
  if (date > `${Number(y) + 1}-${m}-${d}`) return 'far_future';
  return null;
}
