// Builds TextDocuments for the viewer. PDF text normally comes from extract/pdf-text.ts (the shared core);
// OCR text has no pdf.js items, so each page becomes one run with only a page anchor.
import type { TextDocument, TextRun } from '../extract/text-document';

/** Joins OCR text page by page; runs carry the page number so the viewer can point at the page. */
export function ocrTextDocument(pages: string[], source: string): TextDocument {
  let text = '';
  const runs: TextRun[] = [];
  pages.forEach((pageText, i) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += pageText.trim();
    runs.push({ start, end: text.length, page: i + 1 });
  });
  return { source, text, runs };
}

/** Average characters of text per page below which a PDF is treated as scanned (image-only). */
export const MIN_CHARS_PER_PAGE = 20;

export function looksImageOnly(doc: TextDocument, pageCount: number): boolean {
  const letters = doc.text.replace(/\s+/g, '').length;
  return pageCount > 0 && letters / pageCount < MIN_CHARS_PER_PAGE;
}
