// npm run bench: every benchmark in one run, printed as Markdown (pass --write to also write
// docs/benchmarks.md). Sections that need something missing (a build, Chromium, OCR data) say what to do and
// the others still run. Benchmarks are not tests: nothing here fails on a timing.
//  1. text → notices: detect() against chrono-node on the corpus text (extract.bench.ts)
//  2. corpus accuracy table (accuracy.ts; the same numbers as docs/extraction.md)
//  3. PDF: pdf.js extraction alone vs the shared core's reading order + detect(), and OCR (pdf.bench.ts)
//  4. content script in headless Chromium and bundle sizes (content.bench.ts; needs `npx wxt build`)
//  5. the page-side scan steps against the TreeWalker floor, and the probe's check (dom.bench.ts)
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const args = new Set(process.argv.slice(2));

function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // not Linux: keep os.cpus()
  }
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${cpus().length} CPU(s) (nproc), ${model}`,
    `- Node ${process.version} on ${process.platform}/${process.arch}`,
  ].join('\n');
}

async function section(title: string, body: () => Promise<string>): Promise<string> {
  process.stderr.write(`bench: ${title}…\n`);
  try {
    return `## ${title}\n\n${await body()}\n`;
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    process.stderr.write(`bench: ${title} skipped: ${message}\n`);
    return `## ${title}\n\nSkipped: ${message}\n`;
  }
}

const INTRO = `Written by \`npm run bench -- --write\` (tests/bench/run.ts); \`npm run bench\` alone only prints. The content
section needs the built extension (\`npx wxt build\`) and Chromium, and says so when either is missing. These
are single runs on a shared machine: expect ±20% between runs. Nothing here is a test: no timing is asserted.

What is compared: \`detect()\` does the whole job (which notice, its outcome, every date labelled by role, facts
and evidence offsets); chrono-node only finds dates and times, with no idea which one starts a clock. They get the
same strings, already extracted from the PDF/HTML/text files, so file reading is not in either timing.`;

const parts: string[] = ['# Benchmarks', '', INTRO, '', machine(), ''];

parts.push(
  await section('Text → notices (detect) vs chrono-node', async () => {
    const { runExtractBench, extractBenchMarkdown } = await import('./extract.bench');
    return extractBenchMarkdown(await runExtractBench());
  }),
);

parts.push(
  await section('Accuracy on the fixture corpus', async () => {
    const { runAccuracy, accuracyMarkdown } = await import('./accuracy');
    return accuracyMarkdown(await runAccuracy());
  }),
);

parts.push(
  await section('PDF: extraction, reading order + detect, OCR', async () => {
    const { runPdfBench } = await import('./pdf.bench');
    const pages = Number(process.env.BENCH_PDF_PAGES ?? 200);
    const r = await runPdfBench(pages, 3, args.has('--no-ocr') ? 0 : 2);
    return [
      `A ${r.pages}-page generated letter PDF, median of ${r.rounds} rounds.`,
      '',
      '| step | pages per second |',
      '|---|---|',
      `| pdf.js getTextContent() alone | ${r.extractOnlyPagesPerSecond} |`,
      `| pdf.js + reading order (pdfToTextDocument) + detect() | ${r.extractAndDetectPagesPerSecond} |`,
      '',
      r.ocrPages ? `OCR (${r.ocrLangs}, tesseract.js, offline): ${r.ocrSecondsPerPage} s per page over ${r.ocrPages} scanned pages, worker start-up included.` : 'OCR skipped (--no-ocr).',
      '',
      'Scanned and faxed letters (issue 12) are timed by `npx tsx scripts/score-scans.ts` on the scanned corpus, through the',
      "CLI's `--ocr` path, with peak memory; its last results are in docs/ocr.md (2026-12-02: 3.3 s a page and 652 MB peak",
      'for 20 pages of 200 dpi scans, 3.1 s and 562 MB for 20 pages of 100 dpi fax).',
    ].join('\n');
  }),
);

parts.push(
  await section('Content script in Chromium, bundle sizes', async () => {
    const { CHROMIUM, EXTENSION_DIR } = await import('../e2e/harness');
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first (about 5 s), then npm run bench again`);
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
    const { runContentBench, contentBenchMarkdown } = await import('./content.bench');
    return contentBenchMarkdown(await runContentBench());
  }),
);

parts.push(
  await section('Scan steps inside the page against the floor', async () => {
    const { CHROMIUM } = await import('../e2e/harness');
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
    const { runDomBench, domBenchMarkdown } = await import('./dom.bench');
    return [
      'The same pages in plain headless Chromium (no extension): the floor is a TreeWalker that only collects the text of',
      "every Text node; the DOM read is sources/dom.ts (visible text, blocks, cells, anchors for highlights); the probe",
      "check is page/probe.ts's pageText() and the word test. Issue 13's targets: read ≤ 3 × the floor, read + detect",
      'under 16 ms on the 200 KB page, the probe under 1 ms on the non-matching page. "first" is the first run in a',
      'fresh page (the scanner is injected fresh on every page), "warm" the median of 10 more. Since 2026-12-02 the',
      "page only reads: detect() runs in the worker ('detect-page'), where it stays loaded between pages, so its column",
      'here is what the same text costs in a page, for comparison; "scan inside the page" above includes the round trip.',
      '',
      domBenchMarkdown(await runDomBench()),
    ].join('\n');
  }),
);

const markdown = parts.join('\n');
console.log(markdown);
if (args.has('--write')) {
  await writeFile(join(ROOT, 'docs/benchmarks.md'), markdown);
  process.stderr.write('bench: wrote docs/benchmarks.md\n');
}
process.exit(0); // the OCR worker or Chromium helpers must not keep the process alive
