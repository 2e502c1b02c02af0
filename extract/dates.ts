// Date parser for US letters and portal pages, English and Spanish. Finds every date with its offsets:
// "March 4, 2026", "Mar. 4th, 2026", "Monday, March 4, 2026", 03/04/2026, 3/4/26, 04-Mar-2026, 2026-03-04,
// "4 de marzo de 2026", dates split over a line break ("March 4,\n2026") and dates in MM / DD / YYYY boxes.

import type { DateNoteDetail } from '../model/notice';

export type DateFormat = 'month_name' | 'day_month_name' | 'numeric' | 'iso';

export interface DateCandidate {
  start: number; // offset into the text
  end: number;
  text: string;
  iso: string; // YYYY-MM-DD
  format: DateFormat;
  /** Why this reading could be wrong (two-digit year, day/month order), if anything. */
  ambiguity?: string;
  /** The same notes as codes + params (the faces translate them). */
  ambiguityDetails?: DateNoteDetail[];
}

export interface ParseDatesOptions {
  /** Language of the document: in Spanish documents a numeric date with both parts ≤ 12 is flagged. */
  lang?: 'en' | 'es';
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
};
// Longest names first so "september" wins over "sep".
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const GAP = String.raw`(?:[ \t]{1,8}|[ \t]{0,8}\n[ \t]{0,8})`; // spaces, or one line break
const OPT_GAP = String.raw`[ \t]{0,8}(?:\n[ \t]{0,8})?`;
const ORD = String.raw`(?:st|nd|rd|th|º|°)?`;

interface Pattern {
  format: DateFormat;
  re: RegExp;
  /** Groups → year, month, day (month may be a name). */
  pick(m: RegExpExecArray): { y: string; m: string; d: string };
}

