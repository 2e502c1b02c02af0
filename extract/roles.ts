// Gives each date found in a document its label class: the closest label before it on its line, else its table
// column's header, else the line above ("Date of UR Decision (MM/DD/YYYY)" over a row of boxes). A bare date on
// its own line near the top of a letter is the letter's date.
import { parseDates, type DateCandidate } from './dates';
import { LABEL_RULES, HEADER_DEFAULT, type LabelClass } from './labels';

export interface LabeledDate extends DateCandidate {
  label: LabelClass | null;
  /** The label text and where it is (for evidence), when there is one. */
  labelStart?: number;
  labelText?: string;
}

const PROOF_OF_SERVICE = /proof of service|declaration of service|certificate of (?:service|mailing)|comprobante de (?:entrega|env[ií]o|notificaci[oó]n)|prueba de (?:notificaci[oó]n|servicio|env[ií]o)|constancia de (?:env[ií]o|notificaci[oó]n)|declaraci[oó]n de (?:env[ií]o|notificaci[oó]n)/gi;

/** The rest of a sentence that says a decision was made on the date before it ("Dr." and initials do not end it). */
const DECIDED_AFTER = /^,?(?:[^.]|(?<=\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Jr|St|\p{Lu}))\.|\.(?![ \t]*\n?[ \t]*\p{Lu}\p{Ll})){0,160}?(?:\b(?:determined|decided|denied|non-?certified|modified|upheld|overturned)\b|\b(?:did|does) not (?:certify|approve|authorize)\b|\b(?:decidi[oó]|determin[oó]|neg[oó]|deneg[oó]|modific[oó])(?![\p{L}]))/iu;

/** A line that only says how to write the date: "(MM / DD / YYYY)". */
const FORMAT_HINT = /^[ \t]*\(?[ \t]*(?:MM|mm)[ \t]*[/-][ \t]*(?:DD|dd)[ \t]*[/-][ \t]*(?:YYYY|yyyy|AAAA|aaaa|YY)[ \t]*\)?[ \t:]*$/;

/** "On March 4, 2026, I served the foregoing…": the label comes after the date. */
const SERVED_AFTER = /^,?[ \t\n]*(?:(?:I|we|the undersigned|yo)[ \t\n]+(?:personally[ \t]+)?(?:served|mailed|deposited|sent|faxed|e-?mailed|caused|placed|envi[eé]|deposit[eé])\b|(?:this|the|a copy of (?:this|the)|each|este|esta)\b[^.\n]{0,80}?\b(?:was|were|has been|have been|fue)[ \t\n]+(?:served|mailed|deposited|sent|faxed|e-?mailed|placed|enviad[oa]|depositad[oa])\b)/i;

/** A sentence that says the notice was served, with the date at its end: "I served … by first-class mail … on". */
const SERVED_VERB_POS = /\b(?:served|mailed|deposited|placing|placed|sent|faxed|e-?mailed|transmitted|executed)\b|\b(?:se envi[oó]|envi[eé]|enviad[oa]|notificad[oa]|depositad[oa])(?![\p{L}])/iu;
const SERVED_VERB = /\b(?:served|mailed|deposited)\b|\b(?:se envi[oó]|enviad[oa] por correo)(?![\p{L}])/iu;
const ON_BEFORE = /\b(?:on|el)[ \t]*,?[ \t\n]*$/i;

/** The sentence before `at` (it may run over line breaks; "U.S." and "Dr." do not end it). */
function sentenceBefore(text: string, at: number): string {
  const s = text.slice(Math.max(0, at - 300), at);
  let cut = 0;
  const re = /[.!?;:](?=\s)|\n[ \t]*\n/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0] === '.' && /(?:\b[A-Z]|\b(?:Dr|Mr|Mrs|Ms|St|Ave|No|Inc|Esq|Ste|Blvd))$/.test(s.slice(0, m.index))) continue;
    cut = m.index + m[0].length;
  }
  return s.slice(cut);
}

interface LabelHit {
  cls: LabelClass;
  start: number; // in the searched string
  end: number;
  text: string;
}

