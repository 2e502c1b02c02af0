// Labels that say what a date is, English and Spanish. The date reader (extract/roles.ts) looks for them before a
// date on its line, in its table column's header, in the line above and in a label/value pair; which one a date
// takes, and what that means for each notice kind, is weighed by the fitted role model (extract/model/).
import { wordings } from './types';

/** What a labelled date is. Classes that are not DateRoles are never deadline triggers. */
export type LabelClass =
  | 'injury_date'
  | 'birth_date'
  | 'visit' // a medical date of service / visit / appointment already held: never a trigger
  | 'claim' // a claim or case number that looks like a date
  | 'ur_decision_date' // the date of a UR decision (in an IMR letter: the decision under review)
  | 'decision_date'
  | 'service_date'
  | 'panel_assigned_date'
  | 'exam_date'
  | 'report_date'
  | 'received_date'
  | 'rfa_received_date'
  | 'imr_requested_date'
  | 'mmi_date' // the permanent & stationary / MMI date itself
  | 'document_date'
  | 'other'; // deadlines, payments, "printed on", periods: dates that are not this notice's facts

export const LABEL_CLASSES: readonly LabelClass[] = [
  'injury_date', 'birth_date', 'visit', 'claim', 'ur_decision_date', 'decision_date', 'service_date', 'panel_assigned_date',
  'exam_date', 'report_date', 'received_date', 'rfa_received_date', 'imr_requested_date', 'mmi_date', 'document_date', 'other',
];

/** A bare "Date" column header: a table's date, not the letter's. */
export const HEADER_DEFAULT: LabelClass = 'other';

