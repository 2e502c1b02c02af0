// The scanned corpus (issue 12, item 5): `npx tsx scripts/make-scans.ts [count]` rasterises a sample of the fixture
// letter PDFs (tests/fixtures/docs and the committed batches) and writes, per letter, into tests/fixtures/scanned/out/
// (git-ignored):
// - <name>.text.pdf: the text PDF as rendered for the corpus;
// - <name>.scan.pdf: an image-only PDF, 200 dpi grayscale JPEG, rotated 0.5–1.5°, with sensor noise;
// - <name>.fax.pdf: an image-only PDF, 100 dpi bilevel (threshold with noise and specks), rotated up to 1°;
// and manifest.json with each letter's truth. Everything is seeded by the file name: the same input gives the same
// pages. The scans are what `claimclock scan --ocr` reads (an image-only PDF has no text layer).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import type { Batch } from '../tests/fixtures/batch';
import { renderLetter } from '../tests/fixtures/letters/layout';
import { DOCS_DIR } from '../tests/fixtures/make-fixtures';
import { BATCHES_DIR } from '../tests/fixtures/score';
import { TRUTH, type Truth } from '../tests/fixtures/truth';

export const SCANS_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'scanned', 'out');
export const VARIANTS = ['scan', 'fax'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface ScannedLetter {
  name: string; // file name without .pdf
  set: string;
  pages: number;
  truth: Truth;
}

/** mulberry32: a small seeded generator, so every run makes the same pages. */
export function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normal deviate (Box–Muller) from a uniform generator. */
const gaussian = (rnd: () => number) => Math.sqrt(-2 * Math.log(rnd() || 1e-9)) * Math.cos(2 * Math.PI * rnd());

interface Source {
  name: string;
  set: string;
  truth: Truth;
  bytes: () => Promise<Uint8Array>;
}

async function sources(): Promise<Source[]> {
  const out: Source[] = [];
  for (const [file, truth] of Object.entries(TRUTH)) {
    if (!file.endsWith('.pdf') || !truth.notices.length) continue;
    out.push({ name: file.replace(/\.pdf$/, ''), set: truth.set ?? 'development', truth, bytes: async () => new Uint8Array(await readFile(join(DOCS_DIR, file))) });
  }
  for (const id of ['b07', 'b08', 'b09', 'b10', 'b11', 'b12', 'b13']) {
    const { batch } = (await import(pathToFileURL(join(BATCHES_DIR, id, 'index.ts')).href)) as { batch: Batch };
    for (const letter of batch.letters) {
      const truth = batch.truth[letter.file];
      if (!truth?.notices.length) continue;
      out.push({ name: letter.file.replace(/\.pdf$/, ''), set: batch.id, truth, bytes: () => renderLetter(letter) });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** `count` letters, round-robin over the notice kinds so that every kind is in the sample; seeded order. */
export function pick<T extends { name: string; truth: Truth }>(all: T[], count: number): T[] {
  const byKind = new Map<string, T[]>();
  for (const s of all) {
    const kind = s.truth.notices[0]!.kind;
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind)!.push(s);
  }
  for (const list of byKind.values()) {
    const rnd = seeded(list.map((s) => s.name).join());
    list.sort((a, b) => a.name.localeCompare(b.name));
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  }
  const kinds = [...byKind.keys()].sort();
  const out: T[] = [];
  for (let round = 0; out.length < count && kinds.some((k) => byKind.get(k)!.length > round); round++) {
    for (const k of kinds) if (out.length < count && byKind.get(k)![round]) out.push(byKind.get(k)![round]!);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

const require = createRequire(import.meta.url);
const STANDARD_FONTS = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

/** Renders every page of a PDF at `dpi` onto a white canvas. */
async function rasterise(bytes: Uint8Array, dpi: number): Promise<{ canvas: Canvas; width: number; height: number }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0, standardFontDataUrl: STANDARD_FONTS }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
      pages.push({ canvas, width: base.width, height: base.height });
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** The page turned by `degrees` about its centre on white, as the sheet sat slightly askew on the glass. */
function rotated(src: Canvas, degrees: number): Canvas {
  const out = createCanvas(src.width, src.height);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(src, -src.width / 2, -src.height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0); // getImageData / putImageData below work in page pixels
  return out;
}

const signedAngle = (rnd: () => number, min: number, max: number) => (rnd() < 0.5 ? -1 : 1) * (min + rnd() * (max - min));

/** 200 dpi office scan: skew, grey paper, a little blur of contrast, Gaussian noise, JPEG at quality 60. */
async function officeScan(page: Canvas, rnd: () => number): Promise<Uint8Array> {
  const c = rotated(page, signedAngle(rnd, 0.5, 1.5));
  const ctx = c.getContext('2d');
  const img = ctx.getImageData(0, 0, c.width, c.height);
  const d = img.data;
  const paper = 235 + rnd() * 12;
  const ink = 25 + rnd() * 30;
  for (let i = 0; i < d.length; i += 4) {
    const grey = (d[i]! * 0.299 + d[i + 1]! * 0.587 + d[i + 2]! * 0.114) / 255;
    const v = Math.max(0, Math.min(255, ink + (paper - ink) * grey + gaussian(rnd) * 9));
    d[i] = d[i + 1] = d[i + 2] = v;
  }
  ctx.putImageData(img, 0, 0);
  return new Uint8Array(await c.encode('jpeg', 60));
}

/** 100 dpi fax: skew, a noisy threshold (ragged strokes), black specks, bilevel PNG. */
async function faxPage(page: Canvas, rnd: () => number): Promise<Uint8Array> {
  const c = rotated(page, signedAngle(rnd, 0.2, 1));
  const ctx = c.getContext('2d');
  const img = ctx.getImageData(0, 0, c.width, c.height);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const grey = d[i]! * 0.299 + d[i + 1]! * 0.587 + d[i + 2]! * 0.114;
    let black = grey + gaussian(rnd) * 16 < 150;
    if (rnd() < 0.0004) black = !black; // specks and dropouts
    d[i] = d[i + 1] = d[i + 2] = black ? 0 : 255;
  }
  ctx.putImageData(img, 0, 0);
  return new Uint8Array(c.toBuffer('image/png'));
}

/** An image-only PDF: one image per page, filling a page of the original's size. */
async function imagePdf(images: { bytes: Uint8Array; width: number; height: number; jpeg: boolean }[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const im of images) {
    const embedded = im.jpeg ? await doc.embedJpg(im.bytes) : await doc.embedPng(im.bytes);
    doc.addPage([im.width, im.height]).drawImage(embedded, { x: 0, y: 0, width: im.width, height: im.height });
  }
  return doc.save();
}

export async function makeScans(count = 16, dir = SCANS_DIR): Promise<ScannedLetter[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const letters: ScannedLetter[] = [];
  for (const s of pick(await sources(), count)) {
    const bytes = await s.bytes();
    await writeFile(join(dir, `${s.name}.text.pdf`), bytes);
    const rnd = seeded(s.name);
    const scans = await rasterise(bytes, 200);
    const scanImages = [];
    for (const p of scans) scanImages.push({ bytes: await officeScan(p.canvas, rnd), width: p.width, height: p.height, jpeg: true });
    await writeFile(join(dir, `${s.name}.scan.pdf`), await imagePdf(scanImages));
    const faxes = await rasterise(bytes, 100);
    const faxImages = [];
    for (const p of faxes) faxImages.push({ bytes: await faxPage(p.canvas, rnd), width: p.width, height: p.height, jpeg: false });
    await writeFile(join(dir, `${s.name}.fax.pdf`), await imagePdf(faxImages));
    letters.push({ name: s.name, set: s.set, pages: scans.length, truth: s.truth });
    console.log(`${s.name}: ${scans.length} page(s)`);
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(letters, null, 2) + '\n');
  return letters;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 16);
  const letters = await makeScans(count);
  console.log(`${letters.length} letters, ${letters.reduce((a, l) => a + l.pages, 0)} pages each as scan and fax, in ${SCANS_DIR}`);
}
