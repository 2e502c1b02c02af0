// The OCR date and wording repairs run in linear time on adversarial text (tests/support/linear-time.ts): every pattern in
// ocr/ocr-dates.ts has bounded separators, so text twice as long takes at most about twice as long.
import { describe, expect, it } from 'vitest';
import { normalizeOcrText } from '../../../ocr/normalize';
import { linearRatio } from '../../support/linear-time';

const NOW = new Date('2026-06-01T00:00:00Z');
const shapes: [string, (n: number) => string][] = [
  ['digit-like letters', (n) => 'OlSB'.repeat(n)],
  ['slashes read as 1 or 7', (n) => '0372172025 '.repeat(n)],
  ['dates without separators', (n) => '1/1/'.repeat(n)],
  ['") an" for Jan', (n) => ') an '.repeat(n)],
  ['"Jau" before digits', (n) => 'Jau 1 '.repeat(n)],
  ['month-like words before numbers', (n) => 'Novembr 12 2O26 '.repeat(n)],
  ['a run of spaces after a month word', (n) => `March${' '.repeat(n)}4`],
  ['near-misses of key wordings', (n) => 'Dare of servlce PROGF OF SERVICE L served qualified medicai '.repeat(n)],
  ['one very long word', (n) => 'a'.repeat(n)],
  ['words a space apart', (n) => 'of '.repeat(n)],
];

describe('OCR date and wording repairs run in linear time', () => {
  it.each(shapes)('%s', (_name, make) => {
    const r = linearRatio(make, (t) => normalizeOcrText(t, NOW), { n0: 256, maxN: 1 << 16, minMs: 10, capMs: 3000 });
    expect(r.ratio, `n=${r.n}: ${r.msAtN.toFixed(1)} ms → ${r.msAt2N.toFixed(1)} ms`).toBeLessThan(3);
  });
});
