// Evidence offsets point at the text they name, in every kind of source; PDF text comes in reading order with
// page and item anchors; HTML gives visible text only.
import { describe, expect, it } from 'vitest';
import { detect, htmlToTextDocument, runsAt, textDocumentFromString, type TextDocument } from '../../../extract';
import { pageText } from '../../../extract/pdf-text';
import { loadFixture } from '../../fixtures/load';

function expectAnchored(doc: TextDocument) {
  const notices = detect(doc, { today: '2026-12-31' });
  expect(notices.length).toBeGreaterThan(0);
  for (const n of notices) {
    for (const e of n.evidence) expect(doc.text.slice(e.start, e.end), e.fact).toBe(e.text);
    for (const [role, iso] of Object.entries(n.dates)) {
      const e = n.evidence.find((x) => x.fact === `date:${role}`);
      expect(e, role).toBeDefined();
      expect(e!.text.length).toBeGreaterThan(0);
      expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  }
  return notices;
}

describe('evidence anchors', () => {
  it('point at the right text in a PDF, and map back to pdf.js items on the right page', async () => {
    const doc = await loadFixture('ur-denial-mail.pdf');
    const [n] = expectAnchored(doc);
    const service = n!.evidence.find((e) => e.fact === 'date:service_date')!;
    expect(service.text).toBe('March 4, 2026');
    const runs = runsAt(doc, service.start, service.end);
    expect(runs.map((r) => r.page)).toEqual([2]);
    expect(runs[0]!.item).toBeTypeOf('number');
    const decision = n!.evidence.find((e) => e.fact === 'date:decision_date')!;
    expect(doc.text.slice(decision.start - 21, decision.start)).toBe('Date of UR Decision:\t');
  });

  it('point at the right text in a portal page and a text file', async () => {
    for (const f of ['ur-mixed-decision.html', 'qme-panel-portal.html', 'ur-denial-boxes.txt', 'qme-panel-es.txt']) expectAnchored(await loadFixture(f));
  });

  it('keep the QME names, panel number and claim number as evidence', async () => {
    const doc = await loadFixture('qme-panel-unrepresented.pdf');
    const [n] = expectAnchored(doc);
    expect(n!.evidence.filter((e) => e.fact === 'qmeNames')).toHaveLength(3);
    expect(n!.evidence.find((e) => e.fact === 'panelNumber')!.text).toBe('7412093');
    expect(n!.evidence.find((e) => e.fact === 'claimNumber')!.text).toBe('RRA-3309-2025');
  });
});

describe('Spanish notices', () => {
  it('are detected with their dates, outcome and language', async () => {
    const expected: Record<string, [string, string | null]> = {
      'ur-denial-es.pdf': ['ur_decision', 'denied'],
      'ur-modified-es.html': ['ur_decision', 'modified'],
      'ur-approved-es.txt': ['ur_decision', 'approved'],
      'imr-final-es.html': ['imr_determination', 'upheld'],
      'qme-panel-es.txt': ['qme_panel', null],
      'mpn-second-opinion-es.txt': ['mpn_second_opinion', null],
    };
    for (const [file, [kind, outcome]] of Object.entries(expected)) {
      const [n] = detect(await loadFixture(file), { today: '2026-12-31' });
      expect(n, file).toMatchObject({ kind, outcome, facts: { language: 'es' } });
    }
  });
});

// pdf.js-like items: [x, y, text]; width from a fixed advance per character.
const items = (rows: [number, number, string][]) => rows.map(([x, y, str]) => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10 }));

