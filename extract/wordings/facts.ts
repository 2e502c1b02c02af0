// How a letter says how it was sent, whether the review was expedited and whether the worker has an attorney.
// The fact readers (extract/facts.ts) prefer a proof of service's checked box, then a statement, and skip wordings
// inside "if …" clauses and instructions for both cases.
import type { ServiceMethod } from '../../model/terms';
import { wordings } from './types';

type Method = Exclude<ServiceMethod, null>;

export const METHODS = wordings<Method>([
  { id: 'method.mail', cls: 'mail', lang: 'en', re: /\b(?:U\.?[ \t]?S\.?[ \t]{1,4}mail|United\s{1,4}States\s{1,4}(?:mail|Postal\s{1,4}Service)|first[- ]class mail|certified mail|by mail|via mail|regular mail|mailed|mailing)\b/i,
    examples: ['by first-class mail', 'deposited in the United States mail', 'mailed', 'U.S. Mail'], counter: ['e-mail', 'mailbox'] },
  { id: 'method.mail.placing', cls: 'mail', lang: 'en', re: /\bplacing [^.\n]{0,80}\bin (?:the )?(?:U\.?S\.? |United States )?mail\b/i, examples: ['placing a true copy in a sealed envelope in the U.S. mail'], counter: ['placing an order'] },
  { id: 'method.mail.es', cls: 'mail', lang: 'es', re: /\bpor correo(?! electr[oó]nico)\b|\bcorreo postal\b|\bcorreo de los Estados Unidos\b|\bnotificad[oa] por correo\b/i, examples: ['enviado por correo', 'correo postal'], counter: ['por correo electrónico'] },
  { id: 'method.fax', cls: 'fax', lang: 'any', re: /\b(?:by fax|via fax|by facsimile|facsimile transmission|faxed|fax transmission|served by fax)\b|\bpor fax\b/i, examples: ['served by fax on', 'faxed', 'por fax'], counter: ['fax number'] },
  { id: 'method.email', cls: 'email', lang: 'en', re: /\b(?:by e-?mail|via e-?mail|e-?mailed|electronic(?:ally)? (?:mail|service|served|transmission)|served electronically|secure (?:e-?mail|portal message))\b/i,
    examples: ['sent to you by e-mail', 'served electronically', 'emailed'], counter: ['e-mail address'] },
  { id: 'method.email.copy', cls: 'email', lang: 'en', re: /\bthis e-?mail (?:is|serves as) (?:your|the) (?:service copy|official notice|formal notice|notice)\b/i, examples: ['This e-mail is your service copy'], counter: ['this e-mail address'] },
  { id: 'method.email.es', cls: 'email', lang: 'es', re: /\bpor correo electr[oó]nico\b/i, examples: ['enviado por correo electrónico'], counter: ['por correo'] },
  { id: 'method.personal', cls: 'personal', lang: 'any', re: /\b(?:personal(?:ly)? (?:service|served|delivered|delivery)|by hand|hand[- ]deliver(?:ed|y)?|personally handed)\b|\bentrega personal\b|\ben persona\b/i,
    examples: ['personally served', 'hand-delivered', 'entrega personal'], counter: ['personal information'] },
]);

/** A method named right after a box in a proof of service: "[X] Fax", "[ ] U.S. Mail", "☒ E-mail". */
export const BOXED_METHOD = /(\[[ \t]{0,3}[xX✓✔]?[ \t]{0,3}\]|☒|☑|☐|□|\([ \t]{0,3}[xX]?[ \t]{0,3}\))[ \t]{0,6}(?:(?:(U\.?[ \t]?S\.?[ \t]{1,4}|first[- ]class[ \t]{1,4}|certified[ \t]{1,4}|regular[ \t]{1,4})?mail\b|correo(?! electr[oó]nico))|(fax|facsimile)|(e-?mail|electronic|correo electr[oó]nico)|(hand|personal|entrega personal))/gi;
export const CHECKED_BOX = /(?:\[[ \t]{0,3}[xX✓✔][ \t]{0,3}\]|☒|☑|\([ \t]{0,3}[xX][ \t]{0,3}\)|■)[ \t]{0,6}$/;
export const UNCHECKED_BOX = /(?:\[[ \t]{0,3}\]|☐|\([ \t]{0,3}\)|□)[ \t]{0,6}$/;

