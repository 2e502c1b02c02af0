// A small readability scorer for the rule texts (issue 14): Flesch-Kincaid grade for English, INFLESZ
// (Szigriszt-Pazos / Barrio-Cantalejo) for Spanish, with a syllable heuristic for each language. No dependencies.
//
// Formulas (as in ../shared/language-review-2026-12.md §2):
//   English: FK grade = 0.39 · (words / sentences) + 11.8 · (syllables / word) − 15.59   (target: ≤ 8)
//   Spanish: INFLESZ  = 206.835 − 62.3 · (syllables / word) − (words / sentences)       (target: ≥ 65, "bastante fácil")
//
// Counting rules:
// - Words are runs of letters or digits (apostrophes and inner hyphens kept: "workers’", "second-opinion").
// - Sentences end at . ! or ? followed by a space or the end. Abbreviations ("Lab.", "EE. UU.", "e.g.") do not end a
//   sentence; colons and semicolons do not either (long sentences joined by colons are exactly what should score badly).
// - An all-capitals word (QME, I&A, DWC-1) is read as its letter names: "QME" = cue-em-ee, 3 syllables; W counts 3
//   in English ("double-u") and 3 in Spanish ("uve doble"). Numbers count by their spoken form ("30" = thir-ty,
//   "trein-ta"); longer digit strings (phone numbers, years) count digit by digit or by their spoken form up to 9999.
// - English syllables: vowel groups (a, e, i, o, u, y), minus a silent final -e / -es / -ed (but "-ted", "-ded" and
//   "-le" keep theirs), with a short list of exceptions. About ±10 % per word against a dictionary, consistent.
// - Spanish syllables: vowel nuclei with diphthongs (a weak vowel i/u next to any vowel) merged and hiatus (two strong
//   vowels a/e/o, or an accented í/ú) split; silent u in "que, qui, gue, gui"; final y after a vowel is a vowel.
import type { Language } from '../../model';

export interface Score {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade (English) or INFLESZ (Spanish). */
  score: number;
}

const ABBREVIATIONS = ['Lab.', 'Code.', 'EE.', 'UU.', 'e.g.', 'i.e.', 'etc.', 'No.', 'Cal.', 'Civ.', 'Proc.', 'Dr.', 'Sr.', 'Sra.', 'Ud.', 'Uds.', 'U.S.', 'vs.', 'p.', 'Regs.', 'Stat.', 'Saf.', 'Ins.', 'Gov.', 'Colo.', 'C.R.S.', 'C.R.C.P.', 'CCR.'];

/** Sentences: split at . ! ? followed by whitespace (or the end), not after a known abbreviation. */
export function sentences(text: string): string[] {
  let protectedText = text;
  ABBREVIATIONS.forEach((abbr, i) => {
    protectedText = protectedText.split(abbr).join(`\uE000${i}\uE000`);
  });
  const parts = protectedText.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return parts.map((p) => p.replace(/\uE000(\d+)\uE000/g, (_, i: string) => ABBREVIATIONS[Number(i)] ?? ''));
}

