// How a UR decision or an IMR determination states its outcome. The outcome reader (extract/outcome.ts) counts the
// matches that are decisive (not inside an "if …" clause, not in a history section or quoted mail) as features of
// the fitted outcome model. "stated:" rows are the letter's own verdict line (title, "Decision: …").
import { wordings } from './types';

export type OutcomeCue =
  | 'denied' | 'modified' | 'delayed' | 'approved' | 'upheld' | 'overturned'
  | 'stated:denied' | 'stated:modified' | 'stated:delayed' | 'stated:approved' | 'stated:upheld' | 'stated:overturned';

export const OUTCOME_CUES = wordings<OutcomeCue>([
  // denied
  { id: 'out.denied.passive', cls: 'denied', lang: 'en', re: /\b(?:is|are|has been|have been|was|were|hereby|been)[ \t]{1,3}(?:(?:hereby|therefore|respectfully)[ \t]{1,3})?(?:denied|non-?certified|not (?:certified|authorized|approved))\b/i,
    examples: ['The request is denied', 'is therefore non-certified', 'were not authorized'], counter: ['If the request is approved'] },
  { id: 'out.denied.deemed', cls: 'denied', lang: 'en', re: /\b(?:is|are|was|were|been)[ \t]{1,3}deemed not medically necessary\b/i, examples: ['was deemed not medically necessary'], counter: ['was deemed necessary'] },
  { id: 'out.denied.caps', cls: 'denied', lang: 'en', re: /(?<![\w-])(?:NON-?CERTIFIED|NOT CERTIFIED|DENIED|NON-?CERTIFICATION|DENIAL OF (?:TREATMENT|AUTHORIZATION))\b/,
    examples: ['DENIED', 'NON-CERTIFIED', 'NOT CERTIFIED'], counter: ['denied', 'CERTIFIED'] },
  { id: 'out.denied.cant', cls: 'denied', lang: 'en', re: /\bwe (?:are unable to|cannot|can not|do not) (?:approve|certify|authorize)\b|\b(?:did|does|will) not (?:certify|approve|authorize)\b/i,
    examples: ['We are unable to approve', 'the reviewer did not certify'], counter: ['we approve'] },
  { id: 'out.denied.decided-not', cls: 'denied', lang: 'en', re: /\b(?:decided|determined) (?:not to|to not) (?:certify|approve|authorize)\b/i, examples: ['decided not to approve', 'determined to not certify'], counter: ['decided to approve'] },
  { id: 'out.denied.cell', cls: 'denied', lang: 'any', re: /\t[ ]{0,4}(?:non-?certified|not certified|denied|not approved|not authorized|denegad[oa]|no certificad[oa])[ ]{0,4}(?=\t|$)/im,
    examples: ['TENS unit\tNon-certified\tMTUS', 'Item\tDenied'], counter: ['Item\tCertified'] },
  { id: 'out.denied.es', cls: 'denied', lang: 'es', re: /\b(?:ha sido|han sido|fue|fueron|es|son|queda|quedan)[ \t]{1,3}(?:denegad[oa]s?|negad[oa]s?|rechazad[oa]s?|no certificad[oa]s?|no autorizad[oa]s?|no aprobad[oa]s?)\b/i,
    examples: ['La solicitud ha sido denegada', 'fue no certificado'], counter: ['ha sido aprobada'] },
  { id: 'out.denied.es.verb', cls: 'denied', lang: 'es', re: /\b(?:decidi[oó]|determin[oó]) no (?:certificar|aprobar|autorizar)\b|\bno (?:certific[oó]|aprob[oó]|autoriz[oó])(?![\p{L}])/iu,
    examples: ['decidió no certificar', 'no aprobó'], counter: ['aprobó'] },
  { id: 'out.denied.es.caps', cls: 'denied', lang: 'es', re: /(?<![\p{L}-])(?:DENEGAD[OA]S?|NEGAD[OA]S?|NO CERTIFICAD[OA]S?|NO APROBAD[OA]S?|NO AUTORIZAD[OA]S?)(?![\p{L}])/u, examples: ['DENEGADO', 'NO CERTIFICADA'], counter: ['denegado'] },
  // modified
  { id: 'out.modified.passive', cls: 'modified', lang: 'en', re: /\b(?:is|are|has been|have been|was|were)[ \t]{1,3}(?:hereby[ \t]{1,3})?modified\b|(?<![\w-])MODIFIED\b/,
    examples: ['the request was modified', 'MODIFIED'], counter: ['modification'] },
  { id: 'out.modified.part', cls: 'modified', lang: 'en', re: /\b(?:approved|certified|authorized)(?: (?:the|this|your) request)? in part\b|\b(?:certified|approved|authorized) (?:with|as) (?:modification|modified)\b|\bpartially (?:certified|approved|authorized)\b/i,
    examples: ['approved in part', 'certified with modification', 'partially approved'], counter: ['approved'] },
  { id: 'out.modified.to', cls: 'modified', lang: 'en', re: /\bmodified (?:to|as follows)\b|\bnotice of modification\b|\b(?:decided|determined)\b[^.\n]{0,40}?\bto modify\b/i,
    examples: ['modified to 6 visits', 'Notice of Modification', 'decided on 03/02/2026 to modify'], counter: ['modify your address'] },
  { id: 'out.modified.cell', cls: 'modified', lang: 'any', re: /\t[ ]{0,4}(?:modified|certified as modified|modificad[oa])[ ]{0,4}(?=\t|$)/im, examples: ['PT x12\tModified'], counter: ['PT\tDenied'] },
  { id: 'out.modified.es', cls: 'modified', lang: 'es', re: /\b(?:ha sido|han sido|fue|fueron)[ \t]{1,3}modificad[oa]s?\b|(?<![\p{L}])MODIFICAD[OA]S?(?![\p{L}])|\baprobad[oa]s? parcialmente\b/iu,
    examples: ['fue modificada', 'aprobada parcialmente'], counter: ['modificar'] },
  // delayed
  { id: 'out.delayed.passive', cls: 'delayed', lang: 'en', re: /\b(?:is|are|has been|have been)[ \t]{1,3}(?:hereby[ \t]{1,3})?(?:delayed|deferred)\b|(?<![\w-])DELAYED\b/,
    examples: ['our decision is delayed', 'DELAYED'], counter: ['delay'] },
  { id: 'out.delayed.cant', cls: 'delayed', lang: 'en', re: /\b(?:we|UR|the reviewer) (?:cannot|can not|are unable to|is unable to) make a decision\b|\bnotice of delay\b|\bdecision (?:is|has been|will be) delayed\b/i,
    examples: ['we cannot make a decision', 'Notice of delay'], counter: ['make a decision'] },
  { id: 'out.delayed.es', cls: 'delayed', lang: 'es', re: /\b(?:ha sido|fue)[ \t]{1,3}(?:demorad[oa]|retrasad[oa]|aplazad[oa])\b|(?<![\p{L}])(?:DEMORAD[OA]|APLAZAD[OA])(?![\p{L}])/iu, examples: ['ha sido demorada', 'APLAZADO'], counter: ['demora'] },
  // approved
  { id: 'out.approved.passive', cls: 'approved', lang: 'en', re: /\b(?:is|are|has been|have been|was|were)[ \t]{1,3}(?:hereby[ \t]{1,3})?(?:approved|certified|authorized)\b/i,
    examples: ['your request has been approved', 'is certified'], counter: ['is not certified'] },
  { id: 'out.approved.caps', cls: 'approved', lang: 'en', re: /(?<![\w-])(?<!NOT )(?<!NON-)(?:CERTIFIED|APPROVED|AUTHORIZED)\b/, examples: ['APPROVED', 'CERTIFIED'], counter: ['NOT CERTIFIED', 'NON-CERTIFIED'] },
  { id: 'out.approved.cell', cls: 'approved', lang: 'any', re: /\t[ ]{0,4}(?:certified|approved|authorized|aprobad[oa]|certificad[oa])[ ]{0,4}(?=\t|$)/im, examples: ['MRI\tApproved'], counter: ['MRI\tNot approved'] },
  { id: 'out.approved.es', cls: 'approved', lang: 'es', re: /\b(?:ha sido|han sido|fue|fueron)[ \t]{1,3}(?:aprobad[oa]s?|autorizad[oa]s?|certificad[oa]s?)\b|(?<![\p{L}])(?<!NO )(?:APROBAD[OA]S?|AUTORIZAD[OA]S?|CERTIFICAD[OA]S?)(?![\p{L}])/u,
    examples: ['ha sido aprobada', 'APROBADO'], counter: ['NO APROBADO'] },
  // the letter's own verdict
  { id: 'out.stated.denied', cls: 'stated:denied', lang: 'en', re: /\b(?:decision|determination|outcome|result|status)\s{0,8}(?::\s{0,8})?(?:non-?certif\w{0,8}|denied|deny|not (?:certified|approved|authorized|medically necessary))\b/i,
    examples: ['Decision: Non-certified', 'Result: denied', 'UR decision: not certified'], counter: ['Decision: certified'] },
  { id: 'out.stated.denied.title', cls: 'stated:denied', lang: 'en', re: /\bnotice of (?:non-?certification|denial)\b/i, examples: ['NOTICE OF NON-CERTIFICATION', 'Notice of Denial'], counter: ['Notice of certification'] },
  { id: 'out.stated.denied.es', cls: 'stated:denied', lang: 'es', re: /\bdecisi[oó]n\s{0,8}(?::\s{0,8})?(?:denegad|negad|no certificad|no aprobad|no autorizad)/i, examples: ['Decisión: denegada'], counter: ['Decisión: aprobada'] },
  { id: 'out.stated.modified', cls: 'stated:modified', lang: 'en', re: /\b(?:decision|determination|outcome|result)\s{0,8}(?::\s{0,8})?modif\w{0,8}\b|\b(?:request|treatment) (?:is|has been|was) modified to\b/i,
    examples: ['Decision: MODIFIED to 6 visits', 'the request was modified to'], counter: ['Decision: denied'] },
  { id: 'out.stated.modified.es', cls: 'stated:modified', lang: 'es', re: /\bdecisi[oó]n\s{0,8}(?::\s{0,8})?modificad/i, examples: ['Decisión: modificada'], counter: ['Decisión: negada'] },
  { id: 'out.stated.approved', cls: 'stated:approved', lang: 'en', re: /\b(?:decision|determination|outcome|result)\s{0,8}(?::\s{0,8})?(?:certified|approved|authorized)\b/i, examples: ['Decision: Approved', 'Determination: certified'], counter: ['Decision: not certified'] },
  { id: 'out.stated.delayed', cls: 'stated:delayed', lang: 'en', re: /\b(?:decision|determination|outcome|result)\s{0,8}(?::\s{0,8})?(?:delayed|deferred|pending (?:additional|more) information)\b/i, examples: ['Decision: Delayed'], counter: ['Decision: denied'] },
  // IMR
  { id: 'out.upheld.passive', cls: 'upheld', lang: 'en', re: /\b(?:is|are|has been|have been|was|were|hereby)[ \t]{1,3}(?:hereby[ \t]{1,3}|therefore[ \t]{1,3}|thus[ \t]{1,3}|accordingly[ \t]{1,3})?upheld\b|(?<![\w-])UPHELD\b/,
    examples: ['the decision is upheld', 'UPHELD'], counter: ['uphold'] },
  { id: 'out.upheld.verb', cls: 'upheld', lang: 'en', re: /\b(?:upholds?|upholding|upheld)[ \t]{1,3}(?:the[ \t]{1,3})?(?:UR|utilization review|denial|decision|non-?certification|modification|claims administrator)/i,
    examples: ['upholds the UR decision', 'upheld the denial'], counter: ['upholding the law'] },
  { id: 'out.upheld.not-necessary', cls: 'upheld', lang: 'en', re: /\b(?:is|are|was|were) not medically necessary(?: and appropriate)?\b|\bnot medically necessary and appropriate\b/i,
    examples: ['the treatment is not medically necessary', 'not medically necessary and appropriate'], counter: ['is medically necessary'] },
  { id: 'out.upheld.es', cls: 'upheld', lang: 'es', re: /\b(?:se confirma|se mantiene|fue confirmad[oa]|ha sido confirmad[oa])\b|(?<![\p{L}])CONFIRMAD[OA](?![\p{L}])|\bno es m[eé]dicamente necesari[oa]\b/iu,
    examples: ['se confirma la decisión', 'no es médicamente necesario'], counter: ['confirmar'] },
  { id: 'out.overturned.passive', cls: 'overturned', lang: 'en', re: /\b(?:is|are|has been|have been|was|were|hereby)[ \t]{1,3}(?:hereby[ \t]{1,3}|therefore[ \t]{1,3}|thus[ \t]{1,3}|accordingly[ \t]{1,3})?(?:overturned|reversed)\b|(?<![\w-])OVERTURNED\b/,
    examples: ['the decision is overturned', 'OVERTURNED'], counter: ['overturn'] },
  { id: 'out.overturned.verb', cls: 'overturned', lang: 'en', re: /\b(?:overturns?|overturning|overturned|reverses?|reversed)[ \t]{1,3}(?:the[ \t]{1,3})?(?:UR|utilization review|denial|decision|non-?certification|modification|claims administrator)/i,
    examples: ['overturns the UR decision', 'reversed the denial'], counter: ['reverse side'] },
  { id: 'out.overturned.necessary', cls: 'overturned', lang: 'en', re: /(?<!\bnot )\b(?:is|are|was|were) medically necessary(?: and appropriate)?\b/i, examples: ['the surgery is medically necessary and appropriate'], counter: ['is not medically necessary'] },
  { id: 'out.overturned.es', cls: 'overturned', lang: 'es', re: /\b(?:se revoca|fue revocad[oa]|ha sido revocad[oa])\b|(?<![\p{L}])REVOCAD[OA](?![\p{L}])|(?<!\bno )\bes m[eé]dicamente necesari[oa]\b/iu, examples: ['se revoca la decisión', 'es médicamente necesario'], counter: ['no es médicamente necesario'] },
  { id: 'out.stated.upheld', cls: 'stated:upheld', lang: 'en', re: /\b(?:determination|decision|result|outcome)\s{0,8}(?::\s{0,8})?(?:upheld|uphold)\b/i, examples: ['Determination: UPHELD'], counter: ['Determination: overturned'] },
  { id: 'out.stated.overturned', cls: 'stated:overturned', lang: 'en', re: /\b(?:determination|decision|result|outcome)\s{0,8}(?::\s{0,8})?(?:overturned|overturn)\b/i, examples: ['Result: Overturned'], counter: ['Result: upheld'] },
]);

/** A checked box before an outcome word on a form: "Decision: [ ] Approved [ ] Modified [X] Denied". */
export const CHECKED_OUTCOME = /(?:\[[ \t]{0,3}[xX✓✔][ \t]{0,3}\]|☒|☑|■)[ \t]{0,6}(approved|certified|authorized|aprobad[oa]|autorizad[oa]|modified|modificad[oa]|denied|non-?certified|not certified|denegad[oa]|negad[oa]|no certificad[oa]|delayed|deferred|demorad[oa]|upheld|overturned)\b/giu;
