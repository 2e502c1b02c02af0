// UR decision (Lab. Code §4610): denied, modified, delayed or approved. A mixed decision (some items certified,
// some not) is a denial for the denied items: the worst outcome in the letter wins.
import type { Evidence, Outcome } from '../../model';
import { medication, treatment } from '../facts';
import { ADDRESSED, decisiveMatches, firstMatch, PROCESS_ONLY, WORKERS_COMP } from './common';
import type { DetectContext, Detector, OutcomeResult } from './types';

const OUTCOMES: { outcome: Outcome; res: RegExp[] }[] = [
  {
    outcome: 'denied',
    res: [
      /\b(?:is|are|has been|have been|was|were|hereby|been)\s+(?:hereby\s+|therefore\s+|respectfully\s+)?(?:denied|non-?certified|not certified|not authorized|not approved|deemed not medically necessary)\b/i,
      /(?<![\w-])(?:NON-?CERTIFIED|NOT CERTIFIED|DENIED|NON-?CERTIFICATION|DENIAL OF (?:TREATMENT|AUTHORIZATION))\b/,
      /\b(?:decision|determination|outcome|result|status|UR decision)\s{0,8}(?::\s{0,8})?(?:non-?certif\w*|denied|deny|not (?:certified|approved|authorized|medically necessary))\b/i,
      /\bnotice of non-?certification\b|\bwe (?:are unable to|cannot|can not|do not) (?:approve|certify|authorize)\b/i,
      // "the reviewing physician did not certify this request", "decided not to certify"
      /\b(?:did|does|will) not (?:certify|approve|authorize)\b|\b(?:decided|determined) (?:not to|to not) (?:certify|approve|authorize)\b/i,
      /\b(?:decidi[oó]|determin[oó]) no (?:certificar|aprobar|autorizar)\b|\bno (?:certific[oó]|aprob[oó]|autoriz[oó])\b/i,
      /\b(?:ha sido|han sido|fue|fueron|es|son|queda|quedan)\s+(?:denegad[oa]s?|negad[oa]s?|rechazad[oa]s?|no certificad[oa]s?|no autorizad[oa]s?|no aprobad[oa]s?)\b/i,
      /(?<![\p{L}-])(?:DENEGAD[OA]S?|NEGAD[OA]S?|NO CERTIFICAD[OA]S?|NO APROBAD[OA]S?|NO AUTORIZAD[OA]S?)(?![\p{L}])/u,
      /\bdecisi[oó]n\s{0,8}(?::\s{0,8})?(?:denegad|negad|no certificad|no aprobad|no autorizad)/i,
      // a decision cell in an items table: "TENS unit purchase\tNon-certified\tMTUS"
      /\t[ ]*(?:non-?certified|not certified|denied|not approved|not authorized|denegad[oa]|no certificad[oa])[ ]*(?=\t|$)/im,
    ],
  },
  {
    outcome: 'modified',
    res: [
      /\b(?:is|are|has been|have been|was|were)\s+(?:hereby\s+)?modified\b/i,
      /(?<![\w-])MODIFIED\b/,
      /\b(?:approved|certified|authorized)(?: (?:the|this|your) request)? in part\b|\b(?:certified|approved|authorized) (?:with|as) (?:modification|modified)\b|\bpartially (?:certified|approved|authorized)\b|\bmodified (?:to|as follows)\b|\bnotice of modification\b/i,
      /\b(?:decision|determination|outcome)\s{0,8}(?::\s{0,8})?modif/i,
      /\b(?:decided|determined)\b[^.\n]{0,40}?\bto modify\b/i,
      /\t[ ]*(?:modified|certified as modified|modificad[oa])[ ]*(?=\t|$)/im,
      /\b(?:ha sido|han sido|fue|fueron)\s+modificad[oa]s?\b|(?<![\p{L}])MODIFICAD[OA]S?(?![\p{L}])|\baprobad[oa]s? parcialmente\b/iu,
    ],
  },
  {
    outcome: 'delayed',
    res: [
      /\b(?:is|are|has been|have been)\s+(?:hereby\s+)?(?:delayed|deferred)\b/i,
      /(?<![\w-])DELAYED\b/,
      /\b(?:we|UR|the reviewer) (?:cannot|can not|are unable to|is unable to) make a decision\b|\bnotice of delay\b|\bdecision (?:is|has been|will be) delayed\b/i,
      /\b(?:ha sido|fue)\s+(?:demorad[oa]|retrasad[oa]|aplazad[oa])\b|(?<![\p{L}])(?:DEMORAD[OA]|APLAZAD[OA])(?![\p{L}])/iu,
    ],
  },
  {
    outcome: 'approved',
    res: [
      /\b(?:is|are|has been|have been|was|were)\s+(?:hereby\s+)?(?:approved|certified|authorized)\b/i,
      /(?<![\w-])(?<!NOT )(?:CERTIFIED|APPROVED|AUTHORIZED)\b/,
      /\b(?:decision|determination|outcome)\s{0,8}(?::\s{0,8})?(?:certified|approved|authorized)\b/i,
      /\t[ ]*(?:certified|approved|authorized|aprobad[oa]|certificad[oa])[ ]*(?=\t|$)/im,
      /\b(?:ha sido|han sido|fue|fueron)\s+(?:aprobad[oa]s?|autorizad[oa]s?|certificad[oa]s?)\b|(?<![\p{L}])(?<!NO )(?:APROBAD[OA]S?|AUTORIZAD[OA]S?|CERTIFICAD[OA]S?)(?![\p{L}])/u,
    ],
  },
];

