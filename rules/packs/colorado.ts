// Colorado workers' comp seed rules. Research: ../shared/rules-research.md row co_wc.dime_request; Ambiguity 17;
// legal audit ../shared/rules-audit-2026-12.md (A.2, A.8), as of 2026-12-01.
// Colorado's own roll-forward: C.R.S. § 2-4-108(2), "If the last day of any period is a Saturday, Sunday, or legal
// holiday, the period is extended to include the next day which is not a Saturday, Sunday, or legal holiday", on
// Colorado's legal holidays (C.R.S. § 24-11-101; rules/calendar/colorado.ts), never CalHR's.
import type { RulePackInput } from '../schema';
import { AS_OF, CO_DOWC_PHONE, SRC, defineRule } from './common';

// C.R.S. § 8-42-107.2(2)(a)(I)(A), (2)(b): notice and proposal to select a Division IME "within thirty days after
// the date of mailing of the final admission of liability". Runs from mailing: no mail time.
const dimeRequest = defineRule({
  id: 'co.dime.request',
  jurisdiction: 'US-CO',
  trigger: { kind: 'co_final_admission' },
  startRoles: ['service_date', 'document_date'],
  latestStartRoles: ['service_date'],
  clock: { amount: 30, unit: 'calendar_days' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'C.R.S. § 8-42-107.2(2)(a)(I)(A), (2)(b)',
  sources: [SRC.crs8_42_107_2, SRC.crsFindlaw, SRC.crs2_4_108],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'Ask for a Division independent medical exam (DIME)', es: 'Pida un examen médico independiente de la División (DIME)' },
  explanation: {
    en: 'The insurer mailed a Final Admission of Liability with a disability rating. To dispute the rating, send a notice asking for a DIME. Do it within 30 days after the mailing date. If not, the treating doctor’s findings become binding.',
    es: 'La aseguradora le envió por correo una Admisión Final de Responsabilidad con una calificación de incapacidad. Si no está de acuerdo con ella, envíe un aviso para pedir un DIME. Hágalo dentro de 30 días desde la fecha de envío. Si no, vale lo que dijo su médico tratante.',
  },
  action: {
    en: 'Send the Notice and Proposal to Select an Independent Medical Examiner to the insurer. Attach a copy of the Final Admission. Do it by this date, and keep proof of the date you mailed it.',
    es: 'Envíe a la aseguradora el aviso para elegir un examinador médico independiente (en inglés, Notice and Proposal to Select an Independent Medical Examiner). Adjunte una copia de la Admisión Final. Hágalo a más tardar en esta fecha. Guarde prueba de la fecha en que lo envió.',
  },
  ifPassed: {
    en: `After 30 days the treating doctor’s findings are binding (C.R.S. § 8-42-107.2(2)(b)). You may still object to the Final Admission and ask for a hearing on other issues. That too must be done within 30 days of its date. Call the Colorado Division of Workers’ Compensation at ${CO_DOWC_PHONE} (free), or an attorney.`,
    es: `Después de 30 días, las conclusiones del médico tratante son obligatorias (C.R.S. § 8-42-107.2(2)(b)). Aún puede objetar la Admisión Final y pedir una audiencia sobre otros puntos. Eso también debe hacerse dentro de 30 días desde su fecha. Llame gratis a la División de Compensación de Trabajadores de Colorado al ${CO_DOWC_PHONE}, o a un abogado.`,
  },
  notes: [{
    en: 'A last day on a weekend or Colorado legal holiday moves to the next business day (C.R.S. § 2-4-108). The latest date moves. The safe date does not.',
    es: 'Un último día en fin de semana o día feriado legal de Colorado pasa al siguiente día hábil (C.R.S. § 2-4-108). La última fecha pasa. La fecha segura no.',
  }],
});

