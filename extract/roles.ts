// Reads every date of a document in its context: the labels around it (before it on its line, its column's header,
// the line above, the label of its label/value pair), the acts tied to it ("On May 3, I served …"), its clause's cues
// and its sections, line and order. Those become the features the fitted role model weighs (extract/model/); the
// reader itself decides nothing. labelDates() keeps the one label a person would read first, for the faces and tests.
import { parseDates, type DateCandidate } from './dates';
import type { Layout } from './layout';
import { ACT_CUES, HEADER_DEFAULT, LABELS, globalRe, type ActCue, type ClauseCue, type LabelClass, type Wording } from './wordings';
import { buildLayout } from './layout';
import { textDocumentFromString } from './text-document';

export interface LabelHit {
  cls: LabelClass;
  start: number; // offset into the document
  end: number;
  text: string;
}

export interface DateReading extends DateCandidate {
  /** The label a reader sees first: on its line, else its column's header, else the line above, else its pair's. */
  label: LabelHit | null;
  left: (LabelHit & { distance: number }) | null;
  header: LabelHit | null;
  above: LabelHit | null;
  pair: (LabelHit & { below: boolean }) | null;
  acts: Set<ActCue>;
  cues: Set<ClauseCue>;
  /** Index among the document's dates, and among its distinct dates in calendar order. */
  order: number;
  rank: number;
  distinct: number;
  /** How many times the same calendar date appears. */
  repeats: number;
  line: { index: number; page: number; alone: boolean; table: boolean; heading: boolean };
  sections: Set<string>;
}

/** A date as labelDates() reports it (the old shape: the label class, where the label is). */
export interface LabeledDate extends DateCandidate {
  label: LabelClass | null;
  labelStart?: number;
  labelText?: string;
}

const LANG_OK = (w: Wording, lang: 'en' | 'es') => w.lang === 'any' || w.lang === lang || lang === 'es';

/** The label in `s` that ends closest to its end (earlier rows win ties); offsets relative to `s`. */
export function closestLabel(s: string, lang: 'en' | 'es' = 'en'): Omit<LabelHit, 'start' | 'end'> & { start: number; end: number } | null {
  let best: { cls: LabelClass; start: number; end: number; text: string } | null = null;
  for (const w of LABELS) {
    if (!LANG_OK(w, lang)) continue;
    const re = globalRe(w);
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      // "Date:" and "Determination Date" end at the same place: a trailing colon or space does not make a label
      // closer, so the more specific (earlier) row wins the tie.
      const end = m.index + m[0].replace(/[\s:]+$/, '').length;
      if (!best || end > best.end) best = { cls: w.cls, start: m.index, end, text: m[0].trim() };
    }
  }
  return best;
}

