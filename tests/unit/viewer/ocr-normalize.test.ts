import { describe, expect, it } from 'vitest';
import { normalizeOcrText } from '../../../ocr/normalize';

describe('normalizeOcrText', () => {
  it('reads a lone bar as the capital I tesseract mistook it for', () => {
    expect(normalizeOcrText('| declare that on March 4, 2026 | served this')).toBe('I declare that on March 4, 2026 I served this');
  });
  it('keeps bars that are part of something else', () => {
    expect(normalizeOcrText('a||b x|y |z')).toBe('a||b x|y |z');
  });
  it('straightens quotes, trims line ends and collapses blank runs', () => {
    expect(normalizeOcrText('“Denied” – it’s final   \r\n\n\n\nNext')).toBe('"Denied" – it\'s final\n\nNext');
  });
});
