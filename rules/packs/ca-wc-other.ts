// California workers' comp: report objections, MPN second opinion, summary rating, and the outer limits.
// Research: ../shared/rules-research.md rows ca_wc.ptp_*, ca_wc.mpn_*, ca_wc.unrep_summary_rating_recon,
// ca_wc.td_cap, ca_wc.sol_application; Ambiguities 4, 5, 14; legal audit ../shared/rules-audit-2026-12.md (A.4, A.7,
// A.9), as of 2026-12-01.
import { AS_OF, IA_PHONE, SRC, defineRule } from './common';

// Lab. Code § 4062(a): object "within 20 days of receipt of the report" (represented) or 30 days (unrepresented).
// 4061 objections (permanent impairment) have no stated deadline; show the 4062 period as the safe one (Ambiguity 4).
// Runs from receipt: no mail time (Ambiguity 5). Representation unknown: `due` uses 20 days, `latest` 30 (audit A.7).
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
  title: { en: 'Object to your treating doctor’s report', es: 'Objete el informe de su médico tratante' },
  explanation: {
    en: 'Your treating doctor sent a report, for example that you reached maximum medical improvement (MMI). If you disagree, object in writing. You have 20 days after you get it if you have an attorney. You have 30 days if you do not. Objections about permanent disability may be allowed later (Lab. Code § 4061). But waiting is risky.',
    es: 'Su médico tratante le envió un informe, por ejemplo, que usted llegó a la mejoría médica máxima (MMI). Si no está de acuerdo, objete por escrito. Tiene 20 días después de recibirlo si tiene abogado, o 30 días si no tiene. Las objeciones sobre incapacidad permanente a veces se aceptan más tarde (Código Laboral § 4061). Pero esperar es un riesgo.',
  },
  action: {
    en: 'Send a written objection to the claims administrator. Name the report and its date. If you have an attorney, your attorney does this. Keep a copy and proof of mailing. Your objection starts the process to get a qualified medical evaluator (QME).',
    es: 'Envíe una objeción por escrito al administrador de reclamos. Diga de qué informe se trata y su fecha. Si tiene abogado, él lo hace. Guarde una copia y prueba del envío. Su objeción abre el paso para tener un evaluador médico calificado (QME).',
  },
  ifPassed: {
    en: `Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney, right away. For permanent disability, a later objection may still work: Lab. Code § 4061 sets no time limit. For other issues, a late objection may be refused (Lab. Code § 4062(a)).`,
    es: `Llame de inmediato y gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado. Para la incapacidad permanente, una objeción más tarde aún puede servir: el Código Laboral § 4061 no fija un plazo. Para otros temas, una objeción tardía se puede rechazar (Código Laboral § 4062(a)).`,
  },
  notes: [{
    en: 'Not settled: Lab. Code § 4062(a) gives 20 or 30 days. Lab. Code § 4061, for permanent disability, gives none. The safe date uses the 4062 time. If we do not know whether you have an attorney, the safe date uses 20 days and the latest date 30.',
    es: 'No está resuelto: el Código Laboral § 4062(a) da 20 o 30 días. El Código Laboral § 4061, para la incapacidad permanente, no da ninguno. La fecha segura usa el plazo de 4062. Si no sabemos si tiene abogado, la fecha segura usa 20 días y la última fecha, 30.',
  }],
});

