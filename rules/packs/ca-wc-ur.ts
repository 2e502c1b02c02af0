// California workers' comp: when the insurer's utilization review (UR) decision is due, for "UR may be late" alerts.
// These are the claims administrator's deadlines (type 'expected'), never the worker's.
// Research: ../shared/rules-research.md rows ca_wc.ur_decision_* and "Business day", as of 2026-11-22.
import { AS_OF, SRC, defineRule } from './common';

const common = {
  jurisdiction: 'US-CA',
  rollForward: 'none',
  type: 'expected',
  actor: 'claims_administrator',
  asOf: AS_OF,
  confidence: 'verified_secondary',
  needsConfirmation: false,
  effective: {},
} as const;

const lateAction = {
  en: 'If no UR decision reached you or your doctor by this date, the decision may be late. A late UR decision is invalid and the Appeals Board can decide whether the treatment is needed: tell your attorney or an Information & Assistance officer, with a copy of the RFA.',
  es: 'Si ni usted ni su médico recibieron una decisión de UR para esta fecha, puede ser tardía. Una decisión de UR tardía no es válida y la Junta de Apelaciones puede decidir si el tratamiento es necesario: avise a su abogado o a un funcionario de Información y Asistencia, con una copia de la RFA.',
};

// Lab. Code § 4610(i)(1); 8 CCR § 9792.9.1(c)(3): "five normal business days from the receipt of a request for
// authorization". Business days exclude weekends and CalHR holidays (Lab. Code § 4600.4(b)). Day 1 = day after receipt.
export const urDecisionDue = defineRule({
  ...common,
  id: 'ca.ur.decision_due',
  trigger: { kind: 'rfa', conditions: { expedited: false } },
  startRoles: ['rfa_received_date'],
  clock: { amount: 5, unit: 'business_days' },
  citation: 'Lab. Code §§ 4610(i)(1), 4600.4(b); 8 CCR § 9792.9.1(c)(3)',
  sources: [SRC.pknwUr, SRC.friedman4600_4],
  title: { en: 'UR decision due (5 business days)', es: 'Decisión de UR debida (5 días hábiles)' },
  explanation: {
    en: 'The claims administrator must make a UR decision within 5 business days after it receives your doctor’s Request for Authorization (RFA).',
    es: 'El administrador de reclamos debe tomar una decisión de UR dentro de 5 días hábiles después de recibir la Solicitud de Autorización (RFA) de su médico.',
  },
  action: lateAction,
});

// Same statute: "but in no event more than 14 days from the date of the medical treatment recommendation".
export const urDecisionOuterLimit = defineRule({
  ...common,
  id: 'ca.ur.decision_outer_limit',
  trigger: { kind: 'rfa', conditions: { expedited: false } },
  startRoles: ['treatment_recommended_date'],
  clock: { amount: 14, unit: 'calendar_days' },
  citation: 'Lab. Code § 4610(i)(1)',
  sources: [SRC.pknwUr],
  title: { en: 'UR decision due (14-day outer limit)', es: 'Decisión de UR debida (límite de 14 días)' },
  explanation: {
    en: 'Whatever the business-day count, the UR decision may not come more than 14 days after your doctor recommended the treatment.',
    es: 'Sin importar la cuenta de días hábiles, la decisión de UR no puede llegar más de 14 días después de que su médico recomendó el tratamiento.',
  },
  action: lateAction,
});

// Lab. Code § 4610(i)(3); 8 CCR § 9792.9.1(c)(4): expedited review "not to exceed 72 hours after receipt".
export const urDecisionExpedited = defineRule({
  ...common,
  id: 'ca.ur.decision_expedited',
  trigger: { kind: 'rfa', conditions: { expedited: true } },
  startRoles: ['rfa_received_date'],
  clock: { amount: 72, unit: 'hours' },
  citation: 'Lab. Code § 4610(i)(3); 8 CCR § 9792.9.1(c)(4)',
  sources: [SRC.sullivanExpedited],
  title: { en: 'Expedited UR decision due (72 hours)', es: 'Decisión de UR acelerada debida (72 horas)' },
  explanation: {
    en: 'Your doctor marked the request as expedited (imminent and serious threat to your health). The UR decision is due within 72 hours of receipt of the information needed.',
    es: 'Su médico marcó la solicitud como acelerada (amenaza inminente y grave para su salud). La decisión de UR vence 72 horas después de recibir la información necesaria.',
  },
  action: lateAction,
  notes: ['72 hours are counted as 3 calendar days from the date the RFA was received: the exact hour is not known.'],
});
