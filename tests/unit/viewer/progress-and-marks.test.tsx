// @vitest-environment happy-dom
import { fireEvent, render } from '@testing-library/preact';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { applyHighlights } from '../../../viewer/highlight-dom';
import { Progress } from '../../../viewer/Progress';

describe('the progress bar', () => {
  it('is labelled, reports its percentage and has no accessibility violations', async () => {
    const onCancel = vi.fn();
    const { container, getByRole } = render(
      <main>
        <Progress label="OCR: page 1 of 2" value={0.4} onCancel={onCancel} cancelLabel="Cancelar" />
      </main>,
    );
    expect(container.querySelector('progress')!.getAttribute('value')).toBe('40');
    fireEvent.click(getByRole('button', { name: 'Cancelar' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('highlighting text-layer spans', () => {
  it('wraps only the matched slice of each span in a mark and keeps the text', () => {
    const spans = ['Served by mail on ', 'March 4, 2026'].map((t) => {
      const s = document.createElement('span');
      s.textContent = t;
      return s;
    });
    const marks = applyHighlights(spans, [
      { page: 1, item: 0, from: 10, to: 14, fact: 'serviceMethod' },
      { page: 1, item: 1, from: 0, to: 13, fact: 'date:service_date' },
      { page: 1, item: 7, from: 0, to: 3, fact: 'missing span' },
    ]);
    expect(marks.map((m) => m.textContent)).toEqual(['mail', 'March 4, 2026']);
    expect(spans[0]!.textContent).toBe('Served by mail on ');
    expect(spans[0]!.innerHTML).toBe('Served by <mark class="cc-mark cc-mark-fact" data-fact="serviceMethod">mail</mark> on ');
    expect(marks[1]!.className).toContain('cc-mark-date');
  });
});
