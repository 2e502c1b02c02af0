// OCR for scanned PDFs in the viewer: renders each page to a canvas and reads it with the bundled tesseract
// (extension URLs only; see ocr/assets.ts for what ships).
import { createOcrEngine, OcrCancelled } from '../ocr/engine';
import type { PDFDocumentProxy } from './pdfjs';

export { OcrCancelled };

export interface OcrProgress {
  page: number; // 1-based page being read
  pages: number;
  fraction: number; // 0..1 over the whole document
  status: string;
}

/** Extension URL of the OCR folder (set by the page; a parameter so tests can point elsewhere). */
export function ocrPaths(base: string) {
  return { workerPath: `${base}ocr/worker.min.js`, corePath: `${base}ocr/core/`, langPath: `${base}ocr/lang` };
}

export async function ocrPdf(
  pdf: PDFDocumentProxy,
  base: string,
  onProgress: (p: OcrProgress) => void,
  signal?: AbortSignal,
  pageNumbers: number[] = Array.from({ length: pdf.numPages }, (_, i) => i + 1),
  scale = 2,
): Promise<string[]> {
  const pages = pageNumbers.length;
  let index = 0; // 1-based position in pageNumbers
  const report = (pageFraction: number, status: string) =>
    onProgress({ page: index, pages, fraction: Math.min(1, Math.max(0, index - 1 + pageFraction) / pages), status });
  index = 1;
  report(0, 'loading OCR');
  const engine = await createOcrEngine(ocrPaths(base), {
    signal,
    onProgress: (p, status) => report(status === 'recognizing text' ? p : 0, status),
  });
  const texts: string[] = [];
  try {
    for (index = 1; index <= pages; index++) {
      if (signal?.aborted) throw new OcrCancelled();
      const pdfPage = await pdf.getPage(pageNumbers[index - 1]!);
      const viewport = pdfPage.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await pdfPage.render({ canvas, viewport }).promise;
      report(0, 'recognizing text');
      texts.push(await engine.recognize(canvas));
      canvas.width = 0;
      canvas.height = 0;
    }
  } finally {
    await engine.terminate();
  }
  return texts;
}
