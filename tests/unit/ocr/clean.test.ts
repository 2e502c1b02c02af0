// Image cleaning before OCR (ocr/clean.ts) on small synthetic pages: 0 is ink, 255 paper.
import { describe, expect, it } from 'vitest';
import {
  despeckle,
  encodePgm,
  estimateSkew,
  grayFromRgba,
  grayImage,
  integralImages,
  removeRules,
  resize,
  rotate,
  sauvola,
  threshold,
  type GrayImage,
} from '../../../ocr/clean';

const at = (img: GrayImage, x: number, y: number) => img.data[y * img.width + x]!;
function rect(img: GrayImage, x0: number, y0: number, w: number, h: number, v = 0) {
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) img.data[y * img.width + x] = v;
}
const inkCount = (img: GrayImage) => img.data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);

/** Rows of "words" (short dark bars with gaps), like lines of text, tilted by `degrees` (positive: falling right). */
function textLines(w: number, h: number, degrees: number): GrayImage {
  const img = grayImage(w, h);
  const t = Math.tan((degrees * Math.PI) / 180);
  for (let line = 40; line < h - 40; line += 30) {
    for (let x = 20; x < w - 20; x++) {
      if (x % 14 > 9) continue; // gaps between letters
      const y0 = Math.round(line + (x - w / 2) * t);
      for (let y = y0; y < y0 + 10; y++) if (y >= 0 && y < h) img.data[y * w + x] = 0;
    }
  }
  return img;
}

describe('grayFromRgba', () => {
  it('weights red, green and blue as luma and drops alpha', () => {
    const g = grayFromRgba([255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255, 0, 255, 0, 0], 4, 1);
    expect([...g.data]).toEqual([255, 0, 76, 149]);
  });
});

describe('resize', () => {
  it('scales the size and keeps flat areas flat', () => {
    const img = grayImage(10, 6, 200);
    const big = resize(img, 3);
    expect([big.width, big.height]).toEqual([30, 18]);
    expect(big.data.every((v) => v === 200)).toBe(true);
  });

  it('interpolates between pixels (an edge becomes a ramp) and keeps its place', () => {
    const img = grayImage(4, 1, 255);
    img.data[0] = img.data[1] = 0;
    const big = resize(img, 2);
    expect([big.width, big.height]).toEqual([8, 2]);
    expect([...big.data.slice(0, 8)]).toEqual([0, 0, 0, 64, 191, 255, 255, 255]);
  });
});

describe('sauvola', () => {
  it('keeps text on a background that darkens across the page, where a fixed threshold loses it', () => {
    const w = 120;
    const img = grayImage(w, 40);
    for (let y = 0; y < 40; y++) for (let x = 0; x < w; x++) img.data[y * w + x] = 250 - x; // 250 → 131
    rect(img, 10, 15, 3, 10, 150); // dark on the light side
    rect(img, 100, 15, 3, 10, 40); // dark on the dark side
    const fixed = threshold(img, 100);
    expect(at(fixed, 11, 20)).toBe(255); // lost by a global threshold low enough for the dark side's paper
    const bin = sauvola(img, { window: 15, k: 0.2 });
    expect(at(bin, 11, 20)).toBe(0);
    expect(at(bin, 101, 20)).toBe(0);
    expect(at(bin, 60, 5)).toBe(255); // paper stays paper, light or dark
    expect(at(bin, 115, 35)).toBe(255);
    expect(new Set(bin.data)).toEqual(new Set([0, 255]));
  });

  it('gives what the summed-area tables give for every window, borders included', () => {
    const w = 37;
    const h = 23;
    const img = grayImage(w, h);
    let seed = 7;
    for (let i = 0; i < img.data.length; i++) img.data[i] = (seed = (seed * 1103515245 + 12345) % 2147483648) % 256;
    const { sum, squares } = integralImages(img);
    const half = 4;
    const W = w + 1;
    const bin = sauvola(img, { window: 2 * half + 1, k: 0.3 });
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const [x0, x1, y0, y1] = [Math.max(0, x - half), Math.min(w, x + half + 1), Math.max(0, y - half), Math.min(h, y + half + 1)];
        const n = (x1 - x0) * (y1 - y0);
        const box = (t: Float64Array) => t[y1 * W + x1]! - t[y0 * W + x1]! - t[y1 * W + x0]! + t[y0 * W + x0]!;
        const mean = box(sum) / n;
        const sd = Math.sqrt(Math.max(0, box(squares) / n - mean * mean));
        expect(at(bin, x, y)).toBe(at(img, x, y) < mean * (1 + 0.3 * (sd / 128 - 1)) ? 0 : 255);
      }
    }
  });
});

