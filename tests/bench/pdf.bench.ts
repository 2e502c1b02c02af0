// PDF benchmark (run: npx tsx tests/bench/pdf.bench.ts [pages]): in one run, pages per second for
//  A. pdf.js text extraction alone (getTextContent on every page), and
//  B. the viewer's path: the shared core's PDF → TextDocument, then detect(),
// on the same generated PDF, alternating A and B over several rounds; then OCR seconds per page on a scan.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ocrPdfPages } from '../../cli/sources/ocr';
import { detect } from '../../extract';
import { pdfToTextDocument } from '../../extract/pdf-text';
import { longPdf, scannedLetterPdf } from '../e2e/viewer-support';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

async function extractOnly(bytes: Uint8Array): Promise<number> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  let chars = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const { items } = await (await pdf.getPage(n)).getTextContent();
    for (const item of items) if ('str' in item) chars += item.str.length;
  }
  await pdf.destroy();
  return chars;
}

async function extractAndDetect(bytes: Uint8Array): Promise<number> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const doc = await pdfToTextDocument(pdf as never, 'bench.pdf');
  const notices = detect(doc);
  await pdf.destroy();
  return notices.length;
}

export interface PdfBenchResult {
  pages: number;
  rounds: number;
  extractOnlyPagesPerSecond: number;
  extractAndDetectPagesPerSecond: number;
  ocrPages: number;
  ocrSecondsPerPage: number;
  ocrLangs: string;
}

export async function runPdfBench(pages = 200, rounds = 3, ocrPages = 2): Promise<PdfBenchResult> {
  const bytes = await longPdf(pages);
  await extractOnly(bytes); // warm-up: module init, font parsing code paths
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(await timeIt(() => extractOnly(bytes)));
    b.push(await timeIt(() => extractAndDetect(bytes)));
  }
  const { PDFDocument } = await import('pdf-lib');
  const one = await PDFDocument.load(await scannedLetterPdf());
  const scan = await PDFDocument.create();
  for (let i = 0; i < ocrPages; i++) scan.addPage((await scan.copyPages(one, [0]))[0]!);
  const scanBytes = await scan.save();
  // Includes starting the worker and loading eng+spa once: what a user waits for on a fresh scan.
  const ocr = await timeIt(() => ocrPdfPages(scanBytes));
  return {
    pages,
    rounds,
    extractOnlyPagesPerSecond: Math.round(pages / median(a)),
    extractAndDetectPagesPerSecond: Math.round(pages / median(b)),
    ocrPages,
    ocrSecondsPerPage: Number((ocr / ocrPages).toFixed(2)),
    ocrLangs: 'eng+spa',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = Number(process.argv[2] ?? 200);
  console.log(JSON.stringify(await runPdfBench(pages), null, 2));
}
