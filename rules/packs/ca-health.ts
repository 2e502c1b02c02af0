// California health plan (Knox-Keene, DMHC) rules: a second pack to show rules are per jurisdiction/system.
// Research: ../shared/rules-research.md rows ca_hmo.*; Ambiguity 16, as of 2026-11-22.
import type { RulePackInput } from '../schema';
import { AS_OF, SRC, defineRule } from './common';

// Health & Saf. Code § 1374.30; 28 CCR § 1300.74.30: apply "within 6 months after your health plan sends you a
// written decision" (DMHC). The regulation summary says receipt: `latest` counts from the date received.
const dmhcImrRequest = defineRule({
  id: 'ca.hmo.dmhc_imr_request',
  jurisdiction: 'US-CA',
  trigger: { kind: 'health_plan_decision' },
  startRoles: ['decision_date', 'document_date', 'service_date', 'received_date'],
  latestStartRoles: ['received_date'],
  clock: { amount: 6, unit: 'months' },
  rollForward: 'none',
  type: 'deadline',
  actor: 'worker',
  citation: 'Health & Saf. Code § 1374.30; 28 CCR § 1300.74.30',
  sources: [SRC.dmhcImr],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'Apply for DMHC Independent Medical Review', es: 'Solicite la Revisión Médica Independiente del DMHC' },
  explanation: {
    en: 'Your health plan decided your grievance against you. You can apply to the Department of Managed Health Care for IMR within 6 months after the plan sends its written decision.',
    es: 'Su plan de salud decidió su queja en su contra. Puede solicitar la IMR al Departamento de Atención Médica Administrada dentro de 6 meses después de que el plan envíe su decisión por escrito.',
  },
  action: {
    en: 'Fill in the DMHC IMR/Complaint application (online or on paper) and attach the plan’s written decision and any letters from your doctor.',
    es: 'Llene la solicitud de IMR/Queja del DMHC (en línea o en papel) y adjunte la decisión escrita del plan y cualquier carta de su médico.',
  },
});

// Health & Saf. Code § 1368.01(a), (b): the plan decides a grievance within 30 days, or 3 days (72 hours) if urgent.
const grievanceBase = {
  jurisdiction: 'US-CA',
  startRoles: ['received_date', 'service_date', 'document_date'],
  rollForward: 'none',
  type: 'expected',
  actor: 'health_plan',
  sources: [SRC.dmhcComplaint],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
} as const;

const grievanceAction = {
  en: 'If the plan has not decided by this date, you may file a complaint with the DMHC Help Center. Attach a copy of your grievance.',
  es: 'Si el plan no ha decidido para esta fecha, puede presentar una queja ante el Centro de Ayuda del DMHC. Adjunte una copia de su queja.',
};

const grievanceDecision = defineRule({
  ...grievanceBase,
  startRoles: [...grievanceBase.startRoles],
  sources: [...grievanceBase.sources],
  id: 'ca.hmo.grievance_decision',
  trigger: { kind: 'health_plan_grievance', conditions: { expedited: false } },
  clock: { amount: 30, unit: 'calendar_days' },
  citation: 'Health & Saf. Code § 1368.01(a)',
  title: { en: 'Health plan grievance decision expected', es: 'Decisión esperada sobre su queja al plan de salud' },
  explanation: {
    en: 'Your health plan must decide your grievance within 30 days of receiving it.',
    es: 'Su plan de salud debe decidir su queja dentro de 30 días de recibirla.',
  },
  action: grievanceAction,
});

const grievanceDecisionUrgent = defineRule({
  ...grievanceBase,
  startRoles: [...grievanceBase.startRoles],
  sources: [...grievanceBase.sources],
  id: 'ca.hmo.grievance_decision_urgent',
  trigger: { kind: 'health_plan_grievance', conditions: { expedited: true } },
  clock: { amount: 72, unit: 'hours' },
  citation: 'Health & Saf. Code § 1368.01(b)',
  title: { en: 'Urgent grievance decision expected (72 hours)', es: 'Decisión urgente esperada sobre su queja (72 horas)' },
  explanation: {
    en: 'Your grievance involves an immediate and serious threat to your health, so the plan must decide within 72 hours.',
    es: 'Su queja implica una amenaza inmediata y grave para su salud, así que el plan debe decidir dentro de 72 horas.',
  },
  action: {
    en: 'If there is no decision by this date, call the DMHC Help Center (1-888-466-2219) for an urgent review.',
    es: 'Si no hay decisión para esta fecha, llame al Centro de Ayuda del DMHC (1-888-466-2219) para una revisión urgente.',
  },
});

export const CA_HEALTH_PACK: RulePackInput = {
  id: 'ca-health',
  version: '2026.1',
  jurisdiction: 'US-CA',
  name: { en: 'California health plans (DMHC)', es: 'Planes de salud de California (DMHC)' },
  asOf: AS_OF,
  rules: [dmhcImrRequest, grievanceDecision, grievanceDecisionUrgent],
};
