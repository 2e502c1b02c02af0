// Sections of a document: where each kind of content begins and ends. The site's own navigation and the running
// headers and footers come from the lines; the letterhead is what comes before the salutation; a proof of service,
// a history or document list, quoted mail and instructions start at their headings (extract/wordings/layout.ts).
import type { SectionKind } from '../wordings';
import type { LayoutLine, Section } from './types';

const SALUTATION = /^[ \t]{0,12}(?:Dear\b|Estimad[oa]s?\b|To whom it may concern|A quien corresponda|Hello\b|Hi\b|Hola\b|RE:|Re:|Asunto:|Subject:)/;
const ROW_LIKE = /\t|^[ \t]{0,12}(?:[•\-*·▪►]|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},)/i;
/** Where quoted mail starts in a reply. */
const QUOTE_START = /^[ \t]{0,12}(?:-{2,12}[ \t]{0,4}Original Message[ \t]{0,4}-{2,12}|On [^\n]{5,160}\bwrote:|El [^\n]{5,160}\bescribi[oó]:|>)/im;
const MAIL_HEADER = /^[ \t]{0,12}(?:From|De):[^\n]{0,400}\n(?:[^\n]{0,400}\n){0,2}?[ \t]{0,12}(?:Sent|Enviado|Date|Fecha):/gim;

/** A run of lines with the same flag, as sections. */
function runsOf(lines: LayoutLine[], test: (l: LayoutLine) => boolean, kind: Section['kind']): Section[] {
  const out: Section[] = [];
  let open: Section | null = null;
  for (const l of lines) {
    if (test(l)) {
      if (open) open.end = l.end;
      else open = { kind, start: l.start, end: l.end };
    } else if (open && !l.blank) {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

function letterhead(lines: LayoutLine[], text: string): Section | null {
  const first = lines.filter((l) => l.page === 1 && !l.blank && !l.repeated && !l.zone).slice(0, 30);
  if (!first.length) return null;
  const salutation = first.findIndex((l) => SALUTATION.test(text.slice(l.start, l.end)));
  const last = salutation > 0 ? first[salutation - 1]! : first[Math.min(first.length, 8) - 1]!;
  return { kind: 'letterhead', start: first[0]!.start, end: last.end };
}

/** Where a section that starts at line `from` ends. */
function sectionEnd(kind: SectionKind, lines: LayoutLine[], from: number, text: string): number {
  const start = lines[from]!.start;
  if (kind === 'history') {
    // its heading, then rows or list items (tabs, bullets, a leading date), blank lines only before the first row
    let end = lines[from]!.end;
    let rows = 0;
    for (let i = from + 1; i < lines.length; i++) {
      const l = lines[i]!;
      const t = text.slice(l.start, Math.min(l.end, l.start + 200));
      if (l.blank) {
        if (rows) break;
        continue;
      }
      if (!ROW_LIKE.test(t) && !(l.end - l.start < 110 && /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b20\d\d\b/.test(t))) break;
      rows++;
      end = l.end;
    }
    return rows ? end : start;
  }
  // proof of service, instructions: until the next heading-like line after a blank line, or a page later, bounded
  const limit = kind === 'proof_of_service' ? 2500 : 2000;
  let end = lines[from]!.end;
  let sawBlank = false;
  for (let i = from + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.start - start > limit || l.page > lines[from]!.page + 1) break;
    if (l.blank) {
      sawBlank = true;
      continue;
    }
    if (sawBlank && l.heading && kind === 'instructions') break;
    end = l.end;
  }
  return end;
}

export function buildSections(lines: LayoutLine[], text: string, headings: { wording: { cls: SectionKind }; start: number; end: number }[]): Section[] {
  const out: Section[] = [];
  out.push(...runsOf(lines, (l) => l.zone !== null, 'site'));
  out.push(...runsOf(lines, (l) => l.repeated, 'running'));
  const head = letterhead(lines, text);
  if (head) out.push(head);
  let lineIdx = 0;
  for (const h of headings) {
    while (lineIdx + 1 < lines.length && lines[lineIdx + 1]!.start <= h.start) lineIdx++;
    const line = lines[lineIdx]!;
    const atLineStart = text.slice(line.start, h.start).trim().length <= 3;
    const kind = h.wording.cls;
    if (kind === 'history' || kind === 'instructions') {
      const end = sectionEnd(kind, lines, lineIdx, text);
      if (end > line.start) out.push({ kind, start: line.start, end });
    } else if (kind === 'proof_of_service') {
      // a heading opens a long section; "Proof of service: served by mail on …" inside a paragraph is that line
      out.push({ kind, start: atLineStart ? line.start : h.start, end: atLineStart ? sectionEnd(kind, lines, lineIdx, text) : line.end });
    }
  }
  // quoted mail in a reply: the first quote marker, or a second mail header, to the end
  let quote = text.length;
  const q = QUOTE_START.exec(text);
  if (q && q.index > 0) quote = q.index;
  MAIL_HEADER.lastIndex = 0;
  let count = 0;
  for (let m = MAIL_HEADER.exec(text); m; m = MAIL_HEADER.exec(text)) {
    if (++count === 2) {
      quote = Math.min(quote, m.index);
      break;
    }
  }
  if (quote < text.length) out.push({ kind: 'quoted_mail', start: quote, end: text.length });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
