// Test PDFs for the viewer tests, generated on the fly: a text UR denial letter, the same letter as a scanned
// image (drawn with @napi-rs/canvas, embedded with pdf-lib), a corrupt file, and a long document.
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const UR_DENIAL_LINES = [
  'Acme Claims Administrators, Inc.',
  'UTILIZATION REVIEW DETERMINATION',
  'Date: March 2, 2026',
  'Claim Number: WC-2026-04417',
  'Employee: Maria Lopez',
  '',
  'Dear Ms. Lopez,',
  'Your physician requested authorization for lumbar spine MRI.',
  'After utilization review, the request is DENIED (non-certified).',
  'If you disagree with this decision, you may request Independent',
  'Medical Review (IMR) by filing the enclosed Application for IMR',
  '(DWC Form IMR) within 30 days of service of this decision.',
  '',
  'PROOF OF SERVICE',
  'I declare that on March 4, 2026 I served this decision by mail',
  'to the employee at the address of record.',
];

/** A one-page text PDF of a UR denial letter. */
export async function textLetterPdf(lines: string[] = UR_DENIAL_LINES): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  lines.forEach((line, i) => page.drawText(line, { x: 60, y: 720 - i * 20, size: 12, font }));
  return doc.save();
}

/** The letter as a PNG image of the page (what a scanner produces), 200 dpi. */
export function letterPng(lines: string[] = UR_DENIAL_LINES): Buffer {
  const scale = 200 / 72;
  const canvas = createCanvas(Math.round(612 * scale), Math.round(792 * scale));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111';
  ctx.font = `${Math.round(12 * scale)}px sans-serif`;
  lines.forEach((line, i) => ctx.fillText(line, 60 * scale, (72 + i * 20) * scale));
  return canvas.toBuffer('image/png');
}

/** An image-only PDF: one page that is a single embedded PNG, no text layer. */
export async function scannedLetterPdf(lines: string[] = UR_DENIAL_LINES): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(letterPng(lines));
  const page = doc.addPage([612, 792]);
  page.drawImage(png, { x: 0, y: 0, width: 612, height: 792 });
  return doc.save();
}

/** A scan of several pages: each page an image of its lines, no text layer (the viewer's OCR pool reads them in parallel). */
export async function scannedPagesPdf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const lines of pages) {
    const png = await doc.embedPng(letterPng(lines));
    doc.addPage([612, 792]).drawImage(png, { x: 0, y: 0, width: 612, height: 792 });
  }
  return doc.save();
}

/** Starts like a PDF, then garbage: pdf.js cannot find any structure in it. */
export function corruptPdf(): Uint8Array {
  const junk = 'this is not really a pdf object stream '.repeat(200);
  return new TextEncoder().encode(`%PDF-1.7\n${junk}\n%%EOF\n`);
}

/** A long text PDF: the letter on the last page after `pages - 1` filler pages. */
export async function longPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n < pages; n++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`Medical record page ${n}. Patient seen for follow-up; no changes.`, { x: 60, y: 720, size: 12, font });
  }
  const last = doc.addPage([612, 792]);
  UR_DENIAL_LINES.forEach((line, i) => last.drawText(line, { x: 60, y: 720 - i * 20, size: 12, font }));
  return doc.save();
}

/** A PDF protected by a user password (standard security handler, RC4 40-bit; the password is unknown). */
export async function encryptedPdf(): Promise<Uint8Array> {
  const { PDFHexString } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const encrypt = ctx.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    O: PDFHexString.of('11'.repeat(32)),
    U: PDFHexString.of('22'.repeat(32)),
    P: -4,
  });
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of('33'.repeat(16)), PDFHexString.of('33'.repeat(16))]);
  return doc.save({ useObjectStreams: false });
}

/** A structurally valid PDF without a single page. */
export async function emptyPdf(): Promise<Uint8Array> {
  return (await PDFDocument.create()).save();
}