// C.R.S. § 8-43-203(2)(b)(II): the case closes on the admitted issues unless the claimant contests the final admission
// in writing and applies for a hearing "within thirty days of the date of the final admission". The clock runs from
// the FAL's own date, not its mailing (audit A.2): Chambers v. Concrete Frame Assoc. (ICAO 2010) held an application
// for hearing 39 days after the FAL untimely; Reyes (ICAO 2004) quotes the section. Receipt replaces the FAL date
// only when service was defective (Dickens v. ICAO, Colo. App. 2019), which is not modelled.
const falObjection = defineRule({
  id: 'co.fal.objection',
  jurisdiction: 'US-CO',
  trigger: { kind: 'co_final_admission' },
  startRoles: ['document_date', 'service_date'],
  latestStartRoles: ['document_date'],
  clock: { amount: 30, unit: 'calendar_days' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'C.R.S. § 8-43-203(2)(b)(II)',
  sources: [SRC.crs8_43_203Chambers, SRC.crs8_43_203Reyes, SRC.cairnsClosure, SRC.dickens, SRC.crs2_4_108],
  asOf: AS_OF,
  confidence: 'verified_secondary',
  needsConfirmation: false,
  title: { en: 'Object to the Final Admission of Liability', es: 'Objete la Admisión Final de Responsabilidad' },
  explanation: {
    en: 'The insurer sent a Final Admission of Liability to close your claim. If you disagree, object in writing, and ask for a hearing on the issues you dispute. Do both within 30 days of the date on the Final Admission. If not, the claim closes on the issues it admits.',
    es: 'La aseguradora envió una Admisión Final de Responsabilidad para cerrar su reclamo. Si no está de acuerdo, objete por escrito y pida una audiencia sobre los puntos en disputa. Haga las dos cosas dentro de 30 días desde la fecha de la Admisión Final. Si no, el reclamo se cierra en los puntos que admite.',
  },
  action: {
    en: 'Send the objection form (WC 4) to the Colorado Division of Workers’ Compensation and to the insurer. File an Application for Hearing on the issues you dispute. Do both by this date. Keep a copy and proof of the date you mailed them.',
    es: 'Envíe el formulario de objeción (WC 4) a la División de Compensación de Trabajadores de Colorado y a la aseguradora. Presente una Solicitud de Audiencia (en inglés, Application for Hearing) sobre los puntos en disputa. Haga las dos cosas a más tardar en esta fecha. Guarde una copia y prueba de la fecha de envío.',
  },
  ifPassed: {
    en: `After 30 days the claim closes on the issues the Final Admission admits (C.R.S. § 8-43-203(2)(b)(II)). A closed claim can be reopened only for a few reasons, such as a worse condition, fraud, or a mistake (C.R.S. § 8-43-303). If the Final Admission was not sent to you the right way, the 30 days may count from when you got it. Call the Colorado Division of Workers’ Compensation at ${CO_DOWC_PHONE} (free), or an attorney.`,
    es: `Después de 30 días, el reclamo se cierra en los puntos que admite la Admisión Final (C.R.S. § 8-43-203(2)(b)(II)). Un reclamo cerrado solo se puede reabrir por pocas razones, como un empeoramiento, fraude o un error (C.R.S. § 8-43-303). Si no le enviaron la Admisión Final de la forma correcta, los 30 días pueden contar desde que la recibió. Llame gratis a la División de Compensación de Trabajadores de Colorado al ${CO_DOWC_PHONE}, o a un abogado.`,
  },
  notes: [{
    en: 'The 30 days count from the date on the Final Admission, not from the day it was mailed (Chambers, 2010). A last day on a weekend or Colorado legal holiday moves to the next business day (C.R.S. § 2-4-108). The safe date does not move.',
    es: 'Los 30 días cuentan desde la fecha de la Admisión Final, no desde el día en que se envió (Chambers, 2010). Un último día en fin de semana o día feriado legal de Colorado pasa al siguiente día hábil (C.R.S. § 2-4-108). La fecha segura no pasa.',
  }],
});

export const COLORADO_PACK: RulePackInput = {
  id: 'co-wc',
  version: '2026.2',
  jurisdiction: 'US-CO',
  name: { en: 'Colorado workers’ compensation', es: 'Compensación de trabajadores de Colorado' },
  asOf: AS_OF,
  rules: [dimeRequest, falObjection],
};
