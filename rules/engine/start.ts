// Choosing start dates.
// A deadline (or an expected / limit date): the safe start (for `due`) is the EARLIEST date among the rule's roles
// present on the notice; the legal start (for `latest`) is the LATEST date among the rule's legal-trigger roles
// (service, receipt) present, never earlier than the safe start.
// An "earliest" date (on or after): the safe direction is later, so both start from the LATEST date present.
// Other dates the document holds that could be a start role's date (notice.candidates, from the extractor) count for
// the safe start from PLAUSIBLE up: a date the reader was unsure of never makes the safe date later
// (DESIGN.md "Never later than the law"); such a deadline says it needs a check (engine/checks.ts).
import type { Assumption, CheckReason, DateRole, Notice } from '../../model';
import { addCalendarDays, isIsoDate } from '../calendar';
import type { Rule } from '../schema';
import { dateInvalid, dateNote, legalTriggerDoubtful, legalTriggerMissing } from './assumptions';

export interface Candidate {
  role: DateRole;
  date: string;
  /** Set when the date is one of the document's other candidates for the role, not the notice's own date. */
  confidence?: number;
}

/** A candidate this probable counts for the safe start. */
export const PLAUSIBLE = 0.25;
/** A candidate for a role the notice has a date for counts only at this share of that date's confidence or more. */
export const RIVAL_SHARE = 0.4;
/** Reasons the reading gives that make a legal trigger doubtful (the latest date then counts from a sure one, or the safe start). */
const DOUBTS = new Set<CheckReason>(['low_confidence', 'ocr']);

export interface Starts {
  safe: Candidate;
  compared: Candidate[]; // every role present, in the rule's order of preference
  legal: Candidate;
  /** The legal trigger read with doubt that `legal` replaced (the deadline needs a check of it). */
  doubted?: Candidate;
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

const DAYS_PER_UNIT: Record<Rule['clock']['unit'], number> = { calendar_days: 1, business_days: 1, hours: 1 / 24, weeks: 7, months: 28, years: 365 };

/** The rule's shortest length in calendar days, at least (business days count as calendar days: shorter). */
function shortestDays(rule: Rule): number {
  const { amount, unit } = rule.clock;
  const n = typeof amount === 'number' ? amount : Math.min(amount.represented, amount.unrepresented);
  return Math.floor(n * DAYS_PER_UNIT[unit]);
}

/** The longest the law may allow (the latest date's clock), in days; at least the safe clock. */
function longestDays(rule: Rule): number {
  const { amount, latestAmount, latestUnit, unit } = rule.clock;
  const n = typeof amount === 'number' ? amount : Math.max(amount.represented, amount.unrepresented);
  return Math.max(Math.floor(n * DAYS_PER_UNIT[unit]), Math.floor((latestAmount ?? 0) * DAYS_PER_UNIT[latestUnit ?? unit]));
}

/**
 * The document's other plausible dates for the rule's roles (not already the notice's date for that role). A date
 * from which the clock would have run out before the notice's own latest date is not plausible: the letter would
 * not start a clock that had already ended when it was written (an older decision on the same page).
 */
export function plausibleCandidates(rule: Rule, notice: Notice, clock: 'safe' | 'latest' = 'safe'): Candidate[] {
  const own = presentRoles(rule.startRoles, notice).map((c) => c.date).sort();
  const newest = own[own.length - 1];
  // for the latest date, a clock still running under the longest limit the law may allow is plausible
  const floor = newest ? addCalendarDays(newest, -(clock === 'safe' ? shortestDays(rule) : longestDays(rule))) : undefined;
  // a stand-in's neighbours count only for a rule whose legal trigger is missing and is their role
  const legalRoles = rule.latestStartRoles ?? rule.startRoles;
  const legalMissing = !legalRoles.some((r) => notice.dates[r]);
  const out: Candidate[] = [];
  for (const c of notice.candidates) {
    if (c.standIn && !(legalMissing && legalRoles.includes(c.role))) continue;
    if (!rule.startRoles.includes(c.role) || c.confidence < PLAUSIBLE || !isIsoDate(c.date) || notice.dates[c.role] === c.date) continue;
    // against a date read with confidence, a far weaker reading of the same role is not plausible
    const own = notice.dateConfidence[c.role];
    if (own !== undefined && c.confidence < RIVAL_SHARE * own) continue;
    if (floor && c.date < floor && !c.otherReading) continue; // the same printed date read the other way is never "an older letter's"
    out.push({ role: c.role, date: c.date, confidence: c.confidence });
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
  // the notice's own dates first, so a candidate on the same day never replaces them
  const safe = pick([...compared, ...plausibleCandidates(rule, notice)], onOrAfter ? later : earlier);
  if (!safe) return null;
  const legalPresent = presentRoles(rule.latestStartRoles ?? rule.startRoles, notice);
  // each legal role from its earliest plausible date (two service dates: the law counts from the first), then the
  // latest of the roles (receipt comes after service)
  const legalRoles = new Set(rule.latestStartRoles ?? rule.startRoles);
  const plausible = plausibleCandidates(rule, notice, 'latest').filter((c) => legalRoles.has(c.role));
  const legalEach = legalPresent.map((c) => pick([c, ...plausible.filter((p) => p.role === c.role)], earlier)!);
  // a legal trigger read with doubt (a weak reading, OCR) may be another letter's: the latest date counts from the
  // latest of the legal triggers read without doubt, or, when every one is doubtful, from the safe start (the service
  // may as well have been made on the earliest plausible date)
  const isDoubtful = (c: Candidate) => (notice.dateChecks[c.role] ?? []).some((r) => DOUBTS.has(r));
  const sure = legalEach.filter((c) => !isDoubtful(c));
  const legalLatest = pick(sure, later);
  const doubted = pick(legalEach.filter(isDoubtful), later);
  // the doubtful trigger the latest date would have counted from (an 'earliest' rule counts from its safe start)
  const skipped = !onOrAfter && doubted && (!legalLatest || doubted.date > legalLatest.date) ? doubted : undefined;
  const legal = onOrAfter ? safe : legalLatest && legalLatest.date >= safe.date ? legalLatest : safe;
  if (safe.confidence !== undefined) compared.push(safe);
  const assumptions: Assumption[] = [];
  if (rule.latestStartRoles && !legalPresent.length) assumptions.push(legalTriggerMissing(rule.latestStartRoles, legal.role));
  if (skipped) assumptions.push(legalTriggerDoubtful(skipped.role, skipped.date, legal.role, legal.date));
  for (const c of new Set([safe, legal, ...(skipped ? [skipped] : [])])) {
    const note = notice.dateNotes[c.role];
    if (note) assumptions.push(dateNote(c.role, c.date, note));
  }
  for (const role of rule.startRoles) {
    const date = notice.dates[role];
    if (date !== undefined && !isIsoDate(date)) assumptions.push(dateInvalid(role, date));
  }
  return { safe, compared, legal, ...(skipped ? { doubted: skipped } : {}), assumptions };
}
