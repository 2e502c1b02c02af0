// Maps character ranges of a TextDocument (evidence, dates) back to pdf.js text items: (page, item, from, to).
// Pure: the DOM side (highlight-dom.ts) wraps those slices of the text layer's spans in <mark>.
import type { TextDocument } from '../extract';
import { NEVER_TRIGGER_ROLES, type Evidence } from '../model';

/** Injury and birth dates never start a clock: they are not painted like the dates that do. */
const paintable = (ev: Evidence) => !NEVER_TRIGGER_ROLES.some((role) => ev.fact === `date:${role}`);

export interface ItemRange {
  page: number; // 1-based
  item: number; // index into the page's getTextContent().items, = TextLayer.textDivs index
  from: number; // offsets into the item's string
  to: number;
  fact: string;
}

/** Every text item slice covered by doc.text[start, end). Runs without a page/item anchor are skipped. */
export function itemRangesFor(doc: TextDocument, start: number, end: number, fact = ''): ItemRange[] {
  const out: ItemRange[] = [];
  for (const run of doc.runs) {
    if (run.end <= start || run.start >= end) continue;
    if (run.page === undefined || run.item === undefined) continue;
    const from = Math.max(start, run.start) - run.start;
    const to = Math.min(end, run.end) - run.start;
    if (to > from) out.push({ page: run.page, item: run.item, from, to, fact });
  }
  return out;
}

/** All item ranges for a list of evidence, grouped by page number. */
export function highlightsByPage(doc: TextDocument, evidence: readonly Evidence[]): Map<number, ItemRange[]> {
  const byPage = new Map<number, ItemRange[]>();
  for (const ev of evidence.filter(paintable)) {
    for (const range of itemRangesFor(doc, ev.start, ev.end, ev.fact)) {
      const list = byPage.get(range.page) ?? [];
      list.push(range);
      byPage.set(range.page, list);
    }
  }
  return byPage;
}

/** The first page any evidence points at (to scroll there), or null. */
export function firstEvidencePage(doc: TextDocument, evidence: readonly Evidence[]): number | null {
  let best: number | null = null;
  for (const ev of evidence) {
    for (const range of itemRangesFor(doc, ev.start, ev.end)) {
      if (best === null || range.page < best) best = range.page;
    }
  }
  return best;
}
