// Gives each date found in a document its label class: the closest label before it on its line, else its table
// column's header, else the line above ("Date of UR Decision (MM/DD/YYYY)" over a row of boxes). A bare date on
// its own line near the top of a letter is the letter's date.
import { parseDates, type DateCandidate } from './dates';
import { LABEL_RULES, HEADER_DEFAULT, type LabelClass } from './labels';
import { LineIndex } from './lines';

export interface LabeledDate extends DateCandidate {
  label: LabelClass | null;
  /** The label text and where it is (for evidence), when there is one. */
  labelStart?: number;
  labelText?: string;
}

const PROOF_OF_SERVICE = /proof of service|declaration of service|certificate of (?:service|mailing)|comprobante de (?:entrega|env[ií]o|notificaci[oó]n)|prueba de (?:notificaci[oó]n|servicio|env[ií]o)|constancia de (?:env[ií]o|notificaci[oó]n)|declaraci[oó]n de (?:env[ií]o|notificaci[oó]n)/gi;

/** The rest of a sentence that says a decision was made on the date before it ("Dr." and initials do not end it). */
const DECIDED_AFTER = /^,?(?:[^.]|\.(?:(?<=\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Jr|St|\p{Lu})\.)|(?![ \t]{0,4}\n?[ \t]{0,4}\p{Lu}\p{Ll}))){0,160}?(?:\b(?:determined|decided|denied|non-?certified|modified|upheld|overturned)\b|\b(?:did|does) not (?:certify|approve|authorize)\b|\b(?:decidi[oó]|determin[oó]|neg[oó]|deneg[oó]|modific[oó])(?![\p{L}]))/iu;

/** A line that only says how to write the date: "(MM / DD / YYYY)". */
const FORMAT_HINT = /^[ \t]{0,12}\(?[ \t]{0,4}(?:MM|mm)[ \t]{0,4}[/-][ \t]{0,4}(?:DD|dd)[ \t]{0,4}[/-][ \t]{0,4}(?:YYYY|yyyy|AAAA|aaaa|YY)[ \t]{0,4}\)?[ \t:]{0,8}$/;

/** "On March 4, 2026, I served the foregoing…": the label comes after the date. */
const SERVED_AFTER = /^,?[ \t\n]{0,8}(?:(?:I|we|the undersigned|yo)[ \t\n]{1,8}(?:personally[ \t]{1,4})?(?:served|mailed|deposited|sent|faxed|e-?mailed|caused|placed|envi[eé]|deposit[eé])\b|(?:this|the|a copy of (?:this|the)|each|este|esta)\b[^.\n]{0,80}?\b(?:was|were|has been|have been|fue)[ \t\n]{1,8}(?:served|mailed|deposited|sent|faxed|e-?mailed|placed|enviad[oa]|depositad[oa])\b)/i;

/** A sentence that says the notice was served, with the date at its end: "I served … by first-class mail … on". */
const SERVED_VERB_POS = /\b(?:served|mailed|deposited|placing|placed|sent|faxed|e-?mailed|transmitted|executed)\b|\b(?:se envi[oó]|envi[eé]|enviad[oa]|notificad[oa]|depositad[oa])(?![\p{L}])/iu;
const SERVED_VERB = /\b(?:served|mailed|deposited)\b|\b(?:se envi[oó]|enviad[oa] por correo)(?![\p{L}])/iu;
const ON_BEFORE = /\b(?:on|el)[ \t]{0,4},?[ \t\n]{0,8}$/i;

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

/** A table's header row, its cells split once. */
interface HeaderRow {
  start: number;
  line: string;
  cells: string[];
}
/** Header row found for a table row (by the row's line start), so each row of a long table costs one step. */
type HeaderCache = Map<number, { count: number; header: HeaderRow | null }>;

/** Lines longer than this are not read as a table header (a header is a row of short column names). */
const MAX_HEADER_LINE = 2000;

function findHeaderRow(lines: LineIndex, row: number, cellCount: number, cache: HeaderCache): HeaderRow | null {
  const { text } = lines;
  const key = lines.start(row);
  let header: HeaderRow | null = null;
  for (let n = 0, i = row - 1; n < 40 && i >= 0; n++, i--) {
    const start = lines.start(i);
    const cached = cache.get(start);
    if (cached && cached.count === cellCount) {
      header = cached.header;
      break;
    }
    const end = lines.end(i);
    if (!lines.hasTab(i)) {
      if (text.slice(start, Math.min(end, start + 200)).trim()) break; // left the table
      continue;
    }
    if (end - start > MAX_HEADER_LINE || lines.tabsBetween(start, end) + 1 !== cellCount) continue;
    const line = text.slice(start, end);
    if (parseDates(line).length) continue;
    header = { start, line, cells: line.split('\t') };
    break;
  }
  cache.set(key, { count: cellCount, header });
  return header;
}