describe('despeckle', () => {
  it('clears lone specks and fills pinholes, and leaves strokes alone', () => {
    const img = grayImage(20, 20);
    img.data[3 * 20 + 3] = 0; // a speck
    rect(img, 10, 5, 3, 10); // a stroke
    img.data[9 * 20 + 11] = 255; // a pinhole inside it
    const out = despeckle(img);
    expect(at(out, 3, 3)).toBe(255);
    expect(at(out, 11, 9)).toBe(0);
    expect(inkCount(out)).toBe(30);
  });
});

describe('removeRules', () => {
  it('removes a long thin rule and keeps the strokes that crossed it, short runs and solid blocks', () => {
    const img = grayImage(300, 60);
    rect(img, 10, 30, 280, 2); // a table rule, 2 px thick
    rect(img, 50, 20, 3, 22); // a letter's stem crossing it
    rect(img, 100, 10, 40, 2); // a short underline: not a rule
    rect(img, 200, 40, 90, 15); // a solid block: too thick to be a rule
    const { image, removed } = removeRules(img, { minRun: 100, maxThickness: 3 });
    expect(at(image, 20, 30)).toBe(255);
    expect(at(image, 280, 31)).toBe(255);
    expect(at(image, 51, 25)).toBe(0); // stem above the rule
    expect(at(image, 51, 38)).toBe(0); // and below
    expect(at(image, 120, 10)).toBe(0);
    expect(at(image, 250, 47)).toBe(0);
    expect(removed).toBeGreaterThanOrEqual(2 * 280 - 2 * 3 - 40);
  });

  it('removes vertical rules (a box edge) as well', () => {
    const img = grayImage(60, 300);
    rect(img, 30, 10, 2, 280);
    rect(img, 20, 100, 25, 3); // a dash crossing it
    const { image } = removeRules(img, { minRun: 100, maxThickness: 3 });
    expect(at(image, 30, 50)).toBe(255);
    expect(at(image, 22, 101)).toBe(0);
  });

  it('leaves a page without rules unchanged', () => {
    const img = textLines(200, 200, 0);
    const { image, removed } = removeRules(img, { minRun: 100 });
    expect(removed).toBe(0);
    expect(image.data).toEqual(img.data);
  });
});

describe('estimateSkew and rotate', () => {
  it('finds the tilt of lines of text within a tenth of a degree, either way', () => {
    for (const degrees of [1.5, -0.8, 2.6, 0]) {
      expect(Math.abs(estimateSkew(textLines(600, 400, degrees)) - degrees)).toBeLessThanOrEqual(0.11);
    }
  });

  it('a page rotated by minus its skew reads as straight', () => {
    const page = textLines(600, 400, 1.5);
    const straight = threshold(rotate(page, -estimateSkew(page)));
    expect(Math.abs(estimateSkew(straight))).toBeLessThanOrEqual(0.11);
  });

  it('says 0 for a blank page', () => {
    expect(estimateSkew(grayImage(100, 100))).toBe(0);
  });

  it('rotate keeps the size and fills the corners with paper', () => {
    const img = grayImage(50, 30, 0);
    const r = rotate(img, 3);
    expect([r.width, r.height]).toEqual([50, 30]);
    expect(at(r, 0, 0)).toBe(255);
    expect(at(r, 25, 15)).toBe(0);
  });
});

describe('encodePgm', () => {
  it('writes a binary PGM header and the pixels', () => {
    const img = grayImage(3, 2, 7);
    const pgm = encodePgm(img);
    const head = 'P5\n3 2\n255\n';
    expect(new TextDecoder().decode(pgm.slice(0, head.length))).toBe(head);
    expect([...pgm.slice(head.length)]).toEqual([7, 7, 7, 7, 7, 7]);
  });
});

describe('linear time', () => {
  it('cleans a 4 MP page in well under the time recognition takes', () => {
    const page = textLines(2000, 2000, 1);
    const t0 = performance.now();
    const bin = sauvola(page, { window: 41 });
    removeRules(bin, { minRun: 150 });
    estimateSkew(bin);
    rotate(bin, -1);
    resize(bin, 1.5);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