/** The letter's own verdict (title, "Decision: …" line): it beats a passing phrase about part of the request. */
const STATED: Partial<Record<Outcome, RegExp>> = {
  denied: /\bnotice of (?:non-?certification|denial)\b|\b(?:decision|determination|outcome|result|status)\s{0,8}(?::\s{0,8})?(?:non-?certif\w*|denied|deny|not certified)\b|\bdecisi[oó]n\s{0,8}(?::\s{0,8})?(?:denegad|negad|no certificad)/i,
  modified: /\b(?:decided|determined)\b[^.\n]{0,40}?\bto modify (?:the|this|your) request\b|\bnotice of modification\b|\b(?:approved|certified|authorized)(?: (?:the|this|your) request)? in part\b|\b(?:decision|determination|outcome|result)\s{0,8}(?::\s{0,8})?modif\w*\b|\b(?:request|treatment) (?:is|has been|was) modified to\b|\bdecisi[oó]n\s{0,8}(?::\s{0,8})?modificad/i,
};

/** A checked box before an outcome word on a form: "Decision: [ ] Approved [ ] Modified [X] Denied". */
const CHECKED_OUTCOME = /(?:\[[ \t]{0,3}[xX✓✔][ \t]{0,3}\]|☒|☑|■)[ \t]{0,6}(approved|certified|authorized|aprobad[oa]|autorizad[oa]|modified|modificad[oa]|denied|non-?certified|not certified|denegad[oa]|negad[oa]|no certificad[oa]|delayed|deferred|demorad[oa])\b/giu;
const BOXED_OUTCOME: [RegExp, Outcome][] = [[/^(?:denied|non-?certified|not certified|denegad|negad|no certificad)/i, 'denied'], [/^modif/i, 'modified'], [/^(?:delayed|deferred|demorad)/i, 'delayed'], [/./, 'approved']];

export function urOutcome(ctx: DetectContext): OutcomeResult {
  // a form's checked box is the letter's own answer; the unchecked ones are only the choices
  CHECKED_OUTCOME.lastIndex = 0;
  const boxed = CHECKED_OUTCOME.exec(ctx.text);
  if (boxed) {
    const outcome = BOXED_OUTCOME.find(([re]) => re.test(boxed[1]!))![1];
    return { outcome, evidence: [{ fact: 'outcome', start: boxed.index, end: boxed.index + boxed[0].length, text: boxed[0] }] };
  }
  // "Decision: MODIFIED … the remaining visits are not certified" is a modification; a stated denial still wins.
  const modified = STATED.modified!.exec(ctx.text);
  if (modified && !STATED.denied!.test(ctx.text)) {
    const hits = OUTCOMES.find((o) => o.outcome === 'modified')!.res.flatMap((re) => decisiveMatches(ctx.text, re, 'outcome'));
    const evidence = hits.length ? hits : [{ fact: 'outcome', start: modified.index, end: modified.index + modified[0].length, text: modified[0] }];
    return { outcome: 'modified', evidence: evidence.sort((a, b) => a.start - b.start).slice(0, 3) };
  }
  for (const { outcome, res } of OUTCOMES) {
    const hits: Evidence[] = [];
    for (const re of res) hits.push(...decisiveMatches(ctx.text, re, 'outcome'));
    if (hits.length) return { outcome, evidence: hits.sort((a, b) => a.start - b.start).slice(0, 3) };
  }
  return { outcome: null, evidence: [] };
}

const PRE_IMR = /\bwithin (?:twenty|20) \(?(?:20)?\)?\s*days of (?:the )?receipt\b[^.]{0,160}\b(?:object|objection|4062)|\bLabor Code (?:section |§\s*)?4062\b[^.]{0,120}\bobject|\bobject\w*\b[^.]{0,60}\b(?:Labor Code |Lab\. Code )(?:section |§\s*)?4062\b/i;

