// Dates read by OCR are never certain: each gets a note in notice.dateNotes that the card shows, and the check
// reason 'ocr' in notice.dateChecks, so every deadline it starts says it needs a check (rules/engine/checks.ts) and
// a legal trigger read by OCR no longer moves the latest date past the safe start (rules/engine/start.ts).
import type { Notice } from '../model';

export const OCR_DATE_NOTE = 'Read by OCR from a scanned page: check this date against the letter.';

/**
 * Marks as uncertain the dates of `notices` that came from OCR text: all of them when `ocrFrom` is 0 (the whole
 * document was read by OCR), else those whose evidence starts at or after offset `ocrFrom`. Existing notes and
 * checks stay.
 */
export function markOcrDates(notices: Notice[], ocrFrom = 0): Notice[] {
  return notices.map((n) => {
    const dateNotes = { ...n.dateNotes };
    const dateNoteDetails = { ...n.dateNoteDetails };
    const dateChecks = { ...n.dateChecks };
    for (const role of Object.keys(n.dates) as (keyof Notice['dates'])[]) {
      const ev = n.evidence.find((e) => e.fact === `date:${role}`);
      const fromOcr = ev ? ev.start >= ocrFrom : ocrFrom === 0;
      if (!fromOcr) continue;
      if (dateNotes[role] === undefined) dateNotes[role] = OCR_DATE_NOTE;
      if (!dateNoteDetails[role]?.some((d) => d.code === 'ocr')) dateNoteDetails[role] = [{ code: 'ocr', params: {} }, ...(dateNoteDetails[role] ?? [])];
      if (!dateChecks[role]?.includes('ocr')) dateChecks[role] = ['ocr', ...(dateChecks[role] ?? [])];
    }
    // the document's other candidate dates read by OCR: a safe date counted from one says 'ocr' (engine/checks.ts)
    for (const c of n.candidates ?? []) {
      if (c.start < ocrFrom || n.dates[c.role] !== undefined) continue;
      if (!dateChecks[c.role]?.includes('ocr')) dateChecks[c.role] = ['ocr', ...(dateChecks[c.role] ?? [])];
    }
    // the notice itself was read (at least partly) by OCR: what OCR may have lost (the attorney's line) stays
    // doubtful after the user confirms its dates (rules/compute.ts)
    const byOcr = Object.values(dateChecks).some((r) => r?.includes('ocr'));
    return { ...n, dateNotes, dateNoteDetails, dateChecks, ...(byOcr ? { facts: { ...n.facts, readByOcr: true } } : {}) };
  });
}
