import { describe, expect, it } from 'vitest';
import type { TextDocument } from '../../../extract/text-document';
import { Notice } from '../../../model';
import { OCR_DATE_NOTE, findNotices } from '../../../viewer/core';
import { localToday } from '../../../rules';
import { classifyPdfError, viewerMessage, ViewerError } from '../../../viewer/errors';
import { firstEvidencePage, highlightsByPage, itemRangesFor } from '../../../viewer/highlight-map';
import { checkPdfBytes, fetchPdfBytes, permissionPattern } from '../../../viewer/load-bytes';
import { looksImageOnly, ocrTextDocument, pagesWithoutText, withOcrPages } from '../../../viewer/text-doc';

// "Served by mail on " (page 1, item 0) + "March 4, 2026" (page 1, item 1) + "Claim 12" (page 2, item 0)
const doc: TextDocument = {
  source: 'x.pdf',
  text: 'Served by mail on March 4, 2026\n\nClaim 12',
  runs: [
    { start: 0, end: 18, page: 1, item: 0 },
    { start: 18, end: 31, page: 1, item: 1 },
    { start: 33, end: 41, page: 2, item: 0 },
  ],
};

describe('mapping document offsets back to pdf.js text items', () => {
  it('maps a date inside one item to that item with local offsets', () => {
    expect(itemRangesFor(doc, 18, 31, 'date:service_date')).toEqual([
      { page: 1, item: 1, from: 0, to: 13, fact: 'date:service_date' },
    ]);
  });
  it('splits a range that spans two items', () => {
    expect(itemRangesFor(doc, 10, 23)).toEqual([
      { page: 1, item: 0, from: 10, to: 18, fact: '' },
      { page: 1, item: 1, from: 0, to: 5, fact: '' },
    ]);
  });
  it('skips the page break and runs without item anchors', () => {
    const ocr = ocrTextDocument(['one', 'two'], 's');
    expect(itemRangesFor(ocr, 0, 8)).toEqual([]);
    expect(itemRangesFor(doc, 31, 33)).toEqual([]);
  });
  it('groups evidence by page and finds the first page to show', () => {
    const evidence = [
      { fact: 'claimNumber', start: 33, end: 41, text: 'Claim 12' },
      { fact: 'date:service_date', start: 18, end: 31, text: 'March 4, 2026' },
    ];
    const byPage = highlightsByPage(doc, evidence);
    expect([...byPage.keys()].sort()).toEqual([1, 2]);
    expect(byPage.get(2)).toEqual([{ page: 2, item: 0, from: 0, to: 8, fact: 'claimNumber' }]);
    expect(firstEvidencePage(doc, evidence)).toBe(1);
    expect(firstEvidencePage(doc, [])).toBeNull();
  });
  it('does not paint injury or birth dates like the dates that start a clock', () => {
    const byPage = highlightsByPage(doc, [{ fact: 'date:injury_date', start: 18, end: 31, text: 'March 4, 2026' }]);
    expect([...byPage.values()].flat()).toEqual([]);
  });
});

