// Does a PDF draw any image? Tells a scan (images, no text: OCR it) from an empty PDF (nothing at all).
// `ops` is pdf.js's OPS table, passed in so the browser and Node builds can both use this.

interface PageOps {
  getOperatorList(): Promise<{ fnArray: number[] }>;
}
interface PdfOps {
  numPages: number;
  getPage(n: number): Promise<unknown>;
}

const IMAGE_OPS = [
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat',
  'paintInlineImageXObjectGroup',
  'paintImageMaskXObjectGroup',
] as const;

/** True when any of `pages` (default: the first three) paints an image. */
export async function pdfHasImages(pdf: PdfOps, ops: Record<string, number>, pages?: number[]): Promise<boolean> {
  const wanted = new Set(IMAGE_OPS.map((name) => ops[name]).filter((v): v is number => v !== undefined));
  const list = pages ?? [1, 2, 3].filter((n) => n <= pdf.numPages);
  for (const n of list) {
    const page = (await pdf.getPage(n)) as PageOps;
    const { fnArray } = await page.getOperatorList();
    if (fnArray.some((fn) => wanted.has(fn))) return true;
  }
  return false;
}
