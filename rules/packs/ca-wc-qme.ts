// California workers' comp: Qualified Medical Evaluator (QME) panel clocks.
// Research: ../shared/rules-research.md rows ca_wc.qme_*; Ambiguities 6–11; legal audit
// ../shared/rules-audit-2026-12.md (A.1, A.6, A.10), as of 2026-12-01.
import { AS_OF, IA_PHONE, SRC, defineRule } from './common';

const PANEL_ROLES = ['panel_assigned_date', 'document_date', 'service_date', 'received_date'] as const;

// Lab. Code § 4062.2(c): "Within 10 days of assignment of the panel ..., each party may strike one name".
// "If a party fails to exercise the right to strike a name from the panel within 10 days ..., the other party may
// select any physician who remains on the panel." Mail time (Messele 2011 en banc; Razo 2014; Matute 2015 fn. 10)
// is disputed (Crawford 2019; Rodriguez 2022): used for `latest` only (Ambiguity 6).
export const qmeStrike = defineRule({
  id: 'ca.qme.strike',
  jurisdiction: 'US-CA',
  trigger: { kind: 'qme_panel', conditions: { represented: [true, 'unknown'] } },
  startRoles: [...PANEL_ROLES],
  latestStartRoles: ['panel_assigned_date'],
  clock: { amount: 10, unit: 'calendar_days' },
  mailExtension: { policy: 'ccr10605', basis: 'Messele v. Pitco Foods (2011) WCAB en banc; disputed for the party that requested the panel online (Crawford 2019)' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'each_party',
  citation: 'Lab. Code § 4062.2(c)',
  sources: [SRC.lc4062_2, SRC.strikeMailbox],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: {
    en: 'Strike one name from the qualified medical evaluator (QME) panel',
    es: 'Tache un nombre del panel de evaluadores médicos calificados (QME)',
  },
  explanation: {
    en: 'You have an attorney, and the state sent a QME panel: a list of 3 doctors. Each side may cross out one name within 10 days after the panel was assigned. If a side does not do it in time, the other side may choose the doctor.',
    es: 'Usted tiene abogado y el estado envió un panel de QME (lista de 3 médicos). Cada parte puede tachar un nombre dentro de 10 días después de la asignación del panel. Si una parte no lo hace a tiempo, la otra parte puede elegir al médico.',
  },
  action: {
    en: 'Ask your attorney to send the strike to the other side in writing, with the panel number. Do it by this date.',
    es: 'Pida a su abogado que envíe el tachado por escrito a la otra parte, con el número del panel. Hágalo a más tardar en esta fecha.',
  },
  ifPassed: {
    en: `Talk to your attorney today. If your side did not strike in time, the other side may pick any doctor left on the panel (Lab. Code § 4062.2(c)). Ask your attorney what can still be done. Both sides can also agree on a doctor instead (an Agreed Medical Evaluator). A state Information and Assistance (I&A) officer can also help: ${IA_PHONE} (free).`,
    es: `Hable hoy con su abogado. Si su parte no tachó a tiempo, la otra parte puede elegir a cualquier médico que quede en el panel (Código Laboral § 4062.2(c)). Pregunte a su abogado qué se puede hacer todavía. Las dos partes también pueden ponerse de acuerdo en un médico (un evaluador médico acordado, AME). Un funcionario de Información y Asistencia (I&A) del estado también puede ayudarle: ${IA_PHONE} (gratis).`,
  },
  notes: [{
    en: 'Not settled: cases differ on whether mail adds 5 days to a strike (Messele, 2011; Crawford, 2019). The latest date adds them. The safe date does not.',
    es: 'No está resuelto: los casos no están de acuerdo en si el correo suma 5 días al tachado (Messele, 2011; Crawford, 2019). La última fecha los suma. La fecha segura no.',
  }],
});

// Lab. Code § 4062.1(c); 8 CCR § 31.3(a), (c): unrepresented worker selects, schedules and informs the employer
// within 10 days of issuance of the panel; otherwise the claims administrator selects (Ambiguity 9).
export const qmeSelect = defineRule({
  id: 'ca.qme.select',
  jurisdiction: 'US-CA',
  trigger: { kind: 'qme_panel', conditions: { represented: [false, 'unknown'] } },
  startRoles: [...PANEL_ROLES],
  latestStartRoles: ['panel_assigned_date'],
  clock: { amount: 10, unit: 'calendar_days' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4062.1(c); 8 CCR § 31.3(a), (c)',
  sources: [SRC.lc4062_1, SRC.reg31_3],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: {
    en: 'Choose a qualified medical evaluator (QME) and make the appointment',
    es: 'Elija un evaluador médico calificado (QME) y haga la cita',
  },
  explanation: {
    en: 'You do not have an attorney. The state sent you a QME panel: a list of 3 doctors. You have 10 days from the date on the panel to pick one, make the appointment, and tell the claims administrator. After that, the claims administrator may choose for you.',
    es: 'Usted no tiene abogado. El estado le envió un panel de QME (lista de 3 médicos). Tiene 10 días desde la fecha del panel para elegir uno, hacer la cita y avisar al administrador de reclamos. Después, el administrador de reclamos puede elegir por usted.',
  },
  action: {
    en: 'Call one of the doctors on the panel and make the appointment. Then tell the claims administrator in writing which doctor you chose and when the exam is. Keep a copy.',
    es: 'Llame a uno de los médicos del panel y haga la cita. Luego avise por escrito al administrador de reclamos qué médico eligió y cuándo es el examen. Guarde una copia.',
  },
  ifPassed: {
    en: `Act today. The claims administrator may now pick the QME and set the exam (Lab. Code § 4062.1(c)). If it has not picked yet, call a doctor on the panel now, then tell the claims administrator in writing. If it has picked, go to that exam. Questions? Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney.`,
    es: `Actúe hoy. Ahora el administrador de reclamos puede elegir al QME y fijar el examen (Código Laboral § 4062.1(c)). Si aún no eligió, llame ya a un médico del panel y luego avise por escrito al administrador de reclamos. Si ya eligió, vaya a ese examen. ¿Preguntas? Llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado.`,
  },
});

// Lab. Code § 4062.2(d): represented case, 10 days after the QME is selected to arrange the appointment.
// 8 CCR § 31.3(d): "If the represented employee fails to do so within ten (10) business days of the date a QME is
// selected from the panel, the claims administrator ... may arrange the appointment". `due`: 10 calendar days (the
// statute, and the earlier date); `latest`: 10 business days (audit A.6), the day after Thanksgiving counted as a
// business day (it may be one for the WCAB: the earlier of the two readings).
export const qmeScheduleRep = defineRule({
  id: 'ca.qme.schedule_rep',
  jurisdiction: 'US-CA',
  trigger: { kind: 'qme_panel', conditions: { represented: [true, 'unknown'] } },
  startRoles: ['qme_selected_date'],
  clock: { amount: 10, unit: 'calendar_days', latestUnit: 'business_days' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4062.2(d); 8 CCR § 31.3(d)',
  sources: [SRC.reg31_3, SRC.sullivanStrike],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: {
    en: 'Make the qualified medical evaluator (QME) appointment',
    es: 'Haga la cita con el evaluador médico calificado (QME)',
  },
  explanation: {
    en: 'The QME has been chosen. You, through your attorney, have 10 days to make the appointment and tell the other side. After that, the employer may make it. The rule says 10 business days. The safe date uses 10 calendar days.',
    es: 'Ya se eligió al QME. Usted, por medio de su abogado, tiene 10 días para hacer la cita y avisar a la otra parte. Después, el empleador puede hacerla. La regla dice 10 días hábiles. La fecha segura usa 10 días naturales.',
  },
  action: {
    en: 'Ask your attorney to make the appointment. Your attorney also sends the other side a notice of the date.',
    es: 'Pida a su abogado que haga la cita y que envíe el aviso de la cita a la otra parte.',
  },
  ifPassed: {
    en: `Talk to your attorney. The employer may now set the appointment and tell you (8 CCR 31.3(d)). Go to the exam it sets. If the date does not work for you, your attorney can ask to change it. Questions? Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free).`,
    es: `Hable con su abogado. Ahora el empleador puede fijar la cita y avisarle (8 CCR 31.3(d)). Vaya al examen que fije. Si la fecha no le sirve, su abogado puede pedir que la cambien. ¿Preguntas? Llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}.`,
  },
  notes: [{
    en: 'The law says 10 days (Lab. Code § 4062.2(d)). The rule says 10 business days (8 CCR 31.3(d)). The safe date uses 10 calendar days. The latest date uses 10 business days, and counts the day after Thanksgiving as one.',
    es: 'La ley dice 10 días (Código Laboral § 4062.2(d)). La regla dice 10 días hábiles (8 CCR 31.3(d)). La fecha segura usa 10 días naturales. La última fecha usa 10 días hábiles, y cuenta el día después de Acción de Gracias como uno.',
  }],
});

// Lab. Code § 4062.2(b): "No earlier than the first working day that is at least 10 days after the date of mailing
// of ... an objection ..., either party may request the assignment of a three-member panel".
// Messele v. Pitco Foods (2011 WCAB en banc): a mailed proposal extends the period "five calendar days if the
// physical address of the party being served ... is within California", and the period "starts with the day after
// the date of the first written proposal and includes the last day" (so the request is on day 16, not 15).
// DWC Newsline 46-11: a request made before then "will not be filled because it was filed prematurely".
// Trigueros v. Gonzalez Ag (2021 WCAB panel): a request on day 16 was invalid because the served carrier was out of
// state (+10). An "earliest" date errs LATER: unknown method → mailed; unknown served party's address → +20; and the
// roll goes past every day the Medical Unit is closed, the day after Thanksgiving included (docs/decisions/0005).
export const qmePanelRequestEarliest = defineRule({
  id: 'ca.qme.panel_request_earliest',
  jurisdiction: 'US-CA',
  trigger: { kind: 'objection_letter', conditions: { represented: [true, 'unknown'] } },
  startRoles: ['objection_mailed_date', 'service_date', 'document_date'],
  latestStartRoles: ['objection_mailed_date', 'service_date'],
  clock: { amount: 10, unit: 'calendar_days', nextDayAfterPeriod: true },
  mailExtension: {
    policy: 'ccr10605',
    basis: 'Messele v. Pitco Foods (2011) WCAB en banc (+5 in California); Trigueros v. Gonzalez Ag (2021) WCAB panel (+10 out of state); 8 CCR 10605; CCP § 1013(a)',
    servedParty: 'other_party',
  },
  rollForward: 'both',
  type: 'earliest',
  actor: 'either_party',
  citation: 'Lab. Code § 4062.2(b); 8 CCR § 30(b)',
  sources: [SRC.lc4062_2, SRC.messele, SRC.newsline46_11, SRC.trigueros, SRC.panelRequest],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: {
    en: 'First day to ask for a qualified medical evaluator (QME) panel',
    es: 'Primer día para pedir un panel de evaluadores médicos calificados (QME)',
  },
  explanation: {
    en: 'A written objection was sent. Either side may ask for a QME panel only after a 10-day wait, plus time for mail. Mail time depends on the address of the side that got the letter: 5 days in California, 10 elsewhere in the US, 20 outside the US. A request sent too soon is turned down. This is not a deadline.',
    es: 'Se envió una objeción por escrito. Cualquier parte puede pedir un panel de QME solo después de esperar 10 días, más el tiempo de correo. El tiempo de correo depende de la dirección de quien recibió la carta: 5 días en California, 10 en otro lugar de EE. UU. y 20 fuera de EE. UU. Una solicitud enviada antes de tiempo se rechaza. Esto no es un plazo límite.',
  },
  action: {
    en: 'On or after this date, your attorney asks online for the panel from the Medical Unit of the Division of Workers’ Compensation (DWC). Attach the objection letter. Then send the panel to the other side within 1 working day.',
    es: 'En esta fecha o después, su abogado pide el panel en línea a la Unidad Médica de la División de Compensación de Trabajadores (DWC). Adjunte la carta de objeción. Luego envíe el panel a la otra parte dentro de 1 día hábil.',
  },
  ifPassed: {
    en: `From this date on, either side may ask for the panel. The side that asks first often picks the type of doctor. If a request went in too soon, the Medical Unit may refuse it, and your attorney can send a new one. Questions? Ask your attorney, or call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free).`,
    es: `Desde esta fecha, cualquier parte puede pedir el panel. La parte que lo pide primero suele elegir el tipo de médico. Si una solicitud se envió antes de tiempo, la Unidad Médica puede rechazarla, y su abogado puede enviar otra. ¿Preguntas? Hable con su abogado, o llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}.`,
  },
  notes: [{
    en: 'Messele (2011) adds mail time to the wait, and the panel may be asked for on the next day. Trigueros (2021) used 10 days when the letter came from out of state. When the address is not known, we use the longest mail time. The Medical Unit is closed the day after Thanksgiving, so the date moves past it.',
    es: 'Messele (2011) suma el tiempo de correo a la espera, y el panel se puede pedir al día siguiente. Trigueros (2021) usó 10 días cuando la carta vino de otro estado. Si no se sabe la dirección, usamos el tiempo de correo más largo. La Unidad Médica cierra el día después de Acción de Gracias, así que la fecha pasa de ese día.',
  }],
});

// Lab. Code § 4062.1(b); 8 CCR § 30(a): the employer may request the panel (and choose the specialty) if the
// unrepresented worker has not submitted QME Form 105 "within 10 days after the employer has furnished the form".
export const qmePanelRequestUnrep = defineRule({
  id: 'ca.qme.panel_request_unrep',
  jurisdiction: 'US-CA',
  trigger: { kind: 'qme_form_105', conditions: { represented: [false, 'unknown'] } },
  startRoles: ['form_furnished_date', 'document_date', 'service_date', 'received_date'],
  latestStartRoles: ['form_furnished_date', 'received_date'],
  clock: { amount: 10, unit: 'calendar_days' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4062.1(b); 8 CCR § 30(a)',
  sources: [SRC.lc4062_1, SRC.specialty],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: {
    en: 'Send the form to ask for a qualified medical evaluator (QME) panel',
    es: 'Envíe el formulario para pedir un panel de evaluadores médicos calificados (QME)',
  },
  explanation: {
    en: 'The claims administrator gave you the form to ask for a QME panel (QME Form 105). If you do not send it within 10 days, the employer may ask for the panel. Then the employer picks the type of doctor.',
    es: 'El administrador de reclamos le dio el formulario para pedir un panel de QME (QME Form 105). Si no lo envía dentro de 10 días, el empleador puede pedir el panel. Entonces el empleador elige el tipo de médico.',
  },
  action: {
    en: 'Fill in the form and choose the type of doctor you want. Send it to the Medical Unit of the Division of Workers’ Compensation (DWC), with a copy of the objection or request that came with it. Use mail you can track, and keep proof of when it arrived.',
    es: 'Llene el formulario y elija el tipo de médico que desea. Envíelo a la Unidad Médica de la División de Compensación de Trabajadores (DWC), con una copia de la objeción o solicitud que lo acompañaba. Use un correo que se pueda rastrear y guarde prueba de cuándo llegó.',
  },
  ifPassed: {
    en: `Send your form today anyway. If the employer has not asked yet, yours may still come first. If the employer asked first, it picks the type of doctor (Lab. Code § 4062.1(b)). You still choose the doctor from the panel. Questions? Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney.`,
    es: `Envíe su formulario hoy de todos modos. Si el empleador aún no lo ha pedido, el suyo puede llegar primero. Si el empleador lo pidió primero, elige el tipo de médico (Código Laboral § 4062.1(b)). Usted igual elige al médico del panel. ¿Preguntas? Llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado.`,
  },
});

// 8 CCR §§ 31.3(e), 31.5(a)(2): the QME must be able to examine within 90 days of the initial request; the
// scheduling party may waive up to 120 days (older guides say 60: Ambiguity 10).
export const qmeAppointmentWindow = defineRule({
  id: 'ca.qme.appointment_window',
  jurisdiction: 'US-CA',
  trigger: { kind: 'qme_appointment' },
  startRoles: ['appointment_requested_date'],
  clock: { amount: 90, unit: 'calendar_days', latestAmount: 120 },
  rollForward: 'none',
  type: 'expected',
  actor: 'qme',
  citation: '8 CCR §§ 31.3(e), 31.5(a)(2)',
  sources: [SRC.reg31_5, SRC.reg31_3],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: {
    en: 'The qualified medical evaluator (QME) exam should be within 90 days',
    es: 'El examen con el evaluador médico calificado (QME) debe ser dentro de 90 días',
  },
  explanation: {
    en: 'The QME must be able to see you within 90 days after the first request for an appointment. It can be up to 120 days if the side that schedules agreed to wait. If not, you may ask for a new QME.',
    es: 'El QME debe darle una cita dentro de 90 días después de la primera solicitud de cita. Pueden ser hasta 120 días si la parte que hace la cita aceptó esperar. Si no, puede pedir otro QME.',
  },
  action: {
    en: 'Is the exam date later than this? You can ask the Medical Unit of the Division of Workers’ Compensation (DWC) for a new QME. Use QME Form 31.5. Attach proof of the day you asked for the appointment.',
    es: '¿La fecha del examen es después de esta? Puede pedir otro QME a la Unidad Médica de la División de Compensación de Trabajadores (DWC). Use el formulario QME Form 31.5. Adjunte prueba del día en que pidió la cita.',
  },
  ifPassed: {
    en: `If no exam was offered within 90 days, you may ask for a new QME (8 CCR 31.5(a)(2)). Ask before you accept a later date. If you agreed to wait, the limit is 120 days. Questions? Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney.`,
    es: `Si no le ofrecieron un examen dentro de 90 días, puede pedir otro QME (8 CCR 31.5(a)(2)). Pídalo antes de aceptar una fecha más tarde. Si aceptó esperar, el límite es de 120 días. ¿Preguntas? Llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado.`,
  },
  notes: [{
    en: 'The latest date uses 120 days. That is the limit when the side that makes the appointment agreed to wait (8 CCR 31.3(e)).',
    es: 'La última fecha usa 120 días. Ese es el límite si la parte que hace la cita aceptó esperar (8 CCR 31.3(e)).',
  }],
});

// 8 CCR § 38(a); Lab. Code § 139.2(j)(1)(A): report "shall not exceed thirty (30) days after the QME ... has seen
// the employee". Late report: object before it is served (8 CCR § 31.5(a)(12); Munoz 2022; Ambiguity 11).
export const qmeReportDue = defineRule({
  id: 'ca.qme.report_due',
  jurisdiction: 'US-CA',
  trigger: { kind: ['qme_panel', 'qme_appointment'] },
  startRoles: ['exam_date'],
  clock: { amount: 30, unit: 'calendar_days' },
  rollForward: 'none',
  type: 'expected',
  actor: 'qme',
  citation: '8 CCR § 38(a); Lab. Code §§ 139.2(j)(1)(A), 4062.5',
  sources: [SRC.reg38, SRC.lateQme],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: {
    en: 'Qualified medical evaluator (QME) report due',
    es: 'Fecha límite para el informe del evaluador médico calificado (QME)',
  },
  explanation: {
    en: 'The QME report is due 30 days after the exam. It can be later only if the state’s medical director says yes. If the report is late, you may object and ask for a new QME. But you must do it before the report is sent to you (served).',
    es: 'El informe del QME vence 30 días después del examen. Solo puede tardar más si el director médico del estado lo aprueba. Si se atrasa, puede objetar y pedir otro QME. Pero debe hacerlo antes de que le envíen el informe (la notificación).',
  },
  action: {
    en: 'No QME report by this date? Write to the QME and the claims administrator right away. Say the report is late and you want a new QME panel. Do it before the report arrives. Attach proof of the exam date.',
    es: '¿No llegó el informe del QME para esta fecha? Escriba de inmediato al QME y al administrador de reclamos. Diga que el informe está atrasado y que quiere un nuevo panel de QME. Hágalo antes de que llegue el informe. Adjunte prueba de la fecha del examen.',
  },
  ifPassed: {
    en: `The report is late. Object in writing now, before it arrives. Once it has been sent to you, you can no longer object that it was late (8 CCR 31.5(a)(12)). You can still disagree with what it says. Call a state Information and Assistance (I&A) officer at ${IA_PHONE} (free), or an attorney, about your choices.`,
    es: `El informe está atrasado. Objete por escrito ahora, antes de que llegue. Cuando se lo envíen, ya no podrá objetar que llegó tarde (8 CCR 31.5(a)(12)). Aún podrá no estar de acuerdo con lo que dice. Llame gratis a un funcionario de Información y Asistencia (I&A) del estado al ${IA_PHONE}, o a un abogado, sobre sus opciones.`,
  },
});
