// The small subset of pdf.js (pdfjs-dist 5.6) that extract/ uses — typed here, in this one file, so the core does
// not import pdf.js itself (STYLE.md 5). A real PDFDocumentProxy satisfies PdfDocumentLike.

/** pdf.js TextItem (marked-content entries have no `str` and are skipped). */
export interface PdfTextItemLike {
  str?: string;
  /** [scaleX, skewY, skewX, scaleY, x, y] in PDF user space (y grows upwards). */
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

export interface PdfPageLike {
  getTextContent(): Promise<{ items: PdfTextItemLike[] }>;
  getViewport(params: { scale: number }): { width: number; height: number };
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}
