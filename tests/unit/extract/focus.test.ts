import { describe, expect, it } from 'vitest';
import { detect, htmlToTextDocument, textDocumentFromString } from '../../../extract';
import { FOCUS_MIN_CHARS, focusDocument, WINDOW_LINES } from '../../../extract/focus';
import { DEFAULT_PROFILE } from '../../../model';
import { computeDeadlines, defaultRuleset } from '../../../rules';

const LETTER = [
  'NOTICE OF UTILIZATION REVIEW DECISION',
  'Claim Number: SMC-0448217',
  'Date of Injury: 08/19/2025',
  'Date of UR Decision: 11/16/2026',
  "We reviewed the Request for Authorization under the workers' compensation MTUS. The request is not certified.",
  'You may request Independent Medical Review within 30 days of service of this decision.',
  'PROOF OF SERVICE',
  'I served this decision by U.S. mail on 11/18/2026.',
];

/** `n` payment rows: each a date that can never start a clock. */
const payments = (n: number, year = 2024) =>
  Array.from({ length: n }, (_, i) => `${String((i % 12) + 1).padStart(2, '0')}/${String((i % 27) + 1).padStart(2, '0')}/${year}\tTemporary disability payment #${10_000 + i}, check mailed\t$612.50\tPaid`);

function portal(before: number, after: number): string {
  return ['Claim overview', 'Payments', 'Letters', ...payments(before), ...LETTER, 'Payment history', ...payments(after, 2025)].join('\n');
}

describe('focusDocument', () => {
  it('reads every document shorter than FOCUS_MIN_CHARS whole', () => {
    expect(focusDocument(textDocumentFromString(LETTER.join('\n'), 'x.txt'))).toBeNull();
    const justUnder = LETTER.join('\n') + '\n' + 'x'.repeat(FOCUS_MIN_CHARS - LETTER.join('\n').length - 2);
    expect(focusDocument(textDocumentFromString(justUnder, 'x.txt'))).toBeNull();
  });

  it('keeps the head, the tail and the lines near a notice word, and maps every offset back', () => {
    const text = portal(800, 800);
    const doc = textDocumentFromString(text, 'portal.txt');
    const focus = focusDocument(doc)!;
    expect(focus).not.toBeNull();
    expect(focus.keptChars).toBeLessThan(text.length * 0.25);
    for (const line of [...LETTER, 'Claim overview']) expect(focus.doc.text).toContain(line);
    // a payment row far from the letter is not read; one inside the window is
    expect(focus.doc.text).not.toContain('#10400,');
    expect(focus.doc.text).toContain(`#${10_000 + 800 - WINDOW_LINES + 5},`);
    // every focused run holds the original text of the run it came from, at the mapped offset
    for (const run of focus.doc.runs) {
      const start = focus.toOriginal(run.start);
      expect(text.slice(start, start + run.end - run.start)).toBe(focus.doc.text.slice(run.start, run.end));
    }
  });

  it('reads a document whose notice words are everywhere whole', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `Utilization review request ${i} received 01/0${(i % 9) + 1}/2026`);
    expect(focusDocument(textDocumentFromString(rows.join('\n'), 'x.txt'))).toBeNull();
  });
});

