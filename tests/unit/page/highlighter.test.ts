// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, MARK_ATTR } from '../../../page/highlighter';

function rangeOver(node: Text, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
}

describe('highlighter', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    delete (window as unknown as { Highlight?: unknown }).Highlight;
  });

  it('wraps ranges in inline marks with a label when the Highlight API is missing, and unwraps them cleanly', () => {
    document.body.innerHTML = '<p>Decision: DENIED on March 4, 2026.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const hl = createHighlighter(document);
    expect(hl.mode).toBe('marks');
    hl.show([
      { kind: 'evidence', label: 'Outcome: DENIED', ranges: [rangeOver(text, 10, 16)] },
      { kind: 'date', label: 'Date served: March 4, 2026', ranges: [rangeOver(text, 20, 33)] },
    ]);
    const marks = [...document.querySelectorAll(`[${MARK_ATTR}]`)] as HTMLElement[];
    expect(marks.map((m) => [m.textContent, m.getAttribute(MARK_ATTR), m.title])).toEqual([
      ['DENIED', 'evidence', 'ClaimClock: Outcome: DENIED'],
      ['March 4, 2026', 'date', 'ClaimClock: Date served: March 4, 2026'],
    ]);
    expect(marks[0]!.style.cssText).toMatch(/all: unset/);
    hl.clear();
    expect(document.querySelectorAll(`[${MARK_ATTR}]`)).toHaveLength(0);
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
    expect(document.querySelector('p')!.textContent).toBe('Decision: DENIED on March 4, 2026.');
  });

  it('uses named CSS highlights without touching the DOM when the API exists', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    Object.assign(window, { Highlight: FakeHighlight });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    document.body.innerHTML = '<p>Decision: DENIED</p>';
    const html = document.body.innerHTML;
    const hl = createHighlighter(document);
    expect(hl.mode).toBe('css-highlight');
    hl.show([{ kind: 'evidence', label: 'Outcome', ranges: [rangeOver(document.querySelector('p')!.firstChild as Text, 10, 16)] }]);
    expect(registry.get('claimclock-evidence')!.ranges[0]!.toString()).toBe('DENIED');
    expect(registry.has('claimclock-date')).toBe(false);
    expect(document.body.innerHTML).toBe(html);
    hl.clear();
    expect(registry.size).toBe(0);
  });
});
