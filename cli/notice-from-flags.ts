// `claimclock deadlines`: the notice described by --kind, --outcome, --date ROLE=DATE, --service, --expedited and
// --medication. Unknown words get a message listing the accepted ones.
import {
  DATE_ROLES, NEVER_TRIGGER_ROLES, NOTICE_KINDS, Notice, Outcome, SERVICE_METHODS,
  type DateRole, type NoticeKind, type ServiceMethod,
} from '../model';
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
}

const list = (xs: readonly string[]) => xs.join(', ');

export function noticeFromFlags(flags: DeadlineFlags): Notice {
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
  const triggers = Object.keys(dates).filter((r) => !NEVER_TRIGGER_ROLES.includes(r as DateRole));
  if (!triggers.length) throw new UsageError(`${list(NEVER_TRIGGER_ROLES)} never start a deadline: give the date of the notice or of its service.`);
  return Notice.parse({
    kind: flags.kind as NoticeKind,
    outcome,
    confidence: 1,
    serviceMethod,
    expedited: Boolean(flags.expedited),
    represented: flags.represented ? true : flags.unrepresented ? false : null,
    medication: Boolean(flags.medication),
    dates,
    facts: flags.claim?.trim() ? { claimNumber: flags.claim.trim() } : {},
  });
}
