// What a page gets before and around recognition (ocr/prepare.ts): its images' resolution, the cleaning plan,
// and the retry with another segmentation mode when the first reading's confidence is low.
import { describe, expect, it } from 'vitest';
import { grayImage } from '../../../ocr/clean';
import type { OcrPage, OcrPsm } from '../../../ocr/engine';
import { cleanPage, cleanPlan, imageDpi, NO_CLEANING, readPage, SCAN_CLEANING } from '../../../ocr/prepare';

const PAINT = 85;
const fakePage = (ops: [number, unknown[]][], widthPt = 612) => ({
  getOperatorList: async () => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) }),
  getViewport: ({ scale }: { scale: number }) => ({ width: widthPt * scale }),
});

describe('imageDpi', () => {
  it('is the widest image’s pixels per inch of page width', async () => {
    expect(await imageDpi(fakePage([[PAINT, ['img1', 1700, 2200]]]), PAINT)).toBeCloseTo(200);
    expect(await imageDpi(fakePage([[1, []], [PAINT, ['a', 850, 1100]], [PAINT, ['b', 300, 100]]]), PAINT)).toBeCloseTo(100);
  });
  it('is null for a page that paints no image', async () => {
    expect(await imageDpi(fakePage([[1, []]]), PAINT)).toBeNull();
  });
});

describe('cleanPage', () => {
  it('leaves a page alone with no cleaning, and upscales and binarises when asked', () => {
    const img = grayImage(100, 50, 200);
    expect(cleanPage(img, NO_CLEANING, 144)).toBe(img);
    const up = cleanPage(img, { upscale: 2, binarize: 'threshold', rules: true, deskew: true }, 144);
    expect([up.width, up.height]).toEqual([200, 100]);
    expect(up.data.every((v) => v === 255)).toBe(true);
  });
});

describe('cleanPage on a grey page', () => {
  it('erases a table rule from the grey pixels and keeps the grey text beside it', () => {
    const w = 400;
    const img = grayImage(w, 80, 240);
    for (let x = 10; x < 390; x++) img.data[40 * w + x] = img.data[41 * w + x] = 30; // the rule
    for (let y = 20; y < 35; y++) for (let x = 50; x < 53; x++) img.data[y * w + x] = 60; // a stroke above it
    const out = cleanPage(img, { upscale: 1, binarize: 'none', rules: true, deskew: false }, 144);
    expect(out.data[40 * w + 200]).toBe(255);
    expect(out.data[41 * w + 300]).toBe(255);
    expect(out.data[25 * w + 51]).toBe(60);
    expect(out.data[10 * w + 200]).toBe(240); // paper keeps its grey
  });
});

describe('readPage', () => {
  const engine = (readings: Record<string, OcrPage>) => {
    const calls: OcrPsm[] = [];
    return {
      calls,
      read: async (_image: unknown, psm: OcrPsm = '3') => {
        calls.push(psm);
        return readings[psm]!;
      },
    };
  };
  const page = (text: string, confidence: number, psm: OcrPsm): OcrPage => ({ text, confidence, psm });

  it('keeps a confident first reading without a retry', async () => {
    const e = engine({ '3': page('good', 88, '3') });
    expect(await readPage(e, new Uint8Array(), { retryBelow: 60 })).toEqual(page('good', 88, '3'));
    expect(e.calls).toEqual(['3']);
  });

  it('reads a doubtful page again with the retry mode and keeps the more confident reading', async () => {
    const better = engine({ '3': page('bad', 40, '3'), '6': page('better', 70, '6') });
    expect((await readPage(better, new Uint8Array(), { retryBelow: 60, retryPsm: '6' })).text).toBe('better');
    expect(better.calls).toEqual(['3', '6']);
    const worse = engine({ '3': page('bad', 40, '3'), '4': page('worse', 30, '4') });
    expect((await readPage(worse, new Uint8Array(), { retryBelow: 60, retryPsm: '4' })).text).toBe('bad');
  });
});

describe('cleanPlan', () => {
  it('straightens scans and erases their rules', () => {
    expect(cleanPlan(200, 144)).toEqual(SCAN_CLEANING);
    expect(cleanPlan(300, 144)).toEqual(SCAN_CLEANING);
    expect(cleanPlan(150, 144)).toEqual(SCAN_CLEANING);
    expect(cleanPlan(null, 144)).toEqual(SCAN_CLEANING);
  });

  it('renders a fax-resolution page pixel for pixel and interpolates it up to the render resolution', () => {
    const fax = cleanPlan(100, 144);
    expect(fax).toMatchObject({ ...NO_CLEANING, upscale: 1.44 });
    expect(fax.render).toBeCloseTo(100);
    expect(cleanPlan(36, 144)).toMatchObject({ upscale: 3, render: 48 }); // at most ×3
  });
});
