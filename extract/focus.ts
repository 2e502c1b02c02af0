// Where a large document's notice is. A portal page of 200 KB is mostly payment history, document lists and menus:
// its 1,500 payment dates cost detect() a hundred milliseconds and can never start a clock. A document longer than
// FOCUS_MIN_CHARS is read through its focus: the lines within WINDOW_LINES of a notice word (the same words as the
// fast relevance test, plus proof-of-service and panel-assignment wordings), its first HEAD_LINES lines (letterhead,
// the letter's date) and its last TAIL_LINES lines (signature, proof of service), in document order. Every letter in
// the corpus is shorter than FOCUS_MIN_CHARS, so letters are always read whole. Offsets found in the focused text map
// back to the document's own with toOriginal().
import type { TextDocument, TextRun } from './text-document';

/** Documents from this length up are read through their focus. */
export const FOCUS_MIN_CHARS = 20_000;
/** Lines kept on each side of a line with a notice word. */
export const WINDOW_LINES = 40;
const HEAD_LINES = 40;
const TAIL_LINES = 15;
/** A focus that keeps more than this share of the text reads the document whole instead. */
const WORTH_IT = 0.6;
/** Between two kept segments: a paragraph break, so no line or table row is joined across the gap. */
const GAP = '\n\n';

const NOTICE_WORDS = new RegExp([
  // the notice kinds (a phrase may break over a line: \s+ between its words)
  String.raw`utilization\s+review|independent\s+medical\s+review|\bIMR\b|\bUR\b|\bQME\b|qualified\s+medical\s+evaluator|\bpanel\b`,
  String.raw`maxim(?:um|al)\s+medical\s+improvement|\bMMI\b|permanent\s+(?:and|&)\s+stationary|\bP\s?&\s?S\b|\bPR[- ]?4\b`,
  String.raw`medical\s+provider\s+network|\bMPN\b|second\s+opinion|non-?certif`,
  // service and the dates a clock starts from
  String.raw`(?:proof|certificate|declaration)\s+of\s+(?:service|mailing)|\bI\s+(?:hereby\s+)?(?:served|declare|certify)\b|\bserved\s+(?:by|on)\b`,
  String.raw`\bdate\s+(?:mailed|served|of\s+(?:service|decision|determination|the\s+decision))\b`,
  // Spanish
  String.raw`revisi[oó]n\s+de\s+utilizaci[oó]n|revisi[oó]n\s+m[eé]dica\s+independiente|evaluador(?:es)?\s+m[eé]dicos?|permanente\s+y\s+estacionari`,
  String.raw`mejor[ií]a\s+m[eé]dica\s+m[aá]xima|segunda\s+opini[oó]n|red\s+de\s+proveedores|\bdeclaro\b`,
  String.raw`(?:prueba|comprobante|constancia)\s+de\s+(?:servicio|entrega|env[ií]o)|fecha\s+de\s+(?:env[ií]o|entrega|la\s+decisi[oó]n)`,
].join('|'), 'gi');

interface Segment {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Where the segment starts in the focused text. */
  at: number;
}

export interface Focus {
  doc: TextDocument;
  /** An offset in the focused text → the same character's offset in the original document. */
  toOriginal(offset: number): number;
  /** Characters of the original text that are read. */
  keptChars: number;
}

/** Start offset of every line of text (linear: one indexOf pass). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line holding `offset` (binary search over lineStarts). */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The kept line ranges [from, to] (inclusive line indexes), merged and in order. */
function keptLines(text: string, starts: readonly number[]): [number, number][] {
  const last = starts.length - 1;
  const ranges: [number, number][] = [[0, Math.min(last, HEAD_LINES - 1)]];
  const re = new RegExp(NOTICE_WORDS.source, NOTICE_WORDS.flags);
  let skipTo = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = lineOf(starts, m.index);
    if (line <= skipTo) continue;
    ranges.push([Math.max(0, line - WINDOW_LINES), Math.min(last, line + WINDOW_LINES)]);
    skipTo = line; // later words on the same line add nothing
  }
  ranges.push([Math.max(0, last - TAIL_LINES + 1), last]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1] + 1) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The runs of `runs` that overlap the segments, clipped to them and moved to focused offsets (both lists in order). */
function focusRuns(runs: readonly TextRun[], segments: readonly Segment[]): TextRun[] {
  const out: TextRun[] = [];
  let s = 0;
  for (const run of runs) {
    while (s < segments.length && segments[s]!.end <= run.start) s++;
    for (let k = s; k < segments.length && segments[k]!.start < run.end; k++) {
      const seg = segments[k]!;
      const start = Math.max(run.start, seg.start);
      const end = Math.min(run.end, seg.end);
      if (end > start) out.push({ ...run, start: start - seg.start + seg.at, end: end - seg.start + seg.at });
    }
  }
  return out;
}

/** The focus of a large document, or null when it is read whole (short, or its notice words are everywhere). */
export function focusDocument(doc: TextDocument): Focus | null {
  const text = doc.text;
  if (text.length < FOCUS_MIN_CHARS) return null;
  const starts = lineStarts(text);
  const segments: Segment[] = [];
  let at = 0;
  for (const [from, to] of keptLines(text, starts)) {
    const start = starts[from]!;
    const end = to + 1 < starts.length ? starts[to + 1]! - 1 : text.length;
    if (segments.length) at += GAP.length;
    segments.push({ start, end, at });
    at += end - start;
  }
  const keptChars = segments.reduce((n, s) => n + s.end - s.start, 0);
  if (keptChars > text.length * WORTH_IT) return null;
  const focused = segments.map((s) => text.slice(s.start, s.end)).join(GAP);
  const toOriginal = (offset: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo]!;
    return Math.min(seg.end, seg.start + (offset - seg.at));
  };
  return { doc: { source: doc.source, text: focused, runs: focusRuns(doc.runs, segments) }, toOriginal, keptChars };
}
