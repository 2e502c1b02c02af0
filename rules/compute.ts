// computeDeadlines(): every clock a notice starts, with a safe `due` date and the `latest` date the law may allow.
// due    = earliest start date on the notice among the rule's roles + length (no mail time, no roll-forward);
// latest = legal-trigger start (service/receipt) + length (or the longer waiver length) + mail time where a source
//          supports it (8 CCR 10605) + roll past weekends/CalHR holidays, stopping at a day uncertain for filing.
// See docs/decisions/0001-safe-and-latest-dates.md.
import {
  Deadline, type DateRole, type DeadlineStatus, type DeadlineType, Notice, type NoticeInput, type Profile, type Step,
} from '../model';
import { daysBetween, isIsoDate, maxDate, rollForward } from './calendar';
import { addClock, lengthsFor } from './engine/clock';
import { unitLabel } from './engine/labels';
import { matchRule } from './engine/match';
import { chooseStarts } from './engine/start';
import { addStep, earliestStep, mailStep, noteStep, rollSteps, startStep, summaryStep } from './engine/steps';
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

function computeRule(rule: Rule, notice: Notice, profile: Profile, today: string): Deadline | null {
  const match = matchRule(rule, notice, profile);
  if (!match.applies) return null;
  const starts = chooseStarts(rule, notice);
  if (!starts || !withinEffective(rule, starts.safe.date)) return null;
  const { clock, mailExtension } = rule;
  const lengths = lengthsFor(clock, match.represented, (n) => unitLabel(clock.unit, n));
  const assumptions = [...match.assumptions, ...starts.assumptions];
  if (lengths.assumption) assumptions.push(lengths.assumption);
  const steps: Step[] = [];

  // The safe date.
  if (starts.compared.length > 1) steps.push(earliestStep(starts.compared));
  steps.push(startStep('due', starts.safe.date, starts.safe.role));
  let due = addClock(starts.safe.date, lengths.due, clock.unit);
  steps.push(addStep('due', lengths.due, clock.unit, due));
  if (rule.rollForward === 'both') {
    const roll = rollForward(due);
    steps.push(...rollSteps('due', roll));
    due = roll.date;
  }

  // The latest date the law may allow.
  const separate = starts.legal.date !== starts.safe.date || lengths.latest !== lengths.due || rule.rollForward === 'both';
  let latest = addClock(starts.legal.date, lengths.latest, clock.unit);
  if (separate) {
    steps.push(startStep('latest', starts.legal.date, starts.legal.role));
    steps.push(addStep('latest', lengths.latest, clock.unit, latest));
  }
  if (mailExtension.policy === 'ccr10605') {
    const method = notice.serviceMethod;
    const days = mailExtension.days[profile.addressRegion];
    if (method !== null && MAILED.has(method)) {
      latest = addClock(latest, days, 'calendar_days');
      steps.push(mailStep(days, profile.addressRegion, method, latest, mailExtension.basis ?? ''));
    } else if (method === null) {
      assumptions.push(`Service method unknown: the latest date adds no mail time; if the notice was mailed, you may have ${days} more days (8 CCR 10605).`);
    }
  }
  if (rule.rollForward !== 'none') {
    const roll = rollForward(latest);
    steps.push(...rollSteps('latest', roll));
    latest = roll.date;
  }
  latest = maxDate(latest, due);
  steps.push(summaryStep(due, latest));
  for (const note of rule.notes) steps.push(noteStep(note));

  const multiple = starts.compared.length > 1;
  return Deadline.parse({
    rule: rule.id,
    type: rule.type,
    actor: rule.actor,
    title: rule.title,
    explanation: rule.explanation,
    citation: rule.citation,
    source: rule.sources[0],
    start: starts.safe.date,
    startRole: multiple
      ? `earliest_of:${[starts.safe.role, ...starts.compared.filter((c) => c !== starts.safe).map((c) => c.role)].join(',')}`
      : starts.safe.role,
    due,
    latest,
    status: statusFor(rule.type, due, today),
    daysLeft: daysBetween(today, due),
    steps: steps.map((s) => s.text),
    stepDetails: steps,
    needsConfirmation: rule.needsConfirmation,
    assumptions,
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
