// Cleans up OCR text before detection: fixes tesseract's usual misreadings in typed letters.

/** A lone vertical bar between spaces is almost always a capital I ("| served this decision"). */
const LONE_BAR = /(^|[ \t])\|(?=[ \t]|$)/gm;

export function normalizeOcrText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(LONE_BAR, '$1I')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
