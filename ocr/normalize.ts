// Cleans up OCR text before detection: fixes tesseract's usual misreadings in typed letters, key wordings
// (phrases.ts) and dates (ocr-dates.ts). OCR text only: a text layer is never rewritten.
import { repairOcrDates } from './ocr-dates';
import { repairOcrPhrases } from './phrases';

/** A lone vertical bar between spaces is almost always a capital I ("| served this decision"). */
const LONE_BAR = /(^|[ \t])\|(?=[ \t]|$)/gm;

export function normalizeOcrText(text: string, now: Date = new Date()): string {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(LONE_BAR, '$1I')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    // trailing blanks of a line; the lookbehind lets only a run's first blank start a match (linear, not quadratic)
    .replace(/(?<![ \t])[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return repairOcrDates(repairOcrPhrases(cleaned), now).text;
}
