// Facts shared by every notice kind: service method, expedited review, representation, claim number,
// treatment and medication. Each returns the value and the evidence span behind it.
import type { Evidence, ServiceMethod } from '../model';
import { PROOF_OF_SERVICE } from './roles';

export interface Found<T> {
  value: T;
  evidence: Evidence[];
}

const ev = (fact: string, text: string, start: number, end: number): Evidence => ({ fact, start, end, text: text.slice(start, end) });

const METHODS: { method: Exclude<ServiceMethod, null>; re: RegExp }[] = [
  { method: 'mail', re: /\b(?:U\.?[ \t]?S\.?[ \t]{1,4}mail|United\s{1,4}States\s{1,4}(?:mail|Postal\s{1,4}Service)|first[- ]class mail|certified mail|by mail|via mail|regular mail|mailed|mailing|placing [^.\n]{0,80}\bin (?:the )?(?:U\.?S\.? |United States )?mail)\b|\bpor correo(?! electr[oó]nico)\b|\bcorreo postal\b|\bcorreo de los Estados Unidos\b/gi },
  { method: 'fax', re: /\b(?:by fax|via fax|by facsimile|facsimile transmission|faxed|fax transmission)\b|\bpor fax\b/gi },
  { method: 'email', re: /\b(?:by e-?mail|via e-?mail|e-?mailed|electronic(?:ally)? (?:mail|service|served|transmission)|served electronically|secure (?:e-?mail|portal message)|this e-?mail (?:is|serves as) (?:your|the) (?:service copy|official notice|formal notice|notice))\b|\bpor correo electr[oó]nico\b/gi },
  { method: 'personal', re: /\b(?:personal(?:ly)? (?:service|served|delivered|delivery)|by hand|hand[- ]deliver(?:ed|y)?|personally handed)\b|\bentrega personal\b|\ben persona\b/gi },
];
/** A method named right after a box in a proof of service: "[X] Fax", "[ ] U.S. Mail", "☒ E-mail". */
const BOXED = /(\[[ \t]{0,3}[xX✓✔]?[ \t]{0,3}\]|☒|☑|☐|□|\([ \t]{0,3}[xX]?[ \t]{0,3}\))[ \t]{0,6}(?:(?:(U\.?[ \t]?S\.?[ \t]{1,4}|first[- ]class[ \t]{1,4}|certified[ \t]{1,4}|regular[ \t]{1,4})?mail\b|correo(?! electr[oó]nico))|(fax|facsimile)|(e-?mail|electronic|correo electr[oó]nico)|(hand|personal|entrega personal))/gi;
const CHECKED = /(?:\[[ \t]{0,3}[xX✓✔][ \t]{0,3}\]|☒|☑|\([ \t]{0,3}[xX][ \t]{0,3}\)|■)[ \t]{0,6}$/;
const UNCHECKED = /(?:\[[ \t]{0,3}\]|☐|\([ \t]{0,3}\)|□)[ \t]{0,6}$/;

/** How the notice was served: the checked box in a proof of service, else the first method it names. */
export function serviceMethod(text: string): Found<ServiceMethod> {
  PROOF_OF_SERVICE.lastIndex = 0;
  const pos = PROOF_OF_SERVICE.exec(text);
  const sections = pos ? [text.slice(pos.index), text] : [text];
  const offsets = pos ? [pos.index, 0] : [0];
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s]!;
    const hits: { method: Exclude<ServiceMethod, null>; start: number; end: number; checked: boolean | null }[] = [];
    for (const { method, re } of METHODS) {
      re.lastIndex = 0;
      for (let m = re.exec(section); m; m = re.exec(section)) {
        const before = section.slice(Math.max(0, m.index - 6), m.index);
        const checked = CHECKED.test(before) ? true : UNCHECKED.test(before) ? false : null;
        hits.push({ method, start: m.index, end: m.index + m[0].length, checked });
      }
    }
    BOXED.lastIndex = 0;
    for (let m = BOXED.exec(section); m; m = BOXED.exec(section)) {
      const method = m[3] ? 'fax' : m[4] ? 'email' : m[5] ? 'personal' : 'mail';
      const start = m.index + m[1]!.length + (m[0].length - m[1]!.length - m[0].slice(m[1]!.length).trimStart().length);
      if (hits.some((h) => h.start === start)) continue;
      hits.push({ method, start, end: m.index + m[0].length, checked: /[xX✓✔☒☑]/.test(m[1]!) });
    }
    const boxes = hits.filter((h) => h.checked !== null);
    const pick = boxes.length ? boxes.filter((h) => h.checked).sort((a, b) => a.start - b.start)[0] : hits.sort((a, b) => a.start - b.start)[0];
    if (pick) {
      const base = offsets[s]!;
      return { value: pick.method, evidence: [ev('serviceMethod', text, base + pick.start, base + pick.end)] };
    }
    if (boxes.length) break; // boxes, none checked: unknown
  }
  return { value: null, evidence: [] };
}

