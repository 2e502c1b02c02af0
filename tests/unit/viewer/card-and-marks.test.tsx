// @vitest-environment happy-dom
import { fireEvent, render } from '@testing-library/preact';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../../../model';
import { Notice } from '../../../model';
import { applyHighlights } from '../../../viewer/highlight-dom';
import { LocalNoticeCard } from '../../../viewer/LocalNoticeCard';
import { Progress } from '../../../viewer/Progress';

const notice = Notice.parse({
  kind: 'ur_decision',
  outcome: 'denied',
  confidence: 0.95,
  serviceMethod: 'mail',
  expedited: false,
  represented: null,
  medication: false,
  dates: { service_date: '2026-03-04' },
  dateNotes: { service_date: 'Read by OCR' },
});
const deadline = {
  rule: 'ca.imr.request',
  type: 'deadline',
  actor: 'worker',
  title: { en: 'Request Independent Medical Review', es: 'Solicite IMR' },
  explanation: { en: '', es: '' },
  citation: 'Lab. Code § 4610.5(h)(1)',
  source: '',
  start: '2026-03-04',
  startRole: 'service_date',
  due: '2026-04-03',
  latest: '2026-04-08',
  status: 'upcoming',
  daysLeft: 12,
  steps: ['Start: service on 2026-03-04', 'Add 30 days'],
  stepDetails: [],
  needsConfirmation: false,
  assumptions: [],
} satisfies Deadline;

describe('the viewer notice card', () => {
  it('shows pathway, countdown, due and latest dates, citation and steps', () => {
    const { container, getByText } = render(<LocalNoticeCard notice={notice} deadlines={[deadline]} />);
    expect(getByText('Request Independent Medical Review')).toBeTruthy();
    expect(getByText('12 days left')).toBeTruthy();
    expect([...container.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2026-04-03',
      '2026-04-08',
    ]);
    expect(getByText('Lab. Code § 4610.5(h)(1)')).toBeTruthy();
    expect(container.querySelectorAll('details li')).toHaveLength(2);
    expect(getByText('Read by OCR')).toBeTruthy();
  });

  it('reports a corrected date', () => {
    const onCorrectDate = vi.fn();
    const { container } = render(<LocalNoticeCard notice={notice} deadlines={[deadline]} onCorrectDate={onCorrectDate} />);
    const input = container.querySelector<HTMLInputElement>('input[data-role="service_date"]')!;
    input.value = '2026-03-10';
    fireEvent.change(input);
    expect(onCorrectDate).toHaveBeenCalledWith('service_date', '2026-03-10');
  });

  it('has no accessibility violations, with the progress bar and its cancel button', async () => {
    const { container } = render(
      <main>
        <Progress label="OCR: page 1 of 2" value={0.4} onCancel={() => {}} />
        <LocalNoticeCard notice={notice} deadlines={[deadline]} />
      </main>,
    );
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
