// Text files as people save them: UTF-8, UTF-16 with or without a byte-order mark, Windows-1252; binary is refused.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../cli/sources/read-document';
import { MAX_OCR_PIXELS, ocrScale } from '../../../cli/sources/ocr';
import { DocumentError } from '../../../extract';

const LINE = 'Fecha de envío: 3 de marzo de 2026 — Utilization Review';

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

describe('decodeText', () => {
  it('reads UTF-8, with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(LINE);
    expect(decodeText(bytes)).toBe(LINE);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(LINE);
  });

  it('reads UTF-16 little- and big-endian, with a byte-order mark or without one', () => {
    for (const le of [true, false]) for (const bom of [true, false]) expect(decodeText(utf16(LINE, le, bom)), `le=${le} bom=${bom}`).toBe(LINE);
  });

  it('reads Windows-1252 text that is not valid UTF-8', () => {
    expect(decodeText(new Uint8Array([0x46, 0x65, 0x63, 0x68, 0x61, 0x20, 0x64, 0x65, 0x20, 0x65, 0x6e, 0x76, 0xed, 0x6f]))).toBe('Fecha de envío');
  });

  it('refuses a binary file with a plain message instead of reading it as "no notice"', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeText(png)).toThrow(DocumentError);
    try {
      decodeText(png);
    } catch (e) {
      expect((e as DocumentError).code).toBe('not_text');
      expect((e as DocumentError).message).toMatch(/not text/);
    }
  });
});

describe('ocrScale', () => {
  it('keeps the usual scale for a letter-size page', () => {
    expect(ocrScale(612, 792)).toBe(2);
  });

  it('scales a huge page down so its render stays under the pixel cap', () => {
    const s = ocrScale(10_000, 10_000);
    expect(10_000 * s * 10_000 * s).toBeLessThanOrEqual(MAX_OCR_PIXELS + 1);
  });
});
