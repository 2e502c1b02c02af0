// Builds the layout of a document once: lines and cells, running headers and footers, label/value pairs, sections
// and clauses. Every step is one pass over the text (or over its lines), so the layout costs linear time.
import type { TextDocument, TextRun } from '../text-document';
import { LineIndex } from '../lines';
import { CLAUSE_CUES, findAll, SECTION_HEADINGS, type SectionKind } from '../wordings';
import { buildClauses } from './clauses';
import { buildSections } from './sections';
import type { Clause, KeyValue, Layout, LayoutLine, LayoutSection, Section, Span } from './types';

export type { Clause, KeyValue, Layout, LayoutLine, LayoutSection, Section, Span } from './types';

/** The index of the last span whose start is ≤ x (spans sorted by start), or −1. */
export function spanIndex(spans: readonly Span[], x: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function cellsOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 9) {
      let a = s;
      let b = i;
      while (a < b && text.charCodeAt(a) <= 32) a++;
      while (b > a && text.charCodeAt(b - 1) <= 32) b--;
      if (b > a) out.push({ start: a, end: b });
      s = i + 1;
    }
  }
  return out;
}

const LETTERS = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;

function looksLikeHeading(text: string, emphasis: boolean, large: boolean): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 90 || /[.,;]$/.test(t)) return false;
  if (emphasis || large) return true;
  const letters = t.match(LETTERS)?.length ?? 0;
  const upper = t.match(UPPER)?.length ?? 0;
  return letters >= 4 && upper / letters > 0.7;
}

interface RunInfo {
  page: number;
  zone: TextRun['zone'] | null;
  emphasis: boolean;
  size: number;
}

/** Page, zone, emphasis and type size of each line, from the runs it overlaps (one pass over the runs). */
function runInfo(doc: TextDocument, index: LineIndex): RunInfo[] {
  const out: RunInfo[] = [];
  const runs = doc.runs;
  let r = 0;
  for (let i = 0; i < index.lineCount; i++) {
    const start = index.start(i);
    const end = index.end(i);
    while (r < runs.length && runs[r]!.end <= start) r++;
    let page = out[i - 1]?.page ?? 1;
    const zones = new Map<string, number>();
    let emph = 0;
    let chars = 0;
    let size = 0;
    for (let k = r; k < runs.length && runs[k]!.start < end; k++) {
      const run = runs[k]!;
      const len = Math.min(end, run.end) - Math.max(start, run.start);
      if (len <= 0) continue;
      chars += len;
      if (run.page) page = run.page;
      if (run.zone) zones.set(run.zone, (zones.get(run.zone) ?? 0) + len);
      if (run.emphasis) emph += len;
      if (run.size) size = Math.max(size, run.size);
    }
    let zone: RunInfo['zone'] = null;
    for (const [z, n] of zones) if (n * 2 > chars) zone = z as RunInfo['zone'];
    out.push({ page, zone, emphasis: chars > 0 && emph * 2 > chars, size });
  }
  return out;
}

/** Lines printed on two or more pages near the top or bottom: running headers and footers ("Page 2 of 3" too). */
function repeatedLines(lines: LayoutLine[], text: string): Set<number> {
  const byPage = new Map<number, LayoutLine[]>();
  for (const l of lines) {
    if (l.blank) continue;
    const list = byPage.get(l.page);
    if (list) list.push(l);
    else byPage.set(l.page, [l]);
  }
  if (byPage.size < 2) return new Set();
  const norm = (l: LayoutLine) => text.slice(l.start, l.end).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const pagesOf = new Map<string, Set<number>>();
  const edge: LayoutLine[] = [];
  for (const [page, ls] of byPage) {
    for (const l of [...ls.slice(0, 3), ...ls.slice(-3)]) {
      const key = norm(l);
      if (key.length < 4) continue;
      edge.push(l);
      pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(page));
    }
  }
  return new Set(edge.filter((l) => (pagesOf.get(norm(l))?.size ?? 0) >= 2).map((l) => l.index));
}