describe('detect() on a large page', () => {
  it('finds the same notice and dates as in the letter alone, with evidence at the page’s own offsets', () => {
    const alone = detect(textDocumentFromString(LETTER.join('\n'), 'letter.txt'), { today: '2026-12-02' });
    const text = portal(700, 900);
    const found = detect(textDocumentFromString(text, 'portal.txt'), { today: '2026-12-02' });
    expect(found.map((n) => n.kind)).toEqual(['ur_decision']);
    expect(found[0]!.dates).toEqual(alone[0]!.dates);
    expect(found[0]!.outcome).toBe(alone[0]!.outcome);
    for (const e of [...found[0]!.evidence, ...found[0]!.candidates]) expect(text.slice(e.start, e.end)).toBe(e.text);
    // no date from a payment row outside the window is read at all
    const letterStart = text.indexOf(LETTER[0]!);
    const letterEnd = text.indexOf(LETTER[LETTER.length - 1]!);
    const linesBetween = (a: number, b: number) => text.slice(Math.min(a, b), Math.max(a, b)).split('\n').length - 1;
    for (const c of found[0]!.candidates) {
      const away = c.start < letterStart ? linesBetween(c.start, letterStart) : c.start > letterEnd ? linesBetween(letterEnd, c.start) : 0;
      expect(away).toBeLessThanOrEqual(WINDOW_LINES + 2);
    }
  });

  it('maps offsets of an HTML page with runs back to its runs', () => {
    const rows = payments(1200).map((r) => `<tr>${r.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
    const html = `<html><body><nav>Claim overview</nav><table>${rows}</table><article>${LETTER.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;
    const doc = htmlToTextDocument(html, 'portal.html');
    expect(doc.text.length).toBeGreaterThan(FOCUS_MIN_CHARS);
    const [notice] = detect(doc, { today: '2026-12-02' });
    expect(notice?.dates.service_date).toBe('2026-11-18');
    const served = notice!.evidence.find((e) => e.fact === 'date:service_date')!;
    expect(doc.text.slice(served.start, served.end)).toBe(served.text);
  });

  it('keeps a certificate of service far from the notice words (service wordings are focus words too)', () => {
    const filler = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w} line ${i}: nothing to see here.`);
    const text = [
      ...payments(700), 'November 2, 2026', 'NOTICE OF UTILIZATION REVIEW DECISION', 'Claim Number: SMC-0448217',
      "We reviewed the Request for Authorization under the workers' compensation MTUS. The request is not certified.",
      'You may request Independent Medical Review within 30 days of service of this decision.',
      ...filler(45, 'Rationale'), 'CERTIFICATE OF SERVICE', 'On November 4, 2026 the foregoing was served by mail.', ...payments(600, 2026),
    ].join('\n');
    const [n] = detect(textDocumentFromString(text, 'portal.txt'), { today: '2026-12-02' });
    // the service date is read (as the date or a choice), so no deadline counts from a later payment date
    expect([n!.dates.service_date, ...n!.candidates.map((c) => c.date)]).toContain('2026-11-04');
    const imr = computeDeadlines(n!, DEFAULT_PROFILE, defaultRuleset(), '2026-12-02').find((d) => d.rule === 'ca.imr.request')!;
    expect(imr.latest <= '2026-12-09').toBe(true); // served November 4 by mail: + 30 + 5
  });

  it('reads the whole document again when the focused reading finds a notice with no trigger date', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Claim diary entry ${i}: called the adjuster, left a message.`);
    const text = [
      ...payments(600), 'Letter dated November 2, 2026', ...filler(60),
      'NOTICE OF UTILIZATION REVIEW DECISION', 'Claim Number: SMC-0448217',
      "We reviewed the Request for Authorization under the workers' compensation MTUS. The request is not certified.",
      'You may request Independent Medical Review within 30 days of service of this decision.',
      ...filler(60), ...payments(600, 2026),
    ].join('\n');
    const doc = textDocumentFromString(text, 'portal.txt');
    expect(focusDocument(doc)!.doc.text).not.toContain('November 2, 2026'); // outside the focus
    const [n] = detect(doc, { today: '2026-12-02' });
    expect(n?.kind).toBe('ur_decision');
    expect(n?.dates.document_date).toBe('2026-11-02');
  });

  // the focus words (extract/focus.ts NOTICE_WORDS): examples keep the lines around them, counterexamples do not
  const kept = (line: string) => {
    const filler = (from: number) => Array.from({ length: 700 }, (_, i) => `row ${from + i}: payment issued to the worker, amount 612.50`);
    const focus = focusDocument(textDocumentFromString([...filler(0), line, ...filler(700)].join('\n'), 'x.txt'))!;
    return focus.doc.text.includes('row 699:');
  };
  it.each([
    'CERTIFICATE OF MAILING', 'Declaration of Service by U.S. Mail', 'Served by mail on the date below', 'Date mailed: 11/09/2026',
    'Date of decision: 11/02/2026', 'I hereby certify that a copy was sent', 'Utilization\nReview', 'QME panel', 'P & S report',
    'Constancia de envío', 'Fecha de envío: 3 de noviembre', 'mejoría médica máxima',
  ])('keeps the lines around "%s"', (line) => expect(kept(line)).toBe(true));
  it.each(['check mailed to address of record', 'Panelist discussion', 'Surely a payment', 'Date paid: 11/09/2026', 'Your service provider'])(
    'drops the lines around "%s"', (line) => expect(kept(line)).toBe(false));
});
