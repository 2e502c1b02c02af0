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
// The built-in elements attachShadow() accepts (the DOM standard's list); custom elements may host one too.
const SHADOW_HOST_TAGS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);
const ZONE_TAGS: Record<string, Meta['zone']> = { NAV: 'nav', HEADER: 'header', FOOTER: 'footer', ASIDE: 'aside' };

type Meta = Pick<TextRun, 'emphasis' | 'zone'>;
const NO_META: Meta = {};

/** What an element's tag alone says, worked out once per tag name (a page has a few dozen). */
interface TagInfo {
  skip: boolean;
  br: boolean;
  slot: boolean;
  /** A custom element or a built-in element that may host a shadow root: its closed root is looked up. */
  shadowHost: boolean;
  defaultDisplay: string;
  pre: boolean;
  zone?: Meta['zone'];
  emphasis?: Meta['emphasis'];
}
const TAGS = new Map<string, TagInfo>();
function tagInfo(tagName: string): TagInfo {
  let info = TAGS.get(tagName);
  if (!info) {
    const tag = tagName.toUpperCase();
    info = {
      skip: SKIP_TAGS.has(tag),
      br: tag === 'BR',
      slot: tag === 'SLOT',
      shadowHost: tag.includes('-') || SHADOW_HOST_TAGS.has(tag),
      defaultDisplay: tag === 'SLOT' ? 'contents' : tag === 'TD' || tag === 'TH' ? 'table-cell' : BLOCK_TAGS.has(tag) ? 'block' : 'inline',
      pre: tag === 'PRE',
      zone: ZONE_TAGS[tag],
      emphasis: /^H[1-6]$/.test(tag) ? 'heading' : tag === 'B' || tag === 'STRONG' || tag === 'TH' ? 'bold' : undefined,
    };
    TAGS.set(tagName, info);
  }
  return info;
}

/** The zone and emphasis of an element's text, from its tag and its parent's (same rules as extract/html-text.ts). */
function metaFor(info: TagInfo, parent: Meta): Meta {
  const zone = parent.zone ?? info.zone;
  const emphasis = info.emphasis === 'heading' ? 'heading' : parent.emphasis ?? info.emphasis;
  if (zone === parent.zone && emphasis === parent.emphasis) return parent;
  return { ...(emphasis ? { emphasis } : {}), ...(zone ? { zone } : {}) };
}

/** How an element's own text renders: white-space and visibility inherit, so its computed style says (else `pre`). */
function textStyle(style: CSSStyleDeclaration | undefined, pre: boolean): { pre: boolean; shown: boolean } {
  const ws = style?.whiteSpace;
  const visibility = style?.visibility;
  return { pre: ws ? ws.startsWith('pre') || ws === 'break-spaces' : pre, shown: visibility !== 'hidden' && visibility !== 'collapse' };
}

/**
 * Reads the visible text of `root` (a document or an element) into a TextDocument with DOM anchors.
 *
 * One pass over the tree, with no layout reads. Each element's computed style is asked for its display only (none,
 * block, table cell or inline); white-space and visibility, which are inherited, are read only from the parent of a
 * text node, once per parent, when that parent has text of its own. Closed shadow roots (`shadowRootOf`) are looked up
 * only on elements that can host one (custom elements and the built-ins attachShadow() accepts: no table cells, links
 * or inline formatting); open roots are read on every element.
 */
export function readDom(root: Document | Element, source: string, options: DomSourceOptions = {}): DomTextDocument {
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  const out = new TextBuilder();
  const anchors: DomAnchor[] = [];
  const { ignore, budget, shadowRootOf } = options;
  let elements = 0;

  /** The text of `parent`'s own Text children, if any shows: white-space and visibility of `parent`, read once. */
  const walkChildren = (parent: ParentNode, style: CSSStyleDeclaration | undefined, pre: boolean, meta: Meta) => {
    let textPre = pre;
    let textShown: boolean | undefined;
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        if (textShown === undefined) ({ pre: textPre, shown: textShown } = textStyle(style, pre));
        if (!textShown) continue;
        const nodeStart = out.text(data, textPre, anchors.length, meta);
        if (nodeStart >= 0) anchors.push({ node: child as Text, nodeStart, pre: textPre });
      } else if (type === 1) walkElement(child as Element, pre, meta);
    }
  };

  const walkElement = (el: Element, pre: boolean, meta: Meta): void => {
    if ((++elements & 511) === 0) budget?.();
    const info = tagInfo(el.tagName);
    if (info.skip || el.hasAttribute('hidden') || ignore?.(el)) return;
    if (info.br) return out.boundary('\n');
    if (info.slot) {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length) {
        // slotted text renders with the slot's white-space and visibility (inherited from the shadow tree)
        const { pre: textPre, shown } = textStyle(view?.getComputedStyle(el), pre);
        for (const n of assigned) {
          if (n.nodeType === 1) walkElement(n as Element, textPre, meta);
          else if (n.nodeType === 3 && shown) {
            const nodeStart = out.text((n as Text).data, textPre, anchors.length, meta);
            if (nodeStart >= 0) anchors.push({ node: n as Text, nodeStart, pre: textPre });
          }
        }
        return;
      }
    }
    const style = view?.getComputedStyle(el);
    const display = info.slot ? 'contents' : style?.display || info.defaultDisplay;
    if (display === 'none') return;
    const sep = INLINE_DISPLAYS.has(display) ? null : CELL_DISPLAYS.has(display) ? '\t' : '\n';
    if (sep) out.boundary(sep);
    const inner = metaFor(info, meta);
    const childPre = pre || info.pre;
    const shadow = (info.shadowHost ? shadowRootOf?.(el) : null) ?? el.shadowRoot;
    walkChildren(shadow ?? el, style, childPre, inner);
    if (sep) out.boundary(sep);
  };

  if (root.nodeType === 9) walkChildren(root as Document, undefined, false, NO_META);
  else walkElement(root as Element, false, NO_META);
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
