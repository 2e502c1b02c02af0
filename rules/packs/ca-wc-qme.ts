// California workers' comp: Qualified Medical Evaluator (QME) panel clocks.
// Research: ../shared/rules-research.md rows ca_wc.qme_*; Ambiguities 6–11, as of 2026-11-22.
import { AS_OF, SRC, defineRule } from './common';

const PANEL_ROLES = ['panel_assigned_date', 'document_date', 'service_date', 'received_date'] as const;

// Lab. Code § 4062.2(c): "Within 10 days of assignment of the panel ..., each party may strike one name".
// Mail time (Messele 2011 en banc; Razo 2014; Matute 2015 fn. 10) is disputed (Crawford 2019; Rodriguez 2022):
// used for `latest` only (Ambiguity 6).
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
  title: { en: 'Strike one QME from the panel', es: 'Tache un QME de la lista' },
  explanation: {
    en: 'You have a lawyer and a panel of three QMEs was assigned. Each side may strike one name within 10 days of the assignment. If a side does not strike in time, the other side may choose.',
    es: 'Usted tiene abogado y se asignó una lista de tres QME. Cada parte puede tachar un nombre dentro de 10 días a partir de la asignación. Si una parte no tacha a tiempo, la otra puede elegir.',
  },
  action: {
    en: 'Ask your attorney to serve the strike on the other side in writing, naming the panel number.',
    es: 'Pida a su abogado que notifique el tachado por escrito a la otra parte, con el número de la lista.',
  },
  notes: ['Mail time for strikes is disputed: the latest date adds it, the safe date does not.'],
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
  sources: [SRC.lc4062_1],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'Choose a QME and make the appointment', es: 'Elija un QME y haga la cita' },
  explanation: {
    en: 'Without a lawyer, you have 10 days from the date the panel was issued to choose one of the three doctors, make the appointment and tell the claims administrator. After that the claims administrator may choose for you.',
    es: 'Sin abogado, tiene 10 días desde la fecha en que se emitió la lista para elegir a uno de los tres médicos, hacer la cita e informar al administrador de reclamos. Después, el administrador puede elegir por usted.',
  },
  action: {
    en: 'Call one of the QMEs on the panel, make the appointment, and tell the claims administrator in writing which doctor you chose and when the exam is. Keep a copy.',
    es: 'Llame a uno de los QME de la lista, haga la cita e informe por escrito al administrador de reclamos qué médico eligió y cuándo es el examen. Guarde una copia.',
  },
});

// Lab. Code § 4062.2(d): represented case, 10 days after the QME is selected to arrange the appointment;
// 8 CCR § 31.3(d) says 10 business days. Conservative: 10 calendar days (Ambiguity 8).
export const qmeScheduleRep = defineRule({
  id: 'ca.qme.schedule_rep',
  jurisdiction: 'US-CA',
  trigger: { kind: 'qme_panel', conditions: { represented: [true, 'unknown'] } },
  startRoles: ['qme_selected_date'],
  clock: { amount: 10, unit: 'calendar_days' },
  rollForward: 'latest',
  type: 'deadline',
  actor: 'worker',
  citation: 'Lab. Code § 4062.2(d); 8 CCR § 31.3(d)',
  sources: [SRC.sullivanStrike],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'Schedule the QME appointment', es: 'Programe la cita con el QME' },
  explanation: {
    en: 'After the QME is selected, the represented worker has 10 days to arrange the appointment and tell the other side; after that the employer may arrange it. The regulation says 10 business days; the safe date uses 10 calendar days.',
    es: 'Después de elegir al QME, el trabajador con abogado tiene 10 días para programar la cita e informar a la otra parte; después, el empleador puede programarla. El reglamento dice 10 días hábiles; la fecha segura usa 10 días naturales.',
  },
  action: {
    en: 'Ask your attorney to make the appointment and serve the appointment notice on the other side.',
    es: 'Pida a su abogado que haga la cita y notifique el aviso de la cita a la otra parte.',
  },
});

