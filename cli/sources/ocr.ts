// OCR for the CLI's --ocr flag: renders each PDF page with pdf.js's Node build onto @napi-rs/canvas (an
// optional dependency pdfjs-dist 5.6 brings along) and reads it with tesseract.js and the bundled eng/spa data.
// Fully offline: the worker, the wasm core and the language data all come from node_modules.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TextDocument } from '../../extract/text-document';
import { createOcrEngine, DEFAULT_OCR_LANGS } from '../../ocr/engine';
import { ocrTextDocument } from '../../viewer/text-doc';

export interface CliOcrOptions {
  langs?: string[];
  /** Render scale: 2 ≈ 144 dpi, enough for letters in 10-12 pt type. */
  scale?: number;
  onPage?: (page: number, pages: number) => void;
}

const require = createRequire(import.meta.url);

/** tesseract.js reads every language from one folder: link the bundled .traineddata.gz files into a temp one. */
function languageFolder(langs: string[]): { path: string; dispose: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'claimclock-ocr-'));
  for (const lang of langs) {
    const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    symlinkSync(join(pkg, '4.0.0_best_int', `${lang}.traineddata.gz`), join(path, `${lang}.traineddata.gz`));
  }
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}

/** Pages are rendered with at most this many pixels (about 144 dpi for a letter-size page is 2.0 MP). */
export const MAX_OCR_PIXELS = 16_000_000;

/** The render scale for a page of `width` × `height` points at scale 1: `wanted`, or less for a huge page. */
export function ocrScale(width: number, height: number, wanted = 2): number {
  const area = Math.max(1, width) * Math.max(1, height);
  return Math.min(wanted, Math.sqrt(MAX_OCR_PIXELS / area));
}

/** The text of every page, read by OCR. */
export async function ocrPdfPages(data: Uint8Array, options: CliOcrOptions = {}): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const langs = options.langs ?? DEFAULT_OCR_LANGS;
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  const folder = languageFolder(langs);
  const engine = await createOcrEngine({ langPath: folder.path }, { langs });
  try {
    const texts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      options.onPage?.(n, pdf.numPages);
      const page = await pdf.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: ocrScale(base.width, base.height, options.scale ?? 2) });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
      texts.push(await engine.recognize(canvas.toBuffer('image/png')));
      page.cleanup();
    }
    return texts;
  } finally {
    await engine.terminate();
    await pdf.destroy();
    folder.dispose();
  }
}

/** A TextDocument of the OCR text (one run per page), for detect(); dates from it should be marked uncertain. */
export async function ocrPdfToTextDocument(data: Uint8Array, source: string, options: CliOcrOptions = {}): Promise<TextDocument> {
  return ocrTextDocument(await ocrPdfPages(data, options), source);
}
