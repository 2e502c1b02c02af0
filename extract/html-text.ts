// HTML source → TextDocument, with no DOM (the CLI and tests read .html files with it). Visible text only:
// script, style, template, noscript and hidden subtrees (hidden, aria-hidden="true", inline display:none or
// visibility:hidden) are dropped; block elements become line breaks and table cells are separated by tabs, like
// sources/dom.ts does for live pages, so the detectors see the same shape of text from both.
import { decodeEntities } from './html-entities';
import type { TextDocument, TextRun } from './text-document';

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
const SKIP = new Set([...RAW_TEXT, 'head', 'svg', 'math', 'iframe', 'object', 'select', 'canvas', 'video', 'audio', 'button', 'datalist']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'dialog',
]);
const CELL = new Set(['td', 'th']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ATTR = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(src: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(src); m; m = ATTR.exec(src)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

function isHidden(attrs: Map<string, string>): boolean {
  if (attrs.has('hidden')) return true;
  if (attrs.get('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = attrs.get('style')?.toLowerCase().replace(/\s+/g, '') ?? '';
  return /(?:^|;)display:none/.test(style) || /(?:^|;)visibility:(?:hidden|collapse)/.test(style);
}

/** Visible text of an HTML document, one run per text node (run.item = text node index). */
export function htmlToTextDocument(html: string, source: string): TextDocument {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let lastChar = '\n';
  let textNodes = 0;
  let pre = 0;
  let skipTag: string | null = null;
  let skipDepth = 0;

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const breakWith = (sep: '\n' | '\t') => {
    if (lastChar === '\n') return;
    if (lastChar === ' ' || (sep === '\n' && lastChar === '\t')) {
      const last = parts.pop()!.slice(0, -1);
      if (last) parts.push(last);
      length -= 1;
      lastChar = parts[parts.length - 1]?.slice(-1) || '\n';
      const run = runs[runs.length - 1];
      if (run && run.end > length) run.end = length;
      if (lastChar === '\n') return;
    }
    if (sep === '\t' && lastChar === '\t') return;
    push(sep);
  };
  const text = (raw: string) => {
    const data = decodeEntities(raw);
    let out = '';
    for (const ch of data) {
      if (!pre && /[ \t\n\r\f\u00a0]/.test(ch)) {
        const prev = out.length ? out[out.length - 1] : lastChar;
        if (prev === ' ' || prev === '\n' || prev === '\t') continue;
        out += ' ';
      } else out += ch === '\u00a0' ? ' ' : ch;
    }
    const index = textNodes++;
    if (!out) return;
    runs.push({ start: length, end: length + out.length, item: index });
    push(out);
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const token = m[0];
    const name = m[1]?.toLowerCase();
    const closing = token.startsWith('</');
    if (skipTag) {
      if (name === skipTag && !token.endsWith('/>')) skipDepth += closing ? -1 : 1;
      if (skipDepth === 0) skipTag = null;
      continue;
    }
    if (!name) {
      if (token[0] !== '<' || token === '<') text(token);
      continue;
    }
    if (closing) {
      if (name === 'pre') pre = Math.max(0, pre - 1);
      if (CELL.has(name)) breakWith('\t');
      else if (BLOCK.has(name)) breakWith('\n');
      continue;
    }
    const attrs = attributes(m[2] ?? '');
    const selfClosing = token.endsWith('/>') || VOID.has(name);
    if (SKIP.has(name) || isHidden(attrs)) {
      if (selfClosing) continue;
      if (RAW_TEXT.has(name)) {
        // raw text: jump to the matching end tag
        const end = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
        TOKEN.lastIndex = end < 0 ? html.length : end;
        const close = /^<\/[^>]*>/.exec(html.slice(TOKEN.lastIndex));
        TOKEN.lastIndex += close ? close[0].length : 0;
        continue;
      }
      skipTag = name;
      skipDepth = 1;
      continue;
    }
    if (name === 'br') breakWith('\n');
    else if (CELL.has(name)) breakWith('\t');
    else if (BLOCK.has(name)) breakWith('\n');
    if (name === 'pre') pre++;
  }

  let out = parts.join('');
  while (out.length && /\s$/.test(out)) out = out.slice(0, -1);
  for (const run of runs) if (run.end > out.length) run.end = out.length;
  return { source, text: out, runs: runs.filter((r) => r.end > r.start) };
}
