// Wordings the layout reads: section headings (a proof of service, a letter history, quoted mail, instructions and
// general rights) and the cues that flag a clause (conditional, hypothetical, negated, a reference to another
// document) or tie a date to an act (served, decided, received, assigned, examined, signed).
import { wordings } from './types';

export type SectionKind = 'proof_of_service' | 'history' | 'quoted_mail' | 'instructions' | 'summary';

/** Headings that open a section; the section reader decides where it ends (extract/layout/sections.ts). */
export const SECTION_HEADINGS = wordings<SectionKind>([
  { id: 'section.pos', cls: 'proof_of_service', lang: 'en', re: /\b(?:proof of service|declaration of service|certificate of (?:service|mailing)|proof of mailing|service list)\b/i,
    examples: ['PROOF OF SERVICE BY MAIL', 'Certificate of Mailing', 'Declaration of service'], counter: ['date of service'] },
  { id: 'section.pos.es', cls: 'proof_of_service', lang: 'es', re: /\b(?:comprobante de (?:entrega|env[ií]o|notificaci[oó]n)|prueba de (?:notificaci[oó]n|servicio|env[ií]o)|constancia de (?:env[ií]o|notificaci[oó]n)|declaraci[oó]n de (?:env[ií]o|notificaci[oó]n))\b/i,
    examples: ['PRUEBA DE NOTIFICACIÓN', 'Constancia de envío'], counter: ['fecha de envío'] },
  { id: 'section.history', cls: 'history', lang: 'en', re: /^[ \t]{0,12}(?:(?:claim|letter|notice|document|correspondence|decision|ur|activity|case|request|rfa) )?history[ \t]{0,8}(?::[ \t]{0,8})?$/im,
    examples: ['Letter history', 'UR History', 'History:'], counter: ['history of present illness'] },
  { id: 'section.history.earlier', cls: 'history', lang: 'en', re: /^[ \t]{0,12}(?:earlier|previous|past|prior|older|archived?) (?:letters|notices|decisions|documents|correspondence|requests)[ \t]{0,8}(?::[ \t]{0,8})?$/im,
    examples: ['Previous notices:', 'Prior decisions', 'Earlier letters'], counter: ['Previous notices are shown below in full'] },
  { id: 'section.history.list', cls: 'history', lang: 'en', re: /^[ \t]{0,12}(?:(?:recent |all |your |uploaded |claim )?documents(?: on file)?|correspondence|document list|timeline|(?:recent )?activity)[ \t]{0,8}(?:\(\d{1,4}\))?:?$/im,
    examples: ['Documents', 'Recent documents', 'Correspondence', 'Timeline', 'Documents (12)'], counter: ['Documents enclosed with this letter'] },
  { id: 'section.history.es', cls: 'history', lang: 'es', re: /^[ \t]{0,12}(?:historial(?: del? [\p{L} ]{1,40}?)?|cartas anteriores|avisos anteriores|decisiones anteriores|documentos(?: del reclamo)?)[ \t]{0,8}(?::[ \t]{0,8})?$/imu,
    examples: ['Historial de cartas', 'Cartas anteriores', 'Documentos'], counter: ['historial médico completo del paciente incluye'] },
  { id: 'section.instructions', cls: 'instructions', lang: 'en', re: /^[ \t]{0,12}(?:your rights|important(?: information)?|general information|notice of (?:your )?rights|instructions|frequently asked questions)\b[^\n]{0,60}$/im,
    examples: ['YOUR RIGHTS', 'Important information', 'Frequently asked questions'], counter: ['The reviewer explained your rights in detail today'] },
  { id: 'section.instructions.how', cls: 'instructions', lang: 'en', re: /^[ \t]{0,12}(?:(?:what|how) (?:you can do|to (?:appeal|request|ask|dispute))|if you disagree)\b[^\n]{0,60}$/im,
    examples: ['How to request Independent Medical Review', 'If you disagree with this decision', 'What you can do'], counter: ['We explain how to appeal below in the letter and in the form that came with it today'] },
  { id: 'section.instructions.es', cls: 'instructions', lang: 'es', re: /^[ \t]{0,12}(?:sus derechos|informaci[oó]n importante|c[oó]mo (?:apelar|solicitar|pedir)|si no est[aá] de acuerdo|preguntas frecuentes)\b[^\n]{0,60}$/im,
    examples: ['SUS DERECHOS', 'Si no está de acuerdo con esta decisión'], counter: ['Usted tiene derechos'] },
]);

export type ClauseCue = 'conditional' | 'hypothetical' | 'negation' | 'reference' | 'earlier';