// Lab. Code § 4616.3(c); 8 CCR § 9767.7(b): make the second-opinion appointment within 60 days of receipt of the
// MPN provider list, or the right is waived for that dispute. CCP § 12a rolls a last day that falls on a holiday
// ("all day on Saturdays, all holidays specified in Section 135"): `latest` only (audit A.9); `due` stays unrolled.
export const mpnSecondOpinion = defineRule({
  id: 'ca.mpn.second_opinion',
  jurisdiction: 'US-CA',
  trigger: { kind: 'mpn_second_opinion' },
  startRoles: ['document_date', 'service_date', 'received_date'],
  latestStartRoles: ['received_date'],
  clock: { amount: 60, unit: 'calendar_days' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: '8 CCR § 9767.7(b); Lab. Code § 4616.3(c)',
  sources: [SRC.mpn, SRC.ccp12a],
  asOf: AS_OF,
  confidence: 'verified_secondary',
  needsConfirmation: false,
  title: {
    en: 'Make your second-opinion visit in your Medical Provider Network (MPN)',
    es: 'Haga la cita para la segunda opinión en su red de proveedores médicos (MPN)',
  },
  explanation: {
    en: 'You disagreed with your MPN doctor and got a list of other MPN doctors. Make an appointment with one of them within 60 days after you got the list. If you do not, you lose the second opinion for this disagreement.',
    es: 'Usted no estuvo de acuerdo con su médico de la MPN y recibió una lista de otros médicos de la MPN. Haga una cita con uno de ellos dentro de 60 días después de recibir la lista. Si no lo hace, pierde la segunda opinión para este desacuerdo.',
  },
  action: {
    en: 'Call a doctor on the list and make the appointment. Tell the MPN contact which doctor you chose. Keep the list, and write down the date you got it.',
    es: 'Llame a un médico de la lista y haga la cita. Avise al contacto de la MPN qué médico eligió. Guarde la lista y anote la fecha en que la recibió.',
  },
  ifPassed: {
    en: `After 60 days you lose the second opinion for this disagreement (8 CCR 9767.7(b)). You can still choose another treating doctor inside your MPN. Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney, about what else you can do.`,
    es: `Después de 60 días pierde la segunda opinión para este desacuerdo (8 CCR 9767.7(b)). Aún puede elegir otro médico tratante dentro de su MPN. Llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado, sobre qué más puede hacer.`,
  },
  notes: [{
    en: 'Not settled: a last day on a weekend or holiday may move to the next business day (Code Civ. Proc. § 12a). The latest date moves. The safe date does not.',
    es: 'No está resuelto: un último día en fin de semana o día feriado puede pasar al siguiente día hábil (Código de Procedimiento Civil § 12a). La última fecha pasa. La fecha segura no.',
  }],
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
  title: { en: 'Ask the state to check your disability rating again', es: 'Pida al estado que revise otra vez su calificación de incapacidad' },
  explanation: {
    en: 'The state’s rating office (Disability Evaluation Unit) gave your permanent disability a rating. If you think it is wrong, you can ask the state to check it again. Your request must be filed within 30 days after you get the rating.',
    es: 'La oficina de calificaciones del estado (Unidad de Evaluación de Incapacidad) le dio una calificación a su incapacidad permanente. Si cree que está mal, pida al estado que la revise otra vez. Pídalo dentro de 30 días desde que le llegó.',
  },
  action: {
    en: 'Fill in DEU Form 103. Say which parts of the qualified medical evaluator (QME) report are wrong, and why. Mail it to the address on the form, so it arrives by this date. Send a copy to the claims administrator, and keep proof that you sent it.',
    es: 'Llene el formulario DEU Form 103. Diga qué partes del informe del evaluador médico calificado (QME) están mal, y por qué. Envíelo por correo a la dirección del formulario, para que llegue a más tardar en esta fecha. Mande una copia al administrador de reclamos y guarde prueba del envío.',
  },
  ifPassed: {
    en: `After 30 days the rating stays as it is for this request (8 CCR 10164(a)). Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney, right away. Ask what you can still do, for example before a workers’ comp judge.`,
    es: `Después de 30 días la calificación queda como está para esta solicitud (8 CCR 10164(a)). Llame de inmediato y gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado. Pregunte qué puede hacer todavía, por ejemplo ante un juez de compensación de trabajadores.`,
  },
});

// Lab. Code § 4656(c)(2): TD "shall not extend for more than 104 compensable weeks within a period of five years
// from the date of injury" (injuries on or after 2008-01-01). Not "LC 4654 ... 2 years" (Ambiguity 14).
// CCP § 12a arguably rolls a last day on a weekend/holiday: `latest` only (audit A.9).
export const tdCap = defineRule({
  id: 'ca.td.cap',
  jurisdiction: 'US-CA',
  trigger: { kind: 'injury_claim' },
  startRoles: ['injury_date'],
  clock: { amount: 5, unit: 'years' },
  rollForward: 'latest',
  type: 'limit',
  actor: 'claims_administrator',
  citation: 'Lab. Code § 4656(c)(2), (c)(3)',
  sources: [SRC.lc4656, SRC.ccp12a],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  effective: { from: '2008-01-01' },
  title: {
    en: 'Last day of temporary disability payments (5-year limit)',
    es: 'Último día de pagos por incapacidad temporal (límite de 5 años)',
  },
  explanation: {
    en: 'Temporary disability pays for up to 104 weeks. For a few serious injuries, it pays for up to 240 weeks. No pay is due for time more than 5 years after you got hurt.',
    es: 'La incapacidad temporal paga como máximo 104 semanas, o 240 si la lesión es muy grave. Y no se paga nada por el tiempo que pase de 5 años desde que se lastimó.',
  },
  action: {
    en: 'Keep a record of the weeks of temporary disability you were paid. If you are not sure, ask the claims administrator for a list of your payments.',
    es: 'Lleve un registro de las semanas de incapacidad temporal que le pagaron. Si no está seguro, pida al administrador de reclamos una lista de sus pagos.',
  },
  ifPassed: {
    en: `No temporary disability is paid for time after this date (Lab. Code § 4656(c)(2)). You may still get medical care. You may still get pay for a lasting (permanent) disability. Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney, to ask about them.`,
    es: `No se paga incapacidad temporal por el tiempo después de esta fecha (Código Laboral § 4656(c)(2)). Aún puede recibir atención médica y beneficios por incapacidad permanente. Llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado, para preguntar por ellos.`,
  },
  notes: [{
    en: 'Not settled: if this date is on a weekend or holiday, it may move to the next business day (Code Civ. Proc. § 12a). The latest date moves. The safe date does not.',
    es: 'No está resuelto: si esta fecha cae en fin de semana o día feriado, puede pasar al siguiente día hábil (Código de Procedimiento Civil § 12a). La última fecha pasa. La fecha segura no.',
  }],
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
  title: {
    en: 'Start your case with the workers’ comp court: 1-year limit',
    es: 'Inicie su caso ante la corte de compensación de trabajadores: límite de 1 año',
  },
  explanation: {
    en: 'To keep your right to ask a workers’ comp judge for benefits, start a case within 1 year. The year counts from your injury, or from your last benefit payment or medical care, whichever is later. Some exceptions can give you more time.',
    es: 'Para conservar su derecho a pedir beneficios a un juez de compensación de trabajadores, inicie un caso dentro de 1 año. El año cuenta desde su lesión, o desde su último pago de beneficios o atención médica, lo que sea más tarde. Algunas excepciones le pueden dar más tiempo.',
  },
  action: {
    en: `File an Application for Adjudication of Claim at a local office of the Workers’ Compensation Appeals Board (WCAB). Attach a copy of your claim form (DWC-1). An Information and Assistance (I&A) officer (${IA_PHONE}, free) or an attorney can help.`,
    es: `Presente una Solicitud de Adjudicación de Reclamo (en inglés, Application for Adjudication of Claim) en una oficina local de la Junta de Apelaciones de Compensación de Trabajadores (WCAB). Adjunte una copia de su formulario de reclamo (DWC-1). Un funcionario de Información y Asistencia (I&A) (${IA_PHONE}, gratis) o un abogado puede ayudarle.`,
  },
  ifPassed: {
    en: `Call an I&A officer (${IA_PHONE}) or an attorney now. A late case may be barred (Lab. Code § 5405). But you may have more time, for example if your employer never gave you a claim form or never told you your rights. Only a judge can decide that.`,
    es: `Llame ya a un funcionario de I&A (${IA_PHONE}) o a un abogado. Un caso tardío puede quedar prohibido (Código Laboral § 5405). Pero quizá tenga más tiempo, por ejemplo si su empleador nunca le dio un formulario de reclamo o nunca le explicó sus derechos. Solo un juez puede decidirlo.`,
  },
  notes: [{
    en: 'The latest date counts from your last benefit, if you entered that date. A missing claim form or notice of your rights can stop the clock. ClaimClock does not count that.',
    es: 'La última fecha cuenta desde su último beneficio, si anotó esa fecha. Si no le dieron el formulario de reclamo o el aviso de sus derechos, el plazo se puede detener. ClaimClock no cuenta eso.',
  }],
});