function headerLabel(lines: LineIndex, row: number, cellIndex: number, cellCount: number, cache: HeaderCache): LabelHit | null {
  const found = findHeaderRow(lines, row, cellCount, cache);
  if (found) {
    const { start, line, cells } = found;
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
export function labelDates(text: string, opts: { lang?: 'en' | 'es'; budget?: () => void } = {}): LabeledDate[] {
  const dates = parseDates(text, opts);
  opts.budget?.();
  const out: LabeledDate[] = [];
  const headerCache: HeaderCache = new Map();
  const lines = new LineIndex(text);
  const lineStartOf = (i: number) => lines.start(lines.lineOf(i));
  let prevEnd = 0;
  for (const [i, d] of dates.entries()) {
    if ((i & 255) === 255) opts.budget?.();
    const row = lines.lineOf(d.start);
    const lineStart = lines.start(row);
    const lineEnd = lines.end(row);
    const from = Math.max(lineStart, prevEnd, d.start - 160);
    const sameLine = text.slice(from, d.start);
    let hit: LabelHit | null = null;
    let base = from;
    const cell = sameLine.slice(sameLine.lastIndexOf('\t') + 1);
    const labelHit = closestLabel(sameLine);
    if (labelHit && (sameLine.length - labelHit.end < 90 || !/\w/.test(cell))) hit = labelHit;
    if (!hit && lineStart > 0 && prevEnd < lineStart - 1 && !sameLine.includes('\t')) {
      // a sentence wrapped by the PDF layout: "…by depositing copies in the United\nStates mail …, on April 28"
      const prevStart = lineStartOf(lineStart - 1);
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
    const inTableRow = lines.hasTab(row);
    if (!hit && !inTableRow) {
      // not in a table: the line above, when nothing on this line explains the date
      if (!/[\p{L}]{3,}/u.test(sameLine.replace(/\b(?:on|el|the|of)\b/gi, '')) && lineStart > 0 && prevEnd < lineStart) {
        let aboveEnd = lineStart - 1;
        let prevStart = Math.max(lineStartOf(aboveEnd), prevEnd, aboveEnd - 160);
        if (FORMAT_HINT.test(text.slice(prevStart, aboveEnd)) && prevStart > 0 && prevEnd < prevStart) {
          // "Date of UR Decision\n(MM / DD / YYYY)\n04 / 06 / 2026": the label is above the format hint
          aboveEnd = prevStart - 1;
          prevStart = Math.max(lineStartOf(aboveEnd), prevEnd, aboveEnd - 160);
        }
        const above = text.slice(prevStart, aboveEnd);
        hit = closestLabel(above.endsWith(':') || /\)$/.test(above) ? above.replace(/\s*\([^)]*\)\s*$/, '') : `${above} `);
        if (hit && !/(?:\)|:|\s)$/.test(above) && above.length - hit.end > 40) hit = null;
        base = prevStart;
      }
    } else if (!hit) {
      const cellIndex = lines.tabsBetween(lineStart, d.start);
      const headerHit = headerLabel(lines, row, cellIndex, lines.tabsBetween(lineStart, lineEnd) + 1, headerCache);
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
    if (!label && isBareLetterDate(lines, d, lineStart, lineEnd)) label = 'document_date';
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
function isBareLetterDate(lines: LineIndex, d: DateCandidate, lineStart: number, lineEnd: number): boolean {
  const { text } = lines;
  if (d.start >= Math.max(700, text.length * 0.2)) return false;
  // alone on its line, or alone in its cell of a letterhead laid out in columns ("NORCAL GROUP\tMay 4, 2026")
  const tabAfter = lines.nextTab(d.end, lineEnd);
  const rest = text.slice(d.end, Math.min(tabAfter >= 0 ? tabAfter : lineEnd, d.end + 200)).trim();
  const tabBefore = lines.prevTab(d.start, lineStart);
  const before = text.slice(Math.max(lineStart, tabBefore + 1, d.start - 200), d.start).trim();
  const bare = !rest && (!before || /^(?:[\p{L} .'-]+,\s*(?:CA|California|[A-Z]{2})?,?|\p{L}+day,?)$/u.test(before));
  return bare && d.start < Math.max(700, text.length * 0.2);
}

export { PROOF_OF_SERVICE };