export const urDecision: Detector = {
  kind: 'ur_decision',
  fixtures: [
    'ur-denial-mail.pdf', 'ur-modified-two-column.pdf', 'ur-delay-fax.pdf', 'ur-approval.pdf', 'ur-mixed-decision.html',
    'ur-expedited-denial.pdf', 'ur-formulary-denial.pdf', 'ur-denial-es.pdf', 'ur-pre2013.txt',
  ],
  requires: [/utilization review|\bUR\b|revisi[oó]n de utilizaci[oó]n|\bRFA\b|request for authorization|(?:prospective|retrospective|concurrent|expedited) review|utilization management|notice of (?:non-?)?certification/i, WORKERS_COMP],
  signals: [
    { id: 'title', re: /(?<!\bnot an? )(?:notice of (?:utilization review|UR) (?:decision|determination)|(?:prospective|retrospective|concurrent) review (?:decision|determination)|utilization review (?:decision|determination|notice|denial)|\bUR (?:decision|determination|denial)|notice of (?:non-?certification|modification|certification|delay)|aviso de (?:la )?decisi[oó]n de (?:la )?revisi[oó]n de utilizaci[oó]n|decisi[oó]n de (?:la )?revisi[oó]n de utilizaci[oó]n)/i, weight: 0.45 },
    // a denial of the claim itself (liability), not of a treatment request
    { id: 'claim-denial', re: /(?<!\bnot an? )\bdenial of (?:your |the |this )?(?:workers['’]? compensation )?claim\b|\b(?:decided|decision) to deny (?:your|the|this) claim\b|\b(?:your|the|this) claim (?:is|has been|was) denied\b|\bdenial of liability\b|\bliability for (?:the|your|this) claim\b|\b(?:su|el) reclamo (?:ha sido|fue) (?:negado|denegado|rechazado)\b/i, weight: -0.5 },
    { id: 'utilization-review', re: /utilization review|revisi[oó]n de utilizaci[oó]n/i, weight: 0.2 },
    { id: 'rfa', re: /request for authorization|\bRFA\b|solicitud de autorizaci[oó]n/i, weight: 0.15 },
    { id: 'medical-necessity', re: /\bMTUS\b|Medical Treatment Utilization Schedule|medically necessary|m[eé]dicamente necesari|evidence-based|guidelines/i, weight: 0.1 },
    { id: 'imr-rights', re: /independent medical review|\bIMR\b|revisi[oó]n m[eé]dica independiente/i, weight: 0.1 },
    // the 30-day IMR right stated for this decision ("you may request IMR within 30 days after service of this letter")
    { id: 'imr-deadline', re: /\b(?:request|ask for|apply for|solicitar)\s+(?:an?\s+|una\s+)?(?:Independent Medical Review|IMR|Revisi[oó]n M[eé]dica Independiente)\b[^.]{0,80}\b(?:within|dentro de)\s+(?:los\s+)?(?:30|thirty|treinta)\b/i, weight: 0.1 },
    // the letter states its own verdict: "Our decision is delayed.", "your request has been approved"
    { id: 'verdict', re: /\b(?:our|the|this|your) (?:UR |review )?(?:decision|determination|request)\b[^.\n]{0,40}?\b(?:is|was|has been|have been)\s+(?:delayed|deferred|denied|modified|approved|certified|non-?certified|not certified)\b/i, weight: 0.15 },
    { id: 'reviewer', re: /physician reviewer|peer review|reviewing physician|\breviewer\b|m[eé]dico revisor/i, weight: 0.05 },
    ADDRESSED,
    ...PROCESS_ONLY,
  ],
  threshold: 0.5,
  roles: {
    ur_decision_date: 'decision_date',
    decision_date: 'decision_date',
    service_date: 'service_date',
    document_date: 'document_date',
    received_date: 'received_date',
    rfa_received_date: 'rfa_received_date',
    injury_date: 'injury_date',
    birth_date: 'birth_date',
  },
  yieldsTo: ['imr_determination'],
  outcome: urOutcome,
  facts(ctx) {
    const items = treatment(ctx.text);
    const legacy = firstMatch(ctx.text, PRE_IMR, 'legacyPreIMR');
    const mentionsImr = /independent medical review|revisi[oó]n m[eé]dica independiente/i.test(ctx.text);
    const facts = {
      ...(items.value.length ? { treatment: items.value } : {}),
      ...(legacy && !mentionsImr ? { legacyPreIMR: true } : {}),
      medication: medication(items.value, ctx.text),
    };
    return { facts, evidence: [...items.evidence, ...(legacy && !mentionsImr ? [legacy] : [])] };
  },
};
