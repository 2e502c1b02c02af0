// Highlights evidence and trigger dates in place. The CSS Custom Highlight API paints ranges without touching the
// page's DOM; where it is missing, each range is wrapped in an inline <mark> that only sets colours (no box changes).
export type HighlightKind = 'evidence' | 'date';

export interface HighlightItem {
  kind: HighlightKind;
  label: string; // plain words for the banner list and the mark's title, e.g. 'Date mailed: March 4, 2026'
  ranges: Range[];
  /** Listed in the banner (trigger dates and the facts a person acts on); other evidence is only painted. */
  listed?: boolean;
  /** The evidence's fact and page text, so the label can be rebuilt in another language (i18n highlightLabel). */
  fact?: string;
  excerpt?: string;
}

export interface Highlighter {
  readonly mode: 'css-highlight' | 'marks';
  show(items: HighlightItem[]): void;
  clear(): void;
  /** Scrolls to an item and selects its text, so screen readers announce it. */
  reveal(item: HighlightItem): void;
  /** Emphasises ranges (a date the user is about to confirm) and scrolls to the first; none clears it. */
  emphasize(ranges: Range[], opts?: { scroll?: boolean }): void;
}

const NAMES: Record<HighlightKind, string> = { evidence: 'claimclock-evidence', date: 'claimclock-date' };
const COLORS: Record<HighlightKind, string> = { evidence: 'rgba(255, 214, 0, 0.45)', date: 'rgba(66, 165, 245, 0.45)' };
const FOCUS_NAME = 'claimclock-focus';
const FOCUS_CSS = `::highlight(${FOCUS_NAME}) { background-color: rgba(255, 145, 0, 0.75); color: #000; text-decoration: underline 3px; }`;
const HIGHLIGHT_CSS = [...(Object.keys(NAMES) as HighlightKind[])
  .map((k) => `::highlight(${NAMES[k]}) { background-color: ${COLORS[k]}; text-decoration: underline 2px; }`), FOCUS_CSS]
  .join('\n');
export const MARK_ATTR = 'data-claimclock-mark';

interface HighlightGlobals {
  Highlight?: new (...ranges: Range[]) => unknown;
  CSS?: { highlights?: Map<string, unknown> };
}

export function createHighlighter(doc: Document = document): Highlighter {
  const win = doc.defaultView as unknown as HighlightGlobals | null;
  const registry = win?.CSS?.highlights;
  const HighlightCtor = win?.Highlight;
  if (registry && HighlightCtor) return cssHighlighter(doc, registry, HighlightCtor);
  return markHighlighter(doc);
}

function reveal(doc: Document, item: HighlightItem) {
  const range = item.ranges[0];
  if (!range) return;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range.cloneRange());
}

function scrollTo(range: Range | undefined) {
  range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function cssHighlighter(doc: Document, registry: Map<string, unknown>, Ctor: new (...r: Range[]) => unknown): Highlighter {
  const styled = new WeakSet<Document | ShadowRoot>();
  const addStyle = (root: Document | ShadowRoot) => {
    if (styled.has(root)) return;
    styled.add(root);
    try {
      const sheet = new (doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      const style = doc.createElement('style');
      style.textContent = HIGHLIGHT_CSS;
      (root instanceof Document ? root.head ?? root.documentElement : root).append(style);
    }
  };
  return {
    mode: 'css-highlight',
    show(items) {
      for (const kind of Object.keys(NAMES) as HighlightKind[]) {
        const ranges = items.filter((i) => i.kind === kind).flatMap((i) => i.ranges);
        for (const r of ranges) addStyle(r.startContainer.getRootNode() as Document | ShadowRoot);
        if (ranges.length) registry.set(NAMES[kind], new Ctor(...ranges));
        else registry.delete(NAMES[kind]);
      }
    },
    clear() {
      for (const name of [...Object.values(NAMES), FOCUS_NAME]) registry.delete(name);
    },
    reveal: (item) => reveal(doc, item),
    emphasize(ranges, opts = {}) {
      if (!ranges.length) return void registry.delete(FOCUS_NAME);
      for (const r of ranges) addStyle(r.startContainer.getRootNode() as Document | ShadowRoot);
      registry.set(FOCUS_NAME, new Ctor(...ranges));
      if (opts.scroll !== false) scrollTo(ranges[0]);
    },
  };
}

function markHighlighter(doc: Document): Highlighter {
  let marks: HTMLElement[] = [];
  return {
    mode: 'marks',
    show(items) {
      this.clear();
      const all = items.flatMap((item) => item.ranges.map((range) => ({ item, range })));
      // Wrap from the end of each text node so earlier offsets in the same node stay valid.
      const byNode = new Map<Node, typeof all>();
      for (const entry of all) byNode.set(entry.range.startContainer, [...(byNode.get(entry.range.startContainer) ?? []), entry]);
      const ordered = [...byNode.values()].flatMap((group) => group.sort((a, b) => b.range.startOffset - a.range.startOffset));
      for (const { item, range } of ordered) {
        if (range.collapsed || range.startContainer !== range.endContainer) continue;
        const mark = doc.createElement('mark');
        mark.setAttribute(MARK_ATTR, item.kind);
        mark.title = `ClaimClock: ${item.label}`;
        mark.style.cssText = `all: unset; background-color: ${COLORS[item.kind]}; color: inherit; text-decoration: underline 2px;`;
        try {
          range.surroundContents(mark);
          item.ranges[item.ranges.indexOf(range)] = rangeOf(doc, mark);
          marks.push(mark);
        } catch {
          // A range that cannot be wrapped is left unhighlighted rather than breaking the page.
        }
      }
    },
    clear() {
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
        parent.normalize();
      }
      marks = [];
    },
    reveal: (item) => reveal(doc, item),
    emphasize(ranges, opts = {}) {
      // no paint without the Highlight API (wrapping would split the page's text again): scroll there only
      if (opts.scroll !== false) scrollTo(ranges[0]);
    },
  };
}

function rangeOf(doc: Document, el: Element): Range {
  const r = doc.createRange();
  r.selectNodeContents(el);
  return r;
}
