// Assumption builders: each has an English `text` (kept in Deadline.assumptions for compatibility) and a
// machine-readable {code, params} that i18n/steps.ts translates (no English on a Spanish screen).
import type { AddressRegion, Assumption, DateRole } from '../../model';
import type { ClockUnit } from '../schema';
import { REGION_LABELS, ROLE_LABELS, unitLabel } from './labels';

const make = (code: Assumption['code'], text: string, params: Assumption['params']): Assumption => ({ code, text, params });

export function outcomeUnknown(outcomes: readonly string[]): Assumption {
  return make('outcome_unknown', `The outcome was not found on the notice: shown in case it is ${outcomes.join(' or ')}.`, {
    outcomes: outcomes.join(','),
  });
}

export function representedUnknownShown(withLawyer: boolean): Assumption {
  return make('represented_unknown_shown',
    `Representation unknown: shown in case ${withLawyer ? 'you have a lawyer' : 'you do not have a lawyer'}.`,
    { shownFor: withLawyer ? 'represented' : 'unrepresented' });
}

export function representedUnknownShorter(due: number, latest: number, unit: ClockUnit, dueIsFor: 'represented' | 'unrepresented'): Assumption {
  const whose = dueIsFor === 'represented' ? 'workers with a lawyer' : 'workers without a lawyer';
  const later = latest !== due ? ` The latest date uses the longer ${latest}-${unitLabel(unit, 1)} period.` : '';
  return make('represented_unknown_shorter',
    `Representation unknown: used the shorter ${due}-${unitLabel(unit, 1)} period (the one for ${whose}).${later}`,
    { due, latest, unit, dueIsFor });
}

export function dateNote(role: DateRole, date: string, note: string): Assumption {
  return make('date_note', `The ${ROLE_LABELS[role]} (${date}) may be misread: ${note}`, { role, date });
}

export function dateInvalid(role: DateRole, value: string): Assumption {
  return make('date_invalid', `Ignored the ${ROLE_LABELS[role]} "${value}": not a real date.`, { role, value });
}

export function serviceUnknownNoMail(days: number): Assumption {
  return make('service_unknown_no_mail',
    `Service method unknown: the latest date adds no mail time; if the notice was mailed, you may have ${days} more days (8 CCR 10605).`,
    { days });
}

export function serviceUnknownAssumedMail(days: number): Assumption {
  return make('service_unknown_assumed_mail',
    `How it was sent is unknown: counted as mailed (+${days} days, 8 CCR 10605), which gives the later, safe date. If it was handed over in person, the first day may be earlier.`,
    { days });
}

export function servedRegionUnknown(days: number, region: AddressRegion, caDays: number, caDate: string): Assumption {
  return make('served_region_unknown',
    `The address of the side it was sent to is unknown: used the longest mail time (+${days} days, ${REGION_LABELS[region]}). If that address is in California, it is +${caDays} days and the first day may be ${caDate}.`,
    { days, region, caDays, caDate });
}

export function legalTriggerMissing(missing: readonly DateRole[], used: DateRole): Assumption {
  const names = missing.map((r) => ROLE_LABELS[r]).join(' or ');
  return make('legal_trigger_missing',
    `The ${names} is not on the notice: the latest date counts from the ${ROLE_LABELS[used]}. Enter the ${names} if you have it.`,
    { missing: missing.join(','), used });
}

export function legalTriggerDoubtful(doubted: DateRole, doubtedDate: string, used: DateRole, usedDate: string): Assumption {
  return make('legal_trigger_doubtful',
    `The ${ROLE_LABELS[doubted]} read (${doubtedDate}) is uncertain: the latest date counts from the ${ROLE_LABELS[used]} (${usedDate}) instead. Check the ${ROLE_LABELS[doubted]} on your letter.`,
    { doubted, doubtedDate, used, usedDate });
}
