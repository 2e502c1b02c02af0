// California health plan (Knox-Keene, DMHC) rules: a second pack to show rules are per jurisdiction/system.
// Research: ../shared/rules-research.md rows ca_hmo.*; Ambiguity 16; legal audit A.9, as of 2026-12-01.
import type { RulePackInput } from '../schema';
import { AS_OF, DMHC_PHONE, SRC, defineRule } from './common';

// Health & Saf. Code § 1374.30; 28 CCR § 1300.74.30: apply "within 6 months after your health plan sends you a
// written decision" (DMHC). The regulation summary says receipt: `latest` counts from the date received, and CCP
// § 12a rolls a last day that falls on a weekend/holiday (`latest` only, audit A.9).
const dmhcImrRequest = defineRule({
  id: 'ca.hmo.dmhc_imr_request',
  jurisdiction: 'US-CA',
  trigger: { kind: 'health_plan_decision' },
  startRoles: ['decision_date', 'document_date', 'service_date', 'received_date'],
  latestStartRoles: ['received_date'],
  clock: { amount: 6, unit: 'months' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Health & Saf. Code § 1374.30; 28 CCR § 1300.74.30',
  sources: [SRC.dmhcImr, SRC.dmhcRegSummary, SRC.ccp12a],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'Ask the state for Independent Medical Review (IMR)', es: 'Pida al estado una Revisión Médica Independiente (IMR)' },
  explanation: {
    en: 'Your health plan decided your complaint (grievance) against you. You can ask the Department of Managed Health Care (DMHC) for IMR. Apply within 6 months after the plan sends you its written decision.',
    es: 'Su plan de salud decidió su queja en su contra. Puede pedir la IMR al Departamento de Atención Médica Administrada (DMHC). Solicítela dentro de 6 meses después de que el plan le envíe su decisión por escrito.',
  },
  action: {
    en: 'Fill in the DMHC IMR/Complaint form, online or on paper. Attach the plan’s written decision and any letters from your doctor.',
    es: 'Llene el formulario de IMR y Queja del DMHC, en línea o en papel. Adjunte la decisión del plan por escrito y las cartas de su médico.',
  },
  ifPassed: {
    en: `Apply anyway, and say why you are late. The DMHC can accept a late form if there was a good reason (28 CCR 1300.74.30). Call the DMHC Help Center at ${DMHC_PHONE} (free) for help.`,
    es: `Pídala de todos modos, y diga por qué se atrasó. El DMHC la puede aceptar tarde si hubo una buena razón (28 CCR 1300.74.30). Llame gratis al Centro de Ayuda del DMHC al ${DMHC_PHONE}.`,
  },
  notes: [{
    en: 'Not settled: the DMHC counts 6 months from when the plan sends its decision, and a summary of the rule counts from when you get it. The safe date counts from the letter’s date. The latest date counts from the day you got it, and moves off a weekend or holiday (Code Civ. Proc. § 12a).',
    es: 'No está resuelto: el DMHC cuenta 6 meses desde que el plan envía su decisión, y un resumen de la regla cuenta desde que usted la recibe. La fecha segura cuenta desde la fecha de la carta. La última fecha cuenta desde el día en que la recibió, y pasa al siguiente día hábil si cae en fin de semana o día feriado (Código de Procedimiento Civil § 12a).',
  }],
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

const grievanceDecision = defineRule({
  ...grievanceBase,
  startRoles: [...grievanceBase.startRoles],
  sources: [...grievanceBase.sources],
  id: 'ca.hmo.grievance_decision',
  trigger: { kind: 'health_plan_grievance', conditions: { expedited: false } },
  clock: { amount: 30, unit: 'calendar_days' },
  citation: 'Health & Saf. Code § 1368.01(a)',
  title: { en: 'Health plan’s answer to your complaint expected', es: 'Respuesta esperada del plan de salud a su queja' },
  explanation: {
    en: 'Your health plan must decide your complaint (grievance) within 30 days after it gets it.',
    es: 'Su plan de salud debe decidir su queja dentro de 30 días después de recibirla.',
  },
  action: {
    en: 'No decision by this date? You can file a complaint with the Help Center of the Department of Managed Health Care (DMHC). Attach a copy of your complaint to the plan.',
    es: '¿No hay decisión para esta fecha? Puede presentar una queja ante el Centro de Ayuda del Departamento de Atención Médica Administrada (DMHC). Adjunte una copia de su queja al plan.',
  },
  ifPassed: {
    en: `You lose nothing when the plan is late. You can go to the DMHC now, without waiting any longer. Call the DMHC Help Center at ${DMHC_PHONE} (free).`,
    es: `Usted no pierde nada si el plan se atrasa. Puede acudir al DMHC ahora, sin esperar más. Llame gratis al Centro de Ayuda del DMHC al ${DMHC_PHONE}.`,
  },
});

const grievanceDecisionUrgent = defineRule({
  ...grievanceBase,
  startRoles: [...grievanceBase.startRoles],
  sources: [...grievanceBase.sources],
  id: 'ca.hmo.grievance_decision_urgent',
  trigger: { kind: 'health_plan_grievance', conditions: { expedited: true } },
  clock: { amount: 72, unit: 'hours' },
  citation: 'Health & Saf. Code § 1368.01(b)',
  title: { en: 'Urgent health plan answer expected (72 hours)', es: 'Respuesta urgente esperada del plan de salud (72 horas)' },
  explanation: {
    en: 'Your complaint is about a serious and urgent risk to your health. So the plan must decide within 72 hours.',
    es: 'Su queja trata de un riesgo grave e inmediato para su salud. Por eso el plan debe decidir dentro de 72 horas.',
  },
  action: {
    en: `No decision by this date? Call the Help Center of the Department of Managed Health Care (DMHC) at ${DMHC_PHONE}. Ask for an urgent review.`,
    es: `¿No hay decisión para esta fecha? Llame al Centro de Ayuda del Departamento de Atención Médica Administrada (DMHC) al ${DMHC_PHONE}. Pida una revisión urgente.`,
  },
  ifPassed: {
    en: `Call the DMHC Help Center (${DMHC_PHONE}) today. For an urgent problem you do not have to keep waiting for the plan. If your health is in danger, get medical care now.`,
    es: `Llame hoy al Centro de Ayuda del DMHC (${DMHC_PHONE}). Si el problema es urgente, no tiene que seguir esperando al plan. Si su salud corre peligro, busque atención médica ahora.`,
  },
  notes: [{
    en: 'We count 72 hours as 3 days from the day the plan got your complaint, because the hour is not known.',
    es: 'Contamos 72 horas como 3 días desde el día en que el plan recibió su queja, porque no se sabe la hora.',
  }],
});

export const CA_HEALTH_PACK: RulePackInput = {
  id: 'ca-health',
  version: '2026.2',
  jurisdiction: 'US-CA',
  name: { en: 'California health plans (DMHC)', es: 'Planes de salud de California (DMHC)' },
  asOf: AS_OF,
  rules: [dmhcImrRequest, grievanceDecision, grievanceDecisionUrgent],
};
