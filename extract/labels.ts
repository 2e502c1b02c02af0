// Labels that say what a date is, English and Spanish. A date takes the class of the closest label before it on
// its line (or the line above, or its table column's header). Data only; roles.ts applies it.

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

export interface LabelRule {
  cls: LabelClass;
  re: RegExp;
}

// Order matters only for ties (two labels ending at the same place): earlier rules win.
export const LABEL_RULES: readonly LabelRule[] = [
  { cls: 'injury_date', re: /\bD\/I(?:njury)?\b|\binjury (?:of|on)\b|\b(?:date|dates) of (?:injury|loss|accident)\b|\bDOI\b|\binjury date\b|\bfecha (?:de(?:l)? )?(?:la )?(?:lesi[oó]n|accidente)\b|\blesi[oó]n (?:del|de fecha|ocurrida el)\b|\binjured on\b|\bCT dates?\b/gi },
  { cls: 'birth_date', re: /\b(?:date of birth|birth ?date)\b|\bD\.?O\.?B\.?(?![a-z])|\bfecha de nacimiento\b|\bborn on\b/gi },
  { cls: 'claim', re: /\b(?:claim|case|reference|ref|policy|member|account|ADJ|WCAB|panel|IMR case|control)\s*(?:no\.?|number|num|#|ID)\s*:?|\b(?:n[uú]mero de (?:reclamo|reclamaci[oó]n|caso))\s*:?/gi },
  { cls: 'visit', re: /\b(?:date|dates) of (?:medical )?(?:service|visit|treatment)\b|\bDOS\b|\bservice dates?\b|\bvisit date\b|\bdate of (?:last )?(?:office )?visit\b|\bseen on\b|\bfecha(?:s)? de(?:l)? (?:servicio|consulta|tratamiento)\b/gi },
  { cls: 'rfa_received_date', re: /\b(?:RFA|request for authorization|DWC Form RFA)(?: form)? dated\b|\b(?:RFA|request for authorization|request)\s+(?:was\s+)?(?:received|recd\.?)(?: on| date)?\b|\bdate (?:of )?(?:RFA|request) received\b|\bdate received by (?:UR|utilization review)\b|\bRFA (?:received )?date\b|\bdate of (?:the )?(?:RFA|request(?: for authorization)?)\b|\bsolicitud (?:de autorizaci[oó]n )?recibida\b|\bfecha de (?:la )?solicitud\b/gi },
  { cls: 'rfa_received_date', re: /\breceived (?:your |the |a )?(?:[\p{L}'’]+ ){0,2}(?:request for authorization|RFA)\b[^.\n]{0,60}?\s(?:on|dated)\b/giu },
  { cls: 'imr_requested_date', re: /\b(?:IMR )?application (?:was )?received(?: on)?\b|\bdate (?:IMR )?application received\b|\bdate of (?:IMR )?application\b|\bIMR request(?:ed)? (?:date|on)\b/gi },
  { cls: 'ur_decision_date', re: /\b(?:date of (?:the )?(?:UR|utilization review) (?:decision|determination|denial|non-?certification|modification)|(?:UR|utilization review) (?:decision|determination|denial|non-?certification|modification) (?:date|dated|of|issued on)|UR decision|utilization review decision)\b|\bfecha de (?:la )?decisi[oó]n de (?:la )?revisi[oó]n de utilizaci[oó]n\b/gi },
  { cls: 'decision_date', re: /\b(?:date of (?:the |this )?(?:final )?(?:decision|determination|review|certification|non-?certification)|(?:decision|determination|review|certification|non-?certification|approval) date|(?:review|determination|decision) (?:completed|finalized)(?: on)?|decided on|(?:decision|determination) (?:was )?(?:made|issued|rendered|signed)(?: on)?|reviewed on|fecha de (?:la )?(?:decisi[oó]n|determinaci[oó]n)|decisi[oó]n tomada el)\b/gi },
  { cls: 'panel_assigned_date', re: /\bpanel date\b|\b(?:issued|assigned)\s+(?:(?:the|a|your|QME|replacement|new|an?)\s+)*panel\b[^\n]{0,30}?\s(?:on|dated)\b|\bpanel\b[^\n]{0,30}?\b(?:was|were)\s+(?:assigned|issued)(?: on)?\b|\bdate (?:(?:replacement|new|QME) )+panel (?:assigned|issued)\b|\b(?:date (?:panel )?(?:assigned|issued|selected)|(?:panel )?(?:assignment|issue|issuance) date|date of (?:panel )?(?:assignment|issuance|issue)|panel (?:was )?(?:assigned|issued)(?: on)?|fecha (?:de )?(?:asignaci[oó]n|emisi[oó]n)(?: del panel)?|panel asignado el)\b/gi },
  { cls: 'exam_date', re: /\b(?:date of (?:the |this |your )?(?:exam(?:ination)?|evaluation|appointment)|(?:exam(?:ination)?|evaluation|appointment) date|examined on|appointment (?:is )?(?:scheduled )?(?:for|on)|fecha de (?:la )?(?:cita|evaluaci[oó]n|examen))\b/gi },
  { cls: 'report_date', re: /\b(?:date of (?:this )?report|report date|report dated|date report (?:signed|issued)|fecha del informe|informe fechado)\b/gi },
  // "Signed this 23rd day of September, 2026" at the end of a report (in a proof of service: the service date)
  { cls: 'report_date', re: /\bsigned (?:on )?this\b|\bsigned on\b/gi },
  { cls: 'mmi_date', re: /\b(?:permanent (?:and|&) stationary(?: date| as of| on)?|P&S date|P&S as of|MMI (?:date|as of|on|reached)|date of (?:MMI|maximum medical improvement|maximal medical improvement)|reached (?:MMI|maximum medical improvement|maximal medical improvement)(?: on| as of)?)\b/gi },
  { cls: 'received_date', re: /(?:^|\n)[ \t]{0,12}(?:RECEIVED|RECIBIDO)[ \t]{0,8}(?::[ \t]{0,8})?$/gm }, // a date stamp
  { cls: 'received_date', re: /(?:^|[\t\n])[ \t]{0,12}(?:received|recibido)[ \t]{0,8}(?::[ \t]{0,8})?$/gi }, // "Received 07/21/2026" starting a line or cell
  { cls: 'received_date', re: /\b(?:date received|received (?:on|date)|date of receipt|fecha de recibo|recibid[oa] el)\b/gi },
  { cls: 'received_date', re: /\breceived by (?:the |our )?[\p{L} ]{2,40}?:/giu },
  // "Our office received this report on September 8, 2026" (a request received is the RFA's date, above)
  { cls: 'received_date', re: /\b(?:received|recibimos|recibi[oó])\s+(?:(?:this|the|your|a copy of the|a copy of this|su|el|la|este|esta)\s+)?(?:[\p{L}&'’-]+\s+){0,3}?(?:report|letter|list|notice|informe|carta|lista|aviso)\s+(?:on|el)\b/giu },
  { cls: 'service_date', re: /\b(?:sent|mailed|served|fecha de env[ií]o)\s*:|\bserved by (?:U\.?S\.? |first[- ]class |certified )?(?:mail|fax|e-?mail)\b|\b(?:sent|served|delivered|mailed) via\b|\bdate of service of (?:this|the) (?:decision|notice|letter|determination|report)\b|\b(?:was|were|been) (?:sent|served|mailed|faxed|delivered|e-?mailed)\b|\bby (?:first[- ]class |certified |regular |U\.?S\.? )?mail on\b|\bdepositing\b|\bcorreo de los Estados Unidos\b|\bfranqueo pagado\b|\benvi[eé]\b|\b(?:date (?:of )?(?:mailing|mailed|served|sent|faxed|e-?mailed)|mailed on|mailed|mail(?:ing)? date|date of proof of service|served on|served by mail on|proof of service date|sent on|faxed on|e-?mailed on|deposited|placed (?:it |them )?in the (?:U\.?S\.?\s+|United\s+States\s+)?mail|in the United\s+States\s+mail|United\s+States\s+Postal\s+Service|executed on|fecha de (?:env[ií]o|notificaci[oó]n|servicio postal)|enviad[oa] (?:por correo )?el|envi[oó] (?:por correo )?el|notificad[oa] el|depositad[oa])\b/gi },
  { cls: 'other', re: /\b(?:printed|print date|last updated|updated|posted|published|paid|payment date|check date|issued to you|period|effective|respond by|response due|no later than|deadline|due(?: date| by)?|expires?|until|hasta el|antes del?|statement date|billed|bill date|processed|next (?:payment|appointment)|follow[- ]up|copyright)\b/gi },
  { cls: 'document_date', re: /(?:^|[\t\n]|\b)(?:date|dated|letter date|notice date|date of (?:this )?(?:letter|notice)|fecha(?: de (?:la )?carta)?)[ \t]{0,8}(?::[ \t]{0,8})?$/gi },
];

/** A label from a table column header: a bare "Date" header is a history/table date, not the letter's date. */
export const HEADER_DEFAULT: LabelClass = 'other';