describe('OCR documents', () => {
  it('joins pages with a blank line and anchors each page', () => {
    const ocr = ocrTextDocument([' page one \n', 'page two'], 'scan.pdf');
    expect(ocr.text).toBe('page one\n\npage two');
    expect(ocr.runs).toEqual([
      { start: 0, end: 8, page: 1 },
      { start: 10, end: 18, page: 2 },
    ]);
  });
  it('treats a PDF as a scan only when no page has text', () => {
    expect(looksImageOnly({ source: '', text: ' \n 3 \n', runs: [] }, 2)).toBe(true);
    expect(looksImageOnly(doc, 1)).toBe(false);
    expect(looksImageOnly({ source: '', text: '', runs: [] }, 0)).toBe(false);
  });
  it('marks every date read by OCR as uncertain, keeping notes already there', () => {
    const notice = Notice.parse({
      kind: 'ur_decision',
      outcome: 'denied',
      confidence: 0.9,
      serviceMethod: 'mail',
      expedited: false,
      represented: null,
      medication: false,
      dates: { decision_date: '2026-03-02', service_date: '2026-03-04' },
      dateNotes: { decision_date: 'two candidates' },
    });
    const [fromOcr] = findNotices(doc, { ocr: true }, () => [notice]);
    expect(fromOcr?.dateNotes).toEqual({ decision_date: 'two candidates', service_date: OCR_DATE_NOTE });
    const [fromText] = findNotices(doc, {}, () => [notice]);
    expect(fromText?.dateNotes).toEqual({ decision_date: 'two candidates' });
  });
  it('finds the scanned pages of a mixed PDF', () => {
    expect(pagesWithoutText(doc, 3)).toEqual([2, 3]);
  });
  it('appends OCR text of scanned pages after the PDF text, anchored to their pages', () => {
    const { doc: merged, ocrFrom } = withOcrPages(doc, [2, 3], [' Served March 9, 2026 ', '']);
    expect(ocrFrom).toBe(doc.text.length);
    expect(merged.text).toBe(`${doc.text}\n\nServed March 9, 2026`);
    expect(merged.runs.at(-1)).toEqual({ start: doc.text.length + 2, end: merged.text.length, page: 2 });
    expect(merged.runs).toHaveLength(doc.runs.length + 1);
  });
  it('marks as uncertain only the dates found in the OCR part of a mixed PDF', () => {
    const both = Notice.parse({
      kind: 'ur_decision', outcome: 'denied', confidence: 0.9, serviceMethod: 'mail', expedited: false,
      represented: null, medication: false, dates: { decision_date: '2026-03-02', service_date: '2026-03-09' },
      evidence: [
        { fact: 'date:decision_date', start: 5, end: 10, text: 'x' },
        { fact: 'date:service_date', start: 50, end: 60, text: 'y' },
      ],
    });
    const [n] = findNotices(doc, { ocrFrom: 41 }, () => [both]);
    expect(n?.dateNotes).toEqual({ service_date: OCR_DATE_NOTE });
  });
  it('uses the local calendar day for today', () => {
    expect(localToday(new Date(2026, 2, 4, 23, 59))).toBe('2026-03-04');
  });
});

describe('viewer errors', () => {
  it('maps pdf.js exceptions by name', () => {
    expect(classifyPdfError({ name: 'PasswordException' })).toBe('encrypted');
    expect(classifyPdfError({ name: 'InvalidPDFException' })).toBe('corrupt');
    expect(classifyPdfError({ name: 'ResponseException' })).toBe('fetch_failed');
    expect(classifyPdfError(new ViewerError('no_permission'))).toBe('no_permission');
    expect(classifyPdfError(new TypeError('x'))).toBeNull();
  });
  it('has an English and a Spanish message for every code', () => {
    const codes = ['encrypted', 'corrupt', 'empty', 'fetch_failed', 'no_permission', 'not_pdf', 'ocr_failed'] as const;
    for (const code of codes) {
      expect(viewerMessage(code, 'en')).toMatch(/\w{3}/);
      expect(viewerMessage(code, 'es')).not.toBe(viewerMessage(code, 'en'));
    }
  });
});

describe('getting the bytes', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n...');
  it('accepts PDF bytes and refuses other files and empty ones', () => {
    expect(checkPdfBytes(pdf)).toBe(pdf);
    expect(() => checkPdfBytes(new TextEncoder().encode('<html>'))).toThrow(/not_pdf/);
    expect(() => checkPdfBytes(new Uint8Array())).toThrow(/empty/);
  });
  it('reports an HTTP error as a failed download', async () => {
    const fetch = async () => new Response('nope', { status: 404 });
    await expect(fetchPdfBytes('https://x.example/a.pdf', { fetch })).rejects.toThrow(/fetch_failed: HTTP 404/);
  });
  it('tells a missing permission from a network failure', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchPdfBytes('https://x.example/a.pdf', { fetch, hasPermission: async () => false })).rejects.toThrow(
      /no_permission/,
    );
    await expect(fetchPdfBytes('https://x.example/a.pdf', { fetch, hasPermission: async () => true })).rejects.toThrow(
      /fetch_failed/,
    );
  });
  it('returns the body of a good response', async () => {
    const fetch = async () => new Response(pdf);
    expect(await fetchPdfBytes('https://x.example/a.pdf', { fetch })).toEqual(pdf);
  });
  it('asks for the right permission pattern', () => {
    expect(permissionPattern('https://docs.insurer.example:8443/a.pdf')).toBe('https://docs.insurer.example/*');
    expect(permissionPattern('file:///home/a.pdf')).toBe('file:///*');
  });
});
