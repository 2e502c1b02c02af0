// `claimclock deadlines`: the notice described by --kind, --outcome, --date ROLE=DATE, --service, --expedited,
// --medication and --served-region. Unknown words get a message listing the accepted ones.
// The date of injury alone is accepted for a kind whose rules start from it (the one-year limit, the TD cap: audit
// A.4); it still never starts any other clock (rules/schema.ts refuses such a rule), and the date of birth never does.
import {
  AddressRegion, DATE_ROLES, NEVER_TRIGGER_ROLES, NOTICE_KINDS, Notice, Outcome, SERVICE_METHODS,
  type DateRole, type NoticeKind, type ServiceMethod,
} from '../model';
import { defaultRuleset, rulesStartingFrom, type Ruleset } from '../rules';
import { UsageError } from './io';
import { checkDate } from './options';

export interface DeadlineFlags {
  kind?: string;
  outcome?: string;
  date?: string[];
  service?: string;
  expedited?: boolean;
  medication?: boolean;
  represented?: boolean;
  unrepresented?: boolean;
  claim?: string;
  /** Where the party served with the notice is (an objection the worker's side mailed): ca | us | abroad. */
  'served-region'?: string;
}

const list = (xs: readonly string[]) => xs.join(', ');

/** The never-trigger roles given that no rule of this kind can start from (injury_date for an injury claim can). */
function unusableAlone(roles: DateRole[], kind: string, ruleset: Ruleset): DateRole[] {
  return roles.filter((role) => role === 'birth_date' || rulesStartingFrom(ruleset, kind, role).length === 0);
}

export function noticeFromFlags(flags: DeadlineFlags, ruleset: Ruleset = defaultRuleset()): Notice {
  if (!flags.kind) throw new UsageError(`--kind is required (one of: ${list(NOTICE_KINDS)}).`);
  if (!(NOTICE_KINDS as readonly string[]).includes(flags.kind)) {
    throw new UsageError(`Unknown notice kind "${flags.kind}". Use one of: ${list(NOTICE_KINDS)}.`);
  }
  let outcome: Outcome | null = null;
  if (flags.outcome !== undefined) {
    const parsed = Outcome.safeParse(flags.outcome);
    if (!parsed.success) throw new UsageError(`Unknown outcome "${flags.outcome}". Use one of: ${list(Outcome.options)}.`);
    outcome = parsed.data;
  }
  let serviceMethod: ServiceMethod = null;
  if (flags.service !== undefined && flags.service !== 'unknown') {
    if (!(SERVICE_METHODS as readonly string[]).includes(flags.service)) {
      throw new UsageError(`Unknown service method "${flags.service}". Use one of: ${list([...SERVICE_METHODS, 'unknown'])}.`);
    }
    serviceMethod = flags.service as ServiceMethod;
  }
  const dates: Partial<Record<DateRole, string>> = {};
  for (const pair of flags.date ?? []) {
    const m = /^([a-z_]+)=(.*)$/.exec(pair.trim());
    if (!m) throw new UsageError(`--date expects ROLE=YYYY-MM-DD (e.g. service_date=2026-03-04), got "${pair}".`);
    const [, role, value] = m as unknown as [string, string, string];
    if (!(DATE_ROLES as readonly string[]).includes(role)) {
      throw new UsageError(`Unknown date role "${role}". Use one of: ${list(DATE_ROLES)}.`);
    }
    if (dates[role as DateRole] !== undefined) throw new UsageError(`--date ${role} is given twice.`);
    dates[role as DateRole] = checkDate(value, `--date ${role}`);
  }
  if (!Object.keys(dates).length) throw new UsageError('Give at least one --date ROLE=YYYY-MM-DD (e.g. --date service_date=2026-03-04).');
  const given = Object.keys(dates) as DateRole[];
  const triggers = given.filter((r) => !NEVER_TRIGGER_ROLES.includes(r));
  if (!triggers.length && unusableAlone(given, flags.kind, ruleset).length === given.length) {
    const starts = NOTICE_KINDS.filter((k) => rulesStartingFrom(ruleset, k, 'injury_date').length);
    throw new UsageError(`${list(NEVER_TRIGGER_ROLES)} never start a deadline for --kind ${flags.kind}: give the date of the notice or of its service. `
      + `(injury_date alone works for --kind ${list(starts)}.)`);
  }
  const facts: Record<string, unknown> = {};
  if (flags.claim?.trim()) facts.claimNumber = flags.claim.trim();
  if (flags['served-region'] !== undefined) {
    const parsed = AddressRegion.safeParse(flags['served-region']);
    if (!parsed.success) throw new UsageError(`--served-region must be ca, us or abroad, got "${flags['served-region']}".`);
    facts.servedPartyRegion = parsed.data;
  }
  return Notice.parse({
    kind: flags.kind as NoticeKind,
    outcome,
    confidence: 1,
    serviceMethod,
    expedited: Boolean(flags.expedited),
    represented: flags.represented ? true : flags.unrepresented ? false : null,
    medication: Boolean(flags.medication),
    dates,
    facts,
  });
}
