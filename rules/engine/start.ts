// Choosing start dates. Safe start (for `due`): the EARLIEST date among the rule's roles present on the notice.
// Legal start (for `latest`): the LATEST date among the rule's legal-trigger roles (service, receipt) present,
// never earlier than the safe start.
import type { DateRole, Notice } from '../../model';
import { isIsoDate } from '../calendar';
import type { Rule } from '../schema';
import { ROLE_LABELS } from './labels';

export interface Candidate {
  role: DateRole;
  date: string;
}

export interface Starts {
  safe: Candidate;
  compared: Candidate[]; // every role present, in the rule's order of preference
  legal: Candidate;
  assumptions: string[];
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

export function chooseStarts(rule: Rule, notice: Notice): Starts | null {
  const compared = presentRoles(rule.startRoles, notice);
  const safe = pick(compared, (a, b) => a < b);
  if (!safe) return null;
  const legalPresent = presentRoles(rule.latestStartRoles ?? rule.startRoles, notice);
  const legalLatest = pick(legalPresent, (a, b) => a > b);
  const legal = legalLatest && legalLatest.date >= safe.date ? legalLatest : safe;
  const assumptions: string[] = [];
  for (const c of new Set([safe, legal])) {
    const note = notice.dateNotes[c.role];
    if (note) assumptions.push(`The ${ROLE_LABELS[c.role]} (${c.date}) may be misread: ${note}`);
  }
  for (const role of rule.startRoles) {
    const date = notice.dates[role];
    if (date !== undefined && !isIsoDate(date)) assumptions.push(`Ignored the ${ROLE_LABELS[role]} "${date}": not a real date.`);
  }
  return { safe, compared, legal, assumptions };
}
