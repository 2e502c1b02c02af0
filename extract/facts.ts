// Facts shared by every notice kind: service method, expedited review, representation, claim number, treatment and
// medication. Each returns the value and the evidence span behind it. The wordings are data (extract/wordings/facts.ts);
// the layout says where they count: a proof of service first, nothing said "if …" or "you may …", nothing in a history.
import type { Evidence, ServiceMethod } from '../model';
import { hitsIn, type Scope } from './features';
import type { Layout } from './layout';
import { BOTH_CASES, BOXED_METHOD, CHECKED_BOX, EXPEDITED, METHODS, REPRESENTATION, UNCHECKED_BOX } from './wordings';

export interface Found<T> {
  value: T;
  evidence: Evidence[];
}

const ev = (fact: string, text: string, start: number, end: number): Evidence => ({ fact, start, end, text: text.slice(start, end) });

type Method = Exclude<ServiceMethod, null>;
interface MethodHit {
  method: Method;
  start: number;
  end: number;
  checked: boolean | null;
}

/** Methods named in [from, to): each wording hit, and each boxed choice ("[X] Fax", "☐ U.S. Mail"). */
function methodHits(layout: Layout, scope: Scope, lang: 'en' | 'es', from: number, to: number): MethodHit[] {
  const text = layout.text;
  const hits: MethodHit[] = [];
  for (const h of hitsIn(METHODS, layout, scope, lang)) {
    if (h.start < from || h.start >= to || h.hypothetical) continue;
    const before = text.slice(Math.max(0, h.start - 6), h.start);
    hits.push({ method: h.wording.cls, start: h.start, end: h.end, checked: CHECKED_BOX.test(before) ? true : UNCHECKED_BOX.test(before) ? false : null });
  }
  const boxed = new RegExp(BOXED_METHOD.source, BOXED_METHOD.flags);
  boxed.lastIndex = from;
  for (let m = boxed.exec(text); m && m.index < to; m = boxed.exec(text)) {
    const method: Method = m[3] ? 'fax' : m[4] ? 'email' : m[5] ? 'personal' : 'mail';
    const box = m[1]!;
    const start = m.index + m[0].length - m[0].slice(box.length).trimStart().length;
    if (hits.some((h) => h.start === start)) continue;
    hits.push({ method, start, end: m.index + m[0].length, checked: /[xX✓✔☒☑]/.test(box) });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A line that lists copies ("cc: Dr. Estrada (by fax)"): how a copy went says nothing about the notice. */
const COPY_LINE = /^[ \t]{0,12}(?:cc|bcc|copy to|copies to|copia(?:s)?(?: a| para)?|c\.c\.)[ \t]{0,4}:/i;

/**
 * How the notice was served: the checked box in a proof of service, else a method said in the same sentence as the
 * service date (`servedAt`), else the first method it states outside lists of copies.
 */
export function serviceMethod(layout: Layout, scope: Scope, lang: 'en' | 'es', servedAt?: { start: number; end: number }): Found<ServiceMethod> {
  const windows: (readonly [number, number])[] = layout.sections.filter((s) => s.kind === 'proof_of_service' && s.start < scope.end).map((s) => [s.start, Math.min(s.end, scope.end)] as const);
  if (servedAt) {
    const clause = layout.clauseAt(servedAt.start);
    const line = layout.lineAt(servedAt.start);
    windows.push([Math.min(clause.start, line.start), Math.max(clause.end, line.end, servedAt.end)]);
  }
  windows.push([0, scope.end]);
  for (const [from, to] of windows) {
    const hits = methodHits(layout, scope, lang, from, to).filter((h) => {
      const line = layout.lineAt(h.start);
      return !COPY_LINE.test(layout.text.slice(line.start, Math.min(line.end, line.start + 40)));
    });
    const boxes = hits.filter((h) => h.checked !== null);
    const pick = boxes.length ? boxes.find((h) => h.checked) : hits[0];
    if (pick) return { value: pick.method, evidence: [ev('serviceMethod', layout.text, pick.start, pick.end)] };
    if (boxes.length) break; // boxes, none checked: unknown
  }
  return { value: null, evidence: [] };
}

/** Expedited review, when the notice says so (not boilerplate about how to ask for one). */
export function expedited(layout: Layout, scope: Scope, lang: 'en' | 'es'): Found<boolean> {
  for (const h of hitsIn(EXPEDITED, layout, scope, lang)) {
    if (h.hypothetical || /\[\s*\]|☐/.test(h.text)) continue;
    return { value: true, evidence: [ev('expedited', layout.text, h.start, h.end)] };
  }
  return { value: false, evidence: [] };
}

/** Whether the worker has an attorney, when the document says (null otherwise). */
export function represented(layout: Layout, scope: Scope, lang: 'en' | 'es'): Found<boolean | null> {
  const text = layout.text.slice(0, scope.end);
  // instructions for both cases ("Represented employee: …" / "Unrepresented employee: …") say nothing about this worker
  const bothCases = BOTH_CASES.represented.test(text) && BOTH_CASES.unrepresented.test(text);
  const hits = hitsIn(REPRESENTATION, layout, scope, lang, { aside: true }).filter((h) => !h.conditional);
  for (const cls of ['unrepresented', 'represented'] as const) {
    for (const h of hits) {
      if (h.wording.cls !== cls) continue;
      if (bothCases && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, h.start - 40), h.start)) && /^[\p{L} ]{0,30}[:—–-]/u.test(text.slice(h.end, h.end + 32))) continue;
      return { value: cls === 'represented', evidence: [ev('represented', layout.text, h.start, h.end)] };
    }
  }
  return { value: null, evidence: [] };
}

