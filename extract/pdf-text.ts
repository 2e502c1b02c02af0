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
    // a table row has several cells (wide gaps) on a side; a column of prose has one run of text per side
    return words(left) >= 4 && words(right) >= 4 && !/:\s*$/.test(left[left.length - 1]!.str) && !gaps(left).length && !gaps(right).length;
  });
  return prose.length >= twoSided.length * 0.6;
}

/**
 * Narrows a gutter [lo, hi] to what `line` leaves free: pieces ending before hi are left of it, pieces starting
 * after lo are right of it. Null when a piece crosses the gutter or it gets too narrow.
 */
function narrow(line: Line, lo: number, hi: number): { lo: number; hi: number; left: boolean; right: boolean } | null {
  let left = false;
  let right = false;
  for (const p of line) {
    if (p.x + p.w <= hi && p.x < lo) {
      lo = Math.max(lo, p.x + p.w);
      left = true;
    } else if (p.x >= lo) {
      hi = Math.min(hi, p.x);
      right = true;
    } else return null;
  }
  return hi - lo >= 6 ? { lo, hi, left, right } : null;
}

/**
 * Reading order for two-column blocks: finds a gutter (an x range crossed by no piece) shared by at least three
 * consecutive lines that have text on both sides of it, and reads that block's left column then its right column.
 * The gutter is narrowed line by line (ragged columns), and a paragraph gap ends a block.
 */
export function readingOrder(lines: Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    let taken = false;
    for (const gap of gaps(lines[i]!)) {
      let lo = gap.from;
      let hi = gap.to;
      let j = i;
      let twoSided = 0;
      let lastBoth = i;
      const both: boolean[] = [];
      while (j < lines.length) {
        const line = lines[j]!;
        if (j > i) {
          const prev = lines[j - 1]!;
          if (prev[0]!.y - line[0]!.y > Math.max(prev[0]!.h, line[0]!.h) * 1.9) break; // paragraph gap
        }
        const n = narrow(line, lo, hi);
        if (!n) break;
        lo = n.lo;
        hi = n.hi;
        both.push(n.left && n.right);
        if (n.left && n.right) {
          twoSided++;
          lastBoth = j;
        }
        j++;
      }
      j = Math.min(j, lastBoth + 1); // trailing one-sided lines may be full-width text below the block
      const mid = (lo + hi) / 2;
      const block = lines.slice(i, j);
      if (twoSided >= 3 && j - i >= 3 && isProse(block.filter((_, k) => both[k]), mid)) {
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
      runs.push({ start, end: text.length, page, item: p.item, size: Math.round(p.h * 10) / 10 });
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