// Order matters only for ties (two labels ending at the same place): earlier rows win.
export const LABELS = wordings<LabelClass>([
  { id: 'label.injury.en', cls: 'injury_date', lang: 'en', re: /\bD\/I(?:njury)?\b|\binjury (?:of|on)\b|\b(?:date|dates) of (?:injury|loss|accident)\b|\bDOI\b|\binjury date\b|\binjured on\b|\bCT dates?\b/i,
    examples: ['Date of Injury:', 'DOI', 'Injury date', 'D/I:', 'injured on'], counter: ['Date of service', 'injury report'] },
  { id: 'label.injury.es', cls: 'injury_date', lang: 'es', re: /\bfecha (?:de(?:l)? )?(?:la )?(?:lesi[oó]n|accidente)\b|\blesi[oó]n (?:del|de fecha|ocurrida el)\b/i,
    examples: ['Fecha de la lesión:', 'Fecha del accidente', 'lesión ocurrida el'], counter: ['fecha de la carta'] },
  { id: 'label.birth', cls: 'birth_date', lang: 'any', re: /\b(?:date of birth|birth ?date)\b|\bD\.?O\.?B\.?(?![a-z])|\bfecha de nacimiento\b|\bborn on\b/i,
    examples: ['Date of birth:', 'DOB', 'D.O.B.', 'Fecha de nacimiento:'], counter: ['Date of injury', 'DOBSON'] },
  { id: 'label.claim', cls: 'claim', lang: 'any', re: /\b(?:claim|case|reference|ref|policy|member|account|ADJ|WCAB|panel|IMR case|control)[ \t]{0,3}(?:no\.?|number|num|#|ID)[ \t]{0,3}:?|\bn[uú]mero de (?:reclamo|reclamaci[oó]n|caso)[ \t]{0,3}:?/i,
    examples: ['Claim No.', 'Case #:', 'Panel ID', 'Número de reclamo:'], counter: ['claims administrator'] },
  { id: 'label.visit.en', cls: 'visit', lang: 'en', re: /\b(?:date|dates) of (?:medical )?(?:service|visit|treatment)\b(?! of (?:this|the) )|\bDOS\b|\bservice dates?\b|\bvisit date\b|\bdate of (?:last )?(?:office )?visit\b|\bseen on\b/i,
    examples: ['Date of service:', 'DOS', 'Visit date', 'seen on'], counter: ['Date of service of this decision', 'date served'] },
  { id: 'label.visit.es', cls: 'visit', lang: 'es', re: /\bfecha(?:s)? de(?:l)? (?:servicio|consulta|tratamiento)\b/i,
    examples: ['Fecha de servicio', 'fecha de consulta', 'Fechas de tratamiento'], counter: ['fecha de envío'] },
  { id: 'label.rfa.dated', cls: 'rfa_received_date', lang: 'en', re: /\b(?:RFA|request for authorization|DWC Form RFA)(?: form)? dated\b|\bdate (?:of )?(?:RFA|request) received\b|\bRFA (?:received )?date\b/i,
    examples: ['RFA dated', 'Request for Authorization dated', 'Date RFA received', 'RFA date'], counter: ['RFA form'] },
  { id: 'label.rfa.received', cls: 'rfa_received_date', lang: 'en', re: /\b(?:RFA|request for authorization|request)[ \t]{1,3}(?:was[ \t]{1,3})?(?:received|recd\.?)(?: on| date)?\b|\bdate received by (?:UR|utilization review)\b/i,
    examples: ['Request received:', 'RFA received on', 'request was received on', 'Date received by UR'], counter: ['received your letter'] },
  { id: 'label.rfa.of', cls: 'rfa_received_date', lang: 'en', re: /\bdate of (?:the )?(?:RFA|request(?: for authorization)?)\b/i,
    examples: ['Date of the RFA:', 'date of request'], counter: ['date of the report'] },
  { id: 'label.rfa.es', cls: 'rfa_received_date', lang: 'es', re: /\bsolicitud (?:de autorizaci[oó]n )?recibida\b|\bfecha de (?:la )?solicitud\b/i,
    examples: ['Solicitud de autorización recibida', 'Fecha de la solicitud:'], counter: ['solicitud de IMR'] },
  { id: 'label.rfa.sentence', cls: 'rfa_received_date', lang: 'en', re: /\breceived (?:your |the |a )?(?:[\p{L}'’]{1,20} ){0,2}(?:request for authorization|RFA)\b[^.\n]{0,60}?\s(?:on|dated)\b/iu,
    examples: ['we received your request for authorization from your doctor on', 'received the RFA dated'], counter: ['received this report on'] },
  { id: 'label.imr-requested', cls: 'imr_requested_date', lang: 'en', re: /\b(?:IMR )?application (?:was )?received(?: on)?\b|\bdate (?:IMR )?application received\b|\bdate of (?:IMR )?application\b|\bIMR request(?:ed)? (?:date|on)\b/i,
    examples: ['Application received:', 'Date IMR application received', 'IMR requested on'], counter: ['application form'] },
  { id: 'label.ur-decision.en', cls: 'ur_decision_date', lang: 'en', re: /\bdate of (?:the )?(?:UR|utilization review) (?:decision|determination|denial|non-?certification|modification)\b/i,
    examples: ['Date of UR Decision:', 'Date of the Utilization Review determination'], counter: ['Date of decision'] },
  { id: 'label.ur-decision.named', cls: 'ur_decision_date', lang: 'en', re: /\b(?:UR|utilization review) (?:decision|determination|denial|non-?certification|modification)(?: (?:date|dated|of|issued on))?\b/i,
    examples: ['UR Denial Date:', 'Utilization Review decision dated', 'UR decision'], counter: ['IMR decision'] },
  { id: 'label.ur-decision.es', cls: 'ur_decision_date', lang: 'es', re: /\bfecha de (?:la )?decisi[oó]n de (?:la )?revisi[oó]n de utilizaci[oó]n\b/i,
    examples: ['Fecha de la decisión de revisión de utilización'], counter: ['Fecha de la decisión'] },
  { id: 'label.decision.date-of', cls: 'decision_date', lang: 'en', re: /\bdate of (?:the |this )?(?:final )?(?:decision|determination|review|certification|non-?certification)\b/i,
    examples: ['Date of decision:', 'Date of this determination', 'Date of the final determination'], counter: ['Date of injury'] },
  { id: 'label.decision.named', cls: 'decision_date', lang: 'en', re: /\b(?:decision|determination|review|certification|non-?certification|approval) date\b|\bdecided on\b|\breviewed on\b/i,
    examples: ['Determination Date:', 'Decision date', 'reviewed on'], counter: ['decision letter'] },
  { id: 'label.decision.made', cls: 'decision_date', lang: 'en', re: /\b(?:review|determination|decision) (?:completed|finalized)(?: on)?\b|\b(?:decision|determination) (?:was )?(?:made|issued|rendered|signed)(?: on)?\b/i,
    examples: ['Review completed on', 'Decision made:', 'determination was issued on'], counter: ['decision maker'] },
  { id: 'label.decision.es', cls: 'decision_date', lang: 'es', re: /\bfecha de (?:la )?(?:decisi[oó]n|determinaci[oó]n)\b|\bdecisi[oó]n tomada el\b/i,
    examples: ['Fecha de la decisión:', 'Fecha de determinación', 'decisión tomada el'], counter: ['fecha de envío'] },
  { id: 'label.panel.date', cls: 'panel_assigned_date', lang: 'any', re: /\bpanel date\b|\bdate (?:(?:replacement|new|QME) ){1,3}panel (?:assigned|issued)\b|\bdate (?:panel )?(?:assigned|issued|selected)\b/i,
    examples: ['Panel Date:', 'Date Panel Assigned:', 'Date replacement panel issued', 'Date issued'], counter: ['panel list'] },
  { id: 'label.panel.assignment', cls: 'panel_assigned_date', lang: 'en', re: /\b(?:panel )?(?:assignment|issue|issuance) date\b|\bdate of (?:panel )?(?:assignment|issuance|issue)\b|\bpanel (?:was )?(?:assigned|issued)(?: on)?\b/i,
    examples: ['Panel assignment date', 'Issue date:', 'Date of assignment', 'panel was assigned on'], counter: ['assigned to'] },
  { id: 'label.panel.sentence', cls: 'panel_assigned_date', lang: 'en', re: /\b(?:issued|assigned)[ \t]{1,3}(?:(?:the|a|your|QME|replacement|new|an?)[ \t]{1,3}){0,3}panel\b[^\n]{0,30}?\s(?:on|dated)\b|\bpanel\b[^\n]{0,30}?\b(?:was|were)[ \t]{1,3}(?:assigned|issued)(?: on)?\b/i,
    examples: ['issued the panel on', 'assigned a replacement panel on', 'The QME panel list was issued on'], counter: ['the panel will be issued'] },
  { id: 'label.panel.es', cls: 'panel_assigned_date', lang: 'es', re: /\bfecha (?:de )?(?:asignaci[oó]n|emisi[oó]n)(?: del panel)?\b|\bpanel asignado el\b/i,
    examples: ['Fecha de asignación:', 'fecha de emisión del panel', 'panel asignado el'], counter: ['fecha de envío'] },
  { id: 'label.exam.en', cls: 'exam_date', lang: 'en', re: /\bdate of (?:the |this |your )?(?:current )?(?:exam(?:ination)?|evaluation|appointment)\b|\b(?:exam(?:ination)?|evaluation|appointment) date\b|\bexamined on\b/i,
    examples: ['Date of exam:', 'Date of Current Exam', 'Examination date', 'examined on'], counter: ['date of injury'] },
  { id: 'label.exam.appointment', cls: 'exam_date', lang: 'en', re: /\bappointment (?:is )?(?:scheduled )?(?:for|on)\b/i,
    examples: ['appointment is scheduled for', 'appointment on'], counter: ['make an appointment'] },
  { id: 'label.exam.es', cls: 'exam_date', lang: 'es', re: /\bfecha de (?:la )?(?:cita|evaluaci[oó]n|examen)\b/i,
    examples: ['Fecha de la cita:', 'Fecha de examen', 'fecha de evaluación'], counter: ['fecha de la carta'] },
  { id: 'label.report', cls: 'report_date', lang: 'any', re: /\b(?:date of (?:this )?report|report date|report dated|date report (?:signed|issued)|fecha del informe|informe fechado)\b/i,
    examples: ['Date of report:', 'Report date', 'report dated', 'Fecha del informe:'], counter: ['report of injury'] },
  { id: 'label.report.signed', cls: 'report_date', lang: 'en', re: /\bsigned (?:on )?this\b|\bsigned on\b/i,
    examples: ['Signed this', 'signed on'], counter: ['signature'] },
  { id: 'label.mmi', cls: 'mmi_date', lang: 'en', re: /\bpermanent (?:and|&) stationary(?: date| as of| on)?\b|\bP&S (?:date|as of)\b|\bMMI (?:date|as of|on|reached)\b/i,
    examples: ['Permanent and stationary as of', 'P&S date:', 'MMI date'], counter: ['permanency rating'] },
  { id: 'label.mmi.reached', cls: 'mmi_date', lang: 'en', re: /\bdate of (?:MMI|maxim(?:um|al) medical improvement)\b|\breached (?:MMI|maxim(?:um|al) medical improvement)(?: on| as of)?\b/i,
    examples: ['Date of MMI:', 'reached maximum medical improvement on'], counter: ['medical improvement is expected'] },
  { id: 'label.received.stamp', cls: 'received_date', lang: 'any', re: /(?:^|[\n)\]\t])[ \t]{0,12}(?:RECEIVED|RECIBIDO)[ \t]{0,8}(?::[ \t]{0,8})?$/,
    // a stamp printed over a form's title line reads glued to it: "(PR-4)RECEIVED"
    examples: ['RECEIVED', 'RECIBIDO:', '\n  RECEIVED ', 'REPORT (PR-4)RECEIVED', 'Claim file\tRECEIVED'], counter: ['We RECEIVED', 'NOT RECEIVED', 'WAS  RECEIVED'] },
  { id: 'label.received.cell', cls: 'received_date', lang: 'any', re: /(?:^|[\t\n])[ \t]{0,12}(?:received|recibido)[ \t]{0,8}(?::[ \t]{0,8})?$/i,
    examples: ['Received', 'Received:', '\tRecibido'], counter: ['was received'] },
  { id: 'label.received.named', cls: 'received_date', lang: 'any', re: /\b(?:date received|received (?:on|date)|date of receipt|fecha de recibo|recibid[oa] el)\b|\breceived by (?:the |our )?[\p{L} ]{2,40}?:/iu,
    examples: ['Date received:', 'received on', 'Date of receipt', 'Received by the claims office:', 'recibida el'], counter: ['receipt number'] },
  { id: 'label.received.sentence', cls: 'received_date', lang: 'en', re: /\breceived[ \t]{1,3}(?:(?:this|the|your|a copy of the|a copy of this)[ \t]{1,3})?(?:[\p{L}&'’-]{1,20}[ \t]{1,3}){0,3}?(?:report|letter|list|notice)[ \t]{1,3}on\b/iu,
    examples: ['Our office received this report on', 'received your letter on', 'received a copy of the P&S report on'], counter: ['received the RFA on'] },
  { id: 'label.received.sentence.es', cls: 'received_date', lang: 'es', re: /\b(?:recibimos|recibi[oó])[ \t]{1,3}(?:(?:su|el|la|este|esta)[ \t]{1,3})?(?:[\p{L}-]{1,20}[ \t]{1,3}){0,3}?(?:informe|carta|lista|aviso)[ \t]{1,3}el\b/iu,
    examples: ['recibimos su carta el', 'recibió el informe el'], counter: ['recibimos la solicitud el'] },
  { id: 'label.service.colon', cls: 'service_date', lang: 'any', re: /\b(?:sent|mailed|served|fecha de env[ií]o)[ \t]{0,3}:|\b(?:sent|served|delivered|mailed) via\b|\bdate of service of (?:this|the) (?:decision|notice|letter|determination|report)\b/i,
    examples: ['Mailed:', 'Sent:', 'served via', 'Date of service of this decision', 'Fecha de envío:'], counter: ['Date of service'] },
  { id: 'label.service.served-by', cls: 'service_date', lang: 'en', re: /\bserved by (?:U\.?S\.? |first[- ]class |certified )?(?:mail|fax|e-?mail)\b|\bby (?:first[- ]class |certified |regular |U\.?S\.? )?mail on\b/i,
    examples: ['served by first-class mail', 'by U.S. mail on', 'served by fax'], counter: ['mail to'] },
  { id: 'label.service.was', cls: 'service_date', lang: 'en', re: /\b(?:was|were|been) (?:sent|served|mailed|faxed|delivered|e-?mailed)\b/i,
    examples: ['was mailed', 'were served', 'has been sent'], counter: ['will be sent'] },
  { id: 'label.service.deposit', cls: 'service_date', lang: 'en', re: /\bdepositing\b|\bdeposited\b|\bplaced (?:it |them )?in the (?:U\.?S\.?[ \t]{1,3}|United[ \t]{1,3}States[ \t]{1,3})?mail\b/i,
    examples: ['by depositing', 'placed it in the U.S. mail', 'deposited'], counter: ['deposit account'] },
  { id: 'label.service.usps', cls: 'service_date', lang: 'en', re: /\bin the United[ \t]{1,3}States[ \t]{1,3}mail\b|\bUnited[ \t]{1,3}States[ \t]{1,3}Postal[ \t]{1,3}Service\b/i,
    examples: ['in the United States mail', 'United States Postal Service'], counter: ['United States'] },
  { id: 'label.service.date-of', cls: 'service_date', lang: 'en', re: /\bdate (?:of )?(?:mailing|mailed|served|sent|faxed|e-?mailed)\b|\bmail(?:ing)? date\b|\bdate of proof of service\b|\bproof of service date\b/i,
    examples: ['Date mailed:', 'Date of mailing', 'Mailing date', 'Date sent', 'Proof of service date'], counter: ['date of service'] },
  { id: 'label.service.on', cls: 'service_date', lang: 'en', re: /\b(?:mailed on|mailed|served on|served by mail on|sent on|faxed on|e-?mailed on|executed on)\b/i,
    examples: ['mailed on', 'served on', 'faxed on', 'Executed on'], counter: ['e-mail address'] },
  { id: 'label.service.es', cls: 'service_date', lang: 'es', re: /\bcorreo de los Estados Unidos\b|\bfranqueo pagado\b|\benvi[eé](?![\p{L}])|\bfecha de (?:env[ií]o|notificaci[oó]n|servicio postal)(?![\p{L}])|\benviad[oa] (?:por correo )?el\b/iu,
    examples: ['correo de los Estados Unidos', 'envié', 'Fecha de notificación:', 'enviada por correo el'], counter: ['enviar la solicitud'] },
  { id: 'label.service.es2', cls: 'service_date', lang: 'es', re: /\benvi[oó] (?:por correo )?el\b|\bnotificad[oa] el\b|\bdepositad[oa]\b/iu,
    examples: ['se envió por correo el', 'notificada el', 'depositado'], counter: ['notificar'] },
  { id: 'label.other.printed', cls: 'other', lang: 'en', re: /\b(?:printed|print date|last updated|updated|posted|published|copyright|processed)\b/i,
    examples: ['Printed', 'Last updated', 'Posted'], counter: ['print'] },
  { id: 'label.other.payment', cls: 'other', lang: 'en', re: /\b(?:paid|payment date|check date|issued to you|statement date|billed|bill date|next (?:payment|appointment))\b/i,
    examples: ['Payment date', 'Check date', 'Statement date', 'next appointment'], counter: ['payable'] },
  { id: 'label.other.deadline', cls: 'other', lang: 'en', re: /\b(?:period|effective|respond by|response due|no later than|deadline|due(?: date| by)?|expires?|until|follow[- ]up)\b/i,
    examples: ['Respond by', 'no later than', 'Due date', 'effective', 'until'], counter: ['produce'] },
  { id: 'label.other.es', cls: 'other', lang: 'es', re: /\b(?:hasta el|antes del?|a m[aá]s tardar el|vence el)\b/i,
    examples: ['hasta el', 'antes de', 'a más tardar el'], counter: ['fecha de envío'] },
  { id: 'label.document', cls: 'document_date', lang: 'any', re: /(?:^|[\t\n]|\b)(?:date|dated|letter date|notice date|date of (?:this )?(?:letter|notice)|fecha(?: de (?:la )?carta)?)[ \t]{0,8}(?::[ \t]{0,8})?$/i,
    examples: ['Date:', 'Dated', 'Letter date:', 'Fecha:', 'Date of this notice'], counter: ['Date of injury:', 'dated the report'] },
]);