const PATTERNS: Pattern[] = [
  {
    // March 4, 2026 · Mar. 4th, 2026 · marzo 4, 2026 · March 4 2026 · split over a line
    format: 'month_name',
    re: new RegExp(String.raw`(?<![\p{L}])(${MONTH})\.?${GAP}(\d{1,2})${ORD}(?![\d])(?:,|\.)?${OPT_GAP}(?:de(?:l)?${GAP})?(\d{4})(?!\d)`, 'giu'),
    pick: (m) => ({ m: m[1]!, d: m[2]!, y: m[3]! }),
  },
  {
    // 04-Mar-2026 · 4 March 2026 · 4 de marzo de 2026 · 04-Mar-26
    format: 'day_month_name',
    re: new RegExp(
      String.raw`(?<![\d\p{L}])(\d{1,2})${ORD}(?:[ \t]{0,4}[-/][ \t]{0,4}|${GAP}de${GAP}|${GAP})(${MONTH})\.?(?:[ \t]{0,4}[-/][ \t]{0,4}|,?${GAP}de(?:l)?${GAP}|,?${GAP})(\d{4}|\d{2})(?![\d])`,
      'giu',
    ),
    pick: (m) => ({ d: m[1]!, m: m[2]!, y: m[3]! }),
  },
  {
    // "the 23rd day of September, 2026" (signatures, declarations) · "el 3 de noviembre del 2026" is above
    format: 'day_month_name',
    re: new RegExp(String.raw`(?<![\d\p{L}])(\d{1,2})${ORD}${GAP}day${GAP}of${GAP}(${MONTH})\.?,?${GAP}(\d{4})(?![\d])`, 'giu'),
    pick: (m) => ({ d: m[1]!, m: m[2]!, y: m[3]! }),
  },
  {
    // 2026-03-04 · 2026/03/04
    format: 'iso',
    re: /(?<![\d/.-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/-])/g,
    pick: (m) => ({ y: m[1]!, m: m[3]!, d: m[4]! }),
  },
  {
    // 03/04/2026 · 3/4/26 · 03-04-2026 · 03.04.2026 · "03 / 04 / 2026" boxes · "03/04/\n2026"
    format: 'numeric',
    re: /(?<![\d/.-])(\d{1,2})[ \t]{0,4}([/.|-])[ \t]{0,4}(\d{1,2})[ \t]{0,4}\2[ \t]{0,4}(?:\n[ \t]{0,4})?(\d{4}|\d{2})(?![\d/-])/g,
    pick: (m) => ({ m: m[1]!, d: m[3]!, y: m[4]! }),
  },
  {
    // MM DD YYYY written in separate boxes with no separator (PDF forms): 03\t04\t2026
    format: 'numeric',
    re: /(?<![\d/.-])(\d{2})[ \t]{0,4}\t[ \t]{0,4}(\d{2})[ \t]{0,4}\t[ \t]{0,4}(\d{4})(?![\d/-])/g,
    pick: (m) => ({ m: m[1]!, d: m[2]!, y: m[3]! }),
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Which order a document writes numeric dates in, from its dates that can only be read one way. */
type NumericOrder = 'md' | 'dm';

function toCandidate(p: Pattern, m: RegExpExecArray, opts: ParseDatesOptions, order: NumericOrder, inferred: boolean): DateCandidate | null {
  const parts = p.pick(m);
  let month = /^\d+$/.test(parts.m) ? Number(parts.m) : MONTHS[parts.m.toLowerCase()];
  let day = Number(parts.d);
  let year = Number(parts.y);
  const notes: string[] = [];
  const details: DateNoteDetail[] = [];
  const shown = () => m[0].replace(/\s+/g, ' ');
  if (parts.y.length === 2) {
    // Letters are recent and birth years are not: up to '50 is this century ("3/4/26"), later is the last one
    // ("DOB 2/14/64"). A trigger date is never read from a far-future year, so a wrong guess cannot push it later.
    year += year <= 50 ? 2000 : 1900;
    notes.push(`two-digit year "${parts.y}" read as ${year}`);
    details.push({ code: 'two_digit_year', params: { year2: parts.y, year } });
  }
  if (p.format === 'numeric' && month && day) {
    if (month > 12 && day <= 12) {
      // "14/02/2024" can only be day/month: in a Spanish document, or when the document writes its dates that way
      if (opts.lang !== 'es' && order !== 'dm') return null;
      [month, day] = [day, month];
    } else if (order === 'dm' && month <= 12 && day <= 12 && month !== day) {
      [month, day] = [day, month];
      notes.push(`"${shown()}" read as day/month, the order of the other dates on the document`);
      details.push({ code: 'read_day_month', params: { text: shown() } });
    } else if (opts.lang === 'es' && month <= 12 && day <= 12 && month !== day && !inferred) {
      notes.push(`"${shown()}" read as month/day (US order); it could be day/month`);
      details.push({ code: 'read_month_day', params: { text: shown() } });
    }
  }
  if (!month || month > 12 || year < 1900 || year > 2100 || day < 1 || day > daysIn(year, month)) return null;
  if (p.format === 'numeric' && m[2] === '.' && parts.y.length === 2) return null; // 1.5.26 is too often not a date
  const candidate: DateCandidate = {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    iso: `${year}-${pad(month)}-${pad(day)}`,
    format: p.format,
  };
  if (notes.length) {
    candidate.ambiguity = notes.join('; ');
    candidate.ambiguityDetails = details;
  }
  return candidate;
}

/**
 * The document's numeric order: day/month when some numeric date can only be day/month (or reads as a date the
 * document also spells out only that way) and none can only be month/day; else month/day (US letters).
 */
function numericOrder(text: string, opts: ParseDatesOptions): { order: NumericOrder; inferred: boolean } {
  let dm = 0;
  let md = 0;
  const spelled = new Set<string>();
  for (const p of PATTERNS) {
    if (p.format === 'numeric') continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const c = toCandidate(p, m, opts, 'md', true);
      if (c) spelled.add(c.iso);
    }
  }
  for (const p of PATTERNS) {
    if (p.format !== 'numeric') continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const { m: a, d: b, y } = p.pick(m);
      const first = Number(a);
      const second = Number(b);
      if (first > 12 && second <= 12) dm++;
      else if (second > 12 && first <= 12) md++;
      else if (first !== second && first <= 12 && second <= 12) {
        const year = y.length === 2 ? Number(y) + (Number(y) <= 50 ? 2000 : 1900) : Number(y);
        const asMd = `${year}-${pad(first)}-${pad(second)}`;
        const asDm = `${year}-${pad(second)}-${pad(first)}`;
        if (spelled.has(asDm) && !spelled.has(asMd)) dm++;
        else if (spelled.has(asMd) && !spelled.has(asDm)) md++;
      }
    }
  }
  return dm > 0 && md === 0 ? { order: 'dm', inferred: true } : { order: 'md', inferred: md > 0 };
}

/** Every date in `text`, in order, non-overlapping (the longest reading wins). */
export function parseDates(text: string, opts: ParseDatesOptions = {}): DateCandidate[] {
  const { order, inferred } = numericOrder(text, opts);
  const found: DateCandidate[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const c = toCandidate(p, m, opts, order, inferred);
      if (c) found.push(c);
      else p.re.lastIndex = m.index + 1;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DateCandidate[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

/** Compares ISO dates (string order is date order). */
export const isoMin = (a: string, b: string) => (a <= b ? a : b);
