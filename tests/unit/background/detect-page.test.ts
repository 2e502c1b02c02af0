// 'detect-page': the worker finds the notices of the text a page's scanner read. The text comes from a web page, so
// whatever arrives is rebuilt field by field, a page too large to read answers with its error code, and nothing a
// page sends can crash the worker.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../background/detect-page';
import { textDocumentFromData, textDocumentFromString } from '../../../extract';

const LETTER = [
  'NOTICE OF UTILIZATION REVIEW DECISION',
  'Claims Administrator: Sierra Mutual Casualty Company · Claim Number: SMC-0448217 · Date of Injury: 01/05/2025',
  'Date of UR Decision: 03/02/2026',
  'The requested lumbar MRI is not certified (denied).',
  'You may request Independent Medical Review (IMR) within 30 days of service of this decision.',
  'PROOF OF SERVICE BY MAIL',
  'On March 4, 2026, I served the foregoing by placing a true copy in the United States mail.',
].join('\n');

describe('detectPage', () => {
  it('finds the notices of the text, with the user\'s today', async () => {
    const { notices, error } = await detectPage({ doc: textDocumentFromString(LETTER, 'https://portal.example/claim') }, new Date('2026-03-10T12:00:00'));
    expect(error).toBeUndefined();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'ur_decision', outcome: 'denied', dates: { service_date: '2026-03-04' } });
  });

  it('answers nothing for what is not a document, and never throws on it', async () => {
    for (const doc of [null, undefined, 42, 'text', { text: 7 }, { runs: [] }]) {
      await expect(detectPage({ doc } as never)).resolves.toEqual({ notices: [] });
    }
  });

  it('gives a page too large to read its error code', async () => {
    const huge = { source: 'x', text: 'DENIED utilization review '.repeat(200_000), runs: [] };
    await expect(detectPage({ doc: huge })).resolves.toMatchObject({ notices: [], error: expect.stringMatching(/over_budget|too_large/) });
  });
});

describe('textDocumentFromData', () => {
  it('keeps runs inside the text and in order, and only the fields the reader knows', () => {
    const doc = textDocumentFromData({
      source: 'https://p.example', text: 'Hello world', extra: 'dropped',
      runs: [
        { start: 0, end: 5, zone: 'nav', emphasis: 'bold', item: 3, evil: () => 1 },
        { start: 2, end: 99 }, // past the end
        { start: -1, end: 2 },
        { start: 6, end: 4 }, // backwards
        { start: 6, end: 11, zone: 'sidebar', emphasis: 'huge', page: 1.5, size: Number.NaN },
        { start: 1, end: 2 }, // out of order
        'not a run',
      ],
    });
    expect(doc).toEqual({
      source: 'https://p.example', text: 'Hello world',
      runs: [{ start: 0, end: 5, zone: 'nav', emphasis: 'bold', item: 3 }, { start: 6, end: 11 }],
    });
  });
});
