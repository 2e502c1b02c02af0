// The CLI's --ocr path in Node: pdf.js legacy build + @napi-rs/canvas + tesseract.js with bundled data.
import { describe, expect, it } from 'vitest';
import { ocrPdfToTextDocument } from '../../../cli/sources/ocr';
import { scannedLetterPdf } from '../../e2e/viewer-support';

describe('CLI OCR', () => {
  it('reads the text of a scanned letter offline, page by page', async () => {
    const pages: number[] = [];
    const doc = await ocrPdfToTextDocument(await scannedLetterPdf(), 'scan.pdf', {
      langs: ['eng'],
      onPage: (n) => pages.push(n),
    });
    expect(pages).toEqual([1]);
    expect(doc.source).toBe('scan.pdf');
    expect(doc.text).toMatch(/UTILIZATION REVIEW DETERMINATION/);
    expect(doc.text).toMatch(/March 4, 2026/);
    expect(doc.runs).toEqual([{ start: 0, end: doc.text.length, page: 1 }]);
  }, 60_000);
});
