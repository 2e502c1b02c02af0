// Dates that survive OCR (issue 12, item 3). Tesseract misreads the characters of typed dates in a few ways:
// letters for digits (O/0, l/I/1, S/5, B/8, Z/2), slashes read as 1 or 7 ("0372172025" for 03/21/2025), ") an" for
// "Jan", a month name one letter off ("Octoner"), and on fax pages digits of the year misread (2 as 7, 6 as 8 or 0:
// "July 2, 2076", "11/30/7025", "August 11, 2028") when that year cannot be the letter's. This rewrites such date-shaped tokens in OCR text into the date they most likely were, and only when
// the reading is a real calendar date that fits the page (its year near the years of the page's cleanly read dates,
// never after next year).
// Used on OCR text only (normalizeOcrText), never on a text layer: a text PDF's "0372172025" is a number.
import { parseDates } from '../extract/dates';

export interface DateRepair {
  from: string;
  to: string;
}

/** Letters tesseract reads for digits in a run of digits. */
const DIGIT_FOR: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', i: '1', '|': '1', '!': '1', S: '5', s: '5', B: '8', Z: '2', z: '2', g: '9' };
const DIGITISH = String.raw`[0-9OoDQIli|!SsBZzg]`;
/** Characters a slash or dash of a date may come out as. */
const SEP = String.raw`[/.\-17]`;

/** A numeric date token: 1-2 digit-like, separator, 1-2 digit-like, separator, 2 or 4 digit-like. */
const NUMERIC_TOKEN = new RegExp(String.raw`(?<![\p{L}\d/-])(${DIGITISH}{1,2})(${SEP})(${DIGITISH}{1,2})(${SEP})(${DIGITISH}{4}|${DIGITISH}{2})(?![\p{L}\d/-])`, 'gu');
/** "Jan" read as ") an", "J an", "] an", "Jau": before a day or after "dd-". */
const JAN_BEFORE_DAY = /(?<![\p{L}\d])(?:[)\]|}]\s?an|J\s an|Jau)(?=\.?\s{1,3}\d{1,2}\b|\.?[-/]\d{2,4}\b)/gu;
const JAN_AFTER_DAY = /(?<=\b\d{1,2}[-/ ])(?:[)\]|}]\s?an|J\s an|Jau)(?=\.?[-/ ]\d{2,4}\b)/gu;

const toDigits = (s: string) => s.replace(/[^0-9]/g, (c) => DIGIT_FOR[c] ?? c);

