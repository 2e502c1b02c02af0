// Colorado workers' comp seed rules. Research: ../shared/rules-research.md row co_wc.dime_request; Ambiguity 17,
// as of 2026-11-22. Colorado's roll-forward rule (WCRP 1-2) was not retrieved: no roll-forward.
import type { RulePackInput } from '../schema';
import { AS_OF, SRC, defineRule } from './common';

// C.R.S. § 8-42-107.2(2)(a)(I)(A), (2)(b): notice and proposal to select a Division IME "within thirty days after
// the date of mailing of the final admission of liability". Runs from mailing: no mail time.
const dimeRequest = defineRule({
  id: 'co.dime.request',
  jurisdiction: 'US-CO',
  trigger: { kind: 'co_final_admission' },
  startRoles: ['service_date', 'document_date'],
  latestStartRoles: ['service_date'],
  clock: { amount: 30, unit: 'calendar_days' },
  rollForward: 'none',
  type: 'deadline',
  actor: 'worker',
  citation: 'C.R.S. § 8-42-107.2(2)(a)(I)(A), (2)(b)',
  sources: [SRC.crs8_42_107_2, SRC.crsFindlaw],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'Request a Division IME (DIME)', es: 'Solicite un IME de la División (DIME)' },
  explanation: {
    en: 'The insurer mailed a Final Admission of Liability with an impairment rating. To dispute the rating, give notice and a proposal to select a Division IME within 30 days of the mailing date, or the treating doctor’s findings become binding.',
    es: 'La aseguradora envió por correo una Admisión Final de Responsabilidad con una calificación de impedimento. Para disputarla, dé aviso y una propuesta para elegir un IME de la División dentro de 30 días desde la fecha de envío, o las conclusiones del médico tratante serán obligatorias.',
  },
  action: {
    en: 'Serve a Notice and Proposal to Select an Independent Medical Examiner on the insurer, attaching a copy of the Final Admission of Liability. Keep proof of the date you sent it.',
    es: 'Notifique a la aseguradora un Aviso y Propuesta para Elegir un Examinador Médico Independiente, adjuntando una copia de la Admisión Final de Responsabilidad. Guarde prueba de la fecha de envío.',
  },
});

// C.R.S. § 8-43-203(2)(b)(II): written objection to the Final Admission within 30 days. UNVERIFIED, from memory.
const falObjection = defineRule({
  id: 'co.fal.objection',
  jurisdiction: 'US-CO',
  trigger: { kind: 'co_final_admission' },
  startRoles: ['service_date', 'document_date'],
  latestStartRoles: ['service_date'],
  clock: { amount: 30, unit: 'calendar_days' },
  rollForward: 'none',
  type: 'deadline',
  actor: 'worker',
  citation: 'C.R.S. § 8-43-203(2)(b)(II) (unverified)',
  sources: [SRC.crs8_42_107_2],
  asOf: AS_OF,
  confidence: 'unverified',
  needsConfirmation: true,
  title: { en: 'Object to the Final Admission of Liability', es: 'Objete la Admisión Final de Responsabilidad' },
  explanation: {
    en: 'If you disagree with the Final Admission of Liability, you may need to object in writing within 30 days, or the claim closes on the issues admitted. This rule still needs confirmation.',
    es: 'Si no está de acuerdo con la Admisión Final de Responsabilidad, puede que deba objetar por escrito dentro de 30 días, o el reclamo se cierra en los puntos admitidos. Esta regla aún debe confirmarse.',
  },
  action: {
    en: 'Send a written objection to the insurer and the Division of Workers’ Compensation, and file an Application for Hearing on the disputed issues.',
    es: 'Envíe una objeción por escrito a la aseguradora y a la División de Compensación de Trabajadores, y presente una Solicitud de Audiencia sobre los puntos en disputa.',
  },
});

export const COLORADO_PACK: RulePackInput = {
  id: 'co-wc',
  version: '2026.1',
  jurisdiction: 'US-CO',
  name: { en: 'Colorado workers’ compensation', es: 'Compensación de trabajadores de Colorado' },
  asOf: AS_OF,
  rules: [dimeRequest, falObjection],
};