const EXPEDITED = [
  /(?:review type|type of (?:utilization )?review|type of review|priority|tipo de revisi[oó]n|review)\s{0,8}(?:\([^)\n]{0,60}\)\s{0,8})?(?::\s{0,8})?(?:(?:\[[ \t]{0,3}[xX✓][ \t]{0,3}\]|☒|☑)[ \t]{0,4})?(?:expedited|urgent|acelerad[oa]|urgente)\b/gi,
  /(?:\[[ \t]{0,3}[xX✓][ \t]{0,3}\]|☒|☑)[ \t]{0,4}(?:expedited|urgent|acelerad[oa]|urgente)\b/gi,
  /\bEXPEDITED\b(?! IMR)/g,
  /\b(?:this (?:is an|was an|was reviewed as an?)|an) expedited (?:review|request|decision|determination)\b(?! if)/gi,
  /\bexpedited (?:UR |utilization review |IMR )?(?:decision|determination|review (?:decision|determination))\b/gi,
  /\b(?:revisi[oó]n|decisi[oó]n) (?:acelerada|urgente)\b/gi,
];
const EXPEDITED_IF = /\b(?:if|may request|can request|si usted|puede solicitar|whether)\b[^.\n]{0,80}$/i;

/** Expedited review, when the notice says so (not boilerplate about how to ask for one). */
export function expedited(text: string): Found<boolean> {
  for (const re of EXPEDITED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 100), m.index);
      if (EXPEDITED_IF.test(before.slice(before.lastIndexOf('.') + 1))) continue;
      if (/\[\s*\]|☐/.test(m[0])) continue;
      return { value: true, evidence: [ev('expedited', text, m.index, m.index + m[0].length)] };
    }
  }
  return { value: false, evidence: [] };
}

const UNREPRESENTED = /\b(?:unrepresented|not represented(?: by an? attorney)?|you (?:are not|were not) represented|you do not have an attorney|no attorney of record|(?:attorney|applicant'?s? attorney|abogado)[ \t]{0,8}(?::[ \t]{0,8})?(?:none|n\/a|ninguno)\b|sin abogado|no (?:est[aá] )?representad[oa]|trabajador no representado)/gi;
const REPRESENTED = /(?:\b(?:represented by|your attorney,|[Aa]ttorneys? for (?:the )?(?:[Aa]pplicant|[Ee]mployee|[Ii]njured [Ww]orker)|you are represented\b|[Aa]pplicant['’]?s? [Aa]ttorney[ \t]{0,8}(?::[ \t]{0,8})?(?=[A-Z][a-z])|(?:employee|applicant|worker)'?s? attorney[ \t]{0,8}:\s{0,8}(?=[A-Z])|attorney of record[ \t]{0,8}:\s{0,8}(?=[A-Z])|representado por|abogado del trabajador[ \t]{0,8}:\s{0,8}(?=[A-Z]))|\bEsq\.|\([Aa]pplicant['’]?s? [Aa]ttorney\)|\bLaw (?:Offices?|Group|Firm)\b|\bAttorneys? at Law\b|\b(?:[Pp]anel )?[Rr]equested by[ \t]{0,8}(?::[ \t]{0,8})?(?:[Aa]pplicant'?s? |[Ee]mployee'?s? )?[Aa]ttorney\b)/g;

const INSTRUCTION_HEADING = {
  represented: /^[ \t]*(?:if (?:the )?(?:employee|worker|you) (?:is|are) )?represented(?: (?:employee|worker|injured worker|applicant)s?)?[ \t]*[:—–-]/im,
  unrepresented: /^[ \t]*(?:if (?:the )?(?:employee|worker|you) (?:is|are) )?(?:unrepresented|not represented)(?: (?:employee|worker|injured worker|applicant)s?)?[ \t]*[:—–-]/im,
};

/** Whether the worker has an attorney, when the document says (null otherwise). */
export function represented(text: string): Found<boolean | null> {
  // instructions for both cases ("Represented employee: …" / "Unrepresented employee: …") say nothing about this worker
  const bothCases = INSTRUCTION_HEADING.represented.test(text) && INSTRUCTION_HEADING.unrepresented.test(text);
  UNREPRESENTED.lastIndex = 0;
  for (let un = UNREPRESENTED.exec(text); un; un = UNREPRESENTED.exec(text)) {
    const before = text.slice(Math.max(0, un.index - 40), un.index);
    if (/\b(?:if|si|whether)\b[^.\n]*$/i.test(before)) continue; // "If you were not represented…"
    if (bothCases && /(?:^|\n)[ \t]*$/.test(before) && /^[\p{L} ]{0,30}[:—–-]/u.test(text.slice(un.index + un[0].length, un.index + un[0].length + 32))) continue;
    return { value: false, evidence: [ev('represented', text, un.index, un.index + un[0].length)] };
  }
  REPRESENTED.lastIndex = 0;
  for (let m = REPRESENTED.exec(text); m; m = REPRESENTED.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/\b(?:if|si)\b[^.\n]*$/i.test(before)) continue;
    return { value: true, evidence: [ev('represented', text, m.index, m.index + m[0].length)] };
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