/** The label in `s` that ends closest to its end (earlier rules win ties). */
export function closestLabel(s: string, rules = LABEL_RULES): LabelHit | null {
  let best: LabelHit | null = null;
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(s); m; m = rule.re.exec(s)) {
      if (!m[0]) {
        rule.re.lastIndex++;
        continue;
      }
      // "Date:" and "Determination Date" end at the same place: a trailing colon or space does not make a label
      // closer, so the more specific (earlier) rule wins the tie.
      const end = m.index + m[0].replace(/[\s:]+$/, '').length;
      if (!best || end > best.end) best = { cls: rule.cls, start: m.index, end, text: m[0].trim() };
    }
  }
  return best;
}

const lineStartOf = (text: string, i: number) => text.lastIndexOf('\n', i - 1) + 1;
const lineEndOf = (text: string, i: number) => {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e;
};

/** Header row found for a table row (by the row's line start), so each row of a long table costs one step. */
type HeaderCache = Map<number, { count: number; header: { start: number; line: string } | null }>;

function findHeaderRow(text: string, lineStart: number, cellCount: number, cache: HeaderCache): { start: number; line: string } | null {
  let end = lineStart - 1;
  let header: { start: number; line: string } | null = null;
  for (let n = 0; n < 40 && end > 0; n++) {
    const start = lineStartOf(text, end);
    const cached = cache.get(start);
    if (cached && cached.count === cellCount) {
      header = cached.header;
      break;
    }
    const line = text.slice(start, end);
    end = start - 1;
    if (!line.includes('\t')) {
      if (line.trim()) break; // left the table
      continue;
    }
    if (line.split('\t').length !== cellCount || parseDates(line).length) continue;
    header = { start, line };
    break;
  }
  cache.set(lineStart, { count: cellCount, header });
  return header;
}

function headerLabel(text: string, lineStart: number, cellIndex: number, cellCount: number, cache: HeaderCache): LabelHit | null {
  const row = findHeaderRow(text, lineStart, cellCount, cache);
  if (row) {
    const { start, line } = row;
    const cells = line.split('\t');
    const header = cells[cellIndex]!.trim();
    const hit = closestLabel(`${header}\t`);
    const at = start + line.indexOf(header);
    return hit && hit.cls !== 'document_date'
      ? { ...hit, start: at + hit.start, end: at + hit.end }
      : { cls: HEADER_DEFAULT, start: at, end: at + header.length, text: header };
  }
  return null;
}

