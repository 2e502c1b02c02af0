// OCR for scanned PDFs in the viewer: renders each page to a canvas and reads it with the bundled tesseract
// (extension URLs only; see ocr/assets.ts for what ships). Pages are read in parallel by a pool of workers
// (one per core, at most MAX_VIEWER_OCR_WORKERS: see ocr/pool.ts), each page cleaned as ocr/prepare.ts decides.
import { createOcrEngine, OcrCancelled } from '../ocr/engine';
import { ocrPoolSize, PoolProgress, runPool, type OcrProgress } from '../ocr/pool';
import { cleanPlan, imageDpi, preparedPgm, readPage } from '../ocr/prepare';
import { OPS, type PDFDocumentProxy } from './pdfjs';

export { OcrCancelled };

export type { OcrProgress };

/** A browser tab shares the machine with everything else: at most this many tesseract workers. */
export const MAX_VIEWER_OCR_WORKERS = 3;

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
  const progress = new PoolProgress(pages, onProgress);
  progress.loading();
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency;
  const active = new Set<number>(); // slots with a page in recognition: tesseract's progress is theirs
  return runPool({
    count: pages,
    size: ocrPoolSize(pages, cores, MAX_VIEWER_OCR_WORKERS),
    signal,
    start: (slot) =>
      createOcrEngine(ocrPaths(base), {
        signal,
        onProgress: (p, status) => {
          if (status === 'recognizing text' && active.has(slot)) progress.page(slot, p);
        },
      }),
    task: async (engine, index, slot) => {
      const pdfPage = await pdf.getPage(pageNumbers[index]!);
      const plan = cleanPlan(await imageDpi(pdfPage, OPS.paintImageXObject), scale * 72);
      const renderScale = plan.render ? Math.min(scale, plan.render / 72) : scale;
      const viewport = pdfPage.getViewport({ scale: renderScale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      await pdfPage.render({ canvas, canvasContext: ctx, viewport }).promise;
      const pgm = preparedPgm(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height, plan, renderScale * 72);
      canvas.width = 0; // the page's pixels are not needed past this point
      canvas.height = 0;
      active.add(slot);
      progress.page(slot, 0);
      try {
        const { text } = await readPage(engine, pgm);
        progress.pageDone(slot);
        return text;
      } finally {
        active.delete(slot);
      }
    },
  });
}
