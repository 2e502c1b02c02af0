// The viewer's flow from bytes to notices, on real PDFs with pdf.js's Node build (no DOM, no tesseract).
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfHasImages } from '../../../viewer/images';
import { describe, expect, it, vi } from 'vitest';
import { Notice } from '../../../model';
import { OCR_DATE_NOTE } from '../../../viewer/core';
import { openPdfWith } from '../../../viewer/open-pdf';
import { AUTO_OCR_PAGES, ViewerSession, type Phase, type SessionDeps } from '../../../viewer/session';
import type { PDFDocumentProxy } from '../../../viewer/pdfjs';
import {
  corruptPdf,
  emptyPdf,
  encryptedPdf,
  longPdf,
  scannedLetterPdf,
  textLetterPdf,
} from '../../e2e/viewer-support';

const open = (bytes: Uint8Array) => openPdfWith(getDocument as never, bytes) as Promise<PDFDocumentProxy>;

async function run(bytes: Uint8Array | Promise<Uint8Array>, ocr?: SessionDeps['ocr']) {
  const phases: Phase[] = [];
  const deps: SessionDeps = {
    openPdf: open,
    hasImages: (pdf) => pdfHasImages(pdf, OPS),
    ocr: ocr ?? (async () => ['UTILIZATION REVIEW DETERMINATION\nserved by mail on March 4, 2026']),
    onPhase: (p) => phases.push(p),
  };
  const session = new ViewerSession('letter.pdf', deps);
  await session.open(bytes);
  return { phases, last: phases.at(-1)!, session };
}

