// DOM → TextDocument: the visible text of a page (open and, in extensions, closed shadow roots included),
// with an anchor from every run back to its Text node so the page can highlight what the core found.
import { isCollapsibleSpace, TextBuilder } from '../extract/text-builder';
import type { TextDocument, TextRun } from '../extract/text-document';

/** Where one run of the document's text came from. */
export interface DomAnchor {
  node: Text;
  /** Offset into node.data where this run starts (after dropped leading whitespace). */
  nodeStart: number;
  /** white-space: pre*: whitespace kept as is. */
  pre: boolean;
}

export interface DomTextDocument extends TextDocument {
  /** Parallel to runs: anchors[i] is where runs[i] came from (runs[i].item === i). */
  anchors: DomAnchor[];
}

export interface DomSourceOptions {
  /** Elements whose subtree is never read (our own UI). */
  ignore?: (el: Element) => boolean;
  /** Called every few hundred elements; may throw to stop a read that takes too long (extract/budget.ts). */
  budget?: () => void;
  /** Seam for closed shadow roots: chrome.dom.openOrClosedShadowRoot in a content script. */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT',
  'VIDEO', 'AUDIO', 'SELECT', 'OPTION', 'DATALIST', 'INPUT', 'TEXTAREA', 'BUTTON',
]);
const INLINE_DISPLAYS = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'contents', 'ruby']);
const CELL_DISPLAYS = new Set(['table-cell', 'table-column']);
// Used when the environment computes no display (happy-dom, detached documents).
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const defaultDisplay = (tag: string) => (tag === 'TD' || tag === 'TH' ? 'table-cell' : BLOCK_TAGS.has(tag) ? 'block' : 'inline');

type Meta = Pick<TextRun, 'emphasis' | 'zone'>;
const NO_META: Meta = {};
const ZONE_TAGS: Record<string, Meta['zone']> = { NAV: 'nav', HEADER: 'header', FOOTER: 'footer', ASIDE: 'aside' };

/** The zone and emphasis of an element's text, from its tag and its parent's (same rules as extract/html-text.ts). */
function metaFor(tag: string, parent: Meta): Meta {
  const zone = parent.zone ?? ZONE_TAGS[tag];
  const emphasis = /^H[1-6]$/.test(tag) ? 'heading' : parent.emphasis ?? (tag === 'B' || tag === 'STRONG' || tag === 'TH' ? 'bold' : undefined);
  if (zone === parent.zone && emphasis === parent.emphasis) return parent;
  return { ...(emphasis ? { emphasis } : {}), ...(zone ? { zone } : {}) };
}

/** Reads the visible text of `root` (a document or an element) into a TextDocument with DOM anchors. */
export function readDom(root: Document | Element, source: string, options: DomSourceOptions = {}): DomTextDocument {
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  const out = new TextBuilder();
  const anchors: DomAnchor[] = [];
  let elements = 0;

  const readText = (node: Text, pre: boolean, meta: Meta) => {
    const nodeStart = out.text(node.data, pre, anchors.length, meta);
    if (nodeStart >= 0) anchors.push({ node, nodeStart, pre });
  };

  const walkChildren = (parent: ParentNode, pre: boolean, meta: Meta) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) walk(child, pre, meta);
  };

  const walk = (node: Node, pre: boolean, meta: Meta = NO_META): void => {
    if (node.nodeType === 3) {
      readText(node as Text, pre, meta);
      return;
    }
    if (node.nodeType !== 1) {
      if (node.nodeType === 11 || node.nodeType === 9) walkChildren(node as ParentNode, pre, meta);
      return;
    }
    const el = node as Element;
    if ((++elements & 511) === 0) options.budget?.();
    if (SKIP_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || options.ignore?.(el)) return;
    if (el.tagName === 'BR') return out.boundary('\n');
    if (el.tagName === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length) {
        for (const n of assigned) walk(n, pre, meta);
        return;
      }
    }
    const style = view?.getComputedStyle(el);
    const tag = el.tagName.toUpperCase();
    const display = tag === 'SLOT' ? 'contents' : style?.display || defaultDisplay(tag);
    if (display === 'none') return;
    const ws = style?.whiteSpace || (tag === 'PRE' ? 'pre' : '');
    const isPre = ws ? /^pre/.test(ws) || ws === 'break-spaces' : pre;
    const sep = INLINE_DISPLAYS.has(display) ? null : CELL_DISPLAYS.has(display) ? '\t' : '\n';
    if (sep) out.boundary(sep);
    const hiddenText = style?.visibility === 'hidden' || style?.visibility === 'collapse';
    const shadow = options.shadowRootOf?.(el) ?? el.shadowRoot;
    const inner = metaFor(tag, meta);
    if (shadow) walkChildren(shadow, isPre, inner);
    else if (hiddenText) walkVisibleDescendants(el, isPre, inner);
    else walkChildren(el, isPre, inner);
    if (sep) out.boundary(sep);
  };

  // visibility:hidden hides the element's own text, but a descendant may set visibility:visible again.
  const walkVisibleDescendants = (el: Element, pre: boolean, meta: Meta) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) walk(child, pre, meta);
  };

  walk(root, false);
  return { ...out.finish(source), anchors };
}

/** Where a document offset lands in a Text node, replaying the whitespace collapse readDom applied. */
function nodeOffset(doc: DomTextDocument, run: TextRun, offset: number): { node: Text; offset: number } {
  const { node, nodeStart, pre } = doc.anchors[run.item!]!;
  const data = node.data;
  let want = offset - run.start;
  let i = nodeStart;
  let prev = '';
  while (want > 0 && i < data.length) {
    const ch = data[i]!;
    i++;
    if (!pre && isCollapsibleSpace(ch.charCodeAt(0))) {
      if (prev === ' ') continue;
      prev = ' ';
    } else prev = ch;
    want--;
  }
  // step over whitespace that was collapsed away, so a range never starts on it
  while (!pre && want === 0 && i < data.length && prev === ' ' && isCollapsibleSpace(data.charCodeAt(i)) && offset < run.end) i++;
  return { node, offset: i };
}

/** One DOM Range per Text node touched by doc.text[start, end) (Ranges cannot cross shadow boundaries). */
export function rangesFor(doc: DomTextDocument, start: number, end: number): Range[] {
  const out: Range[] = [];
  for (const run of doc.runs) {
    if (run.end <= start || run.start >= end) continue;
    const from = nodeOffset(doc, run, Math.max(start, run.start));
    const to = nodeOffset(doc, run, Math.min(end, run.end));
    const range = from.node.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    out.push(range);
  }
  return out;
}
