// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { NoticeCard } from '../../../components/NoticeCard';
import { useCorrectedNotice } from '../../../components/useCorrectedNotice';
import { computeDeadlines, defaultRuleset } from '../../../rules';
import { DEFAULT_SETTINGS } from '../../../storage/types';
import type { Language, Notice } from '../../../model';
import { axeViolations } from '../../support/axe';
import { qmePanel, urDenial } from '../../support/notices';

const TODAY = '2026-03-10';
const now = () => new Date(2026, 2, 10, 12, 0, 0);
const profile = { represented: false, addressRegion: 'ca' } as const;
const ctx = { settings: { ...DEFAULT_SETTINGS, profile }, ruleset: defaultRuleset(), today: TODAY };

function Live({ notice, lang = 'en' }: { notice: Notice; lang?: Language }) {
  const c = useCorrectedNotice(notice, { ctx });
  return <NoticeCard notice={c.notice} deadlines={c.deadlines} lang={lang} onCorrect={c.correct} now={now} id="t" />;
}

afterEach(cleanup);

describe('NoticeCard', () => {
  it('shows the safe date, days left, the latest date, what to do and the citation for a UR denial', () => {
    render(<Live notice={urDenial()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Utilization review (UR) decision — denied');
    expect(screen.getByText('Claim ADJ1234567')).toBeTruthy();
    const imr = screen.getByRole('region', { name: 'Ask for Independent Medical Review (IMR)' });
    // Safe date: 30 days from the earliest date on the letter (decision 2026-03-02) → 2026-04-01.
    expect(within(imr).getByText('22 days left')).toBeTruthy();
    expect(imr.querySelector('.cc-due-date')?.getAttribute('datetime')).toBe('2026-04-01');
    expect(imr.querySelector('.cc-latest time')?.getAttribute('datetime')).toMatch(/^2026-04-(0[89]|1\d)$/);
    expect(within(imr).getByText(/DWC Form IMR/)).toBeTruthy();
    expect(within(imr).getByText(/4610\.5/)).toBeTruthy();
  });

  it('recomputes at once when a date is corrected', () => {
    render(<Live notice={urDenial()} />);
    const input = screen.getByLabelText('Decision date') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2026-03-05' } });
    const imr = screen.getByRole('region', { name: 'Ask for Independent Medical Review (IMR)' });
    // Now the earliest date is the service date 2026-03-04 → 2026-04-03.
    expect(imr.querySelector('.cc-due-date')?.getAttribute('datetime')).toBe('2026-04-03');
    expect(within(imr).getByText('24 days left')).toBeTruthy();
  });

  it('recomputes when the service method or representation is corrected', () => {
    render(<Live notice={qmePanel()} />);
    const before = [...document.querySelectorAll('.cc-deadline')].map((s) => s.getAttribute('data-rule'));
    expect(before).toContain('ca.qme.strike');
    fireEvent.change(screen.getByLabelText('Do you have an attorney?'), { target: { value: 'no' } });
    const after = [...document.querySelectorAll('.cc-deadline')].map((s) => s.getAttribute('data-rule'));
    expect(after).toContain('ca.qme.select');
    expect(after).not.toContain('ca.qme.strike');

    cleanup();
    render(<Live notice={urDenial()} />);
    const latestBefore = document.querySelector('[data-rule="ca.imr.request"] .cc-latest time')?.getAttribute('datetime');
    fireEvent.change(screen.getByLabelText('How it was sent to you (served)'), { target: { value: 'personal' } });
    const latestAfter = document.querySelector('[data-rule="ca.imr.request"] .cc-latest time')?.getAttribute('datetime')
      ?? document.querySelector('[data-rule="ca.imr.request"] .cc-due-date')?.getAttribute('datetime');
    expect(latestAfter! < latestBefore!).toBe(true); // no mail days once served in person
  });

  it('reports a correction patch to onCorrect', () => {
    const onCorrect = vi.fn();
    const n = urDenial();
    render(<NoticeCard notice={n} deadlines={[]} lang="en" onCorrect={onCorrect} id="p" />);
    expect(screen.getByText('No deadline applies to this notice with the facts we have.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Date you received it'), { target: { value: '2026-03-09' } });
    expect(onCorrect).toHaveBeenCalledWith({ dates: { received_date: '2026-03-09' } });
  });

  it('shows an uncertain date note next to the date field', () => {
    render(<Live notice={urDenial()} />);
    const input = screen.getByLabelText('Date it was sent to you (served)');
    const note = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(note?.textContent).toMatch(/two dates were found/);
  });

  it('is all Spanish in Spanish, including the rule title, action and steps', () => {
    render(<Live notice={urDenial()} lang="es" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Decisión de la revisión de utilización (UR) — rechazada');
    const imr = screen.getByRole('region', { name: 'Pida una Revisión Médica Independiente (IMR)' });
    expect(within(imr).getByText('Quedan 22 días')).toBeTruthy();
    expect(within(imr).getByText(/formulario DWC IMR/)).toBeTruthy();
    expect(imr.querySelector('.cc-steps ol')?.textContent).toMatch(/Inicio/);
    expect(screen.getByText('Corregir una fecha o un dato')).toBeTruthy();
    expect(screen.getByLabelText('Fecha de la decisión')).toBeTruthy();
  });

  it('has no accessibility violations (axe-core)', async () => {
    const { container } = render(<Live notice={urDenial()} />);
    container.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('counts down to the latest date when the user chose the statutory countdown', () => {
    const n = urDenial();
    const deadlines = computeDeadlines(n, profile, defaultRuleset(), TODAY);
    render(<NoticeCard notice={n} deadlines={deadlines} lang="en" countdown="latest" now={now} />);
    const imr = document.querySelector('[data-rule="ca.imr.request"]')!;
    const latest = deadlines.find((d) => d.rule === 'ca.imr.request')!.latest;
    const days = Number(imr.querySelector('.cc-countdown')?.getAttribute('data-days'));
    expect(days).toBe(Math.round((Date.parse(latest) - Date.parse(TODAY)) / 86_400_000));
  });
});
