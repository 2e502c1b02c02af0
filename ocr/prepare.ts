// Which cleaning a page gets before recognition, and the recognition itself with a retry (issue 12, item 2).
// Shared by the CLI and the viewer: both render a page, hand its grey pixels here, and get back the text.
import { despeckle, encodePgm, estimateSkew, grayFromRgba, removeRules, resize, rotate, sauvola, threshold, type GrayImage } from './clean';
import type { OcrEngine, OcrPage, OcrPsm } from './engine';

interface DpiPage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  getViewport(p: { scale: number }): { width: number };
}

/**
 * The resolution in dpi of the widest image a page paints (a scan's or a fax's), or null when it paints none.
 * `paintImageXObject` is pdf.js's OPS code (the browser and Node builds each pass theirs); its arguments are
 * the image's id, width and height in pixels. The operator list is the one render() uses next, so it is cached.
 */
export async function imageDpi(page: DpiPage, paintImageXObject: number): Promise<number | null> {
  const list = await page.getOperatorList();
  const widthPt = page.getViewport({ scale: 1 }).width;
  let best: number | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    if (list.fnArray[i] !== paintImageXObject) continue;
    const w = (list.argsArray[i] as unknown[] | undefined)?.[1];
    if (typeof w === 'number' && w > 0 && widthPt > 0) best = Math.max(best ?? 0, (w * 72) / widthPt);
  }
  return best;
}

/** A page whose images are at most this many dpi is a fax-like low-resolution page. */
export const LOW_DPI = 150;

export interface CleanPlan {
  /** Render the page at this many dpi (a fax: its own resolution, pixel for pixel) instead of the caller's. */
  render?: number;
  /** Scale factor applied to the rendered grey page (1: none). */
  upscale: number;
  binarize: 'none' | 'sauvola' | 'threshold';
  rules: boolean;
  deskew: boolean;
  /** Clear lone specks and fill pinholes before anything else (a bilevel page rendered at its own resolution). */
  despeckle?: boolean;
}

export const NO_CLEANING: CleanPlan = { upscale: 1, binarize: 'none', rules: false, deskew: false };

/** Scans (and image pages of unknown resolution): straightened, table rules erased, left grey. */
export const SCAN_CLEANING: CleanPlan = { upscale: 1, binarize: 'none', rules: true, deskew: true };

/**
 * The cleaning a page gets, from its images' resolution (`imageDpi`, null when unknown) and the render's
 * (`renderDpi`): see docs/ocr.md for the measurements behind each choice.
 */
export function cleanPlan(imageDpi: number | null, renderDpi: number): CleanPlan {
  if (imageDpi !== null && imageDpi > 0 && imageDpi <= LOW_DPI && imageDpi < renderDpi) {
    // a fax: rendered pixel for pixel, then brought to the caller's resolution by bilinear interpolation (grey
    // edges). Better than letting pdf.js scale the image up, and than any upscale to 300 dpi (docs/ocr.md).
    const upscale = Math.min(3, renderDpi / imageDpi);
    return { ...NO_CLEANING, render: renderDpi / upscale, upscale };
  }
  return SCAN_CLEANING;
}

/** The page cleaned as `plan` says. */
export function cleanPage(gray: GrayImage, plan: CleanPlan, renderDpi: number): GrayImage {
  let img = gray;
  const dpi = renderDpi * plan.upscale;
  if (plan.despeckle) img = despeckle(threshold(img, 128));
  if (plan.upscale > 1.01) img = resize(img, plan.upscale);
  if (plan.deskew) {
    const angle = estimateSkew(img.width * img.height > 4_000_000 ? resize(img, 0.5) : img);
    if (angle) img = rotate(img, -angle);
  }
  const rules = { minRun: Math.round(dpi / 2) };
  if (plan.binarize === 'none') {
    // rules found on a binarised copy, erased from the grey page (which tesseract's LSTM reads best)
    if (plan.rules) img = eraseRules(img, sauvola(img, { window: Math.round(dpi / 5) | 1, k: 0.2 }), rules.minRun);
    return img;
  }
  img = plan.binarize === 'sauvola' ? sauvola(img, { window: Math.round(dpi / 5) | 1, k: 0.2 }) : threshold(img, 128);
  if (plan.rules) img = removeRules(img, rules).image;
  return img;
}

/** `gray` with the rule lines removeRules() finds on its bilevel copy `bin` painted white. */
function eraseRules(gray: GrayImage, bin: GrayImage, minRun: number): GrayImage {
  const { image, removed } = removeRules(bin, { minRun });
  if (!removed) return gray;
  const out = { width: gray.width, height: gray.height, data: gray.data.slice() };
  for (let i = 0; i < out.data.length; i++) if (bin.data[i] === 0 && image.data[i] === 255) out.data[i] = 255;
  return out;
}

export interface ReadOptions {
  /** A page read below this mean confidence is read again with `retryPsm`; the better reading is kept. */
  retryBelow?: number;
  retryPsm?: OcrPsm;
}

export const DEFAULT_READ: Required<ReadOptions> = { retryBelow: 0, retryPsm: '6' };

/** Reads one prepared page: automatic layout first, another segmentation mode when the confidence is low. */
export async function readPage(engine: Pick<OcrEngine, 'read'>, image: Uint8Array, options: ReadOptions = {}): Promise<OcrPage> {
  const { retryBelow, retryPsm } = { ...DEFAULT_READ, ...options };
  const first = await engine.read(image, '3');
  if (first.confidence >= retryBelow || !first.text.trim()) return first;
  const second = await engine.read(image, retryPsm);
  return second.confidence > first.confidence ? second : first;
}

/** RGBA pixels of a rendered page → cleaned → PGM bytes for tesseract. */
export function preparedPgm(rgba: ArrayLike<number>, width: number, height: number, plan: CleanPlan, renderDpi: number): Uint8Array {
  return encodePgm(cleanPage(grayFromRgba(rgba, width, height), plan, renderDpi));
}