describe('ViewerSession', () => {
  it('reads a text PDF into a document with page and item anchors', async () => {
    const { last, phases } = await run(textLetterPdf());
    expect(last.kind).toBe('ready');
    if (last.kind !== 'ready') return;
    expect(last.ocr).toBe(false);
    expect(last.doc.text).toContain('PROOF OF SERVICE');
    const run0 = last.doc.runs.find((r) => last.doc.text.slice(r.start, r.end).includes('March 4, 2026'));
    expect(run0).toMatchObject({ page: 1 });
    expect(run0?.item).toBeTypeOf('number');
    expect(phases).toContainEqual({ kind: 'loading', page: 1, total: 1 });
  });

  it.each([
    ['encrypted', encryptedPdf()],
    ['corrupt', Promise.resolve(corruptPdf())],
    ['empty', emptyPdf()],
    ['empty', Promise.resolve(new Uint8Array())],
  ])('reports a %s PDF as a typed error', async (code, bytes) => {
    const { last } = await run(bytes);
    expect(last).toEqual({ kind: 'error', code });
  });

  it('reports a failed download with the error the bytes promise carries', async () => {
    const { ViewerError } = await import('../../../viewer/errors');
    const { last } = await run(Promise.reject(new ViewerError('fetch_failed', 'HTTP 404')));
    expect(last).toEqual({ kind: 'error', code: 'fetch_failed' });
  });

  it('runs OCR on a short scanned PDF by itself and marks the result as OCR', async () => {
    const ocr = vi.fn(async (..._args: Parameters<SessionDeps['ocr']>) => ['UTILIZATION REVIEW DETERMINATION, served March 4, 2026']);
    const { last, phases } = await run(scannedLetterPdf(), ocr);
    expect(ocr).toHaveBeenCalledTimes(1);
    expect(ocr.mock.calls[0]![1]).toEqual([1]);
    expect(phases.some((p) => p.kind === 'ocr')).toBe(true);
    expect(last.kind === 'ready' && last.ocr && last.doc.text.includes('March 4, 2026')).toBe(true);
  });

  it('offers OCR instead of starting it for a long scanned PDF', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const scan = await PDFDocument.load(await scannedLetterPdf());
    const doc = await PDFDocument.create();
    for (let i = 0; i <= AUTO_OCR_PAGES; i++) doc.addPage((await doc.copyPages(scan, [0]))[0]!);
    const ocr = vi.fn(async () => [] as string[]);
    const { last } = await run(doc.save(), ocr);
    expect(last).toEqual({ kind: 'scanned', cancelled: false });
    expect(ocr).not.toHaveBeenCalled();
  });

  it('goes back to the OCR offer when the user cancels', async () => {
    const ocr: SessionDeps['ocr'] = (_pdf, _pages, _progress, signal) =>
      new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const phases: Phase[] = [];
    const session = new ViewerSession('scan.pdf', { openPdf: open, hasImages: async () => true, ocr, onPhase: (p) => phases.push(p) });
    const done = session.open(scannedLetterPdf());
    await vi.waitFor(() => expect(phases.at(-1)?.kind).toBe('ocr'));
    session.cancel();
    await done;
    expect(phases.at(-1)).toEqual({ kind: 'scanned', cancelled: true });
  });

  it('turns an OCR crash into a plain ocr_failed error', async () => {
    const { last } = await run(scannedLetterPdf(), async () => {
      throw new Error('wasm trap');
    });
    expect(last).toEqual({ kind: 'error', code: 'ocr_failed' });
  });

  it('reads a 500-page PDF page by page, reporting progress for every page', async () => {
    const { last, phases } = await run(longPdf(500));
    const reading = phases.filter((p) => p.kind === 'loading' && p.page > 0);
    expect(reading).toHaveLength(500);
    expect(reading.at(-1)).toEqual({ kind: 'loading', page: 500, total: 500 });
    expect(last.kind === 'ready' && last.doc.runs.some((r) => r.page === 500)).toBe(true);
  }, 60_000);

  describe('a mixed PDF: a typed page and a scanned page', () => {
    async function mixedPdf(typed: string[]) {
      const { PDFDocument } = await import('pdf-lib');
      const doc = await PDFDocument.load(await textLetterPdf(typed));
      const scan = await PDFDocument.load(await scannedLetterPdf());
      doc.addPage((await doc.copyPages(scan, [0]))[0]!);
      return doc.save();
    }
    const serviceDate = (doc: { text: string }) => {
      const at = doc.text.indexOf('March 4, 2026');
      return at < 0
        ? []
        : [
            Notice.parse({
              kind: 'ur_decision', outcome: 'denied', confidence: 0.9, serviceMethod: 'mail', expedited: false,
              represented: null, medication: false, dates: { service_date: '2026-03-04' },
              evidence: [{ fact: 'date:service_date', start: at, end: at + 13, text: 'March 4, 2026' }],
            }),
          ];
    };

    it('reads the scanned page by OCR when the typed text finds nothing, marking only OCR dates', async () => {
      const ocr = vi.fn(async (..._args: Parameters<SessionDeps['ocr']>) => ['PROOF OF SERVICE: served by mail on March 4, 2026']);
      const phases: Phase[] = [];
      const session = new ViewerSession('mixed.pdf', {
        openPdf: open, hasImages: (pdf, pages) => pdfHasImages(pdf, OPS, pages), ocr, detect: serviceDate,
        onPhase: (p) => phases.push(p),
      });
      await session.open(mixedPdf(['Cover sheet', 'Enclosed: decision and proof of service']));
      expect(ocr.mock.calls[0]![1]).toEqual([2]);
      const last = phases.at(-1)!;
      expect(last.kind).toBe('ready');
      if (last.kind !== 'ready') return;
      expect(last.doc.text).toMatch(/^Cover sheet[\s\S]*Enclosed[\s\S]*PROOF OF SERVICE/);
      expect(last.doc.runs.at(-1)).toMatchObject({ page: 2 });
      expect(last.notices[0]?.dateNotes.service_date).toBe(OCR_DATE_NOTE);
      expect(last.scannedPages).toEqual([]);
    });

    it('offers OCR of the scanned page when the typed text already has a notice', async () => {
      const ocr = vi.fn(async () => [] as string[]);
      const { last } = await runWith(mixedPdf(['Served by mail: March 4, 2026']), ocr, serviceDate);
      expect(ocr).not.toHaveBeenCalled();
      expect(last).toMatchObject({ kind: 'ready', ocr: false, scannedPages: [2] });
      if (last.kind === 'ready') expect(last.notices[0]?.dateNotes).toEqual({});
    });
  });
});

async function runWith(bytes: Promise<Uint8Array>, ocr: SessionDeps['ocr'], detect: SessionDeps['detect']) {
  const phases: Phase[] = [];
  const session = new ViewerSession('mixed.pdf', {
    openPdf: open, hasImages: (pdf, pages) => pdfHasImages(pdf, OPS, pages), ocr, detect, onPhase: (p) => phases.push(p),
  });
  await session.open(bytes);
  return { last: phases.at(-1)!, phases };
}
