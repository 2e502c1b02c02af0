// The viewer's bridge to the shared core: PDF → TextDocument → detect(). Deadlines come from app/deadlines.ts.
import { detect, type DetectOptions, type TextDocument } from '../extract';
import { pdfToTextDocument } from '../extract/pdf-text';
import type { Notice } from '../model';
import { OCR_DATE_NOTE, markOcrDates } from '../ocr/uncertain-dates';

/** The part of pdf.js's document the text reader needs. */
export interface PdfLike {
  numPages: number;
  getPage(n: number): Promise<unknown>;
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads the PDF's text through the shared core, reporting pages read and yielding to the browser between
 * pages so a 500-page PDF never freezes the tab.
 */
export async function readPdfText(
  pdf: PdfLike,
  source: string,
  onPage: (page: number, total: number) => void = () => {},
): Promise<TextDocument> {
  const getPage = async (n: number) => {
    await yieldToBrowser();
    onPage(n, pdf.numPages);
    return pdf.getPage(n);
  };
  // The same document with getPage() reporting progress; everything else passes through unchanged.
  const reporting = new Proxy(pdf, {
    get(target, prop) {
      if (prop === 'getPage') return getPage;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return pdfToTextDocument(reporting as never, source);
}

export { OCR_DATE_NOTE };

/** How long detection may hold the viewer's page: longer, and it stops and says the PDF is too large to read. */
export const VIEWER_DETECT_BUDGET_MS = 3000;

/**
 * Runs detection. Dates read by OCR are marked uncertain in dateNotes: all of them with `ocr`, or, for a PDF
 * whose scanned pages were added after its own text, those whose evidence starts at or after `ocrFrom`.
 * Throws DocumentError('over_budget') when detection overruns VIEWER_DETECT_BUDGET_MS.
 */
export function findNotices(
  doc: TextDocument,
  opts: { ocr?: boolean; ocrFrom?: number } = {},
  detectFn: (doc: TextDocument, options?: DetectOptions) => Notice[] = detect,
): Notice[] {
  const notices = detectFn(doc, { budgetMs: VIEWER_DETECT_BUDGET_MS });
  const from = opts.ocr ? 0 : opts.ocrFrom;
  return from === undefined ? notices : markOcrDates(notices, from);
}