describe('PDF reading order', () => {
  it('reads two columns of prose column by column, even when the columns are ragged', () => {
    const left = ['Dear Mr. Perales: we received a request', 'from your provider for chiropractic care,', 'twelve visits for the cervical spine and', 'compared it with the guidelines today.'];
    const right = ['The request is modified to six visits of', 'manipulation. The remaining six visits are', 'not certified at this time. You may ask for', 'Independent Medical Review within 30 days.'];
    const rows: [number, number, string][] = [];
    left.forEach((s, i) => rows.push([60, 600 - i * 13, s], [330, 600 - i * 13, right[i]!]));
    const { text } = pageText(items(rows), 1);
    expect(text).toBe([...left, ...right].join('\n'));
  });

  it('keeps a label/value table and an items table row by row', () => {
    const { text } = pageText(items([
      [60, 700, 'Claim Number:'], [230, 700, 'SMC-0448217 for the claim'],
      [60, 686, 'Date of Injury:'], [230, 686, '08/19/2025 at the warehouse'],
      [60, 672, 'Date of UR Decision:'], [230, 672, '03/02/2026 by the reviewer'],
      [60, 640, 'Transcutaneous nerve stimulator unit'], [300, 640, '1'], [340, 640, 'Non-certified'], [430, 640, 'MTUS Chronic Pain'],
      [60, 627, 'Cyclobenzaprine 7.5 mg tablets today'], [300, 627, '#60'], [340, 627, 'Certified'], [430, 627, 'MTUS Formulary list'],
      [60, 614, 'Home exercise kit for the patient'], [300, 614, '1'], [340, 614, 'Certified'], [430, 614, 'MTUS general guide'],
    ]), 1);
    expect(text.split('\n')).toEqual([
      'Claim Number:\tSMC-0448217 for the claim',
      'Date of Injury:\t08/19/2025 at the warehouse',
      'Date of UR Decision:\t03/02/2026 by the reviewer',
      'Transcutaneous nerve stimulator unit\t1\tNon-certified\tMTUS Chronic Pain',
      'Cyclobenzaprine 7.5 mg tablets today\t#60\tCertified\tMTUS Formulary list',
      'Home exercise kit for the patient\t1\tCertified\tMTUS general guide',
    ]);
  });

  it('keeps a far header and footer in place, and their dates count', async () => {
    const doc = await loadFixture('ur-denial-iso-footer.pdf');
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe('Golden Bear Claims Services');
    expect(lines[lines.length - 1]).toMatch(/Date mailed: 2026-05-06/);
    expect(detect(doc, { today: '2026-12-31' })[0]!.dates.service_date).toBe('2026-05-06');
  });

  it('reads the two-column fixture letter in order, header and footer included', async () => {
    const doc = await loadFixture('ur-modified-two-column.pdf');
    const at = (s: string) => doc.text.indexOf(s);
    expect(at('Notice date 02/10/2026')).toBe(0);
    expect(at('Dear Mr. Perales')).toBeLessThan(at('received a Request for Authorization'));
    expect(at('improvement before further visits are authorized')).toBeLessThan(at('The request is modified to six'));
    expect(at('The request is modified to six')).toBeLessThan(at('manipulation. The remaining six'));
    expect(at('Mailed 02/11/2026')).toBeGreaterThan(at('Claims Administrator: Pacific Crest'));
  });

  it('keeps page numbers on the runs of a multi-page letter', async () => {
    const doc = await loadFixture('ur-denial-mail.pdf');
    expect(new Set(doc.runs.map((r) => r.page))).toEqual(new Set([1, 2]));
    const pos = doc.text.indexOf('PROOF OF SERVICE BY MAIL');
    expect(runsAt(doc, pos, pos + 5)[0]!.page).toBe(2);
  });
});

describe('HTML source', () => {
  it('ignores scripts, noscript, hidden and display:none elements (their dates are never used)', async () => {
    const doc = await loadFixture('ur-mixed-decision.html');
    for (const hidden of ['01/01/2026', '12/31/2025', '01/05/2026', 'Last login', 'dataLayer', '01/02/2026']) expect(doc.text).not.toContain(hidden);
    const [n] = detect(doc, { today: '2026-12-31' });
    expect(n!.dates.service_date).toBe('2026-03-05');
  });

  it('does not read old rows of a history table as a new notice', async () => {
    expect(detect(await loadFixture('claim-portal-history.html'))).toEqual([]);
    const [n] = detect(await loadFixture('ur-mixed-decision.html'));
    expect(n!.facts.treatment).toEqual(['Lumbar MRI without contrast', 'Lumbar support brace']);
    expect(n!.evidence.some((e) => /Chiropractic|Cyclobenzaprine/.test(e.text))).toBe(false);
  });

  it('maps text back to text nodes', () => {
    const doc = htmlToTextDocument('<p>Date of UR Decision: <b>03/02/2026</b></p>', 'x.html');
    const at = doc.text.indexOf('03/02/2026');
    expect(runsAt(doc, at, at + 10).map((r) => r.item)).toEqual([1]);
    expect(textDocumentFromString('a\r\nb', 'x.txt').text).toBe('a\nb');
  });
});
