/** Text of one document with anchors back to where each run came from (DOM node, PDF page/item, file). */
export interface TextRun {
  start: number; // offset into TextDocument.text
  end: number;
  page?: number; // PDF page number (1-based)
  item?: number; // index of the pdf.js text item on that page, or the DOM text node index
  /** PDF: the text's height in points (headings are larger). */
  size?: number;
  /** HTML: inside a heading (h1–h6) or bold (b, strong, th) element. */
  emphasis?: 'heading' | 'bold';
  /** HTML: inside the page's navigation, header, footer or side column (not the letter). */
  zone?: 'nav' | 'header' | 'footer' | 'aside';
}
export interface TextDocument {
  source: string; // URL or file name
  text: string;
  runs: TextRun[];
}

/** A plain-text document (a .txt file, pasted text): one run per line so faces can point at a line. */
export function textDocumentFromString(text: string, source: string): TextDocument {
  const normalized = text.replace(/\r\n?/g, '\n');
  const runs: TextRun[] = [];
  let start = 0;
  for (const line of normalized.split('\n')) {
    if (line.length) runs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return { source, text: normalized, runs };
}

/** The runs (with their page/item anchors) that overlap [start, end). */
export function runsAt(doc: TextDocument, start: number, end: number): TextRun[] {
  return doc.runs.filter((r) => r.start < end && r.end > start);
}

const EMPHASES = new Set(['heading', 'bold']);
const ZONES = new Set(['nav', 'header', 'footer', 'aside']);
const isOffset = (x: unknown, max: number): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= max;
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/**
 * A TextDocument rebuilt from data another context sent (a page's scanner → the worker): only a string text, runs
 * whose offsets lie in it in order, and the run fields the reader knows. Null when there is no text to read.
 */
export function textDocumentFromData(raw: unknown): TextDocument | null {
  if (!raw || typeof raw !== 'object') return null;
  const { text, source, runs } = raw as { text?: unknown; source?: unknown; runs?: unknown };
  if (typeof text !== 'string') return null;
  const out: TextRun[] = [];
  let last = 0;
  for (const r of Array.isArray(runs) ? runs : []) {
    if (!r || typeof r !== 'object') continue;
    const { start, end, page, item, size, emphasis, zone } = r as Record<string, unknown>;
    if (!isOffset(start, text.length) || !isOffset(end, text.length) || end < start || start < last) continue;
    last = start;
    const run: TextRun = { start, end };
    if (isCount(page)) run.page = page;
    if (isCount(item)) run.item = item;
    if (typeof size === 'number' && Number.isFinite(size)) run.size = size;
    if (typeof emphasis === 'string' && EMPHASES.has(emphasis)) run.emphasis = emphasis as TextRun['emphasis'];
    if (typeof zone === 'string' && ZONES.has(zone)) run.zone = zone as TextRun['zone'];
    out.push(run);
  }
  return { source: typeof source === 'string' ? source.slice(0, 2048) : '', text, runs: out };
}
