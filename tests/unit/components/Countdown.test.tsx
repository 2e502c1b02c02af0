// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { Countdown, countdownText, urgencyOf } from '../../../components/Countdown';

describe('Countdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('ticks from "1 day left" to "Due today" when the clock passes midnight', () => {
    vi.setSystemTime(new Date(2026, 3, 7, 23, 59, 0)); // local Apr 7, 23:59
    render(<Countdown date="2026-04-08" lang="en" now={() => new Date()} intervalMs={60_000} />);
    const el = screen.getByText('1 day left');
    expect(el.getAttribute('aria-live')).toBe('polite');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(el.textContent).toMatch(/^Due today · 24 h 0 min left today$/);
    expect(el.className).toContain('cc-today');
  });

  it('counts days in Spanish and marks a passed date', () => {
    vi.setSystemTime(new Date(2026, 3, 1, 9, 0, 0));
    render(<Countdown date="2026-04-08" lang="es" now={() => new Date()} />);
    expect(screen.getByText('Quedan 7 días')).toBeTruthy();
    act(() => {
      vi.setSystemTime(new Date(2026, 3, 11, 9, 0, 0));
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByText('Venció hace 3 días').className).toContain('cc-past');
  });

  it('words every case and grades urgency', () => {
    expect(countdownText(12, 'en')).toBe('12 days left');
    expect(countdownText(-1, 'en')).toBe('Passed 1 day ago');
    expect(countdownText(0, 'en')).toBe('Due today');
    expect([urgencyOf(-2), urgencyOf(0), urgencyOf(7), urgencyOf(8)]).toEqual(['past', 'today', 'soon', 'later']);
  });
});
