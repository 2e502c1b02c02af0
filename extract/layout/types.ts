// The layout of one document, built once (extract/layout/index.ts) and read by every feature: lines with their cells,
// label/value pairs, sections (letterhead, proof of service, history, quoted mail, instructions, page headers and
// footers, the site's own navigation) and clauses with the cues that change what they say.
import type { ClauseCue, SectionKind } from '../wordings';

export interface Span {
  start: number;
  end: number;
}

export interface LayoutLine extends Span {
  index: number;
  /** 1-based page (PDF), 1 for other documents. */
  page: number;
  /** The line's tab-separated cells, trimmed (one cell for a line without tabs). */
  cells: Span[];
  blank: boolean;
  /** Looks like a heading: short, no sentence punctuation, mostly capitals, or marked as a heading / larger type. */
  heading: boolean;
  /** Printed the same on two or more pages, at the top or bottom (a running header or footer). */
  repeated: boolean;
  /** The HTML zone of most of its text (navigation, header, footer, side column), or null. */
  zone: 'nav' | 'header' | 'footer' | 'aside' | null;
}

export type LayoutSection = SectionKind | 'letterhead' | 'running' | 'site';

export interface Section extends Span {
  kind: LayoutSection;
}

export interface KeyValue {
  label: Span;
  value: Span;
  /** The value to the right (same line or next cell), or on the line below. */
  relation: 'right' | 'below';
}

export interface Clause extends Span {
  cues: { cls: ClauseCue; start: number; end: number }[];
}

export interface Layout {
  text: string;
  lines: LayoutLine[];
  sections: Section[];
  pairs: KeyValue[];
  clauses: Clause[];
  pages: number;
  /** The line holding `offset`. */
  lineAt(offset: number): LayoutLine;
  /** The sections `offset` is in (several may overlap: a history inside quoted mail). */
  sectionsAt(offset: number): Set<LayoutSection>;
  /** The clause holding `offset`. */
  clauseAt(offset: number): Clause;
  /** The label/value pair whose value holds `offset`, if any. */
  pairAt(offset: number): KeyValue | null;
}
