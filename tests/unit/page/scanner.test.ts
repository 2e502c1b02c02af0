// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Notice } from '../../../model';
import { highlightItems, scanPage } from '../../../page/scanner';
import { detect } from '../../../extract';
import { sourceForPage } from '../../../sources';

const HTML = '<p>Claim number: GB-1. Date of Injury: 11/14/2025. The request is DENIED. Served by mail on March 4, 2026. Item 2: DENIED.</p>';

function evidenceAt(text: string, fact: string, needle: string) {
  const start = text.indexOf(needle);
  return { fact, start, end: start + needle.length, text: needle };
}

describe('highlightItems', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('paints every piece of evidence but lists only trigger dates and the facts a person acts on, each label once', () => {
    document.body.innerHTML = HTML;
    const source = sourceForPage(document);
    const doc = source.read();
    const notice = Notice.parse({
      kind: 'ur_decision', outcome: 'denied', confidence: 0.9, serviceMethod: 'mail', expedited: false, represented: null,
      medication: false, dates: { service_date: '2026-03-04', injury_date: '2025-11-14' },
      evidence: [
        evidenceAt(doc.text, 'kind', 'Claim number'),
        evidenceAt(doc.text, 'outcome', 'DENIED'),
        evidenceAt(doc.text, 'date:service_date', 'March 4, 2026'),
        evidenceAt(doc.text, 'date:injury_date', '11/14/2025'),
        { ...evidenceAt(doc.text, 'outcome', 'DENIED.'), end: doc.text.lastIndexOf('DENIED') + 6, start: doc.text.lastIndexOf('DENIED'), text: 'DENIED' },
      ],
    });
    const items = highlightItems(doc, [notice], source.ranges);
    expect(items.map((i) => i.ranges.map((r) => r.toString()).join(''))).toEqual(['Claim number', 'DENIED', 'March 4, 2026', 'DENIED']);
    expect(items.filter((i) => i.listed).map((i) => i.label)).toEqual(['Outcome: DENIED', 'Date sent to you (served): March 4, 2026']);
  });
});

describe('scanPage', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('stops a scan that overruns its budget and says the page is too large, instead of blocking the page', async () => {
    document.body.innerHTML = `<main><h1>Notice of Utilization Review Decision</h1>${'<p>Date mailed: March 4, 2026. The request is DENIED.</p>'.repeat(2000)}</main>`;
    let t = 0;
    const result = await scanPage(document.body, { source: sourceForPage(document), quickRelevant: () => true, detect, budgetMs: 100, now: () => (t += 40) });
    expect(result.error).toBe('over_budget');
    expect(result.notices).toEqual([]);
  });
});

