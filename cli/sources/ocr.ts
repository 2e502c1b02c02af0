// OCR for the CLI's --ocr flag: renders each PDF page with pdf.js's Node build onto @napi-rs/canvas (an
// optional dependency pdfjs-dist 5.6 brings along) and reads it with tesseract.js and the bundled eng/spa data.
// Fully offline: the worker, the wasm core and the language data all come from node_modules.
// Pages are read in parallel by a pool of tesseract workers (one per core, see ocr/pool.ts), each page cleaned
// first as ocr/prepare.ts decides from its images' resolution.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TextDocument } from '../../extract/text-document';
import { createOcrEngine, DEFAULT_OCR_LANGS, type OcrPage } from '../../ocr/engine';
import { ocrPoolSize, runPool } from '../../ocr/pool';
import { cleanPlan, imageDpi, preparedPgm, readPage, type CleanPlan, type ReadOptions } from '../../ocr/prepare';
import { ocrTextDocument } from '../../viewer/text-doc';

export interface CliOcrOptions {
  langs?: string[];
  /** Render scale: 2 ≈ 144 dpi, enough for letters in 10-12 pt type. */
  scale?: number;
  /** A page is taken by a worker (1-based). */
  onPage?: (page: number, pages: number) => void;
  /** Workers: default one per core, at most MAX_OCR_WORKERS and the page count. */
  workers?: number;
  /** Cleaning: 'auto' (default) chooses per page from its images' resolution; or one plan for every page. */
  clean?: 'auto' | CleanPlan;
  read?: ReadOptions;
  signal?: AbortSignal;
  /** Each page's reading (0-based index), for measurement scripts: confidence, segmentation mode, cleaning. */
  onRead?: (index: number, page: OcrPage, plan: CleanPlan) => void;
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

/** The text of every page, read by OCR, in page order. */
export async function ocrPdfPages(data: Uint8Array, options: CliOcrOptions = {}): Promise<string[]> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const langs = options.langs ?? DEFAULT_OCR_LANGS;
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  const folder = languageFolder(langs);
  const pages = pdf.numPages;
  try {
    return await runPool({
      count: pages,
      size: options.workers ?? ocrPoolSize(pages, availableParallelism()),
      signal: options.signal,
      start: () => createOcrEngine({ langPath: folder.path }, { langs, signal: options.signal }),
      onStart: (index) => options.onPage?.(index + 1, pages),
      task: async (engine, index) => {
        const page = await pdf.getPage(index + 1);
        const base = page.getViewport({ scale: 1 });
        const wanted = ocrScale(base.width, base.height, options.scale ?? 2);
        const plan = options.clean && options.clean !== 'auto' ? options.clean : cleanPlan(await imageDpi(page, OPS.paintImageXObject), wanted * 72);
        const scale = plan.render ? Math.min(wanted, plan.render / 72) : wanted;
        const viewport = page.getViewport({ scale });
        const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
        const pgm = preparedPgm(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height, plan, scale * 72);
        canvas.width = canvas.height = 0; // the page's pixels are not needed past this point
        page.cleanup();
        const read = await readPage(engine, pgm, options.read);
        options.onRead?.(index, read, plan);
        return read.text;
      },
    });
  } finally {
    await pdf.destroy();
    folder.dispose();
  }
}

/** A TextDocument of the OCR text (one run per page), for detect(); dates from it should be marked uncertain. */
export async function ocrPdfToTextDocument(data: Uint8Array, source: string, options: CliOcrOptions = {}): Promise<TextDocument> {
  return ocrTextDocument(await ocrPdfPages(data, options), source);
}
