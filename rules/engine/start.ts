// Choosing start dates.
// A deadline (or an expected / limit date): the safe start (for `due`) is the EARLIEST date among the rule's roles
// present on the notice; the legal start (for `latest`) is the LATEST date among the rule's legal-trigger roles
// (service, receipt) present, never earlier than the safe start.
// An "earliest" date (on or after): the safe direction is later, so both start from the LATEST date present.
import type { Assumption, DateRole, Notice } from '../../model';
import { isIsoDate } from '../calendar';
import type { Rule } from '../schema';
import { dateInvalid, dateNote, legalTriggerMissing } from './assumptions';

export interface Candidate {
  role: DateRole;
  date: string;
}

export interface Starts {
  safe: Candidate;
  compared: Candidate[]; // every role present, in the rule's order of preference
  legal: Candidate;
  assumptions: Assumption[];
}

/** The rule's roles present on the notice with a real calendar date, in the rule's order. */
export function presentRoles(roles: readonly DateRole[], notice: Notice): Candidate[] {
  const out: Candidate[] = [];
  for (const role of roles) {
    const date = notice.dates[role];
    if (date !== undefined && isIsoDate(date)) out.push({ role, date });
  }
  return out;
}

function pick(candidates: Candidate[], better: (a: string, b: string) => boolean): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || better(c.date, best.date)) best = c; // ties keep the preferred role
  return best;
}

const earlier = (a: string, b: string) => a < b;
const later = (a: string, b: string) => a > b;

export function chooseStarts(rule: Rule, notice: Notice): Starts | null {
  const compared = presentRoles(rule.startRoles, notice);
  const onOrAfter = rule.type === 'earliest';
  const safe = pick(compared, onOrAfter ? later : earlier);
  if (!safe) return null;
  const legalPresent = presentRoles(rule.latestStartRoles ?? rule.startRoles, notice);
  const legalLatest = pick(legalPresent, later);
  const legal = onOrAfter ? safe : legalLatest && legalLatest.date >= safe.date ? legalLatest : safe;
  const assumptions: Assumption[] = [];
  if (rule.latestStartRoles && !legalPresent.length) assumptions.push(legalTriggerMissing(rule.latestStartRoles, legal.role));
  for (const c of new Set([safe, legal])) {
    const note = notice.dateNotes[c.role];
    if (note) assumptions.push(dateNote(c.role, c.date, note));
  }
  for (const role of rule.startRoles) {
    const date = notice.dates[role];
    if (date !== undefined && !isIsoDate(date)) assumptions.push(dateInvalid(role, date));
  }
  return { safe, compared, legal, assumptions };
}
