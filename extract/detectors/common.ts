// Signals and helpers shared by several detectors.
import type { Evidence } from '../../model';
import type { Signal } from './types';

/** Workers' compensation context (a health-plan or auto-insurance letter has none of these). */
export const WORKERS_COMP =
  /workers['’]? ?comp|\bDWC\b|Division of Workers|claims administrator|Labor Code|\bLab\. Code\b|\bRFA\b|Request for Authorization|\bMTUS\b|compensaci[oó]n (?:de|para|a) (?:los )?trabajadores|compensaci[oó]n laboral|work[- ]related injury|\bWCAB\b|\bemployer\b|\bempleador\b|industrial injury|\bADJ\d|\bdate of injury\b|\binjury date\b|\bDOI\b|fecha de (?:la )?lesi[oó]n|\binjured (?:worker|employee)\b|\bclaims? (?:adjuster|examiner)\b|\bthird[- ]party administrator\b|\bTPA\b/i;

/** Pages that explain the process instead of deciding anything. */
export const PROCESS_ONLY: readonly Signal[] = [
  { id: 'faq', re: /frequently asked questions|\bFAQs?\b|preguntas frecuentes/i, weight: -0.6 },
  // three or more lines that are questions ("What is IMR?"): an FAQ
  { id: 'question-headings', re: /^(?:what|how|when|who|can|do|does|is|should|where|why|qu[eé]|c[oó]mo|cu[aá]ndo|puedo)\b[^\n?]{5,120}\?[ \t]{0,8}$/gim, weight: -0.5, min: 3 },
  { id: 'news', re: /\b(?:(?<!good )news|press release|reported|according to (?:a|the) (?:report|study|data)|lawmakers|legislation|study (?:found|finds)|percent of|by staff writer|min read|share this article|related articles|newsletter|unsubscribe)\b|\b\d{1,3}(?:\.\d+)?% of (?:all )?(?:cases|disputes|decisions|requests|determinations|claims|reviews)\b/i, weight: -0.35 },
  { id: 'article', re: /\bblog\b|free consultation|call us (?:today |now )?for|share this (?:post|article)|\bposted (?:on )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i, weight: -0.5 },
  { id: 'eob', re: /explanation of benefits|this is not a bill|amount billed|patient responsibility|amount you owe|statement date|pay this amount|balance due|plan paid|allowed amount/i, weight: -0.7 },
  { id: 'health-plan', re: /Department of Managed Health Care|\bDMHC\b|health plan|Member ID|Evidence of Coverage|Member Services|Medi-Cal|Covered California|grievance/i, weight: -0.5 },
  { id: 'guide', re: /\b(?:guide|fact sheet|overview|learn more|this page explains|hoja informativa|gu[ií]a)\b/i, weight: -0.2 },
];

/** Letters addressed to someone about a claim. */
export const ADDRESSED: Signal = {
  id: 'addressed',
  re: /\bclaim\s*(?:no\.?|number|#)|\bDear\b|\bEstimad[oa]\b|\bRE:|\bAsunto:|\bEmployee(?: name)?:|\bEmpleado:|\bInjured worker:|\bApplicant:|\bPatient:|\bTrabajador(?:a)?:|n[uú]mero de (?:reclamo|reclamaci[oó]n)/i,
  weight: 0.15,
};

/** The first match of `re` in `text` as evidence. */
export function firstMatch(text: string, re: RegExp, fact: string): Evidence | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const m = g.exec(text);
  return m ? { fact, start: m.index, end: m.index + m[0].length, text: m[0] } : null;
}

/** Sentences that describe what could happen ("if ... is denied", "any decision to modify, delay or deny"). */
const HYPOTHETICAL = /\b(?:if|when|whether|any|each|si|cualquier)\b[^.\n]{0,60}$|\ba\b[^.\n]{0,40}\b(?:that|which)\b[^.\n]{0,20}$|(?:modify|delay|deny),\s*(?:or\s+)?(?:modify|delay|deny)[^.\n]{0,40}$|\b(?:may|can|could|might|puede|pueden)\b[^.\n]{0,25}$/i;

/** Every match of `re` that is not part of a hypothetical or boilerplate sentence. */
export function decisiveMatches(text: string, re: RegExp, fact: string): Evidence[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: Evidence[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 90), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\t')) + 1);
    if (HYPOTHETICAL.test(sentence)) continue;
    out.push({ fact, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
