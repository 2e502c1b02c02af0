// A deadline started by a date read by OCR asks for a check, with reason 'ocr', and never trusts that date to make
// the latest date later than the safe start.
import { describe, expect, it } from 'vitest';
import { deadlinesFor } from '../../../app/deadlines';
import { markAllOcrDates } from '../../../cli/scan';
import { detect, textDocumentFromString } from '../../../extract';
import { Notice } from '../../../model';
import { normalizeOcrText } from '../../../ocr/normalize';
import { markOcrDates } from '../../../ocr/uncertain-dates';
import { defaultRuleset } from '../../../rules';
import { DEFAULT_SETTINGS } from '../../../storage/types';
import { UR_DENIAL_LINES } from '../../e2e/viewer-support';

const CTX = { settings: DEFAULT_SETTINGS, ruleset: defaultRuleset(), today: '2026-03-10' };
// the letter as tesseract read it: slashes as 7 and 1 in the proof of service's date
const OCR_TEXT = UR_DENIAL_LINES.join('\n').replace('on March 4, 2026', 'on 0370472026');

describe('OCR dates and their deadlines', () => {
  it('reads the misread date and flags every deadline it starts with reason ocr', () => {
    const [notice] = markAllOcrDates(detect(textDocumentFromString(normalizeOcrText(OCR_TEXT, new Date('2026-03-10')), 'scan.pdf'), { today: CTX.today }));
    expect(notice?.dates.service_date).toBe('2026-03-04');
    expect(notice?.dateChecks.service_date).toContain('ocr');
    const deadlines = deadlinesFor(notice!, CTX).filter((d) => d.type === 'deadline');
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) {
      expect(d.needsCheck).toBe(true);
      expect(d.checkReasons).toContain('ocr');
    }
  });
  it('leaves the text layer alone: the same digits in a text PDF are not a date', () => {
    const [notice] = detect(textDocumentFromString(OCR_TEXT, 'letter.pdf'), { today: CTX.today });
    expect(notice?.dates.service_date).not.toBe('2026-03-04');
  });
  it('flags with ocr a deadline counted from a candidate date of a notice read by OCR that has no date of its own', () => {
    const notice = Notice.parse({
      kind: 'ur_decision', outcome: 'denied', confidence: 0.9, serviceMethod: 'mail', expedited: false, represented: null, medication: false, dates: {},
      candidates: [{ role: 'decision_date', date: '2026-03-02', confidence: 0.5, start: 10, end: 18, text: '03/02/2026' }],
    });
    const [marked] = markOcrDates([notice]);
    const deadlines = deadlinesFor(marked!, CTX).filter((d) => d.type === 'deadline' && d.due);
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) expect(d.checkReasons).toContain('ocr');
  });
  it('marks only the dates read by OCR in a document that is part text, part OCR', () => {
    const [notice] = detect(textDocumentFromString(UR_DENIAL_LINES.join('\n'), 'mixed.pdf'), { today: CTX.today });
    const marked = markOcrDates([notice!], 1_000_000)[0]!;
    expect(marked.dateChecks.service_date ?? []).not.toContain('ocr');
    expect(markOcrDates([notice!])[0]!.dateChecks.service_date).toContain('ocr');
  });
});