/** Label/value pairs: "Label: value", a label cell and its value cell, a "Label:" line over its value. */
function buildPairs(lines: LayoutLine[], text: string): KeyValue[] {
  const out: KeyValue[] = [];
  const isLabel = (s: Span) => {
    const t = text.slice(s.start, s.end);
    return t.length <= 60 && (/:$/.test(t) || (!/\d/.test(t) && /\p{L}/u.test(t) && t.split(/\s+/).length <= 7));
  };
  lines.forEach((line, i) => {
    if (line.blank) return;
    const cells = line.cells;
    // label and value in neighbouring cells: "Date mailed:\t03/04/2026", also label/value/label/value rows
    for (let c = 0; c + 1 < cells.length; c++) {
      if (isLabel(cells[c]!) && !isLabel(cells[c + 1]!)) {
        out.push({ label: cells[c]!, value: cells[c + 1]!, relation: 'right' });
        c++;
      }
    }
    // "Label: value" inside one cell
    for (const cell of cells) {
      const t = text.slice(cell.start, cell.end);
      const colon = t.indexOf(':');
      if (colon > 1 && colon <= 45 && colon < t.length - 1 && !/\d/.test(t.slice(0, colon))) {
        let v = cell.start + colon + 1;
        while (v < cell.end && text.charCodeAt(v) <= 32) v++;
        if (v < cell.end) out.push({ label: { start: cell.start, end: cell.start + colon + 1 }, value: { start: v, end: cell.end }, relation: 'right' });
      }
    }
    // a "Label:" line with its value on the next line
    const next = lines[i + 1];
    if (cells.length === 1 && next && !next.blank && /:$/.test(text.slice(cells[0]!.start, cells[0]!.end)) && cells[0]!.end - cells[0]!.start <= 60) {
      out.push({ label: cells[0]!, value: next.cells[0] ?? next, relation: 'below' });
    }
  });
  return out.sort((a, b) => a.value.start - b.value.start);
}

export function buildLayout(doc: TextDocument): Layout {
  const text = doc.text;
  const index = new LineIndex(text);
  const info = runInfo(doc, index);
  const sizes = info.map((i) => i.size).filter((s) => s > 0).sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const lines: LayoutLine[] = [];
  for (let i = 0; i < index.lineCount; i++) {
    const start = index.start(i);
    const end = index.end(i);
    const cells = cellsOf(text, start, end);
    const lineText = text.slice(start, Math.min(end, start + 200));
    const { page, zone, emphasis, size } = info[i]!;
    lines.push({
      index: i, start, end, page, cells, zone: zone ?? null,
      blank: cells.length === 0,
      heading: cells.length === 1 && looksLikeHeading(lineText, emphasis, bodySize > 0 && size >= bodySize * 1.25),
      repeated: false,
    });
  }
  for (const i of repeatedLines(lines, text)) lines[i]!.repeated = true;
  const pairs = buildPairs(lines, text);
  const headings = findAll(SECTION_HEADINGS, text);
  const sections = buildSections(lines, text, headings as { wording: { cls: SectionKind }; start: number; end: number }[]);
  // a cue wrapped over two lines ("the Utilization Review Denial\ndated …") still reads as one: same offsets
  const clauses = buildClauses(lines, text, findAll(CLAUSE_CUES, text.replace(/\n/g, ' ')));
  const pages = lines.reduce((m, l) => Math.max(m, l.page), 1);
  const sectionStarts = sections.map((s) => s.start);
  const pairValues = pairs.map((p) => p.value);
  return {
    text, lines, sections, pairs, clauses, pages,
    lineAt: (offset) => lines[Math.max(0, index.lineOf(offset))]!,
    sectionsAt(offset) {
      const out = new Set<LayoutSection>();
      // sections may nest: look at every section that starts before the offset (a handful per document)
      for (let i = 0; i < sectionStarts.length && sectionStarts[i]! <= offset; i++) if (sections[i]!.end > offset) out.add(sections[i]!.kind);
      return out;
    },
    clauseAt: (offset) => clauses[Math.max(0, spanIndex(clauses, offset))]!,
    pairAt(offset) {
      const i = spanIndex(pairValues, offset);
      for (let k = i; k >= 0 && k > i - 3; k--) {
        const p = pairs[k]!;
        if (p.value.start <= offset && offset < p.value.end) return p;
      }
      return null;
    },
  } satisfies Layout as Layout & { sections: Section[]; clauses: Clause[] };
}
