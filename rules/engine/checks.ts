// Whether a deadline needs the user to check its start date, and why (DESIGN.md `needsCheck`, `checkReasons`):
// - the start date (safe or legal) is one the reader flagged (two plausible dates, low confidence, OCR, before an
//   event the letter refers to as past, in the future); another candidate date of a notice read by OCR is an OCR
//   date too;
// - the safe date counts from another candidate on the document rather than the notice's own date;
// - the legal trigger is the first event of the rule (a panel's assignment) and is missing, so a later date stands in;
// - the letter's own date (its date, the decision's) was not read, so the service date stands in for the safe start;
// - a legal trigger is missing although the reader saw a plausible date for it, or a proof of service without its date;
// - the notice itself was found with low confidence.
import type { CheckReason, DateRole, Notice } from '../../model';
import type { Rule } from '../schema';
import { PLAUSIBLE, type Starts } from './start';

/** The confidence of a notice the user entered by hand (app/manual.ts); a detected one is at most 0.99. */
const USER_ENTERED = 1;
/** A notice found with less confidence than this flags every deadline it starts. */
export const NOTICE_CONFIDENT = 0.6;

export interface Checks {
  needsCheck: boolean;
  checkReasons: CheckReason[];
  checkRoles: DateRole[];
}

/** Whether some of the notice's dates were read by OCR (its other candidate dates then come from OCR text too). */
export const readByOcr = (notice: Notice): boolean => notice.facts?.readByOcr === true || Object.values(notice.dateChecks).some((r) => r?.includes('ocr'));

/** Roles for the letter's own date (its date, the decision's, the report's): the rule's start roles before service and receipt. */
const AFTER_THE_LETTER = new Set<DateRole>(['service_date', 'received_date']);
const letterRoles = (rule: Rule): DateRole[] => rule.startRoles.filter((r) => !AFTER_THE_LETTER.has(r) && !rule.latestStartRoles?.includes(r));

export function checksFor(rule: Rule, notice: Notice, starts: Starts): Checks {
  const reasons = new Set<CheckReason>();
  const roles = new Set<DateRole>();
  for (const c of new Set([starts.safe, starts.legal, ...(starts.doubted ? [starts.doubted] : [])])) {
    if (c.confidence !== undefined) {
      reasons.add(notice.dates[c.role] ? 'conflicting_dates' : 'low_confidence');
      if (readByOcr(notice)) reasons.add('ocr');
      roles.add(c.role);
      continue;
    }
    for (const r of notice.dateChecks[c.role] ?? []) {
      reasons.add(r);
      roles.add(c.role);
    }
  }
  // a legal trigger the reader knows is on the document but could not read (a proof of service without its date)
  // or one it saw a plausible date for without being sure enough to read it as that role
  for (const role of rule.latestStartRoles ?? []) {
    const seen = notice.candidates.some((c) => c.role === role && !c.standIn && c.confidence >= PLAUSIBLE);
    if (notice.dates[role] || !(seen || notice.dateChecks[role]?.includes('missing_trigger'))) continue;
    reasons.add('missing_trigger');
    roles.add(role);
  }
  const trigger = rule.startRoles[0]!;
  if (rule.latestStartRoles?.includes(trigger) && !rule.latestStartRoles.some((r) => notice.dates[r])) {
    reasons.add('substitute_trigger');
    roles.add(trigger);
  }
  // the letter's own date (its date, the decision's) was not read, so the service date stands in for the safe start
  // (a notice the user entered, confidence 1, has the dates the user chose to give: nothing was left unread)
  const own = letterRoles(rule);
  if (!reasons.has('substitute_trigger') && notice.confidence < USER_ENTERED && own.length && starts.safe.confidence === undefined && AFTER_THE_LETTER.has(starts.safe.role) && !own.some((r) => notice.dates[r])) {
    reasons.add('substitute_trigger');
    roles.add(own.includes('document_date') ? 'document_date' : own[0]!);
  }
  if (notice.confidence < NOTICE_CONFIDENT) {
    reasons.add('low_confidence');
    roles.add(starts.safe.role);
  }
  return { needsCheck: reasons.size > 0, checkReasons: [...reasons], checkRoles: [...roles] };
}