export const EXPEDITED = wordings<'expedited'>([
  { id: 'expedited.type', cls: 'expedited', lang: 'any', re: /(?:review type|type of (?:utilization )?review|priority|tipo de revisi[oó]n|review)\s{0,8}(?:\([^)\n]{0,60}\)\s{0,8})?:?\s{0,8}(?:(?:\[[xX✓]\]|☒|☑) ?)?(?:expedited|urgent|acelerad[oa]|urgente)\b/i,
    examples: ['Review type: Expedited', 'Type of review: [X] Expedited', 'Tipo de revisión: acelerada'], counter: ['Review type: Prospective'] },
  { id: 'expedited.box', cls: 'expedited', lang: 'any', re: /(?:\[[ \t]{0,3}[xX✓][ \t]{0,3}\]|☒|☑)[ \t]{0,4}(?:expedited|urgent|acelerad[oa]|urgente)\b/i, examples: ['[X] Expedited', '☒ Urgent'], counter: ['[ ] Expedited'] },
  { id: 'expedited.caps', cls: 'expedited', lang: 'en', re: /\bEXPEDITED\b(?! IMR)/, examples: ['EXPEDITED REVIEW'], counter: ['EXPEDITED IMR', 'expedited'] },
  { id: 'expedited.sentence', cls: 'expedited', lang: 'en', re: /\b(?:this (?:is an|was an|was reviewed as an?)|an) expedited (?:review|request|decision|determination)\b(?! if)/i,
    examples: ['This was an expedited review', 'this is an expedited request'], counter: ['you may ask for an expedited review if'] },
  { id: 'expedited.decision', cls: 'expedited', lang: 'en', re: /\bexpedited (?:UR |utilization review |IMR )?(?:decision|determination|review (?:decision|determination))\b/i, examples: ['expedited UR decision', 'expedited review determination'], counter: ['expedited shipping'] },
  { id: 'expedited.es', cls: 'expedited', lang: 'es', re: /\b(?:revisi[oó]n|decisi[oó]n) (?:acelerada|urgente)\b/i, examples: ['revisión acelerada'], counter: ['revisión normal'] },
]);

export const REPRESENTATION = wordings<'represented' | 'unrepresented'>([
  { id: 'rep.none', cls: 'unrepresented', lang: 'en', re: /\b(?:unrepresented|not represented(?: by an? attorney)?|you (?:are not|were not) represented|you do not have an attorney|no attorney of record|no representative is listed)\b/i,
    examples: ['unrepresented employee', 'you are not represented', 'No attorney of record'], counter: ['represented by'] },
  { id: 'rep.none.label', cls: 'unrepresented', lang: 'any', re: /\b(?:attorney|applicant'?s? attorney|attorney of record|abogado)[ \t]{0,8}(?::[ \t]{0,8})?(?:none|n\/a|ninguno|not on file|none on file|ninguno registrado)\b/i,
    examples: ['Attorney: None', 'Attorney of record: None on file', 'Abogado: ninguno registrado'], counter: ['Attorney: Jane Roe'] },
  { id: 'rep.none.es', cls: 'unrepresented', lang: 'es', re: /\bsin abogado\b|\bno (?:est[aá] )?representad[oa]\b|\btrabajador no representado\b/i, examples: ['usted no está representado', 'sin abogado'], counter: ['representado por'] },
  { id: 'rep.by', cls: 'represented', lang: 'en', re: /\b(?:represented by|your attorney|you are represented\b|attorneys? for (?:the )?(?:applicant|employee|injured worker))/i,
    examples: ['represented by counsel', 'your attorney, Jane Roe', 'Attorneys for Applicant'], counter: ['unrepresented worker'] },
  { id: 'rep.label', cls: 'represented', lang: 'en', re: /(?:[Aa]pplicant|[Ee]mployee|[Ww]orker)['’]?s? [Aa]ttorney[ \t]{0,8}(?::[ \t]{0,8})?(?=[A-Z][a-z])(?!None\b)|[Aa]ttorney of [Rr]ecord[ \t]{0,8}:\s{0,8}(?=[A-Z][a-z])(?!None\b)/,
    examples: ["Applicant's attorney: Jane Roe", 'Attorney of record: Pardo & Levine'], counter: ['Attorney of record: None on file'] },
  { id: 'rep.firm', cls: 'represented', lang: 'en', re: /\bEsq\.|\([Aa]pplicant['’]?s? [Aa]ttorney\)|\bLaw (?:Offices?|Group|Firm)\b|\bAttorneys? at Law\b|\b[A-Z][a-z]+ (?:& )?[A-Z][a-z]+,? LLP\b/,
    // a law firm on the service list is the worker's (an insurer's lawyer is rarely served a medical report); read
    // wrongly, it only shortens a clock (20 days to object instead of 30)
    examples: ['Jane Roe, Esq.', 'Law Offices of J. Roe', 'Attorneys at Law', 'Reyes Whitfield LLP'], counter: ['law enforcement', 'KPMG LLP'] },
  { id: 'rep.requested', cls: 'represented', lang: 'en', re: /\b(?:[Pp]anel )?[Rr]equested by[ \t]{0,8}(?::[ \t]{0,8})?(?:[Aa]pplicant'?s? |[Ee]mployee'?s? )?[Aa]ttorney\b/, examples: ['Requested by: Applicant attorney', "Panel requested by employee's attorney"], counter: ['Requested by: claims administrator'] },
  { id: 'rep.es', cls: 'represented', lang: 'es', re: /\brepresentado por\b|\bsu abogad[oa]\b|\babogado del trabajador[ \t]{0,8}:\s{0,8}(?=[A-Z])/i, examples: ['representado por el Lic. Ruiz', 'su abogado'], counter: ['sin abogado'] },
]);

/** Instructions for both cases ("Represented employee: …" / "Unrepresented employee: …") say nothing about this worker. */
export const BOTH_CASES = {
  represented: /^[ \t]{0,12}(?:if (?:the )?(?:employee|worker|you) (?:is|are) )?represented(?: (?:employee|worker|injured worker|applicant)s?)?[ \t]{0,8}[:—–-]/im,
  unrepresented: /^[ \t]{0,12}(?:if (?:the )?(?:employee|worker|you) (?:is|are) )?(?:unrepresented|not represented)(?: (?:employee|worker|injured worker|applicant)s?)?[ \t]{0,8}[:—–-]/im,
};
