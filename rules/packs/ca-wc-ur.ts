// California workers' comp: when the insurer's utilization review (UR) decision is due, for "UR may be late" alerts.
// These are the claims administrator's deadlines (type 'expected'), never the worker's.
// Research: ../shared/rules-research.md rows ca_wc.ur_decision_* and "Business day", as of 2026-12-01.
import { AS_OF, IA_PHONE, SRC, defineRule } from './common';

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
  en: `No UR decision by this date? Ask your doctor if one came. A late UR decision is not valid. Then a workers’ comp judge can decide if you need the treatment. Tell your attorney, or call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free). Keep a copy of your doctor’s Request for Authorization (RFA).`,
  es: `¿No llegó una decisión de UR para esta fecha? Pregunte a su médico si le llegó. Una decisión de UR tardía no es válida. Entonces un juez de compensación de trabajadores puede decidir si necesita el tratamiento. Avise a su abogado o llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}. Guarde una copia de la Solicitud de Autorización (RFA) de su médico.`,
};

// Dubon v. World Restoration (2014, WCAB en banc): "If a UR decision is untimely, the determination of medical
// necessity may be made by the WCAB based on substantial medical evidence."
const lateIfPassed = {
  en: `You lose nothing when the insurer is late. A UR decision made or sent late is not valid (Dubon, 2014). A judge can then decide if you need the treatment. Your attorney or I&A (${IA_PHONE}) can tell you how to ask for a hearing.`,
  es: `Si la aseguradora se atrasa, usted no pierde nada. Una decisión de UR que llega tarde no vale (caso Dubon, 2014). Así, un juez puede ver si le hace falta el tratamiento. Su abogado o I&A (${IA_PHONE}) le dirán cómo pedir una audiencia.`,
};

// Lab. Code § 4610(i)(1); 8 CCR § 9792.9.1(c)(3): "five normal business days from the receipt of a request for
// authorization". Business days exclude weekends and every CalHR holiday, the day after Thanksgiving included
// (Lab. Code § 4600.4(b)): the later date, so UR is never called late too soon. Day 1 = day after receipt.
export const urDecisionDue = defineRule({
  ...common,
  id: 'ca.ur.decision_due',
  trigger: { kind: 'rfa', conditions: { expedited: false } },
  startRoles: ['rfa_received_date'],
  clock: { amount: 5, unit: 'business_days' },
  citation: 'Lab. Code §§ 4610(i)(1), 4600.4(b); 8 CCR § 9792.9.1(c)(3)',
  sources: [SRC.pknwUr, SRC.friedman4600_4],
  title: {
    en: 'Insurer’s deadline for utilization review (UR): 5 business days',
    es: 'Plazo de la aseguradora para la revisión de utilización (UR): 5 días hábiles',
  },
  explanation: {
    en: 'The insurance company (claims administrator) must answer your doctor’s request for treatment within 5 business days. The count starts the day after it gets the Request for Authorization (RFA). This is their deadline, not yours.',
    es: 'La aseguradora (el administrador de reclamos) debe responder a la solicitud de tratamiento de su médico dentro de 5 días hábiles. La cuenta empieza el día después de recibir la Solicitud de Autorización (RFA). Este plazo es de ellos, no suyo.',
  },
  action: lateAction,
  ifPassed: lateIfPassed,
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
  title: {
    en: 'Utilization review (UR) decision due: 14-day outer limit',
    es: 'Decisión de revisión de utilización (UR): límite de 14 días',
  },
  explanation: {
    en: 'Business days or not, the UR decision must come within 14 days. The 14 days start when your doctor asked for the treatment.',
    es: 'Con o sin días hábiles, la decisión de UR debe llegar en 14 días. Los 14 días se cuentan desde que su médico pidió el tratamiento.',
  },
  action: lateAction,
  ifPassed: lateIfPassed,
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
  title: {
    en: 'Fast utilization review (UR) decision due: 72 hours',
    es: 'Decisión urgente de revisión de utilización (UR): 72 horas',
  },
  explanation: {
    en: 'Your doctor marked the request as urgent (expedited). Waiting could harm your health. So the UR decision is due 72 hours after the insurer has what it needs.',
    es: 'Su médico marcó la solicitud como urgente, porque esperar le podría hacer daño. Por eso la UR debe decidir en 72 horas. Se cuentan desde que la aseguradora tiene lo que le hace falta.',
  },
  action: lateAction,
  ifPassed: lateIfPassed,
  notes: [{
    en: 'We count 72 hours as 3 days from the day the request arrived, because the hour is not known.',
    es: 'Contamos 72 horas como 3 días desde el día en que llegó la solicitud, porque no se sabe la hora.',
  }],
});