/** Cues that change what a clause says: "if it is denied", "you may ask", "not certified", "the decision dated …". */
export const CLAUSE_CUES = wordings<ClauseCue>([
  { id: 'cue.if', cls: 'conditional', lang: 'en', re: /\b(?:if|when|whether|unless|in case|in the event|should you)\b/i, examples: ['If you disagree', 'unless the request'], counter: ['iffy', 'whence'] },
  { id: 'cue.if.es', cls: 'conditional', lang: 'es', re: /\b(?:si|cuando|en caso de)\b(?![\p{L}])/iu, examples: ['Si no está de acuerdo', 'en caso de'], counter: ['sí', 'sido'] },
  { id: 'cue.any', cls: 'hypothetical', lang: 'en', re: /\b(?:may|can|could|might|would|any|each)\b|\b(?:modify|delay|deny),[ \t]{0,3}(?:or[ \t]{1,3})?(?:modify|delay|deny)\b|\ban?[ \t]{1,3}(?:request|decision)[ \t]{1,3}(?:that|which)\b/i,
    examples: ['you may request', 'any decision to modify, delay or deny', 'a request that is denied'], counter: ['mayor', 'the request that was denied'] },
  { id: 'cue.any.es', cls: 'hypothetical', lang: 'es', re: /\b(?:puede|pueden|podr[ií]a|cualquier)\b/i, examples: ['usted puede pedir', 'cualquier decisión'], counter: ['pueblo'] },
  { id: 'cue.not', cls: 'negation', lang: 'any', re: /\b(?:not|no|never|nor|without|sin|nunca)\b/i, examples: ['is not certified', 'no fue'], counter: ['note', 'nothing'] },
  { id: 'cue.none', cls: 'negation', lang: 'any', re: /\b(?:nothing|none|neither|nada|ninguno|ninguna)\b/i, examples: ['nothing was denied', 'ninguna parte fue negada'], counter: ['nonetheless', 'nadar'] },
  { id: 'cue.ref', cls: 'reference', lang: 'en', re: /\b(?:the|your|a|an|that|prior|previous|earlier|original) (?:[\p{L}&'’-]{1,20} ){0,3}?(?:decision|determination|denial|letter|notice|request|RFA|application|report|panel|form)s? (?:dated|of|from|on)\b/iu,
    examples: ['the Utilization Review denial dated', 'your request of', 'the UR decision on', 'the original panel from'], counter: ['this decision is final'] },
  { id: 'cue.ref.es', cls: 'reference', lang: 'es', re: /\b(?:la|su|el|una|un)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3}){0,3}?(?:decisi[oó]n|carta|solicitud|aviso|informe|panel)[ \t]{1,3}(?:del?|con fecha|fechad[oa])\b/iu,
    examples: ['la decisión de revisión de utilización del', 'su solicitud con fecha'], counter: ['la decisión es final'] },
  // an earlier decision the letter mentions: what it says is not this letter's outcome
  { id: 'cue.earlier', cls: 'earlier', lang: 'en', re: /\b(?:prior|previous|earlier|former|past)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3}){0,2}?(?:requests?|decisions?|determinations?|denials?|RFAs?)\b/iu,
    examples: ['the earlier request for diclofenac', 'a previous UR decision'], counter: ['this request', 'the earliest date'] },
  { id: 'cue.earlier.es', cls: 'earlier', lang: 'es', re: /\b(?:solicitud|decisi[oó]n|petici[oó]n)(?:es)?[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3}){0,2}?anterior(?:es)?\b/iu,
    examples: ['la solicitud anterior', 'una decisión de revisión anterior'], counter: ['la solicitud de hoy'] },
]);

export type ActCue = 'served_after' | 'served_verb' | 'decided_after' | 'assigned_after' | 'received_verb' | 'assigned_verb' | 'examined_verb' | 'signed_verb';

/**
 * Cues that tie a date to an act. `_after` rows are matched on the text right after the date ("On April 7, 2026, I
 * served …", "On April 14, 2026, the reviewer determined …"); `_verb` rows in the clause before it ("I served this
 * determination … by mail at Fresno, California on").
 */
