// Key wordings that OCR misreads by a letter or two ("PROGF OF SERVICE", "L served", "Dare mailed", "Tate of
// birth") are found with a small edit distance and written back in their own spelling, so the reader's labels and
// cues see them (issue 12, item 4). OCR text only (normalizeOcrText): a text layer is never rewritten.
// Linear in the text: each window of words is measured only when its length is within the tolerance of a phrase's,
// by an edit distance kept to a band of two.

/** The wordings worth repairing: labels and cues the reader weighs most, English and Spanish. */
export const OCR_PHRASES: readonly string[] = [
  'proof of service', 'declaration of service', 'certificate of service', 'certificate of mailing', 'I served',
  'date mailed', 'date served', 'date of service', 'date panel assigned', 'panel assigned',
  'date of decision', 'decision date', 'date received', 'date of injury', 'date of birth', 'date of report',
  'date of examination', 'claim number', 'utilization review', 'independent medical review', 'request for authorization',
  'qualified medical evaluator', 'permanent and stationary', 'maximum medical improvement', 'second opinion',
  'overturned', 'not medically necessary', 'constancia de envío', 'fecha de envío', 'fecha de la lesión',
];

/**
 * Edits allowed: one per eight characters, at most two; a phrase under 12 characters only by substitution ("is
 * served" is not "I served", "Date emailed" is not "Date mailed").
 */
const maxEdits = (phrase: string) => Math.min(2, Math.max(1, Math.floor(phrase.length / 8)));
const SUBSTITUTION_ONLY_UNDER = 12;

interface Phrase {
  text: string;
  lower: string;
  words: number;
  edits: number;
}
const PHRASES: Phrase[] = OCR_PHRASES.map((text) => ({ text, lower: text.toLowerCase(), words: text.split(' ').length, edits: maxEdits(text) }));
const MOST_WORDS = Math.max(...PHRASES.map((p) => p.words));

/** Levenshtein distance of a and b if it is at most `max`, else max + 1 (a band of 2·max + 1 cells per row). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let prev = new Array<number>(width).fill(max + 1);
  let row = new Array<number>(width).fill(max + 1);
  for (let j = 0; j <= Math.min(max, b.length); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row.fill(max + 1);
    if (i <= max) row[0] = i;
    let best = row[0]!;
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(prev[j - 1]! + cost, prev[j]! + 1, row[j - 1]! + 1);
      if (row[j]! < best) best = row[j]!;
    }
    if (best > max) return max + 1;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[b.length]!, max + 1);
}

const hamming = (a: string, b: string) => {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n;
};

/** The phrase in the case the page wrote it: capitals for a heading, Title Case for a title, a capital first letter for a label. */
function inCaseOf(seen: string, phrase: string): string {
  const letters = seen.replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toUpperCase()) return phrase.toUpperCase();
  const seenWords = seen.split(/[ \t]+/);
  if (seenWords.length > 2 && seenWords.filter((w) => /^\p{Lu}/u.test(w)).length >= seenWords.length - 1) {
    return phrase.split(' ').map((w) => (w.length > 3 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
  }
  if (/^\p{Lu}/u.test(seen)) return phrase[0]!.toUpperCase() + phrase.slice(1);
  return phrase;
}

/** The window with a plural "s" dropped from each word whose phrase word has none ("dates of service"). */
function singular(window: string, phrase: string): string {
  const want = phrase.split(' ');
  return window.split(' ').map((w, i) => (w.endsWith('s') && !want[i]?.endsWith('s') ? w.slice(0, -1) : w)).join(' ');
}

/** Words a repair never makes or unmakes: a negation changes the meaning ("now" is not "not"). */
const FIXED = new Set(['not', 'no', 'now', 'yet', 'nor', 'non']);
/** A word this long may be two letters off. */
const LONG_WORD = 10;
/** What OCR makes of a capital I on its own. */
const LIKE_I = new Set(['i', 'l', '1', '|', '!', ']']);

/**
 * Each word of the window is its phrase word, or that word misread by one letter (two in a word of 10 or more):
 * a negation never (nor a word that could be one), a lone I only as l, 1, | or !, a plural "s" allowed.
 */
function wordsAgree(window: string, phrase: string): boolean {
  const got = window.split(' ');
  const want = phrase.split(' ');
  if (got.length !== want.length) return false;
  return want.every((w, i) => {
    const g = got[i]!;
    if (g === w || (g.endsWith('s') && g.slice(0, -1) === w)) return true;
    if (w === 'i') return LIKE_I.has(g);
    if (FIXED.has(w) || FIXED.has(g)) return false;
    if (w.length <= 2) return g.length === 2 && hamming(g, w) <= 1; // "af" or "ot" for "of"
    // two letters off only in a long word ("Utilizamon" for "Utilization"); "revision" is not "decision"
    const most = w.length >= LONG_WORD ? 2 : 1;
    return w.length >= SUBSTITUTION_ONLY_UNDER / 2 ? boundedDistance(g, w, most) <= most : g.length === w.length && hamming(g, w) <= 1;
  });
}

const WORD = /[\p{L}\p{N}'’|!\]]+/gu;
const SAME_LINE = /^[ \t]{1,3}$/;
const EMAIL = /e-?mail|correo/;

/** OCR text with near-misses of the key wordings written back in their own spelling. */
export function repairOcrPhrases(text: string): string {
  const words: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length });
  const out: string[] = [];
  let copied = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.start < copied) continue;
    // the longest run of words on one line starting here that any phrase could span
    let last = i;
    while (last + 1 < words.length && last - i + 1 < MOST_WORDS && SAME_LINE.test(text.slice(words[last]!.end, words[last + 1]!.start))) last++;
    let fix: { end: number; phrase: string } | null = null;
    for (const p of PHRASES) {
      const endWord = i + p.words - 1;
      if (endWord > last) continue;
      const start = words[i]!.start;
      const end = words[endWord]!.end;
      if (Math.abs(end - start - p.lower.length) > p.edits + p.words) continue; // cheap length test (separators vary)
      const seen = text.slice(start, end);
      const window = seen.toLowerCase().replace(/[ \t]+/g, ' ');
      if (window === p.lower || singular(window, p.lower) === p.lower) break; // already right ("Qualified Medical Evaluators")
      if (EMAIL.test(window)) continue; // "served by e-mail" never becomes mail (mail adds days)
      const d = p.lower.length < SUBSTITUTION_ONLY_UNDER
        ? (window.length === p.lower.length ? hamming(window, p.lower) : p.edits + 1)
        : boundedDistance(window, p.lower, p.edits);
      if (d <= p.edits && wordsAgree(window, p.lower)) {
        fix = { end, phrase: inCaseOf(seen, p.text) };
        break;
      }
    }
    if (!fix) continue;
    out.push(text.slice(copied, words[i]!.start), fix.phrase);
    copied = fix.end;
  }
  out.push(text.slice(copied));
  return out.join('');
}
