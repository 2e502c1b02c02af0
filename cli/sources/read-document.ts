// Node-only: reads a file from disk into a TextDocument for detect(). PDFs go through pdf.js's legacy build (no
// worker needed in Node) and the shared core's reading order; HTML keeps visible text only; .txt as is.
// Every expected failure is a DocumentError with a code the CLI turns into a plain message.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DocumentError } from '../../extract/errors';
import { htmlToTextDocument } from '../../extract/html-text';
import { pdfToTextDocument } from '../../extract/pdf-text';
import type { PdfDocumentLike } from '../../extract/pdfjs-types';
import { textDocumentFromString, type TextDocument } from '../../extract/text-document';

/** Larger files are refused: letters are small, and the CLI should not stall on a 2 GB scan. */
export const MAX_BYTES = 64 * 1024 * 1024;

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DocumentError('unreadable', `${path} is not a file`);
    if (info.size > MAX_BYTES) throw new DocumentError('too_large');
    return await readFile(path);
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    throw new DocumentError('unreadable', undefined, { cause: e });
  }
}

/** Maps pdf.js's exceptions to document errors. */
export function pdfError(e: unknown): DocumentError {
  const name = (e as { name?: string })?.name ?? '';
  if (name === 'PasswordException') return new DocumentError('encrypted', undefined, { cause: e });
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'MissingPDFException') {
    return new DocumentError('corrupt', undefined, { cause: e });
  }
  return new DocumentError('corrupt', undefined, { cause: e });
}

export async function pdfBytesToTextDocument(bytes: Uint8Array, source: string): Promise<TextDocument> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, disableFontFace: true }).promise;
  } catch (e) {
    throw pdfError(e);
  }
  try {
    const doc = await pdfToTextDocument(pdf as unknown as PdfDocumentLike, source);
    if (!doc.text.trim()) throw new DocumentError('no_text_layer');
    return doc;
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    throw pdfError(e);
  } finally {
    await pdf.destroy();
  }
}

/**
 * Text files as people save them: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, and
 * Windows-1252 when the bytes are not valid UTF-8. A file with NUL bytes and no UTF-16 mark is not text.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 4096);
  // UTF-16 without a mark: every other byte of ASCII text is 0
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  if (zeros > head.length * 0.3 && head.length >= 4) {
    const evenZeros = head.filter((b, i) => b === 0 && i % 2 === 0).length;
    return new TextDecoder(evenZeros > zeros / 2 ? 'utf-16be' : 'utf-16le').decode(bytes);
  }
  if (zeros > 0) throw new DocumentError('not_text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads a .pdf, .html/.htm or .txt file. Throws DocumentError. */
export async function readDocument(path: string): Promise<TextDocument> {
  const ext = extname(path).toLowerCase();
  if (!['.pdf', '.html', '.htm', '.txt', '.text'].includes(ext)) throw new DocumentError('unsupported');
  const bytes = await readBytes(path);
  if (ext === '.pdf') {
    if (!bytes.length) throw new DocumentError('empty');
    return pdfBytesToTextDocument(bytes, path);
  }
  const text = decodeText(bytes);
  const doc = ext === '.txt' || ext === '.text' ? textDocumentFromString(text, path) : htmlToTextDocument(text, path);
  if (!doc.text.trim()) throw new DocumentError('empty');
  return doc;
}