export const ACT_CUES = wordings<ActCue>([
  { id: 'act.served-after', cls: 'served_after', lang: 'en', re: /^,?[ \t\n]{0,8}(?:(?:I|we|the undersigned)[ \t\n]{1,8}(?:personally[ \t]{1,4})?(?:served|mailed|deposited|sent|faxed|e-?mailed|caused|placed)\b)/i,
    examples: [', I served the foregoing', ' we mailed a copy'], counter: [', the reviewer decided'] },
  { id: 'act.served-after.was', cls: 'served_after', lang: 'en', re: /^,?[ \t\n]{0,8}(?:this|the|a copy of (?:this|the)|each)\b[^.\n]{0,80}?\b(?:was|were|has been|have been)[ \t\n]{1,8}(?:served|mailed|deposited|sent|faxed|e-?mailed|placed)\b/i,
    examples: [', this notice was mailed', ' the decision was sent'], counter: [', this notice explains'] },
  { id: 'act.served-after.by', cls: 'served_after', lang: 'en', re: /^,?\s{0,8}(?:(?:to you|to the employee|to all parties)\s{1,8})?(?:by|via)\s{1,8}(?:(?:U\.?S\.?|first[- ]class|certified|regular|secure)\s{1,8})?(?:e-?mail|mail|fax|facsimile|portal)\b/i,
    examples: [' by e-mail', ', via fax', ' to you by first-class mail'], counter: [' by the reviewer', ' mail to'] },
  { id: 'act.served-after.es', cls: 'served_after', lang: 'es', re: /^,?[ \t\n]{0,8}(?:(?:yo[ \t\n]{1,8})?(?:envi[eé]|deposit[eé])(?![\p{L}])|(?:este|esta)\b[^.\n]{0,80}?\bfue[ \t\n]{1,8}(?:enviad[oa]|depositad[oa])\b)/iu,
    examples: [', envié la decisión', ', esta carta fue enviada'], counter: [', la decisión'] },
  { id: 'act.served-verb', cls: 'served_verb', lang: 'en', re: /\b(?:served|mailed|deposited|placing|placed|sent|faxed|e-?mailed|transmitted|executed|delivered)\b/i, examples: ['I served this determination by mail', 'faxed'], counter: ['server'] },
  { id: 'act.served-verb.es', cls: 'served_verb', lang: 'es', re: /\b(?:se envi[oó]|envi[eé]|enviad[oa]|notificad[oa]|depositad[oa])(?![\p{L}])/iu, examples: ['fue enviada por correo', 'notificado'], counter: ['enviar'] },
  { id: 'act.decided-after', cls: 'decided_after', lang: 'en', re: /^,?(?:[^.\n]|\.(?:(?<=\b(?:Dr|Mr|Mrs|Ms|Jr|St|\p{Lu})\.)|(?! ?\p{Lu}\p{Ll}))){0,160}?\b(?:determined|decided|denied|non-?certified|modified|upheld|overturned|did not certify)\b/iu,
    examples: [', our physician reviewer, Janet Morse, M.D., determined', ', Dr. Lee did not certify the request'], counter: ['. The request was received'] },
  { id: 'act.assigned-after', cls: 'assigned_after', lang: 'en', re: /^,?[^.\n]{0,80}?\b(?:assigned|issued|selected)\b/i,
    examples: [' the Medical Unit assigned the following panel', ', the DWC issued panel 7411076'], counter: ['. The panel was assigned'] },
  { id: 'act.assigned-after.es', cls: 'assigned_after', lang: 'es', re: /^,?[^.\n]{0,80}?(?:asign[oó]|emiti[oó])(?![\p{L}])/iu,
    examples: [', la Unidad Médica asignó el panel'], counter: ['. Se asignó'] },
  { id: 'act.decided-after.es', cls: 'decided_after', lang: 'es', re: /^,?(?:[^.\n]|\.(?:(?<=\b(?:Dr|Dra|Sr|Sra|Lic|\p{Lu})\.)|(?! ?\p{Lu}\p{Ll}))){0,160}?\b(?:decidi[oó]|determin[oó]|neg[oó]|deneg[oó]|modific[oó])(?![\p{L}])/iu, examples: [', el médico revisor decidió', ', el médico revisor, Dr. Samuel Okafor, decidió no certificar'], counter: [', recibimos', '. El médico decidió'] },
  { id: 'act.received', cls: 'received_verb', lang: 'any', re: /\b(?:received|receipt|recibid[oa]|recibimos)\b/i, examples: ['we received', 'recibida'], counter: ['receive'] },
  { id: 'act.assigned', cls: 'assigned_verb', lang: 'any', re: /\b(?:assigned|issued|selected|generated|asignad[oa]|emitid[oa]|asign[oó]|emiti[oó])(?![\p{L}])/iu, examples: ['assigned by the DWC Medical Unit', 'asignado por'], counter: ['assignment'] },
  { id: 'act.examined', cls: 'examined_verb', lang: 'any', re: /\b(?:examined|evaluated|saw (?:the patient|you|the applicant)|seen|re-?evaluated|examin[eé]|evalu[eé])\b/i, examples: ['I examined the patient', 'I saw the patient'], counter: ['examination'] },
  { id: 'act.signed', cls: 'signed_verb', lang: 'any', re: /\b(?:signed|dated|executed|firmad[oa]|fechad[oa])\b/i, examples: ['signed on', 'dated'], counter: ['signature'] },
]);