/** A line that only says how to write the date: "(MM / DD / YYYY)". */
const FORMAT_HINT = /^[ \t]{0,12}\(?[ \t]{0,4}(?:MM|mm)[ \t]{0,4}[/-][ \t]{0,4}(?:DD|dd)[ \t]{0,4}[/-][ \t]{0,4}(?:YYYY|yyyy|AAAA|aaaa|YY)[ \t]{0,4}\)?[ \t:]{0,8}$/;
const ON_BEFORE = /\b(?:on|el)[ \t]{0,4},?[ \t\n]{0,8}$/i;
const ON_JUST_BEFORE = /\b(?:On|El)[ \t]{0,4}$/i;
const BARE_BEFORE = /^(?:[\p{L} .'-]{1,60},[ \t]{0,3}(?:CA|California|[A-Z]{2})?,?|\p{L}{3,10}day,?)$/u;

/** Header rows of tables, found once per row (by its line index). */
interface Header {
  line: number;
  texts: string[];
  starts: number[];
  /** Fewer cells than the row: columns are matched to the nearest header cell that names a date. */
  loose?: boolean;
}
type HeaderCache = Map<number, { cells: number; header: Header | null }>;

function headerFor(layout: Layout, lineIndex: number, cache: HeaderCache): Header | null {
  const line = layout.lines[lineIndex]!;
  const cells = line.cells.length;
  let header: Header | null = null;
  for (let n = 0, i = lineIndex - 1; n < 40 && i >= 0; n++, i--) {
    const cached = cache.get(i);
    if (cached && cached.cells === cells) {
      header = cached.header;
      break;
    }
    const l = layout.lines[i]!;
    if (l.blank) continue;
    if (l.cells.length !== cells) {
      if (l.cells.length <= 1) break; // left the table
      // the row right above, with fewer cells: a header cell spans boxes ("Date Assigned: MM DD | YYYY")
      if (n === 0 && l.cells.length < cells) {
        const texts = l.cells.map((c) => layout.text.slice(c.start, c.end));
        if (!parseDates(texts.join('\t')).length) {
          header = { line: i, texts, starts: l.cells.map((c) => c.start), loose: true };
          break;
        }
      }
      continue;
    }
    const texts = l.cells.map((c) => layout.text.slice(c.start, c.end));
    if (texts.join(' ').length > 2000 || parseDates(texts.join('\t')).length) continue;
    header = { line: i, texts, starts: l.cells.map((c) => c.start) };
    break;
  }
  cache.set(lineIndex, { cells, header });
  return header;
}

/** The clause's cues before `at` (a cue after the date says nothing about it). */
function cuesBefore(layout: Layout, at: number): Set<ClauseCue> {
  const clause = layout.clauseAt(at);
  const out = new Set<ClauseCue>();
  for (const c of clause.cues) if (c.start < at) out.add(c.cls);
  return out;
}

function actsOf(layout: Layout, d: DateCandidate, lang: 'en' | 'es', memo: Map<string, Set<ActCue>>): Set<ActCue> {
  const text = layout.text;
  const clause = layout.clauseAt(d.start);
  // a sentence wrapped over lines reads as one line (the clause knows where it ends)
  const after = text.slice(d.end, Math.min(Math.max(clause.end, d.end + 1), d.end + 180)).replace(/\n/g, ' ');
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  const clauseBefore = text.slice(Math.max(clause.start, d.start - 300), d.start).replace(/\n/g, ' ');
  // the same context (a line a page repeats thousands of times) is read once
  const key = `${before}\u0001${after}\u0001${clauseBefore}`;
  const known = memo.get(key);
  if (known) return known;
  const out = new Set<ActCue>();
  memo.set(key, out);
  for (const w of ACT_CUES) {
    if (!LANG_OK(w, lang)) continue;
    if (w.cls === 'served_after') {
      if (w.re.test(after)) out.add('served_after');
    } else if (w.cls === 'decided_after' || w.cls === 'assigned_after') {
      if (ON_JUST_BEFORE.test(before) && w.re.test(after)) out.add(w.cls);
    } else if (w.cls === 'served_verb') {
      if (ON_BEFORE.test(before) && w.re.test(clauseBefore)) out.add('served_verb');
    } else if (w.re.test(clauseBefore.slice(-100))) out.add(w.cls);
  }
  return out;
}

/** Every date of the document, read in context (dates are in text order). */
export function readDates(layout: Layout, opts: { lang?: 'en' | 'es'; budget?: () => void } = {}): DateReading[] {
  const lang = opts.lang ?? 'en';
  const text = layout.text;
  const dates = parseDates(text, { lang });
  opts.budget?.();
  const headers: HeaderCache = new Map();
  const actMemo = new Map<string, Set<ActCue>>();
  // labels are read from short strings that repeat (a column header for every row): each is read once
  const labelMemo = new Map<string, ReturnType<typeof closestLabel>>();
  const label = (t: string): ReturnType<typeof closestLabel> => {
    if (!labelMemo.has(t)) labelMemo.set(t, closestLabel(t, lang));
    return labelMemo.get(t)!;
  };
  // whether a date's line reads as a heading (all capitals), once per line
  const headingMemo = new Map<number, boolean>();
  const headingLine = (line: { index: number; start: number; end: number; heading: boolean }): boolean => {
    let h = headingMemo.get(line.index);
    if (h === undefined) {
      const lineText = text.slice(line.start, Math.min(line.end, line.start + 400));
      h = line.heading || (line.end - line.start <= 400 && /^[\p{Lu}\d\s,.:/-]{6,}$/u.test(lineText.trim()) && /\p{Lu}{3}/u.test(lineText));
      headingMemo.set(line.index, h);
    }
    return h;
  };
  const distinct = [...new Set(dates.map((d) => d.iso))].sort();
  const rankOf = new Map(distinct.map((iso, i) => [iso, i]));
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d.iso, (counts.get(d.iso) ?? 0) + 1);
  const out: DateReading[] = [];
  let prevEnd = 0;
  for (const [order, d] of dates.entries()) {
    if ((order & 255) === 255) opts.budget?.();
    const line = layout.lineAt(d.start);
    const inTable = line.cells.length > 1;
    // the cell the date starts in (a date split over MM | DD | YYYY cells takes the first one's column)
    const cell = line.cells.find((c) => c.start <= d.start && d.start < c.end + 1) ?? line.cells[0] ?? line;
    // on its line, before it: the label ending closest to the date
    const from = Math.max(line.start, prevEnd, d.start - 160);
    const sameLine = text.slice(from, d.start);
    let left: DateReading['left'] = null;
    const hit = label(sameLine);
    const cellText = sameLine.slice(sameLine.lastIndexOf('\t') + 1);
    if (hit && (sameLine.length - hit.end < 90 || !/\w/.test(cellText))) left = { ...hit, start: from + hit.start, end: from + hit.end, distance: sameLine.length - hit.end };
    // a sentence wrapped by the PDF layout: "…by depositing copies in the United\nStates mail …, on April 28"
    // (also when the line starts with a bare "dated" that the line above qualifies: "…Utilization Review Denial\ndated")
    const bare = left !== null && left.cls === 'document_date' && !text.slice(line.start, left.start).trim();
    if ((!left || bare) && line.index > 0 && prevEnd < line.start - 1 && !inTable) {
      const prev = layout.lines[line.index - 1]!;
      const above = text.slice(Math.max(prev.start, prevEnd), prev.end);
      if (above.trim() && prev.cells.length <= 1 && !/[.!?:;)]\s*$/.test(above) && /\p{Ll}/u.test(above)) {
        const joined = `${above} ${sameLine}`;
        const w = label(joined);
        if (w && joined.length - w.end < 90 && w.cls !== 'document_date') {
          const base = prev.end - above.length;
          left = { ...w, start: base + w.start, end: base + Math.min(w.end, above.length), distance: joined.length - w.end };
        }
      }
    }
    // the column's header
    let header: LabelHit | null = null;
    if (inTable) {
      const h = headerFor(layout, line.index, headers);
      let col = line.cells.indexOf(cell as never);
      if (h?.loose && col >= 0) {
        // the nearest header cell (by index) that names a date
        let best = -1;
        h.texts.forEach((t, i) => {
          const w = label(`${t}\t`);
          if (w && w.cls !== 'claim' && w.cls !== 'other' && (best < 0 || Math.abs(i - col) < Math.abs(best - col))) best = i;
        });
        col = best;
      }
      if (h && col >= 0 && h.texts[col] !== undefined) {
        const name = h.texts[col]!;
        const w = label(`${name}\t`);
        header = w && w.cls !== 'document_date' ? { ...w, start: h.starts[col]! + w.start, end: h.starts[col]! + w.end } : { cls: HEADER_DEFAULT, start: h.starts[col]!, end: h.starts[col]! + name.length, text: name };
      }
    }
    // the line above, when nothing on this line explains the date
    let above: LabelHit | null = null;
    if (!inTable && !/[\p{L}]{3,}/u.test(sameLine.replace(/\b(?:on|el|the|of)\b/gi, '')) && line.index > 0) {
      let k = line.index - 1;
      while (k > 0 && layout.lines[k]!.blank) k--;
      let prev = layout.lines[k]!;
      if (FORMAT_HINT.test(text.slice(prev.start, prev.end)) && k > 0) prev = layout.lines[k - 1]!;
      // a line that ends a sentence is not a label for the line below it
      if (prev.end <= d.start && prev.end > prevEnd && !/[.!?;,]\s*$/.test(text.slice(Math.max(prev.start, prev.end - 4), prev.end))) {
        const t = text.slice(Math.max(prev.start, prev.end - 160), prev.end);
        const w = label(t.endsWith(':') || /\)$/.test(t) ? t.replace(/\s*\([^)\n]{0,60}\)\s{0,4}$/, '') : `${t} `);
        if (w && (/(?:\)|:|\s)$/.test(t) || t.length - w.end <= 40)) above = { ...w, start: prev.end - t.length + w.start, end: prev.end - t.length + w.end };
      }
    }
    // the label of the label/value pair the date is the value of
    let pair: DateReading['pair'] = null;
    const kv = layout.pairAt(d.start);
    if (kv) {
      const name = text.slice(kv.label.start, kv.label.end);
      const w = label(`${name.replace(/:$/, '')}:`) ?? label(`${name} `);
      if (w) pair = { ...w, start: kv.label.start + w.start, end: kv.label.start + w.end, below: kv.relation === 'below' };
    }
    const rest = text.slice(d.end, Math.min(line.end, d.end + 200)).split('\t')[0]!.trim();
    // bounded: a line of thousands of dates must not be re-read for each of them
    const lead = text.slice(Math.max(line.start, (cell as { start: number }).start, d.start - 200), d.start).trim();
    out.push({
      ...d,
      label: left ?? header ?? above ?? pair ?? null,
      left, header, above, pair,
      acts: actsOf(layout, d, lang, actMemo),
      cues: cuesBefore(layout, d.start),
      order,
      rank: rankOf.get(d.iso)!,
      distinct: distinct.length,
      repeats: counts.get(d.iso)!,
      line: { index: line.index, page: line.page, alone: !rest && (!lead || BARE_BEFORE.test(lead)), table: inTable, heading: headingLine(line) },
      sections: layout.sectionsAt(d.start),
    });
    prevEnd = d.end;
  }
  return out;
}

/** The label class a reader gives each date of a text (its first label), as the extension's faces show it. */
export function labelDates(text: string, opts: { lang?: 'en' | 'es'; budget?: () => void } = {}): LabeledDate[] {
  const layout = buildLayout(textDocumentFromString(text, 'text'));
  return readDates(layout, opts).map((r) => {
    const { label, left: _l, header: _h, above: _a, pair: _p, acts: _ac, cues: _c, order: _o, rank: _r, distinct: _d, repeats: _rep, line: _li, sections: _s, ...date } = r;
    return label ? { ...date, label: label.cls, labelStart: label.start, labelText: label.text } : { ...date, label: null };
  });
}
