// The output of the rules (app/deadlines.ts deadlinesFor()): one clock that applies to a notice.
import { z } from 'zod';
import { AddressRegion, CheckReason, DateRole, IsoDate } from './vocabulary';

export const DeadlineStatus = z.enum(['upcoming', 'due_today', 'past', 'informational']);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

/**
 * What kind of date this is:
 * - deadline: the last day to act or a right may be lost (drives countdowns, badge, reminders);
 * - earliest: an "on or after" date (e.g. earliest day to request a represented QME panel);
 * - expected: when the other side should act (UR timeliness, IMR decision expected by, QME report due);
 * - limit: a long outer limit (TD 104 weeks within 5 years, 1-year application).
 */
export const DeadlineType = z.enum(['deadline', 'earliest', 'expected', 'limit']);
export type DeadlineType = z.infer<typeof DeadlineType>;

/** One step of the computation, machine-readable so the UI can translate it; `text` is the English rendering. */
export const Step = z.object({
  /** 'rule_note': a rule's own note, with its Spanish text in params.es (rule packs give notes in both languages). */
  code: z.enum(['start', 'add', 'mail_extension', 'roll_forward', 'uncertain_holiday', 'earliest_start', 'candidate_start', 'note', 'rule_note']),
  text: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type Step = z.infer<typeof Step>;

/**
 * An assumption the computation made, machine-readable so the UI can translate it (i18n/steps.ts
 * translateAssumption); `text` is the English rendering, the same string as in `assumptions`.
 */
export const ASSUMPTION_CODES = [
  'outcome_unknown', // the outcome was not found: the rule is shown in case it applies
  'represented_unknown_shown', // representation unknown: a rule for one side is shown in case it applies
  'represented_unknown_shorter', // representation unknown: the safe date uses the shorter period, the latest the longer
  'date_note', // a start date may be misread (ambiguous format, OCR)
  'date_invalid', // a start date is not a real calendar date and was ignored
  'service_unknown_no_mail', // service method unknown: no mail time in the latest date
  'service_unknown_assumed_mail', // service method unknown on an "earliest" date: mail time assumed (the later date)
  'served_region_unknown', // the served party's address is unknown on an "earliest" date: the longest mail time
  'legal_trigger_missing', // the legal trigger (service, receipt) is missing: the latest date counts from another date
  'legal_trigger_doubtful', // the legal trigger was read with doubt: the latest date counts from an earlier, surer date
] as const;
export const Assumption = z.object({
  code: z.enum(ASSUMPTION_CODES),
  text: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type Assumption = z.infer<typeof Assumption>;

export const Deadline = z.object({
  rule: z.string(), // rule id, e.g. 'ca.imr.request'
  type: DeadlineType,
  actor: z.string(), // who must act: 'worker', 'either_party', 'claims_administrator', 'imr_organization', ...
  title: z.object({ en: z.string(), es: z.string() }),
  explanation: z.object({ en: z.string(), es: z.string() }),
  citation: z.string(),
  source: z.string(),
  start: IsoDate,
  startRole: z.string(), // a DateRole, or 'earliest_of:…' ('latest_of:…' for an "earliest" date) when several were compared
  due: IsoDate, // safe date: earliest plausible; drives the countdown
  latest: IsoDate, // last day the law may allow (mail extension where supported, roll forward)
  status: DeadlineStatus,
  daysLeft: z.number().int(), // calendar days from today to `due` (negative when past)
  steps: z.array(z.string()), // plain English, same order as stepDetails
  stepDetails: z.array(Step),
  needsConfirmation: z.boolean(), // the rule is flagged unverified in the research
  assumptions: z.array(z.string()), // e.g. 'representation unknown: used the shorter 20-day period'
  /** The same assumptions as code + params, in the same order (added 2026-12; older stored deadlines have none). */
  assumptionDetails: z.array(Assumption).optional(),
  /** What to do: which form, where to send it, keep proof (the rule's `action`; the calendar event and reminders carry it). */
  action: z.object({ en: z.string(), es: z.string() }).optional(),
  /** What can still be done once the date has passed, and who can help (the rule's `ifPassed`). */
  ifPassed: z.object({ en: z.string(), es: z.string() }).optional(),
  /** The user should confirm the date this deadline counts from (DESIGN.md "Never silently wrong"). */
  needsCheck: z.boolean().default(false),
  /** Why, as codes the UI translates. */
  checkReasons: z.array(CheckReason).default([]),
  /** The date roles to confirm (the rule's start roles that the reasons are about). */
  checkRoles: z.array(DateRole).default([]),
});
export type Deadline = z.infer<typeof Deadline>;

/** The user's situation, from the options page or CLI flags. */
export const Profile = z.object({
  represented: z.boolean().nullable().default(null), // null: unknown → the shorter period applies
  addressRegion: AddressRegion.default('ca'),
});
export type Profile = z.infer<typeof Profile>;
export const DEFAULT_PROFILE: Profile = { represented: null, addressRegion: 'ca' };

export type { DateRole };
