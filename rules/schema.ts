// A rule is data: one legal clock, with its trigger, start dates, length, extensions, citation and plain-language
// text in English and Spanish. Rule packs are validated by zod when bundled and when imported (parseRulePack).
import { z } from 'zod';
import { DateRole, DeadlineType, IsoDate, NoticeKind, Outcome } from '../model';

export const Localized = z.object({
  en: z.string().trim().min(1, 'English text is missing'),
  es: z.string().trim().min(1, 'Spanish text is missing'),
});
export type Localized = z.infer<typeof Localized>;

/** Representation values a rule applies to; 'unknown' means the notice and the profile do not say. */
export const RepresentationValue = z.union([z.literal(true), z.literal(false), z.literal('unknown')]);

export const Trigger = z.object({
  kind: z.union([NoticeKind, z.array(NoticeKind).min(1)]),
  /** Outcomes that start the clock; a notice whose outcome was not found still matches (with an assumption). */
  outcomes: z.array(Outcome).min(1).optional(),
  conditions: z
    .object({
      represented: z.array(RepresentationValue).min(1).optional(),
      medication: z.boolean().optional(),
      expedited: z.boolean().optional(),
      /** false: the rule does not apply to pre-2013 UR letters (notice.facts.legacyPreIMR). */
      legacyPreIMR: z.boolean().optional(),
    })
    .default({}),
});
export type Trigger = z.infer<typeof Trigger>;

export const ClockUnit = z.enum(['calendar_days', 'business_days', 'hours', 'weeks', 'months', 'years']);
export type ClockUnit = z.infer<typeof ClockUnit>;

const Amount = z.number().int().positive();
export const Clock = z.object({
  /** One length, or one per representation (unknown representation uses the shorter one). */
  amount: z.union([Amount, z.object({ represented: Amount, unrepresented: Amount })]),
  unit: ClockUnit,
  /** A longer period the law allows in some cases (e.g. a waiver to 120 days): used for `latest` only. */
  latestAmount: Amount.optional(),
  /** The unit of the `latest` length when another reading counts differently (e.g. 10 business days, 8 CCR 31.3(d)). */
  latestUnit: ClockUnit.optional(),
  /**
   * For an "earliest" rule: the waiting period includes its last day, so the act is allowed only from the next day
   * (Messele v. Pitco Foods, 2011 WCAB en banc: the period "starts with the day after ... and includes the last day").
   */
  nextDayAfterPeriod: z.boolean().optional(),
});
export type Clock = z.infer<typeof Clock>;

export const MailExtension = z.object({
  /** ccr10605: +days by the served party's address (8 CCR 10605), added to `latest` only, never to `due`. */
  policy: z.enum(['none', 'ccr10605']),
  days: z.object({ ca: z.number().int().min(0), us: z.number().int().min(0), abroad: z.number().int().min(0) })
    .default({ ca: 5, us: 10, abroad: 20 }),
  /** The source that supports adding mail time for this rule (required with ccr10605). */
  basis: z.string().optional(),
  /**
   * Whose address decides the days (8 CCR 10605 counts from the served party's address of record):
   * 'user': the notice was served on the worker (or the worker's attorney): the profile's address region;
   * 'other_party': the worker's side may have served it on the other side (an objection letter): the notice fact
   * `servedPartyRegion`, and when it is unknown the longest extension (docs/decisions/0005).
   */
  servedParty: z.enum(['user', 'other_party']).default('user'),
});
export type MailExtension = z.infer<typeof MailExtension>;

export const Rule = z
  .object({
    id: z.string().regex(/^[a-z]{2}(\.[a-z0-9_]+)+$/, 'id must look like "ca.imr.request"'),
    jurisdiction: z.string().min(2),
    trigger: Trigger,
    /** Start-date roles in order of preference. The safe start (`due`) is the earliest of those present. */
    startRoles: z.array(DateRole).min(1),
    /** Roles that are the legal trigger (service, receipt): `latest` starts from the latest of those present. */
    latestStartRoles: z.array(DateRole).min(1).optional(),
    clock: Clock,
    mailExtension: MailExtension.default({ policy: 'none', days: { ca: 5, us: 10, abroad: 20 }, servedParty: 'user' }),
    /** 'latest': roll `latest` past weekends/holidays; 'both': the law itself says "first working day". */
    rollForward: z.enum(['none', 'latest', 'both']),
    type: DeadlineType,
    actor: z.string().min(1),
    citation: z.string().trim().min(1),
    sources: z.array(z.url()).min(1),
    asOf: IsoDate,
    confidence: z.enum(['verified', 'verified_secondary', 'unverified']),
    needsConfirmation: z.boolean(),
    title: Localized,
    explanation: Localized,
    /** What to do and what to attach. */
    action: Localized,
    /** Once the date has passed: who can help (DWC I&A 1-800-736-7401, an attorney), what can still be done, what cannot. */
    ifPassed: Localized,
    /** Applies when the safe start date is within these dates. */
    effective: z.object({ from: IsoDate.optional(), to: IsoDate.optional() }).default({}),
    /** Shown as the last steps, in both languages (e.g. what is unsettled and which reading each date uses). */
    notes: z.array(Localized).default([]),
  })
  .superRefine((rule, ctx) => {
    const roles = [...rule.startRoles, ...(rule.latestStartRoles ?? [])];
    if (roles.includes('birth_date')) {
      ctx.addIssue({ code: 'custom', path: ['startRoles'], message: 'birth_date can never start a clock' });
    }
    if (roles.includes('injury_date') && rule.type !== 'limit') {
      ctx.addIssue({ code: 'custom', path: ['startRoles'], message: 'injury_date can only start a "limit" rule' });
    }
    if (rule.mailExtension.policy === 'ccr10605' && !rule.mailExtension.basis) {
      ctx.addIssue({ code: 'custom', path: ['mailExtension', 'basis'], message: 'a mail extension needs its legal basis' });
    }
  });
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;

export const RulePack = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'pack id must be lowercase letters, digits and dashes'),
    version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'version must look like "2026.1"'),
    jurisdiction: z.string().min(2),
    name: Localized,
    asOf: IsoDate,
    rules: z.array(Rule).min(1),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id ${rule.id}` });
      seen.add(rule.id);
    });
  });
export type RulePack = z.infer<typeof RulePack>;
export type RulePackInput = z.input<typeof RulePack>;

export type Ruleset = { packs: RulePack[] };
