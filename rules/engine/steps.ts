// Step builders: each step has an English `text` and a machine-readable {code, params} for translation.
import type { AddressRegion, DateRole, DeadlineType, Step } from '../../model';
import { dayName, type RollResult, type WorkCalendar } from '../calendar';
import type { ClockUnit, Localized } from '../schema';
import { REGION_LABELS, ROLE_LABELS, unitLabel } from './labels';
import type { Candidate } from './start';

export type Target = 'due' | 'latest';

const step = (code: Step['code'], text: string, params: Step['params']): Step => ({ code, text, params });

function describeDay(date: string, calendar: WorkCalendar): string {
  const holiday = calendar.holidayOn(date);
  return `${dayName(date)} ${date}${holiday ? ` (${holiday.name})` : ''}`;
}

export function earliestStep(compared: Candidate[], onOrAfter = false): Step {
  const list = compared.map((c) => `${ROLE_LABELS[c.role]} ${c.date}`).join(', ');
  const which = onOrAfter ? 'latest' : 'earliest';
  return step('earliest_start', `Dates on the notice: ${list}. The safe date counts from the ${which}.`, {
    roles: compared.map((c) => c.role).join(','),
    dates: compared.map((c) => c.date).join(','),
    ...(onOrAfter ? { from: 'latest' } : {}),
  });
}

/** The safe date counts from a date the reader was unsure of (one of the document's candidates for the role). */
export function candidateStep(c: Candidate): Step {
  return step('candidate_start',
    `${c.date} may also be the ${ROLE_LABELS[c.role]} (the reader is not sure): the safe date counts from it. Check the date on the letter.`,
    { role: c.role, date: c.date, confidence: c.confidence ?? 0 });
}

export function startStep(target: Target, date: string, role: DateRole): Step {
  const prefix = target === 'due' ? 'Start' : 'For the latest date, start';
  return step('start', `${prefix}: ${date} (${ROLE_LABELS[role]})`, { target, date, role });
}

export function addStep(target: Target, amount: number, unit: ClockUnit, result: string): Step {
  const hours = unit === 'hours' ? ` (counted as ${Math.ceil(amount / 24)} calendar days)` : '';
  return step('add', `+${amount} ${unitLabel(unit, amount)}${hours} → ${result}`, { target, amount, unit, date: result });
}

/** `assumed`: the method ('method') or the served party's region ('region') was not known and the longest time was used. */
export function mailStep(
  target: Target, days: number, region: AddressRegion, method: string, result: string, basis: string,
  assumed?: 'method' | 'region' | 'method,region',
): Step {
  const how = method === 'mail' ? 'mail' : method;
  const note = assumed ? ' (assumed: see the assumptions)' : '';
  return step('mail_extension', `+${days} days for ${how} service to ${REGION_LABELS[region]} (8 CCR 10605)${note} → ${result}`, {
    target, days, region, method, date: result, basis, ...(assumed ? { assumed } : {}),
  });
}

/** An "earliest" rule's waiting period includes its last day: the act is allowed from the next day. */
export function nextDayStep(result: string): Step {
  return step('add', `+1 day: the waiting period includes its last day, so the first day to act is the next day → ${result}`, {
    target: 'due', amount: 1, unit: 'calendar_days', date: result, reason: 'next_day',
  });
}

export function rollSteps(target: Target, roll: RollResult, calendar: WorkCalendar): Step[] {
  const out: Step[] = [];
  if (roll.date !== roll.from) {
    const fromHoliday = calendar.holidayOn(roll.from);
    const holidays = roll.skipped.flatMap((s) => (s.holiday ? [s.holiday.id] : []));
    out.push(step('roll_forward', `${describeDay(roll.from, calendar)} → rolled to ${describeDay(roll.date, calendar)}`, {
      target, from: roll.from, date: roll.date, calendar: calendar.id,
      ...(fromHoliday ? { fromHoliday: fromHoliday.id } : {}),
      ...(holidays.length ? { holidays: holidays.join(',') } : {}),
    }));
  }
  if (roll.stoppedOnUncertain) {
    const h = roll.stoppedOnUncertain;
    out.push(step('uncertain_holiday',
      `${dayName(h.date)} ${h.date} (${h.name}): state offices are closed, but the WCAB may count it as a working day, so the date is not rolled past it`,
      { target, date: h.date, holiday: h.name, holidayId: h.id }));
  }
  return out;
}

export function summaryStep(due: string, latest: string, type: DeadlineType): Step {
  if (type === 'earliest') {
    return step('note', `On or after: ${due}. Asking earlier may be too soon.`, { due, latest, type });
  }
  const text = due === latest
    ? `Due: ${due}`
    : `Due (safe date): ${due}. Latest date the law may allow: ${latest}. Act by the safe date.`;
  return step('note', text, { due, latest });
}

export function ruleNoteStep(note: Localized): Step {
  return step('rule_note', note.en, { es: note.es });
}
