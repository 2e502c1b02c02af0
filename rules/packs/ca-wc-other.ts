// California workers' comp: report objections, MPN second opinion, summary rating, and the outer limits.
// Research: ../shared/rules-research.md rows ca_wc.ptp_*, ca_wc.mpn_*, ca_wc.unrep_summary_rating_recon,
// ca_wc.td_cap, ca_wc.sol_application; Ambiguities 4, 5, 14, as of 2026-11-22.
import { AS_OF, SRC, defineRule } from './common';

// Lab. Code § 4062(a): object "within 20 days of receipt of the report" (represented) or 30 days (unrepresented).
// 4061 objections (permanent impairment) have no stated deadline; show the 4062 period as the safe one (Ambiguity 4).
// Runs from receipt: no mail time (Ambiguity 5).
export const reportObjection = defineRule({
  id: 'ca.report.objection',
  jurisdiction: 'US-CA',
  trigger: { kind: 'mmi_report' },
  startRoles: ['report_date', 'service_date', 'document_date', 'received_date'],
  latestStartRoles: ['received_date', 'service_date'],
  clock: { amount: { represented: 20, unrepresented: 30 }, unit: 'calendar_days' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4062(a)',
  sources: [SRC.lexis4062, SRC.sullivan4061],
  asOf: AS_OF,
  confidence: 'verified_secondary',
  needsConfirmation: false,
  title: { en: 'Object to the treating doctor’s report', es: 'Objete el informe del médico tratante' },
  explanation: {
    en: 'If you disagree with your treating doctor’s report, object in writing within 20 days of receiving it if you have a lawyer, or 30 days if you do not. Objections to permanent disability findings may be allowed later (Lab. Code § 4061), but waiting is risky.',
    es: 'Si no está de acuerdo con el informe de su médico tratante, objete por escrito dentro de 20 días de recibirlo si tiene abogado, o 30 días si no tiene. Las objeciones sobre la incapacidad permanente pueden permitirse después (Código Laboral § 4061), pero esperar es arriesgado.',
  },
  action: {
    en: 'Send a written objection to the claims administrator (your attorney does this if you have one), naming the report and its date. Keep a copy and proof of mailing: it starts the QME panel process.',
    es: 'Envíe una objeción por escrito al administrador de reclamos (su abogado lo hace si tiene uno), indicando el informe y su fecha. Guarde una copia y prueba del envío: inicia el proceso de la lista de QME.',
  },
});

// Lab. Code § 4616.3(c); 8 CCR § 9767.7(b): make the second-opinion appointment within 60 days of receipt of the
// MPN provider list, or the right is waived for that dispute.
export const mpnSecondOpinion = defineRule({
  id: 'ca.mpn.second_opinion',
  jurisdiction: 'US-CA',
  trigger: { kind: 'mpn_second_opinion' },
  startRoles: ['document_date', 'service_date', 'received_date'],
  latestStartRoles: ['received_date'],
  clock: { amount: 60, unit: 'calendar_days' },
  rollForward: 'none',
  type: 'deadline',
  actor: 'worker',
  citation: '8 CCR § 9767.7(b); Lab. Code § 4616.3(c)',
  sources: [SRC.mpn],
  asOf: AS_OF,
  confidence: 'verified_secondary',
  needsConfirmation: false,
  title: { en: 'Make the MPN second-opinion appointment', es: 'Haga la cita para la segunda opinión de la MPN' },
  explanation: {
    en: 'You disputed your MPN doctor’s diagnosis or treatment and received a list of MPN doctors. Make an appointment with one of them within 60 days of receiving the list, or you lose the second opinion for this dispute.',
    es: 'Usted disputó el diagnóstico o tratamiento de su médico de la MPN y recibió una lista de médicos de la MPN. Haga una cita con uno de ellos dentro de 60 días de recibir la lista, o perderá la segunda opinión para esta disputa.',
  },
  action: {
    en: 'Call a doctor on the list, make the appointment, and tell the MPN contact which doctor you chose. Keep the list and note the date you received it.',
    es: 'Llame a un médico de la lista, haga la cita e informe al contacto de la MPN qué médico eligió. Guarde la lista y anote la fecha en que la recibió.',
  },
});

// 8 CCR § 10164(a); Lab. Code § 4061(e): reconsideration "within 30 days of receipt of the summary rating
// determination". Safe date counts from the rating's date.
export const summaryRatingReconsideration = defineRule({
  id: 'ca.summary_rating.reconsideration',
  jurisdiction: 'US-CA',
  trigger: { kind: 'summary_rating' },
  startRoles: ['document_date', 'service_date', 'received_date'],
  latestStartRoles: ['received_date', 'service_date'],
  clock: { amount: 30, unit: 'calendar_days' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: '8 CCR § 10164(a); Lab. Code § 4061(e)',
  sources: [SRC.reg10164, SRC.deuForm],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'Ask to reconsider the summary rating', es: 'Pida reconsiderar la calificación resumida' },
  explanation: {
    en: 'The Disability Evaluation Unit rated your permanent disability. If you disagree, ask the Administrative Director to reconsider within 30 days of receiving the rating.',
    es: 'La Unidad de Evaluación de Incapacidad calificó su incapacidad permanente. Si no está de acuerdo, pida al Director Administrativo que la reconsidere dentro de 30 días de recibir la calificación.',
  },
  action: {
    en: 'File DEU Form 103 (Request for Reconsideration of Summary Rating) with the Administrative Director, with proof of service on the other side, explaining which parts of the QME report are wrong.',
    es: 'Presente el Formulario DEU 103 (Solicitud de Reconsideración de la Calificación Resumida) ante el Director Administrativo, con prueba de notificación a la otra parte, explicando qué partes del informe del QME están equivocadas.',
  },
});

// Lab. Code § 4656(c)(2): TD "shall not extend for more than 104 compensable weeks within a period of five years
// from the date of injury" (injuries on or after 2008-01-01). Not "LC 4654 ... 2 years" (Ambiguity 14).
export const tdCap = defineRule({
  id: 'ca.td.cap',
  jurisdiction: 'US-CA',
  trigger: { kind: 'injury_claim' },
  startRoles: ['injury_date'],
  clock: { amount: 5, unit: 'years' },
  rollForward: 'none',
  type: 'limit',
  actor: 'claims_administrator',
  citation: 'Lab. Code § 4656(c)(2), (c)(3)',
  sources: [SRC.lc4656],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  effective: { from: '2008-01-01' },
  title: { en: 'Temporary disability ends (5-year limit)', es: 'Fin de la incapacidad temporal (límite de 5 años)' },
  explanation: {
    en: 'Temporary disability payments are capped at 104 weeks (240 weeks for some serious conditions) and are not paid for time more than 5 years after the date of injury.',
    es: 'Los pagos por incapacidad temporal tienen un límite de 104 semanas (240 semanas para algunas condiciones graves) y no se pagan por tiempo más de 5 años después de la fecha de la lesión.',
  },
  action: {
    en: 'Keep a record of the weeks of temporary disability you were paid. Ask the claims administrator for a benefit printout if you are unsure.',
    es: 'Lleve un registro de las semanas de incapacidad temporal que le pagaron. Pida al administrador de reclamos un reporte de beneficios si no está seguro.',
  },
});

// Lab. Code § 5405: one year from the date of injury, the end of the last indemnity payment, or the last date
// benefits were furnished (the latest of these). Tolling (no claim form, no notice) is not modelled.
export const applicationOneYear = defineRule({
  id: 'ca.application.one_year',
  jurisdiction: 'US-CA',
  trigger: { kind: 'injury_claim' },
  startRoles: ['injury_date', 'last_benefit_date'],
  latestStartRoles: ['last_benefit_date', 'injury_date'],
  clock: { amount: 1, unit: 'years' },
  rollForward: 'latest',
  type: 'limit',
  actor: 'worker',
  citation: 'Lab. Code § 5405',
  sources: [SRC.lc5405],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'File the Application for Adjudication (1-year limit)', es: 'Presente la Solicitud de Adjudicación (límite de 1 año)' },
  explanation: {
    en: 'A case before the Appeals Board must be started within one year of the date of injury, or of the last benefit paid or medical treatment furnished, whichever is later. Some exceptions can extend this.',
    es: 'Un caso ante la Junta de Apelaciones debe iniciarse dentro de un año a partir de la fecha de la lesión, o del último beneficio pagado o tratamiento médico dado, lo que sea posterior. Algunas excepciones pueden extender este plazo.',
  },
  action: {
    en: 'File an Application for Adjudication of Claim with the WCAB (an attorney or Information & Assistance officer can help), with a copy of your claim form (DWC-1).',
    es: 'Presente una Solicitud de Adjudicación de Reclamo ante la WCAB (un abogado o un funcionario de Información y Asistencia puede ayudarle), con una copia de su formulario de reclamo (DWC-1).',
  },
});
