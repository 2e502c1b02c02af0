// computeDeadlines(): every clock a notice starts, with a safe `due` date and the `latest` date the law may allow.
// A deadline (and an expected or limit date):
//   due    = earliest start date on the notice among the rule's roles + length (no mail time, no roll-forward);
//   latest = legal-trigger start (service/receipt) + the longest length the law may give + mail time where a source
//            supports it (8 CCR 10605) + roll past weekends/holidays on the jurisdiction's calendar, stopping at a day
//            uncertain for filing.
// An "earliest" date (on or after, e.g. the first day to request a QME panel): the safe direction is LATER, so
//   due = latest = latest start + length + the longest plausible mail time (unknown method → mailed, unknown served
//   party's address → the longest), rolled past every day the office is closed.
// See docs/decisions/0001-safe-and-latest-dates.md and 0005-served-party-address.md.
import {
  type AddressRegion, type Assumption, Deadline, type DateRole, type DeadlineStatus, type DeadlineType, Notice,
  type NoticeInput, type Profile, type Step, AddressRegion as AddressRegionSchema,
} from '../model';
import { calendarFor, daysBetween, isIsoDate, maxDate, rollForwardOn, type WorkCalendar } from './calendar';
import { serviceUnknownAssumedMail, serviceUnknownNoMail, servedRegionUnknown } from './engine/assumptions';
import { addClock, lengthsFor, type Lengths } from './engine/clock';
import { checksFor, readByOcr } from './engine/checks';
import { matchRule } from './engine/match';
import { chooseStarts, type Starts } from './engine/start';
import { addStep, candidateStep, earliestStep, mailStep, nextDayStep, rollSteps, ruleNoteStep, startStep, summaryStep } from './engine/steps';
import type { Rule, Ruleset } from './schema';

const MAILED = new Set(['mail', 'fax', 'email']);

export function statusFor(type: DeadlineType, due: string, today: string): DeadlineStatus {
  if (type !== 'deadline') return 'informational';
  if (today > due) return 'past';
  return today === due ? 'due_today' : 'upcoming';
}

function withinEffective(rule: Rule, start: string): boolean {
  const { from, to } = rule.effective;
  return (from === undefined || start >= from) && (to === undefined || start <= to);
}

interface Dates {
  due: string;
  latest: string;
  steps: Step[];
  assumptions: Assumption[];
}

/** The served party's region when the rule says the other side may have been served (a notice fact, validated). */
function servedRegion(rule: Rule, notice: Notice, profile: Profile): AddressRegion | null {
  if (rule.mailExtension.servedParty === 'user') return profile.addressRegion;
  const parsed = AddressRegionSchema.safeParse(notice.facts.servedPartyRegion);
  return parsed.success ? parsed.data : null;
}

