// The popup's reader for a PDF tab: the bytes the worker fetched (background/read-pdf-tab.ts) through the same pdf.js
// text and detection the viewer uses. Loaded on demand, so the popup stays small for ordinary pages.
import type { Notice } from '../model';

export async function readPdfNotices(base64: string, source: string): Promise<Notice[]> {
  const [{ openPdf }, { readPdfText, findNotices }] = await Promise.all([import('../viewer/pdfjs'), import('../viewer/core')]);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const pdf = await openPdf(bytes);
  try {
    return findNotices(await readPdfText(pdf, source));
  } finally {
    void pdf.destroy();
  }
}
