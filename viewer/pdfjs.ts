// The one place the viewer loads pdf.js (extension build) and the subset of its API we use (STYLE.md 5).
import { getDocument, GlobalWorkerOptions, OPS, TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy, PageViewport, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfHasImages } from './images';
import { openPdfWith } from './open-pdf';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy, PageViewport, RenderTask };
export { OPS, TextLayer };

/** Where viewer/build-assets.ts puts pdf.js's font data and character maps inside the extension. */
const ASSET_BASE = '/pdfjs/';

/** Opens PDF bytes; expected failures become ViewerError (encrypted, corrupt, empty). */
export function openPdf(data: Uint8Array, assetBase: string = ASSET_BASE): Promise<PDFDocumentProxy> {
  return openPdfWith(getDocument as never, data, assetBase) as Promise<PDFDocumentProxy>;
}

export function hasImages(pdf: PDFDocumentProxy, pages?: number[]): Promise<boolean> {
  return pdfHasImages(pdf, OPS as unknown as Record<string, number>, pages);
}