/** A deadline, an expected date or an outer limit: due from the earliest start, latest from the legal trigger. */
function deadlineDates(rule: Rule, notice: Notice, profile: Profile, starts: Starts, lengths: Lengths, calendar: WorkCalendar): Dates {
  const { clock, mailExtension } = rule;
  const steps: Step[] = [];
  const assumptions: Assumption[] = [];
  // Business days of the other side's deadline count the day after Thanksgiving as closed (the later date, so UR is
  // never called late too soon); the worker's own business days count it as open (the earlier date).
  const dayMode = rule.type === 'expected' ? 'office' : 'filing';

  if (starts.compared.length > 1) steps.push(earliestStep(starts.compared));
  if (starts.safe.confidence !== undefined) steps.push(candidateStep(starts.safe));
  steps.push(startStep('due', starts.safe.date, starts.safe.role));
  let due = addClock(starts.safe.date, lengths.due, clock.unit, calendar, dayMode);
  steps.push(addStep('due', lengths.due, clock.unit, due));
  if (rule.rollForward === 'both') {
    const roll = rollForwardOn(due, calendar, 'filing');
    steps.push(...rollSteps('due', roll, calendar));
    due = roll.date;
  }

  const separate = starts.legal.date !== starts.safe.date || lengths.latest !== lengths.due
    || lengths.latestUnit !== clock.unit || rule.rollForward === 'both';
  let latest = addClock(starts.legal.date, lengths.latest, lengths.latestUnit, calendar, dayMode);
  if (separate) {
    steps.push(startStep('latest', starts.legal.date, starts.legal.role));
    steps.push(addStep('latest', lengths.latest, lengths.latestUnit, latest));
  }
  if (mailExtension.policy === 'ccr10605') {
    const method = notice.serviceMethod;
    const region = servedRegion(rule, notice, profile) ?? 'ca';
    const days = mailExtension.days[region];
    if (method !== null && MAILED.has(method)) {
      latest = addClock(latest, days, 'calendar_days');
      steps.push(mailStep('latest', days, region, method, latest, mailExtension.basis ?? ''));
    } else if (method === null) {
      assumptions.push(serviceUnknownNoMail(days));
    }
  }
  if (rule.rollForward !== 'none') {
    const roll = rollForwardOn(latest, calendar, 'filing');
    steps.push(...rollSteps('latest', roll, calendar));
    latest = roll.date;
  }
  latest = maxDate(latest, due);
  return { due, latest, steps, assumptions };
}

/** An "earliest" date: every unknown resolved toward the later day, rolled past every day the office is closed. */
function earliestDates(rule: Rule, notice: Notice, profile: Profile, starts: Starts, lengths: Lengths, calendar: WorkCalendar): Dates {
  const { clock, mailExtension } = rule;
  const steps: Step[] = [];
  const assumptions: Assumption[] = [];
  if (starts.compared.length > 1) steps.push(earliestStep(starts.compared, true));
  if (starts.safe.confidence !== undefined) steps.push(candidateStep(starts.safe));
  steps.push(startStep('due', starts.safe.date, starts.safe.role));
  const counted = addClock(starts.safe.date, lengths.latest, lengths.latestUnit, calendar, 'office');
  steps.push(addStep('due', lengths.latest, lengths.latestUnit, counted));
  let date = counted;
  if (mailExtension.policy === 'ccr10605' && notice.serviceMethod !== 'personal') {
    const method = notice.serviceMethod ?? 'mail';
    const known = servedRegion(rule, notice, profile);
    const region: AddressRegion = known ?? 'abroad';
    const days = mailExtension.days[region];
    date = addClock(counted, days, 'calendar_days');
    const assumed = [notice.serviceMethod === null ? 'method' : '', known === null ? 'region' : ''].filter(Boolean).join(',');
    steps.push(mailStep('due', days, region, method, date, mailExtension.basis ?? '', (assumed || undefined) as 'method' | 'region' | 'method,region' | undefined));
    if (notice.serviceMethod === null) assumptions.push(serviceUnknownAssumedMail(days));
    if (known === null) {
      const caDays = mailExtension.days.ca;
      const caDate = rollForwardOn(addClock(counted, caDays + (clock.nextDayAfterPeriod ? 1 : 0), 'calendar_days'), calendar, 'office').date;
      assumptions.push(servedRegionUnknown(days, region, caDays, caDate));
    }
  }
  if (clock.nextDayAfterPeriod) {
    date = addClock(date, 1, 'calendar_days');
    steps.push(nextDayStep(date));
  }
  if (rule.rollForward === 'both' || rule.rollForward === 'latest') {
    const roll = rollForwardOn(date, calendar, 'office');
    steps.push(...rollSteps('due', roll, calendar));
    date = roll.date;
  }
  return { due: date, latest: date, steps, assumptions };
}