const CLAIM = /\b(?:claim|reclamo|reclamaci[oó]n)(?:[ \t]{0,8}(?:no\.?|number|num\.?|#|n[uú]mero|n\.?º)[ \t]{0,8}(?::[ \t]{0,8})?|[ \t]{0,8}:[ \t]{0,8}|\t|[ \t]{0,8}\n[ \t]{0,8}(?=[A-Z0-9-]{0,30}\d[A-Z0-9-]{0,30}-))(?:\.{2,40}[ \t]{0,8})?\s{0,8}((?:[A-Z]{2,4} (?=\d))?[A-Z0-9][A-Z0-9-]{3,24})/gi;
const CLAIM_ES = /\bn[uú]mero de (?:reclamo|reclamaci[oó]n)[ \t]{0,8}(?::[ \t]{0,8})?([A-Z0-9][A-Z0-9-]{3,24})/gi;

/** "File: NSIG-WC-2025-08812", "(Claim NSIG-WC-2025-08812)": no "number" label, so only a code with a hyphen
 * and a letter, or digits in three hyphenated groups with five or more in the middle ("Claim 05-118842-26", not a date). */
const CLAIM_CODE = /\b(?:[Cc]laim|(?:[Oo]ur |[Cc]laim )?[Ff]ile(?: [Nn]o\.?| #)?:)[ \t]{1,8}((?=[A-Z0-9-]{0,30}[A-Z])(?:[A-Z]{2,12}|\d{2,12})[A-Z0-9]{0,16}-[A-Z0-9-]{3,24}|\d{2,10}-\d{5,12}-\d{2,10}(?![\d-]))/g;

export function claimNumber(text: string): Found<string | undefined> {
  for (const re of [CLAIM, CLAIM_ES, CLAIM_CODE]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && /\d/.test(m[1]!)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      return { value: m[1]!, evidence: [ev('claimNumber', text, start, start + m[1]!.length)] };
    }
  }
  return { value: undefined, evidence: [] };
}

export const DRUG = /\b(?:tramadol|ultram|oxycodone|oxycontin|hydrocodone|norco|percocet|vicodin|gabapentin|neurontin|pregabalin|lyrica|lidocaine|lidoderm|cyclobenzaprine|flexeril|meloxicam|mobic|ibuprofen|motrin|naproxen|anaprox|omeprazole|prilosec|pantoprazole|duloxetine|cymbalta|celecoxib|celebrex|tizanidine|zanaflex|diclofenac|voltaren|baclofen|carisoprodol|soma|methocarbamol|robaxin|tapentadol|nucynta|morphine|buprenorphine|butrans|fentanyl|amitriptyline|nortriptyline|zolpidem|ambien|ketoprofen|menthoderm|terocin|flurbiprofen|capsaicin|orphenadrine|etodolac|nabumetone|sertraline|trazodone|topiramate|sumatriptan|methadone|tylenol|acetaminophen|compound(?:ed)? (?:cream|topical))\b|\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml)\b|\b(?:tablets?|capsules?|tabs?|caps|patch(?:es)?|cream|gel|ointment)\b|\bformulary\b|\bprescription\b|\bmedication\b|\bmedicamento\b|\bfarmac[ií]a\b/i;

const TREATMENT_LABEL = /(?:treatment(?:s)? requested|requested treatment|request(?:ed)? (?:service|item)s?|service(?:s)? requested|disputed (?:treatment|service|medical treatment|item)s?|item(?:s)? (?:requested|in dispute)|treatment in dispute|medication requested|requested medication|tratamiento solicitado|tratamientos solicitados|servicio solicitado|medicamento solicitado)(?:[ \t]{0,8}\([^)\n]{0,60}\))?(?:[ \t]{0,8}:)?/gi;
const DECISION_WORD = /\b(?:non-?certified|not certified|certified|denied|approved|modified|delayed|authorized|upheld|overturned|negad[oa]|denegad[oa]|aprobad[oa]|modificad[oa]|certificad[oa]|no certificad[oa])\b/i;

const NEGATIVE_WORD = /\b(?:non-?certified|not certified|denied|modified|delayed|upheld|negad[oa]|denegad[oa]|modificad[oa]|no certificad[oa])\b/i;

/** Treatment items: after a "Treatment requested" label, or the first cell of item rows that carry a decision. */
export function treatment(text: string): Found<string[]> {
  const items: string[] = [];
  const evidence: Evidence[] = [];
  const add = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /[\s:.-]/.test(text[s]!)) s++;
    while (e > s && /[\s:;,.]/.test(text[e - 1]!)) e--;
    const value = text.slice(s, e).replace(/\s+/g, ' ');
    if (value.length < 3 || value.length > 160 || items.includes(value) || !/\p{L}{3}/u.test(value)) return;
    if (/^(?:decision|determination|decisi[oó]n|status|estado|result)$/i.test(value)) return;
    items.push(value);
    evidence.push({ fact: 'treatment', start: s, end: e, text: text.slice(s, e) });
  };
  TREATMENT_LABEL.lastIndex = 0;
  for (let m = TREATMENT_LABEL.exec(text); m && items.length < 6; m = TREATMENT_LABEL.exec(text)) {
    // a label starts its line or cell, or ends with a colon ("The requested treatment is…" is a sentence)
    const lineBefore = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
    if (!m[0].endsWith(':') && /\S/.test(lineBefore.slice(lineBefore.lastIndexOf('\t') + 1))) continue;
    let start = m.index + m[0].length;
    while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start++; // "Treatment in dispute:\tLidocaine…"
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const cellEnd = text.indexOf('\t', start);
    if (cellEnd >= 0 && cellEnd < end && text.slice(start, cellEnd).trim()) end = cellEnd;
    if (!text.slice(start, end).trim()) {
      // value on the next line(s) (a table under a header, or a list)
      start = end + 1;
      end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
    }
    const line = text.slice(start, end);
    const tab = line.indexOf('\t');
    add(start, tab >= 0 ? start + tab : end);
  }
  // item rows: "Physical therapy x12\tNON-CERTIFIED". In a mixed decision only the items not certified in full
  // are in dispute, so when some rows are negative the certified rows are left out.
  const rowRe = /^([^\t\n]{3,160})\t([^\n]{0,2000})$/gm;
  const rows: { start: number; end: number; negative: boolean }[] = [];
  for (let m = rowRe.exec(text); m; m = rowRe.exec(text)) {
    if (DECISION_WORD.test(m[2]!) && !DECISION_WORD.test(m[1]!) && !/\d{1,2}\/\d{1,2}\/\d{2,4}/.test(m[1]!)) {
      rows.push({ start: m.index, end: m.index + m[1]!.length, negative: NEGATIVE_WORD.test(m[2]!) });
    }
  }
  const anyNegative = rows.some((r) => r.negative);
  for (const r of rows) if (items.length < 6 && (r.negative || !anyNegative)) add(r.start, r.end);
  return { value: items, evidence };
}

/** The disputed treatment is a medication (formulary variant of the IMR clock). */
export function medication(items: string[], text: string): boolean {
  if (items.length) return items.some((t) => DRUG.test(t));
  return /\b(?:MTUS )?(?:Drug )?Formulary\b[^\n]{0,80}\b(?:not|non|denied|exempt|non-exempt)|\bmedication (?:request|is not|was not|denied)/i.test(text);
}
