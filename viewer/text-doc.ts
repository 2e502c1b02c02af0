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

/** Letters of text below which a page is treated as scanned. */
export const MIN_CHARS_PER_PAGE = 20;

/** A scan: not one page has a text layer worth the name. */
export function looksImageOnly(doc: TextDocument, pageCount: number): boolean {
  return pageCount > 0 && pagesWithoutText(doc, pageCount).length === pageCount;
}

/** Pages (1-based) whose text layer has fewer than MIN_CHARS_PER_PAGE letters: scanned pages in a mixed PDF. */
export function pagesWithoutText(doc: TextDocument, pageCount: number): number[] {
  const letters = new Array<number>(pageCount + 1).fill(0);
  for (const run of doc.runs) {
    if (run.page === undefined || run.page > pageCount) continue;
    letters[run.page]! += doc.text.slice(run.start, run.end).replace(/\s+/g, '').length;
  }
  const pages: number[] = [];
  for (let n = 1; n <= pageCount; n++) if (letters[n]! < MIN_CHARS_PER_PAGE) pages.push(n);
  return pages;
}

/** The PDF's own text followed by the OCR text of some pages (runs anchored to those pages). */
export function withOcrPages(doc: TextDocument, pages: number[], texts: string[]): { doc: TextDocument; ocrFrom: number } {
  let text = doc.text;
  const runs: TextRun[] = [...doc.runs];
  const ocrFrom = text.length;
  pages.forEach((page, i) => {
    const pageText = (texts[i] ?? '').trim();
    if (!pageText) return;
    text += '\n\n';
    const start = text.length;
    text += pageText;
    runs.push({ start, end: text.length, page });
  });
  return { doc: { source: doc.source, text, runs }, ocrFrom };
}
