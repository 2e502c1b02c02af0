// Step builders: each step has an English `text` and a machine-readable {code, params} for translation.
import type { AddressRegion, DateRole, Step } from '../../model';
import { dayName, holidayOn, type RollResult } from '../calendar';
import type { ClockUnit } from '../schema';
import { REGION_LABELS, ROLE_LABELS, unitLabel } from './labels';
import type { Candidate } from './start';

export type Target = 'due' | 'latest';

const step = (code: Step['code'], text: string, params: Step['params']): Step => ({ code, text, params });

function describeDay(date: string): string {
  const holiday = holidayOn(date);
  return `${dayName(date)} ${date}${holiday ? ` (${holiday.name})` : ''}`;
}

export function earliestStep(compared: Candidate[]): Step {
  const list = compared.map((c) => `${ROLE_LABELS[c.role]} ${c.date}`).join(', ');
  return step('earliest_start', `Dates on the notice: ${list}. The safe date counts from the earliest.`, {
    roles: compared.map((c) => c.role).join(','),
    dates: compared.map((c) => c.date).join(','),
  });
}

export function startStep(target: Target, date: string, role: DateRole): Step {
  const prefix = target === 'due' ? 'Start' : 'For the latest date, start';
  return step('start', `${prefix}: ${date} (${ROLE_LABELS[role]})`, { target, date, role });
}

export function addStep(target: Target, amount: number, unit: ClockUnit, result: string): Step {
  const hours = unit === 'hours' ? ` (counted as ${Math.ceil(amount / 24)} calendar days)` : '';
  return step('add', `+${amount} ${unitLabel(unit, amount)}${hours} → ${result}`, { target, amount, unit, date: result });
}

export function mailStep(days: number, region: AddressRegion, method: string, result: string, basis: string): Step {
  const how = method === 'mail' ? 'mail' : method;
  return step('mail_extension', `+${days} days for ${how} service to ${REGION_LABELS[region]} (8 CCR 10605) → ${result}`, {
    target: 'latest', days, region, method, date: result, basis,
  });
}

export function rollSteps(target: Target, roll: RollResult): Step[] {
  const out: Step[] = [];
  if (roll.date !== roll.from) {
    out.push(step('roll_forward', `${describeDay(roll.from)} → rolled to ${describeDay(roll.date)}`, {
      target, from: roll.from, date: roll.date,
    }));
  }
  if (roll.stoppedOnUncertain) {
    const h = roll.stoppedOnUncertain;
    out.push(step('uncertain_holiday',
      `${dayName(h.date)} ${h.date} (${h.name}): state offices are closed, but the WCAB may count it as a working day, so the date is not rolled past it`,
      { target, date: h.date, holiday: h.name }));
  }
  return out;
}

export function summaryStep(due: string, latest: string): Step {
  const text = due === latest
    ? `Due: ${due}`
    : `Due (safe date): ${due}. Latest date the law may allow: ${latest}. Act by the safe date.`;
  return step('note', text, { due, latest });
}

export function noteStep(text: string, params: Step['params'] = {}): Step {
  return step('note', text, params);
}