/** Parses the dates of `text` and labels each one. */
export function labelDates(text: string, opts: { lang?: 'en' | 'es' } = {}): LabeledDate[] {
  const dates = parseDates(text, opts);
  const out: LabeledDate[] = [];
  const headerCache: HeaderCache = new Map();
  let prevEnd = 0;
  for (const d of dates) {
    const lineStart = lineStartOf(text, d.start);
    const from = Math.max(lineStart, prevEnd, d.start - 160);
    const sameLine = text.slice(from, d.start);
    let hit: LabelHit | null = null;
    let base = from;
    const cell = sameLine.slice(sameLine.lastIndexOf('\t') + 1);
    const labelHit = closestLabel(sameLine);
    if (labelHit && (sameLine.length - labelHit.end < 90 || !/\w/.test(cell))) hit = labelHit;
    if (!hit && lineStart > 0 && prevEnd < lineStart - 1 && !sameLine.includes('\t')) {
      // a sentence wrapped by the PDF layout: "…by depositing copies in the United\nStates mail …, on April 28"
      const prevStart = lineStartOf(text, lineStart - 1);
      const above = text.slice(Math.max(prevStart, prevEnd), lineStart - 1);
      // a heading (no lower-case letter: "NOTICE OF DELAY IN UTILIZATION REVIEW DECISION") is not a wrapped sentence
      if (above.trim() && !above.includes('\t') && !/[.!?:;)]\s*$/.test(above) && /\p{Ll}/u.test(above)) {
        const joined = `${above} ${sameLine}`;
        const wrapped = closestLabel(joined);
        if (wrapped && joined.length - wrapped.end < 90 && wrapped.cls !== 'document_date') {
          hit = wrapped;
          base = lineStart - 1 - above.length;
        }
      }
    }
    const inTableRow = text.slice(lineStart, lineEndOf(text, d.start)).includes('\t');
    if (!hit && !inTableRow) {
      // not in a table: the line above, when nothing on this line explains the date
      if (!/[\p{L}]{3,}/u.test(sameLine.replace(/\b(?:on|el|the|of)\b/gi, '')) && lineStart > 0 && prevEnd < lineStart) {
        let aboveEnd = lineStart - 1;
        let prevStart = Math.max(lineStartOf(text, aboveEnd), prevEnd, aboveEnd - 160);
        if (FORMAT_HINT.test(text.slice(prevStart, aboveEnd)) && prevStart > 0 && prevEnd < prevStart) {
          // "Date of UR Decision\n(MM / DD / YYYY)\n04 / 06 / 2026": the label is above the format hint
          aboveEnd = prevStart - 1;
          prevStart = Math.max(lineStartOf(text, aboveEnd), prevEnd, aboveEnd - 160);
        }
        const above = text.slice(prevStart, aboveEnd);
        hit = closestLabel(above.endsWith(':') || /\)$/.test(above) ? above.replace(/\s*\([^)]*\)\s*$/, '') : `${above} `);
        if (hit && !/(?:\)|:|\s)$/.test(above) && above.length - hit.end > 40) hit = null;
        base = prevStart;
      }
    } else if (!hit) {
      const lineEnd = lineEndOf(text, d.start);
      const line = text.slice(lineStart, lineEnd);
      const before = text.slice(lineStart, d.start);
      const cellIndex = before.split('\t').length - 1;
      const headerHit = headerLabel(text, lineStart, cellIndex, line.split('\t').length, headerCache);
      if (headerHit) {
        out.push({ ...d, label: headerHit.cls, labelStart: headerHit.start, labelText: headerHit.text });
        prevEnd = d.end;
        continue;
      }
    }
    let label: LabelClass | null = hit?.cls ?? null;
    if (label === 'visit' && inProofOfService(text, d.start)) label = 'service_date';
    if (label === 'report_date' && hit && /^signed\b/i.test(hit.text) && inProofOfService(text, d.start)) label = 'service_date';
    if ((!label || label === 'document_date' || label === 'other') && SERVED_AFTER.test(text.slice(d.end, d.end + 120))) label = 'service_date';
    // "I served this determination … by first-class mail at Fresno, California on April 7, 2026"
    if (!label && ON_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start))) {
      const sentence = sentenceBefore(text, d.start);
      if ((inProofOfService(text, d.start) ? SERVED_VERB_POS : SERVED_VERB).test(sentence)) label = 'service_date';
    }
    // "the report of Dr. Tran, dated August 28, 2026": "dated" after a report is the report's date
    if (label === 'document_date' && hit && /^dated$/i.test(hit.text.trim()) && /\b(?:report|informe)\b/i.test(sentenceBefore(text, base + hit.start).slice(-100))) label = 'report_date';
    // "On April 14, 2026, our physician reviewer, Janet Morse, M.D., determined that…"
    if (!label && /\b(?:On|El)[ \t]*$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) && DECIDED_AFTER.test(text.slice(d.end, d.end + 180))) label = 'decision_date';
    // a bare "Date:" row in a proof of service is the date it was served
    if (label === 'document_date' && hit && inProofOfService(text, d.start)) label = 'service_date';
    if (!label && isBareLetterDate(text, d, lineStart)) label = 'document_date';
    const entry: LabeledDate = { ...d, label };
    if (hit) {
      entry.labelStart = base + hit.start;
      entry.labelText = hit.text;
    }
    out.push(entry);
    prevEnd = d.end;
  }
  return out;
}

/** "Date of service" inside a proof of service is the date the letter was served, not a medical visit. */
function inProofOfService(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 700), at);
  PROOF_OF_SERVICE.lastIndex = 0;
  return PROOF_OF_SERVICE.test(window);
}

/** A date alone on its line (maybe after a city: "Fresno, California, March 2, 2026") in the letter head. */
function isBareLetterDate(text: string, d: DateCandidate, lineStart: number): boolean {
  // alone on its line, or alone in its cell of a letterhead laid out in columns ("NORCAL GROUP\tMay 4, 2026")
  const lineEnd = lineEndOf(text, d.end);
  const tabAfter = text.indexOf('\t', d.end);
  const rest = text.slice(d.end, tabAfter >= 0 && tabAfter < lineEnd ? tabAfter : lineEnd).trim();
  const before = text.slice(Math.max(lineStart, text.lastIndexOf('\t', d.start - 1) + 1), d.start).trim();
  const bare = !rest && (!before || /^(?:[\p{L} .'-]+,\s*(?:CA|California|[A-Z]{2})?,?|\p{L}+day,?)$/u.test(before));
  return bare && d.start < Math.max(700, text.length * 0.2);
}

export { PROOF_OF_SERVICE };
