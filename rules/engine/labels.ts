// English words for the plain-language steps. The UI translates from stepDetails (code + params) instead.
import type { AddressRegion, DateRole } from '../../model';
import type { ClockUnit } from '../schema';

export const ROLE_LABELS: Record<DateRole, string> = {
  document_date: 'date on the document',
  decision_date: 'decision date',
  service_date: 'proof of service date',
  panel_assigned_date: 'panel assignment date',
  exam_date: 'exam date',
  report_date: 'report date',
  received_date: 'date you received it',
  rfa_received_date: 'date the RFA was received',
  treatment_recommended_date: 'date the doctor recommended the treatment',
  imr_requested_date: 'date IMR was requested',
  form_furnished_date: 'date the form was given to you',
  objection_mailed_date: 'date the objection was mailed',
  qme_selected_date: 'date the QME was selected',
  appointment_requested_date: 'date the appointment was requested',
  last_benefit_date: 'date of the last benefit',
  injury_date: 'date of injury',
  birth_date: 'date of birth',
};

const UNIT_LABELS: Record<ClockUnit, [string, string]> = {
  calendar_days: ['calendar day', 'calendar days'],
  business_days: ['business day', 'business days'],
  hours: ['hour', 'hours'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

export function unitLabel(unit: ClockUnit, amount: number): string {
  const [one, many] = UNIT_LABELS[unit];
  return amount === 1 ? one : many;
}

export const REGION_LABELS: Record<AddressRegion, string> = {
  ca: 'a California address',
  us: 'an address elsewhere in the US',
  abroad: 'an address outside the US',
};
