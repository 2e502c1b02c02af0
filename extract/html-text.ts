// HTML source → TextDocument, with no DOM (the CLI and tests read .html files with it). Visible text only:
// script, style, template, noscript and hidden subtrees (hidden, aria-hidden="true", inline display:none or
// visibility:hidden) are dropped; blocks become line breaks and table cells tabs, through the same TextBuilder the
// live DOM reader uses (sources/dom.ts). The tokenizer looks at each character a bounded number of times: an
// unclosed "<", quote or comment ends the document where a browser would, instead of being searched for again.
import { decodeEntities } from './html-entities';
import { TextBuilder } from './text-builder';
import type { TextDocument } from './text-document';

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes', 'plaintext']);
const SKIP = new Set([...RAW_TEXT, 'head', 'svg', 'math', 'object', 'select', 'canvas', 'video', 'audio', 'button', 'datalist']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'dialog',
]);
const CELL = new Set(['td', 'th']);
const ZONES: Record<string, 'nav' | 'header' | 'footer' | 'aside'> = { nav: 'nav', header: 'header', footer: 'footer', aside: 'aside' };
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['b', 'strong', 'th']);

/** Which zone (nav, header, footer, aside) and emphasis (heading, bold) the current text is inside. */
class Context {
  private readonly open = new Map<string, number>();
  enter(name: string) {
    if (ZONES[name] || HEADINGS.has(name) || BOLD.has(name)) this.open.set(name, (this.open.get(name) ?? 0) + 1);
  }
  leave(name: string) {
    const n = this.open.get(name);
    if (n) this.open.set(name, n - 1);
  }
  meta(): { emphasis?: 'heading' | 'bold'; zone?: 'nav' | 'header' | 'footer' | 'aside' } {
    let zone: 'nav' | 'header' | 'footer' | 'aside' | undefined;
    let emphasis: 'heading' | 'bold' | undefined;
    for (const [name, n] of this.open) {
      if (!n) continue;
      if (ZONES[name]) zone ??= ZONES[name];
      if (HEADINGS.has(name)) emphasis = 'heading';
      else if (BOLD.has(name)) emphasis ??= 'bold';
    }
    return { ...(emphasis ? { emphasis } : {}), ...(zone ? { zone } : {}) };
  }
}

/** A tag as the tokenizer read it. */
export interface Tag {
  name: string; // lower case
  closing: boolean;
  selfClosing: boolean;
  attrs: Map<string, string>;
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** Reads a tag starting at html[at] === '<'; returns it and where it ends, or null at an unclosed tag (the end). */
export function readTag(html: string, at: number): { tag: Tag; end: number } | null {
  let i = at + 1;
  const closing = html.charCodeAt(i) === 47; // '/'
  if (closing) i++;
  const nameStart = i;
  while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '>' && html[i] !== '/') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62) return { tag: { name, closing, selfClosing, attrs }, end: i + 1 }; // '>'
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 47) {
      selfClosing = html.charCodeAt(i + 1) === 62;
      i++;
      continue;
    }
    // an attribute: name, optional = value (quoted or not)
    const keyStart = i;
    while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '=' && html[i] !== '>' && (html[i] !== '/' || i === keyStart)) i++;
    const key = html.slice(keyStart, i).toLowerCase();
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && isSpace(html.charCodeAt(i))) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        if (close < 0) return null; // unclosed quote: the rest of the file is inside the tag
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const vStart = i;
        while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i++;
        value = html.slice(vStart, i);
      }
    }
    if (key) attrs.set(key, decodeEntities(value));
  }
  return null;
}

function isHidden(attrs: Map<string, string>): boolean {
  if (attrs.has('hidden')) return true;
  if (attrs.get('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = attrs.get('style')?.toLowerCase().replace(/\s+/g, '') ?? '';
  return /(?:^|;)display:none/.test(style) || /(?:^|;)visibility:(?:hidden|collapse)/.test(style);
}

/** Where the raw text of a <name> element ends: the start of its "</name", or the end of the file. */
function rawTextEnd(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) {
      const after = html.charCodeAt(at + 2 + name.length);
      if (Number.isNaN(after) || isSpace(after) || after === 62 || after === 47) return at;
    }
  }
  return html.length;
}

/** Visible text of an HTML document, one run per text node (run.item = text node index). */
export function htmlToTextDocument(html: string, source: string): TextDocument {
  const out = new TextBuilder();
  let textNodes = 0;
  let pre = 0;
  let skipTag: string | null = null;
  let skipDepth = 0;
  const context = new Context();
  const text = (raw: string) => {
    if (skipTag) return;
    out.text(decodeEntities(raw), pre > 0, textNodes++, context.meta());
  };

  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      text(html.slice(pos));
      break;
    }
    if (lt > pos) text(html.slice(pos, lt));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      pos = close < 0 ? html.length : close + 3;
      continue;
    }
    if (next === 33 || next === 63) {
      // <!doctype …>, <![CDATA[…]]>, <?…>: markup, not text
      const close = html.indexOf('>', lt + 2);
      pos = close < 0 ? html.length : close + 1;
      continue;
    }
    if (!(isNameStart(next) || (next === 47 && isNameStart(html.charCodeAt(lt + 2))))) {
      text('<'); // a lone "<" is text
      pos = lt + 1;
      continue;
    }
    const read = readTag(html, lt);
    if (!read) break; // an unclosed tag runs to the end of the file: nothing after it is text
    pos = read.end;
    const { name, closing, attrs } = read.tag;
    const selfClosing = read.tag.selfClosing || VOID.has(name);
    if (skipTag) {
      if (name === skipTag && !selfClosing) skipDepth += closing ? -1 : 1;
      if (skipDepth === 0) skipTag = null;
      continue;
    }
    if (closing) {
      context.leave(name);
      if (name === 'pre') pre = Math.max(0, pre - 1);
      if (CELL.has(name)) out.boundary('\t');
      else if (BLOCK.has(name)) out.boundary('\n');
      continue;
    }
    if (SKIP.has(name) || isHidden(attrs)) {
      if (selfClosing) continue;
      if (RAW_TEXT.has(name)) {
        // raw text: jump past the matching end tag
        const end = rawTextEnd(html, pos, name);
        const close = end < html.length ? html.indexOf('>', end) : -1;
        pos = close < 0 ? html.length : close + 1;
        continue;
      }
      skipTag = name;
      skipDepth = 1;
      continue;
    }
    if (name === 'br') out.boundary('\n');
    else if (CELL.has(name)) out.boundary('\t');
    else if (BLOCK.has(name)) out.boundary('\n');
    if (name === 'pre') pre++;
    if (!selfClosing) context.enter(name);
  }
  return out.finish(source);
}
