// One opened PDF, start to finish: open → read text → (OCR if scanned) → detect. UI-free: App.tsx renders the
// phases this reports; seams let tests drive it without pdf.js or tesseract.
import type { DetectOptions, TextDocument } from '../extract';
import type { Notice } from '../model';
import { ViewerError, classifyPdfError, type ViewerErrorCode } from './errors';
import { findNotices, readPdfText } from './core';
import { looksImageOnly, ocrTextDocument, pagesWithoutText, withOcrPages } from './text-doc';
import type { PDFDocumentProxy } from './pdfjs';

export type Phase =
  | { kind: 'pick' }
  | { kind: 'loading'; page: number; total: number } // page 0: opening
  | { kind: 'error'; code: ViewerErrorCode }
  | { kind: 'scanned'; cancelled: boolean } // image-only PDF: OCR offered
  | { kind: 'ocr'; page: number; total: number; value: number } // page 0: starting the engine
  /** `scannedPages`: pages of a mixed PDF that are scans and were not read by OCR yet (OCR is offered). */
  | { kind: 'ready'; doc: TextDocument; notices: Notice[]; ocr: boolean; scannedPages: number[] };

/** Scanned PDFs up to this many pages are read by OCR without asking. */
export const AUTO_OCR_PAGES = 5;

export interface SessionDeps {
  openPdf: (bytes: Uint8Array) => Promise<PDFDocumentProxy>;
  /** OCR of the given pages (1-based), in that order. */
  ocr: (
    pdf: PDFDocumentProxy,
    pages: number[],
    onProgress: (p: { page: number; total: number; value: number }) => void,
    signal: AbortSignal,
  ) => Promise<string[]>;
  /** Whether the PDF paints images (a scan) rather than nothing at all (empty); default: the first pages. */
  hasImages: (pdf: PDFDocumentProxy, pages?: number[]) => Promise<boolean>;
  onPdf?: (pdf: PDFDocumentProxy) => void | Promise<void>; // mount the pages
  onPhase: (phase: Phase) => void;
  /** The shared core's detect() unless a test passes another. */
  detect?: (doc: TextDocument, options?: DetectOptions) => Notice[];
}

export class ViewerSession {
  private pdf: PDFDocumentProxy | null = null;
  private abort: AbortController | null = null;
  /** The PDF's own text, and its scanned pages (mixed PDFs). */
  private textDoc: TextDocument | null = null;
  private scanned: number[] = [];

  constructor(
    private readonly source: string,
    private readonly deps: SessionDeps,
  ) {}

  async open(bytes: Uint8Array | Promise<Uint8Array>): Promise<void> {
    const { onPhase } = this.deps;
    try {
      onPhase({ kind: 'loading', page: 0, total: 0 });
      this.pdf = await this.deps.openPdf(await bytes);
      await this.deps.onPdf?.(this.pdf);
      const doc = await readPdfText(this.pdf, this.source, (page, total) => onPhase({ kind: 'loading', page, total }));
      if (looksImageOnly(doc, this.pdf.numPages)) {
        if (!doc.text.trim() && !(await this.deps.hasImages(this.pdf))) throw new ViewerError('empty', 'no text, no images');
        if (this.pdf.numPages <= AUTO_OCR_PAGES) return await this.runOcr();
        return onPhase({ kind: 'scanned', cancelled: false });
      }
      this.textDoc = doc;
      const blank = pagesWithoutText(doc, this.pdf.numPages);
      this.scanned = blank.length && (await this.deps.hasImages(this.pdf, blank)) ? blank : [];
      const notices = findNotices(doc, {}, this.deps.detect);
      // A letter whose text says nothing but has scanned pages (e.g. a typed cover sheet): read them at once.
      if (!notices.length && this.scanned.length && this.scanned.length <= AUTO_OCR_PAGES) return await this.runOcr();
      onPhase({ kind: 'ready', doc, notices, ocr: false, scannedPages: this.scanned });
    } catch (err) {
      this.fail(err);
    }
  }

  /**
   * Reads the scanned pages with the bundled OCR: every page of an image-only PDF, or the scanned pages of a
   * mixed one (added after its own text). cancel() stops it.
   */
  async runOcr(): Promise<void> {
    const pdf = this.pdf;
    if (!pdf) return;
    const { onPhase } = this.deps;
    const mixed = this.textDoc !== null && this.scanned.length > 0;
    const pages = mixed ? this.scanned : Array.from({ length: pdf.numPages }, (_, i) => i + 1);
    this.abort = new AbortController();
    const signal = this.abort.signal;
    onPhase({ kind: 'ocr', page: 0, total: pages.length, value: 0 });
    try {
      const texts = await this.deps.ocr(pdf, pages, (p) => onPhase({ kind: 'ocr', ...p }), signal);
      if (mixed) {
        const { doc, ocrFrom } = withOcrPages(this.textDoc!, pages, texts);
        this.scanned = [];
        onPhase({ kind: 'ready', doc, notices: findNotices(doc, { ocrFrom }, this.deps.detect), ocr: true, scannedPages: [] });
      } else {
        const doc = ocrTextDocument(texts, this.source);
        onPhase({ kind: 'ready', doc, notices: findNotices(doc, { ocr: true }, this.deps.detect), ocr: true, scannedPages: [] });
      }
    } catch (err) {
      if (signal.aborted) this.afterCancel();
      else this.fail(new ViewerError('ocr_failed', (err as Error)?.message));
    } finally {
      this.abort = null;
    }
  }

  /** After a cancelled OCR: back to the offer (image-only PDF) or to the PDF's own text (mixed PDF). */
  private afterCancel(): void {
    const { onPhase } = this.deps;
    if (!this.textDoc) return onPhase({ kind: 'scanned', cancelled: true });
    const doc = this.textDoc;
    onPhase({ kind: 'ready', doc, notices: findNotices(doc, {}, this.deps.detect), ocr: false, scannedPages: this.scanned });
  }

  cancel(): void {
    this.abort?.abort();
  }

  private fail(err: unknown): void {
    const code = classifyPdfError(err);
    if (!code) console.error('[ClaimClock] viewer failed', err);
    this.deps.onPhase({ kind: 'error', code: code ?? 'corrupt' });
  }

  destroy(): void {
    this.cancel();
    void this.pdf?.destroy();
    this.pdf = null;
  }
}