/** Words: runs of letters/digits, keeping inner apostrophes, hyphens and ampersands. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]*[\p{L}\p{N}])?/gu) ?? [];
}

// ---- English ----------------------------------------------------------------------------------------------------

const EN_EXCEPTIONS: Record<string, number> = {
  the: 1, are: 1, were: 1, here: 1, there: 1, where: 1, one: 1, once: 1, some: 1, come: 1, done: 1, gone: 1,
  give: 1, have: 1, live: 1, move: 1, whole: 1, sure: 1, course: 1, source: 1, date: 1, dates: 1, state: 1, states: 1,
  business: 2, every: 2, evaluator: 5, evaluators: 5, evaluation: 5, medical: 3, area: 3, idea: 3, via: 2, being: 2,
  doing: 2, going: 2, seeing: 2, agreed: 2, received: 2, served: 1, mailed: 1, faxed: 1, asked: 1, used: 1, named: 1,
  people: 2, worker: 2, workers: 2, toward: 2, period: 3, periods: 3, science: 2, quiet: 2, create: 2, created: 3,
  insurer: 3, insurers: 3, insurance: 3, appeal: 2, appeals: 2, reviewer: 3, review: 2, reviews: 2, reviewed: 2,
  unit: 2, union: 2, february: 4, january: 4, independent: 4, therapy: 3, treatment: 2, employee: 3, employees: 3,
  officer: 3, officers: 3, sometimes: 2, something: 2, anyone: 3, anything: 3, everyone: 3, everything: 3, phone: 1,
  schedule: 2, schedules: 2, scheduled: 2, lose: 1, choose: 1, whose: 1, else: 1, case: 1, cases: 2, names: 1, makes: 1, takes: 1, times: 1, fine: 1,
};

const EN_LETTERS: Record<string, number> = { w: 3 };

function numberSyllablesEn(n: number): number {
  const ones = [0, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2]; // zero..nineteen (zero=2 handled below)
  const tens = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // twenty..ninety
  if (n === 0) return 2;
  if (n < 20) return ones[n] ?? 2;
  if (n < 100) return (tens[Math.floor(n / 10)] ?? 2) + (n % 10 ? (ones[n % 10] ?? 1) : 0);
  if (n < 1000) return (ones[Math.floor(n / 100)] ?? 1) + 2 + (n % 100 ? numberSyllablesEn(n % 100) : 0);
  if (n < 10000) return numberSyllablesEn(Math.floor(n / 1000)) + 2 + (n % 1000 ? numberSyllablesEn(n % 1000) : 0);
  return String(n).split('').reduce((s, d) => s + numberSyllablesEn(Number(d)), 0);
}

export function syllablesEn(word: string): number {
  if (/^\d+$/.test(word)) return numberSyllablesEn(Number(word));
  if (/\d/.test(word)) return word.split(/(\d+)|[^\p{L}\p{N}]+/u).filter(Boolean).reduce((s, p) => s + syllablesEn(p), 0);
  if (isAcronym(word)) return [...word.toLowerCase()].reduce((s, c) => s + (/[a-z]/.test(c) ? (EN_LETTERS[c] ?? 1) : c === '&' ? 1 : 0), 0);
  if (word.includes('-')) return word.split('-').filter(Boolean).reduce((s, p) => s + syllablesEn(p), 0);
  let w = word.toLowerCase().replace(/[’']s?$/, '').replace(/[^a-z]/g, '');
  if (!w) return 0;
  const known = EN_EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;
  const keepEd = /[td]ed$/.test(w);
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]e)$/, (m) => m[0] ?? '');
  if (!keepEd) w = w.replace(/ed$/, '');
  w = w.replace(/^y/, '').replace(/qu/g, 'q').replace(/([aeiou])les$/, '$1ls');
  const groups = w.match(/[aeiouy]+/g) ?? [];
  let count = groups.length;
  // Vowel pairs that are two syllables more often than not (me-di-a, ac-tu-al, ear-li-est, car-ri-er, i-de-a);
  // "-cia", "-tia" stay one (phy-si-cian, ini-tial).
  count += (w.match(/(?<![ct])ia|ua|uo|eo|io(?!n)|iest$|ier$|(?<=[^aeiouy])eas?$/g) ?? []).length;
  return Math.max(1, count);
}

// ---- Spanish ----------------------------------------------------------------------------------------------------

const ES_LETTERS: Record<string, number> = { f: 2, h: 2, j: 2, l: 2, m: 2, n: 2, ñ: 2, r: 2, s: 2, v: 2, w: 3, x: 2, z: 2 };

function numberSyllablesEs(n: number): number {
  const small: Record<number, number> = {
    0: 2, 1: 2, 2: 1, 3: 1, 4: 2, 5: 2, 6: 1, 7: 2, 8: 2, 9: 2, 10: 1, 11: 2, 12: 2, 13: 2, 14: 3, 15: 2,
    16: 3, 17: 4, 18: 4, 19: 4, 20: 2, 30: 2, 40: 3, 50: 3, 60: 3, 70: 3, 80: 3, 90: 3, 100: 1,
  };
  if (small[n] !== undefined) return small[n] as number;
  if (n < 30) return 2 + numberSyllablesEs(n - 20); // veintiuno…
  if (n < 100) return numberSyllablesEs(n - (n % 10)) + 1 + numberSyllablesEs(n % 10); // treinta y cinco
  if (n < 1000) return 3 + (n % 100 ? numberSyllablesEs(n % 100) : 0); // ciento / doscientos ≈ 3
  if (n < 10000) return (n >= 2000 ? numberSyllablesEs(Math.floor(n / 1000)) : 0) + 2 + (n % 1000 ? numberSyllablesEs(n % 1000) : 0);
  return String(n).split('').reduce((s, d) => s + numberSyllablesEs(Number(d)), 0);
}

const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';
const VOWELS = 'aeiouáéíóúü';

export function syllablesEs(word: string): number {
  if (/^\d+$/.test(word)) return numberSyllablesEs(Number(word));
  if (/\d/.test(word)) return word.split(/(\d+)|[^\p{L}\p{N}]+/u).filter(Boolean).reduce((s, p) => s + syllablesEs(p), 0);
  if (isAcronym(word)) return [...word.toLowerCase()].reduce((s, c) => s + (/\p{L}/u.test(c) ? (ES_LETTERS[c] ?? 1) : c === '&' ? 1 : 0), 0);
  if (word.includes('-')) return word.split('-').filter(Boolean).reduce((s, p) => s + syllablesEs(p), 0);
  let w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 0;
  if (w === 'y') return 1;
  w = w.replace(/([qg])u([eéiíi])/g, '$1$2').replace(/ü/g, 'u').replace(/([aeiouáéíóú])y$/, '$1i').replace(/y(?=[^aeiouáéíóú]|$)/g, 'i');
  let count = 0;
  let prev = '';
  for (const ch of w) {
    if (!VOWELS.includes(ch)) {
      prev = '';
      continue;
    }
    if (!prev) count += 1;
    else if ((STRONG.includes(prev) && STRONG.includes(ch)) || ACCENTED_WEAK.includes(prev) || ACCENTED_WEAK.includes(ch)) count += 1;
    prev = ch;
  }
  return Math.max(1, count);
}

// ---- Scores -----------------------------------------------------------------------------------------------------

/** An all-capitals token of 2+ characters (QME, I&A, WCAB, DWC-1's letters): read letter by letter. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/^(EE|UU)$/.test(letters);
}

export function syllables(word: string, lang: Language): number {
  if (/^(EE|UU)$/.test(word)) return 3; // "EE. UU." = Es-ta-dos U-ni-dos
  return lang === 'es' ? syllablesEs(word) : syllablesEn(word);
}

export function score(text: string, lang: Language): Score {
  const ws = words(text);
  const count = Math.max(1, ws.length);
  const ss = Math.max(1, sentences(text).length);
  const syl = ws.reduce((s, w) => s + syllables(w, lang), 0);
  const perWord = syl / count;
  const perSentence = count / ss;
  const value = lang === 'es'
    ? 206.835 - 62.3 * perWord - perSentence
    : 0.39 * perSentence + 11.8 * perWord - 15.59;
  return { words: ws.length, sentences: ss, syllables: syl, score: Math.round(value * 10) / 10 };
}

/** Flesch-Kincaid grade of English text (lower is easier; ≤ 8 is the target). */
export const fleschKincaid = (text: string): number => score(text, 'en').score;

/** INFLESZ of Spanish text (higher is easier; ≥ 65 is "bastante fácil"). */
export const inflesz = (text: string): number => score(text, 'es').score;

/**
 * Removes what a reader does not have to parse to follow the text: allow-listed legal names (form titles, agency
 * names, citations, phone numbers) and the English acronym kept in parentheses after its expansion, "(QME)".
 */
export function stripForScoring(text: string, allow: readonly (string | RegExp)[]): string {
  let out = text;
  for (const a of allow) out = typeof a === 'string' ? out.split(a).join(' ') : out.replace(a, ' ');
  return out.replace(/\((?:[A-Z&][A-Z&\d-]*(?:\s*\/\s*[A-Z&]+)?)\)/g, ' ').replace(/\s{2,}/g, ' ').trim();
}