function validDate(m: number, d: number, y: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

/** The years a page's cleanly read dates are in (what a repaired date must be near), none after next year. */
export function pageYears(text: string, now: Date = new Date()): number[] {
  return parseDates(text).map((c) => Number(c.iso.slice(0, 4))).filter((y) => y <= now.getUTCFullYear() + 1);
}

/** Whether `year` fits the document: within `span` years of one of its dates, or of `now` when it has none. */
export function fitsYears(year: number, years: number[], now: Date, span = 3): boolean {
  if (year > now.getUTCFullYear() + 1) return false;
  const refs = years.length ? years : [now.getUTCFullYear()];
  return refs.some((r) => Math.abs(r - year) <= span);
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Digits a fax or a noisy scan turns another digit into: the digit read → what it may have been. */
const YEAR_CONFUSIONS: Record<string, string[]> = { '7': ['2'], '8': ['6', '3'], '0': ['6', '8'], '6': ['8', '5'], '5': ['6'], '3': ['8'] };

/**
 * The year as written if it can be a year of the letter's (1900 to next year: an injury or a birth may be long
 * ago); else the reading with the fewest misread digits read back (YEAR_CONFUSIONS) that fits the page, the nearest
 * to the page's years when several do; else null (a tie, or none).
 */
export function fixYear(digits: string, years: number[], now: Date): string | null {
  const asWritten = fullYear(digits);
  if (asWritten >= 1900 && asWritten <= now.getUTCFullYear() + 1) return digits;
  const refs = years.length ? years : [now.getUTCFullYear()];
  const distance = (y: number) => Math.min(...refs.map((r) => Math.abs(r - y)));
  let readings: { text: string; edits: number }[] = [{ text: '', edits: 0 }];
  for (const c of digits) readings = readings.flatMap((r) => [{ text: r.text + c, edits: r.edits }, ...(YEAR_CONFUSIONS[c] ?? []).map((alt) => ({ text: r.text + alt, edits: r.edits + 1 }))]);
  const fits = readings.filter((r) => r.edits > 0 && r.edits <= 2 && fitsYears(fullYear(r.text), years, now));
  if (!fits.length) return null;
  const rank = (r: { text: string; edits: number }) => r.edits * 100 + distance(fullYear(r.text));
  fits.sort((a, b) => rank(a) - rank(b));
  return fits.length > 1 && rank(fits[0]!) === rank(fits[1]!) ? null : fits[0]!.text;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'dic'];

/** At most one substitution, insertion or deletion apart. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The month name `word` was: itself, or the one full name (5 letters or more) a single misread letter away. */
export function fixMonthName(word: string): string | null {
  const w = word.toLowerCase();
  if (MONTH_NAMES.includes(w) || SHORT_MONTHS.includes(w)) return word;
  if (w.length < 5) return null;
  const near = MONTH_NAMES.filter((m) => m.length >= 5 && oneEditApart(w, m));
  if (near.length !== 1) return null;
  const m = near[0]!;
  return word[0] === word[0]!.toUpperCase() ? m[0]!.toUpperCase() + m.slice(1) : m;
}

/** "Octoner 6, 2026", "July 2, 2076", "September 28. 7076": a word, a day, a year. */
const MONTH_NAME_TOKEN = new RegExp(String.raw`(?<![\p{L}\d])(\p{L}{3,10})(\.?[ \t]{1,3})(${DIGITISH}{1,2})(,?\.?[ \t]{0,3})(${DIGITISH}{4})(?![\p{L}\d])`, 'gu');

/** The month-name date a token was, or null (nothing to fix, or no reading that is a date fitting the page). */
export function repairMonthNameToken(token: string, years: number[], now: Date = new Date()): string | null {
  const m = new RegExp(MONTH_NAME_TOKEN.source, 'u').exec(token);
  if (!m || m[0] !== token) return null;
  const [, word, gap1, dayText, gap2, yearText] = m as unknown as [string, string, string, string, string, string];
  const month = fixMonthName(word);
  const day = toDigits(dayText);
  const digits = toDigits(yearText);
  if (!month || !/^\d+$/.test(day + digits)) return null;
  const year = fixYear(digits, years, now);
  if (!year) return null;
  if (month === word && day === dayText && year === yearText) return null;
  if (!fitsYears(fullYear(year), years, now)) return null;
  const fixed = `${month}${gap1}${day}${gap2}${year}`;
  return parseDates(fixed).length === 1 ? fixed : null;
}

/**
 * The date a numeric OCR token was, as MM/DD/YYYY (or MM/DD/YY), or null. A token already read as a date is left
 * alone; a token needs at least one misread character to be rewritten.
 */
export function repairNumericToken(token: string, years: number[], now: Date = new Date()): string | null {
  const m = new RegExp(NUMERIC_TOKEN.source, 'u').exec(token);
  if (!m || m[0] !== token) return null;
  const [, a, s1, b, s2, y] = m as unknown as [string, string, string, string, string, string];
  const clean = (s1 === '/' && s2 === '/') || (s1 === '-' && s2 === '-') || (s1 === '.' && s2 === '.');
  const month = toDigits(a);
  const day = toDigits(b);
  const yearText = toDigits(y);
  const lettersFixed = month !== a || day !== b || yearText !== y;
  const year = /^\d+$/.test(yearText) ? fixYear(yearText, years, now) : null;
  if (clean && !lettersFixed && year === yearText) return null;
  // a digit separator is only a misread slash between two-digit parts ("03 7 21 7 2025"), never "3121 2025"
  if (/[17]/.test(s1) && a.length !== 2) return null;
  if (/[17]/.test(s2) && b.length !== 2) return null;
  if (!year || !/^\d+$/.test(month + day)) return null;
  if (!validDate(Number(month), Number(day), fullYear(year)) || !fitsYears(fullYear(year), years, now)) return null;
  const sep = s1 === s2 && /[/.-]/.test(s1) ? s1 : '/';
  return `${month}${sep}${day}${sep}${year}`;
}

/** `text` with its OCR-misread dates rewritten, and what was rewritten. */
export function repairOcrDates(text: string, now: Date = new Date()): { text: string; repairs: DateRepair[] } {
  const repairs: DateRepair[] = [];
  let out = text.replace(JAN_BEFORE_DAY, (from) => (repairs.push({ from, to: 'Jan' }), 'Jan')).replace(JAN_AFTER_DAY, (from) => (repairs.push({ from, to: 'Jan' }), 'Jan'));
  const years = pageYears(out, now);
  const repair = (fn: (token: string, years: number[], now: Date) => string | null) => (from: string) => {
    const to = fn(from, years, now);
    if (!to) return from;
    repairs.push({ from, to });
    return to;
  };
  out = out.replace(NUMERIC_TOKEN, repair(repairNumericToken)).replace(MONTH_NAME_TOKEN, repair(repairMonthNameToken));
  return { text: out, repairs };
}