function computeRule(rule: Rule, notice: Notice, profile: Profile, today: string): Deadline | null {
  const match = matchRule(rule, notice, profile);
  if (!match.applies) return null;
  const starts = chooseStarts(rule, notice);
  if (!starts || !withinEffective(rule, starts.safe.date)) return null;
  // OCR may lose the line that names an attorney: unknown representation on a letter read by OCR does not buy the
  // longer period for the latest date either
  const lengths = lengthsFor(rule.clock, match.represented, { longerIfUnknown: !readByOcr(notice) });
  const calendar = calendarFor(rule.jurisdiction);
  const dates = rule.type === 'earliest'
    ? earliestDates(rule, notice, profile, starts, lengths, calendar)
    : deadlineDates(rule, notice, profile, starts, lengths, calendar);
  const assumptions = [...match.assumptions, ...starts.assumptions, ...(lengths.assumption ? [lengths.assumption] : []), ...dates.assumptions];
  const steps = [...dates.steps, summaryStep(dates.due, dates.latest, rule.type), ...rule.notes.map(ruleNoteStep)];

  const multiple = starts.compared.length > 1;
  const others = starts.compared.filter((c) => c !== starts.safe).map((c) => c.role);
  return Deadline.parse({
    rule: rule.id,
    type: rule.type,
    actor: rule.actor,
    title: rule.title,
    explanation: rule.explanation,
    citation: rule.citation,
    source: rule.sources[0],
    start: starts.safe.date,
    startRole: multiple ? `${rule.type === 'earliest' ? 'latest_of' : 'earliest_of'}:${[starts.safe.role, ...others].join(',')}` : starts.safe.role,
    due: dates.due,
    latest: dates.latest,
    status: statusFor(rule.type, dates.due, today),
    daysLeft: daysBetween(today, dates.due),
    steps: steps.map((s) => s.text),
    stepDetails: steps,
    needsConfirmation: rule.needsConfirmation,
    assumptions: assumptions.map((a) => a.text),
    assumptionDetails: assumptions,
    action: rule.action,
    ifPassed: rule.ifPassed,
    ...checksFor(rule, notice, starts),
  });
}

/** Every rule of the ruleset; when two packs define the same rule id, the later pack wins (an imported update). */
export function allRules(ruleset: Ruleset): Rule[] {
  const byId = new Map<string, Rule>();
  for (const rule of ruleset.packs.flatMap((pack) => pack.rules)) {
    byId.delete(rule.id);
    byId.set(rule.id, rule);
  }
  return [...byId.values()];
}

/**
 * Every deadline the notice starts under the ruleset, sorted by `due`. Rules whose start date is missing are left
 * out (see missingInputs). `today` is 'YYYY-MM-DD'.
 */
export function computeDeadlines(notice: NoticeInput | Notice, profile: Profile, ruleset: Ruleset, today: string): Deadline[] {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date as YYYY-MM-DD, got "${today}"`);
  const parsed = Notice.parse(notice);
  const out: Deadline[] = [];
  for (const rule of allRules(ruleset)) {
    const deadline = computeRule(rule, parsed, profile, today);
    if (deadline) out.push(deadline);
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.rule.localeCompare(b.rule));
}

/** Rules that apply to the notice but cannot be computed yet: which dates would start them (in order of preference). */
export function missingInputs(notice: NoticeInput | Notice, profile: Profile, ruleset: Ruleset): { rule: string; needs: DateRole[] }[] {
  const parsed = Notice.parse(notice);
  return allRules(ruleset)
    .filter((rule) => matchRule(rule, parsed, profile).applies && chooseStarts(rule, parsed) === null)
    .map((rule) => ({ rule: rule.id, needs: [...rule.startRoles] }));
}

export function findRule(ruleset: Ruleset, id: string): Rule | undefined {
  return allRules(ruleset).find((rule) => rule.id === id);
}

/** Rules of the ruleset that can start from this role for this notice kind (e.g. injury_date → the outer limits). */
export function rulesStartingFrom(ruleset: Ruleset, kind: string, role: DateRole): Rule[] {
  return allRules(ruleset).filter((rule) => {
    const kinds: readonly string[] = Array.isArray(rule.trigger.kind) ? rule.trigger.kind : [rule.trigger.kind];
    return kinds.includes(kind) && rule.startRoles.includes(role);
  });
}
