// Adding a rule's length to a date. Day 1 is the day after the start (CCP § 12: exclude the first day).
import {
  addBusinessDays, addCalendarDays, addCalendarMonths, addCalendarWeeks, addCalendarYears,
} from '../calendar';
import type { Clock, ClockUnit } from '../schema';

export function addClock(start: string, amount: number, unit: ClockUnit): string {
  switch (unit) {
    case 'calendar_days': return addCalendarDays(start, amount);
    case 'business_days': return addBusinessDays(start, amount);
    // A date-only start: count whole days, rounding up (72 hours → 3 days after the start date).
    case 'hours': return addCalendarDays(start, Math.ceil(amount / 24));
    case 'weeks': return addCalendarWeeks(start, amount);
    case 'months': return addCalendarMonths(start, amount);
    case 'years': return addCalendarYears(start, amount);
  }
}

export interface Lengths {
  due: number;
  latest: number;
  assumption?: string;
}

/** Unknown representation counts as the shorter period. */
export function lengthsFor(clock: Clock, represented: boolean | null, unitText: (n: number) => string): Lengths {
  let due: number;
  let assumption: string | undefined;
  if (typeof clock.amount === 'number') {
    due = clock.amount;
  } else if (represented === null) {
    const { represented: rep, unrepresented: unrep } = clock.amount;
    due = Math.min(rep, unrep);
    const whose = due === rep ? 'workers with a lawyer' : 'workers without a lawyer';
    assumption = `Representation unknown: used the shorter ${due}-${unitText(1)} period (the one for ${whose}).`;
  } else {
    due = represented ? clock.amount.represented : clock.amount.unrepresented;
  }
  return { due, latest: Math.max(due, clock.latestAmount ?? due), assumption };
}
