// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { rangesFor, readDom, sourceForPage } from '../../../sources';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('readDom', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('collapses whitespace and separates blocks with line breaks', () => {
    const doc = readDom(page('<div>Date of\n   UR   Decision:</div><p>March  4, 2026</p>'), 'x');
    expect(doc.text).toBe('Date of UR Decision:\nMarch 4, 2026');
  });

  it('keeps table cells of one row on one line', () => {
    const doc = readDom(page('<table><tr><th>Date mailed</th><td>03/04/2026</td></tr><tr><td>Claim</td><td>123</td></tr></table>'), 'x');
    expect(doc.text.split('\n')).toContain('Date mailed\t03/04/2026');
  });

  it('leaves out scripts, styles, hidden and display:none elements', () => {
    const doc = readDom(
      page('<p>shown</p><script>var denied = 1</script><style>p{}</style><p hidden>gone1</p><p style="display:none">gone2</p><p style="visibility:hidden">gone3 <span style="visibility:visible">back</span></p>'),
      'x',
    );
    expect(doc.text).toContain('shown');
    expect(doc.text).toContain('back');
    for (const word of ['denied', 'gone1', 'gone2', 'gone3']) expect(doc.text).not.toContain(word);
  });

  it('reads open shadow roots, with slotted light DOM in place', () => {
    const d = page('<x-card><span slot="title">Denied</span></x-card>');
    const host = d.querySelector('x-card')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div>Decision: <slot name="title"></slot> on March 4, 2026</div>';
    const doc = readDom(d, 'x');
    expect(doc.text).toBe('Decision: Denied on March 4, 2026');
  });

  it('reads a closed shadow root on a built-in host (a div), through the extension\'s lookup', () => {
    const d = page('<div id="host"></div><p>after</p>');
    const host = d.getElementById('host')!;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Decision: DENIED on March 4, 2026</p>';
    const doc = readDom(d, 'x', { shadowRootOf: (el) => (el === host ? closed : null) });
    expect(doc.text).toBe('Decision: DENIED on March 4, 2026\nafter');
  });

  it('keeps the line breaks of slotted text under a pre-wrap slot', () => {
    const d = page('<letter-view>Date: 11/02/2026\nDate of service: 11/04/2026\nDenied</letter-view>');
    const root = d.querySelector('letter-view')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div style="white-space: pre-wrap"><slot></slot></div>';
    const doc = readDom(d, 'x');
    expect(doc.text.split('\n')).toEqual(['Date: 11/02/2026', 'Date of service: 11/04/2026', 'Denied']);
  });

  it('skips elements the caller ignores (its own UI)', () => {
    const doc = readDom(page('<p>page</p><div id="ours">banner says denied</div>'), 'x', { ignore: (el) => el.id === 'ours' });
    expect(doc.text).toBe('page');
  });

  it('maps document offsets back to exact text in the nodes, across collapsed whitespace', () => {
    const d = page('<div>  Notice   of   <b>UR\n  Decision</b>:   DENIED  on <i>March   4,  2026</i></div>');
    const doc = readDom(d, 'x');
    for (const needle of ['DENIED', 'March 4, 2026', 'UR Decision', 'Notice of']) {
      const start = doc.text.indexOf(needle);
      expect(start).toBeGreaterThanOrEqual(0);
      const text = rangesFor(doc, start, start + needle.length)
        .map((r) => r.toString())
        .join('')
        .replace(/\s+/g, ' ');
      expect(text).toBe(needle);
    }
  });

  it('gives one range per text node for a span crossing elements', () => {
    const d = page('<p>Date: <b>March</b> 4, 2026</p>');
    const doc = readDom(d, 'x');
    const start = doc.text.indexOf('March');
    const ranges = rangesFor(doc, start, doc.text.length);
    expect(ranges).toHaveLength(2);
    expect(ranges.map((r) => r.toString()).join('')).toBe('March 4, 2026');
  });

  it('every run points at a text node whose text it holds', () => {
    const doc = readDom(page('<ul><li>one  two</li><li> three</li></ul><p>four<br>five</p>'), 'x');
    expect(doc.text).toBe('one two\nthree\nfour\nfive');
    for (const run of doc.runs) {
      const anchor = doc.anchors[run.item!]!;
      expect(anchor.node.data.replace(/\s+/g, ' ')).toContain(doc.text.slice(run.start, run.end).trim());
    }
  });
});

describe('sourceForPage', () => {
  it('reads the page body with the page URL as source', () => {
    page('<h1>Utilization Review</h1>');
    const src = sourceForPage(document);
    expect(src.kind).toBe('html');
    const doc = src.read();
    expect(doc.text).toBe('Utilization Review');
    expect(doc.source).toBe(document.URL);
  });
});
