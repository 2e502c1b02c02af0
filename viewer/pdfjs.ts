// The one place the viewer loads pdf.js (extension build) and the subset of its API we use (STYLE.md 5).
import { getDocument, GlobalWorkerOptions, TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy, PageViewport, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ViewerError, classifyPdfError } from './errors';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy, PageViewport, RenderTask };
export { TextLayer };

/** Where viewer/build-assets.ts puts pdf.js's font data and character maps inside the extension. */
const ASSET_BASE = '/pdfjs/';

/** Opens PDF bytes; expected failures become ViewerError (encrypted, corrupt, empty). */
export async function openPdf(data: Uint8Array, assetBase: string = ASSET_BASE): Promise<PDFDocumentProxy> {
  if (data.byteLength === 0) throw new ViewerError('empty', 'zero bytes');
  const task = getDocument({
    data,
    isEvalSupported: false,
    cMapUrl: `${assetBase}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assetBase}standard_fonts/`,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (err) {
    void task.destroy();
    const code = classifyPdfError(err);
    if (code) throw new ViewerError(code, (err as Error).message);
    throw err;
  }
  if (pdf.numPages === 0) throw new ViewerError('empty', 'no pages');
  return pdf;
}