// Lab. Code § 4062.2(b); 8 CCR § 30(b): "No earlier than the first working day that is at least 10 days after the
// date of mailing of ... an objection". Practitioners add +5 for mail (Messele): day 16 (Ambiguity 7).
export const qmePanelRequestEarliest = defineRule({
  id: 'ca.qme.panel_request_earliest',
  jurisdiction: 'US-CA',
  trigger: { kind: 'objection_letter', conditions: { represented: [true, 'unknown'] } },
  startRoles: ['objection_mailed_date', 'service_date', 'document_date'],
  latestStartRoles: ['objection_mailed_date', 'service_date'],
  clock: { amount: 10, unit: 'calendar_days' },
  mailExtension: { policy: 'ccr10605', basis: 'Messele v. Pitco Foods (2011) WCAB en banc; CCP § 1013' },
  rollForward: 'both',
  type: 'earliest',
  actor: 'either_party',
  citation: 'Lab. Code § 4062.2(b); 8 CCR § 30(b)',
  sources: [SRC.lc4062_2, SRC.panelRequest],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'Earliest day to request a QME panel', es: 'Primer día para pedir una lista de QME' },
  explanation: {
    en: 'After a written objection is mailed, either side may request a QME panel on or after the first working day at least 10 days later. Because of mail time, many practitioners wait until the later date shown. This is not a deadline.',
    es: 'Después de enviar por correo una objeción escrita, cualquier parte puede pedir una lista de QME a partir del primer día hábil que sea al menos 10 días después. Por el tiempo de correo, muchos profesionales esperan hasta la fecha posterior indicada. Esto no es un plazo límite.',
  },
  action: {
    en: 'Your attorney requests the panel online at the DWC Medical Unit, attaching the objection letter, and serves the panel on the other side within 1 working day.',
    es: 'Su abogado pide la lista en línea a la Unidad Médica de la DWC, adjuntando la carta de objeción, y notifica la lista a la otra parte dentro de 1 día hábil.',
  },
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
  title: { en: 'Send the QME panel request form', es: 'Envíe el formulario para pedir la lista de QME' },
  explanation: {
    en: 'The claims administrator gave you the QME panel request form (Form 105). If you do not submit it within 10 days, the employer may request the panel itself and choose the medical specialty.',
    es: 'El administrador de reclamos le dio el formulario para pedir la lista de QME (Formulario 105). Si no lo envía dentro de 10 días, el empleador puede pedir la lista y elegir la especialidad médica.',
  },
  action: {
    en: 'Fill in QME Form 105, choose the specialty you want, and send it to the DWC Medical Unit with a copy of the objection or request that came with it. Keep proof of the date you sent it.',
    es: 'Llene el Formulario 105 de QME, elija la especialidad que desea y envíelo a la Unidad Médica de la DWC con una copia de la objeción o solicitud que lo acompañaba. Guarde prueba de la fecha de envío.',
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
  notes: ['The latest date uses 120 days: the limit when the scheduling party waived the 90-day limit.'],
  rollForward: 'none',
  type: 'expected',
  actor: 'qme',
  citation: '8 CCR §§ 31.3(e), 31.5(a)(2)',
  sources: [SRC.reg31_5],
  asOf: AS_OF,
  confidence: 'verified',
  needsConfirmation: false,
  title: { en: 'QME exam must be within 90 days', es: 'El examen del QME debe ser dentro de 90 días' },
  explanation: {
    en: 'The QME must be able to examine you within 90 days of the first request for an appointment (up to 120 days if the scheduling party agreed to wait). If not, you may ask for a replacement QME.',
    es: 'El QME debe poder examinarle dentro de 90 días de la primera solicitud de cita (hasta 120 días si la parte que programa aceptó esperar). Si no, puede pedir un QME de reemplazo.',
  },
  action: {
    en: 'If the offered exam date is later than this, request a replacement QME from the DWC Medical Unit (QME Form 31.5) and attach proof of the date you asked for the appointment.',
    es: 'Si la fecha de examen ofrecida es posterior, pida un QME de reemplazo a la Unidad Médica de la DWC (Formulario QME 31.5) y adjunte prueba de la fecha en que pidió la cita.',
  },
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
  title: { en: 'QME report due', es: 'Informe del QME debido' },
  explanation: {
    en: 'The QME report is due 30 days after the exam (longer only with the Medical Director’s approval). If it is late, you may object and ask for a new evaluation, but only before the report is served.',
    es: 'El informe del QME vence 30 días después del examen (más tiempo solo con aprobación del Director Médico). Si se retrasa, puede objetar y pedir una nueva evaluación, pero solo antes de que se notifique el informe.',
  },
  action: {
    en: 'If no report has been served by the day after this date, object in writing right away (before it is served) and request a replacement panel, attaching proof of the exam date.',
    es: 'Si no se ha notificado el informe al día siguiente de esta fecha, objete por escrito de inmediato (antes de que se notifique) y pida una lista de reemplazo, adjuntando prueba de la fecha del examen.',
  },
});
