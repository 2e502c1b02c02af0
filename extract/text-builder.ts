// The one text builder behind both HTML readers: the live DOM (sources/dom.ts, in the content script) and HTML source
// (html-text.ts, in the CLI and tests). Both walk their tree and tell the builder about text nodes and element
// boundaries; the builder collapses whitespace the way a browser renders it, turns blocks into line breaks and table
// cells into tabs, and keeps one run per text node. So a page reads the same in the extension and on the command line.
import type { TextDocument, TextRun } from './text-document';

export type Separator = '\n' | '\t';

/** Space, tab, line feed, carriage return, form feed and no-break space collapse to one space outside <pre>. */
export function isCollapsibleSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
}

const SPACE_RUN = /[ \t\n\r\f\u00a0]+/g;
const NOT_SPACE = /[^ \t\n\r\f\u00a0]/;
const NBSP = /\u00a0/g;

export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private lastChar = '\n'; // the start counts as after a break: no leading whitespace
  readonly runs: TextRun[] = [];

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.lastChar = s[s.length - 1] ?? this.lastChar;
  }

  /** A block boundary ('\n') or a table cell boundary ('\t'); repeated boundaries collapse into one. */
  boundary(sep: Separator): void {
    if (this.lastChar === '\n') return;
    if (this.lastChar === ' ' || (sep === '\n' && this.lastChar === '\t')) {
      // a trailing collapsed space (or a cell's tab at the end of a row) gives way to the separator
      const last = this.parts.pop()!.slice(0, -1);
      if (last) this.parts.push(last);
      this.length -= 1;
      this.lastChar = this.parts[this.parts.length - 1]?.slice(-1) || '\n';
      const run = this.runs[this.runs.length - 1];
      if (run && run.end > this.length) run.end = this.length;
      if (this.lastChar === '\n') return;
    }
    if (sep === '\t' && this.lastChar === '\t') return;
    this.push(sep);
  }

  /**
   * Adds a text node's data. Returns where in `data` the kept text starts (leading whitespace that collapsed away
   * is skipped), or −1 when nothing was kept. The run gets `item` as its anchor index, and `meta` (emphasis, zone).
   */
  text(data: string, pre: boolean, item: number, meta?: Pick<TextRun, 'emphasis' | 'zone'>): number {
    if (!data) return -1;
    let out: string;
    let nodeStart: number;
    if (pre) {
      // white-space: pre*: the text as is, no-break spaces as spaces
      out = data.replace(NBSP, ' ');
      nodeStart = 0;
    } else {
      // one native pass: every run of collapsible space becomes one space; one after a space or a break goes
      out = data.replace(SPACE_RUN, ' ');
      nodeStart = 0;
      const last = this.lastChar;
      if (out.charCodeAt(0) === 32 && (last === ' ' || last === '\n' || last === '\t')) {
        out = out.slice(1);
        nodeStart = out ? data.search(NOT_SPACE) : -1;
      }
    }
    if (!out) return -1;
    const run: TextRun = { start: this.length, end: this.length + out.length, item };
    if (meta?.emphasis) run.emphasis = meta.emphasis;
    if (meta?.zone) run.zone = meta.zone;
    this.runs.push(run);
    this.push(out);
    return nodeStart;
  }

  /** The finished document: a trailing separator is trimmed so documents compare cleanly. */
  finish(source: string): TextDocument {
    let text = this.parts.join('');
    let end = text.length;
    while (end > 0 && isCollapsibleSpace(text.charCodeAt(end - 1))) end--;
    text = text.slice(0, end);
    for (const run of this.runs) if (run.end > text.length) run.end = text.length;
    return { source, text, runs: this.runs.filter((r) => r.end > r.start) };
  }
}
