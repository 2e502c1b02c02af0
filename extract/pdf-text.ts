// pdf.js text items → TextDocument in reading order: items sorted into lines (y, then x), two-column blocks read
// column by column, header and footer lines kept in place (a date in a running header still counts), and one run
// per item with its page and item index so the viewer can highlight it. Per-page text is cached as a promise.
import { DocumentError } from './errors';
import type { PdfDocumentLike, PdfPageLike, PdfTextItemLike } from './pdfjs-types';
import type { TextDocument, TextRun } from './text-document';

export interface PdfTextOptions {
  maxPages?: number;
  onProgress?: (done: number, total: number) => void;
}

interface Piece {
  item: number;
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
type Line = Piece[];

/** A page's text with runs relative to the start of the page text. */
export interface PageText {
  text: string;
  runs: TextRun[];
}

function pieces(items: PdfTextItemLike[]): Piece[] {
  const out: Piece[] = [];
  items.forEach((it, item) => {
    if (typeof it.str !== 'string' || !it.str.trim()) return;
    const t = it.transform ?? [1, 0, 0, 1, 0, 0];
    const h = Math.abs(it.height || t[3] || t[0] || 10);
    out.push({ item, str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, w: it.width ?? it.str.length * h * 0.5, h });
  });
  return out;
}

/** Groups pieces into lines: same baseline within a fraction of the font size; top to bottom, left to right. */
export function toLines(ps: Piece[]): Line[] {
  const sorted = [...ps].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - p.y) <= Math.max(2, Math.min(line[0]!.h, p.h) * 0.45)) line.push(p);
    else lines.push([p]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/** Where a line has a wide gap: the x in the middle of each gap wider than ~2 em. */
function gaps(line: Line): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 1; i < line.length; i++) {
    const prevEnd = line[i - 1]!.x + line[i - 1]!.w;
    if (line[i]!.x - prevEnd > Math.max(18, line[i]!.h * 2)) out.push({ from: prevEnd, to: line[i]!.x });
  }
  return out;
}

const words = (l: Line) => l.map((p) => p.str).join(' ').trim().split(/\s+/).length;

/** Columns of running text, not a label/value table: most two-sided lines hold several words on each side. */
function isProse(twoSided: Line[], mid: number): boolean {
  const prose = twoSided.filter((l) => {
    const left = l.filter((p) => p.x + p.w <= mid);
    const right = l.filter((p) => p.x >= mid);
    return words(left) >= 4 && words(right) >= 4 && !/:\s*$/.test(left[left.length - 1]!.str);
  });
  return prose.length >= twoSided.length * 0.6;
}

/**
 * Reading order for two-column blocks: finds a gutter (an x crossed by no piece) shared by at least three
 * consecutive lines that have text on both sides of it, and reads that block's left column then its right column.
 */
export function readingOrder(lines: Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const g = gaps(lines[i]!);
    let taken = false;
    for (const gap of g) {
      const mid = (gap.from + gap.to) / 2;
      const splits = (l: Line) => l.every((p) => p.x + p.w <= mid || p.x >= mid);
      const both = (l: Line) => l.some((p) => p.x + p.w <= mid) && l.some((p) => p.x >= mid);
      let j = i;
      let twoSided = 0;
      while (j < lines.length && splits(lines[j]!)) {
        if (both(lines[j]!)) twoSided++;
        j++;
      }
      // trim trailing one-sided lines that are full-width text below the block (they may be body text)
      while (j > i && !both(lines[j - 1]!)) j--;
      if (twoSided >= 3 && j - i >= 3 && isProse(lines.slice(i, j).filter(both), mid)) {
        const block = lines.slice(i, j);
        const left = block.map((l) => l.filter((p) => p.x + p.w <= mid)).filter((l) => l.length);
        const right = block.map((l) => l.filter((p) => p.x >= mid)).filter((l) => l.length);
        out.push(...left, ...right);
        i = j;
        taken = true;
        break;
      }
    }
    if (!taken) out.push(lines[i++]!);
  }
  return out;
}

/** One page's text: lines joined with \n; a space between close pieces, a tab across a wide gap (cells, boxes). */
export function pageText(items: PdfTextItemLike[], page: number): PageText {
  const lines = readingOrder(toLines(pieces(items)));
  let text = '';
  const runs: TextRun[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    line.forEach((p, k) => {
      if (k > 0) {
        const prev = line[k - 1]!;
        const gap = p.x - (prev.x + prev.w);
        if (gap > Math.max(18, p.h * 2)) text += '\t';
        else if (gap > p.h * 0.15 && !text.endsWith(' ') && !p.str.startsWith(' ')) text += ' ';
      }
      const start = text.length;
      text += p.str;
      runs.push({ start, end: text.length, page, item: p.item });
    });
  }
  return { text, runs };
}

const cache = new WeakMap<PdfDocumentLike, Map<number, Promise<PageText>>>();

/** The text of one page, read once per document: the promise is cached, so concurrent callers share it. */
export function pdfPageText(pdf: PdfDocumentLike, page: number): Promise<PageText> {
  let pages = cache.get(pdf);
  if (!pages) cache.set(pdf, (pages = new Map()));
  let p = pages.get(page);
  if (!p) {
    p = pdf.getPage(page).then(async (pg: PdfPageLike) => pageText((await pg.getTextContent()).items, page));
    p.catch(() => pages!.delete(page));
    pages.set(page, p);
  }
  return p;
}

/** The whole PDF (or its first maxPages pages) as one TextDocument; pages are separated by a blank line. */
export async function pdfToTextDocument(pdf: PdfDocumentLike, source: string, opts: PdfTextOptions = {}): Promise<TextDocument> {
  const total = Math.min(pdf.numPages, opts.maxPages ?? pdf.numPages);
  let text = '';
  const runs: TextRun[] = [];
  for (let n = 1; n <= total; n++) {
    const page = await pdfPageText(pdf, n);
    if (n > 1) text += '\n\n';
    const base = text.length;
    text += page.text;
    for (const r of page.runs) runs.push({ ...r, start: r.start + base, end: r.end + base });
    opts.onProgress?.(n, total);
  }
  return { source, text, runs };
}

/** Throws no_text_layer when no page has any text (a scan). */
export function assertHasText(doc: TextDocument): void {
  if (!doc.text.trim()) throw new DocumentError('no_text_layer');
}
