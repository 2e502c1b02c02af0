// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBanner, BANNER_TAG } from '../../../page/banner';

const model = {
  notices: [{ heading: 'Utilization review decision (denied)', action: 'Request IMR', countdown: '10 days left', dates: 'Due April 3, 2026', citation: 'Lab. Code § 4610.5(h)(1)', daysLeft: 10 }],
  links: [{ label: 'Outcome: DENIED', onActivate: vi.fn() }],
};

describe('banner', () => {
  afterEach(() => document.querySelector(BANNER_TAG)?.remove());

  it('shows the pathway and countdown in a fixed-position shadow root with a status line', () => {
    const banner = createBanner(document);
    banner.render(model);
    const root = document.querySelector(BANNER_TAG)!.shadowRoot!;
    expect(root.querySelector('[role=status]')!.textContent).toBe('ClaimClock: 10 days left');
    expect(root.querySelector('[role=region]')!.getAttribute('aria-label')).toMatch(/ClaimClock/);
    expect(root.textContent).toContain('Request IMR');
    expect(root.querySelector('style')!.textContent).toMatch(/position: fixed/);
  });

  it('starts as a compact pill that expands and collapses with its toggle, keeping aria-expanded in step', () => {
    const banner = createBanner(document);
    banner.render(model);
    const root = banner.host.shadowRoot!;
    const toggle = root.querySelector('button[aria-expanded]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((root.querySelector('#cc-body') as HTMLElement).hidden).toBe(true);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect((root.querySelector('#cc-body') as HTMLElement).hidden).toBe(false);
    banner.render(model); // a rescan keeps it open
    expect((root.querySelector('#cc-body') as HTMLElement).hidden).toBe(false);
    (root.querySelector('button[aria-expanded]') as HTMLButtonElement).click();
    expect((root.querySelector('#cc-body') as HTMLElement).hidden).toBe(true);
  });

  it('offers the dates to check as choices that preview and confirm, and asks for a missing date', () => {
    const onChoose = vi.fn();
    const onPreview = vi.fn();
    const onEnterDate = vi.fn();
    const choice = { role: 'service_date' as const, date: '2026-03-04', start: 5, end: 15 };
    const banner = createBanner(document);
    banner.render({
      links: [], onChoose, onPreview, onEnterDate,
      notices: [
        { ...model.notices[0]!, index: 1, status: 'soon', check: { lines: ['Two dates'], choices: [{ label: 'Date served: March 4, 2026', choice }] } },
        { heading: 'MPN list', action: 'Needs a date', countdown: null, dates: null, citation: null, daysLeft: null, index: 0, needsDate: [{ role: 'received_date', label: 'Date received' }] },
      ],
    });
    const root = banner.host.shadowRoot!;
    expect(root.querySelector('[role=status]')!.textContent).toBe('ClaimClock: 10 days left ?');
    const b = root.querySelector('.cc-choice') as HTMLButtonElement;
    b.dispatchEvent(new Event('mouseenter'));
    expect(onPreview).toHaveBeenCalledWith(choice);
    b.click();
    expect(onChoose).toHaveBeenCalledWith(1, choice);
    const input = root.querySelector('input[data-role=received_date]') as HTMLInputElement;
    input.value = '2026-03-01';
    (root.querySelector('[data-needs-date] .cc-button') as HTMLButtonElement).click();
    expect(onEnterDate).toHaveBeenCalledWith(0, 'received_date', '2026-03-01');
  });

  it('is dismissed by Escape and by the close button, telling the owner', () => {
    const onDismiss = vi.fn();
    const banner = createBanner(document, onDismiss);
    banner.render(model);
    banner.host.shadowRoot!.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    banner.render(model);
    (banner.host.shadowRoot!.querySelector('button[aria-label="Dismiss ClaimClock banner"]') as HTMLButtonElement).click();
    expect(document.querySelector(BANNER_TAG)).toBeNull();
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('lists highlights as buttons that reveal them', () => {
    const banner = createBanner(document);
    banner.render(model);
    const link = [...banner.host.shadowRoot!.querySelectorAll('li button')][0] as HTMLButtonElement;
    link.click();
    expect(model.links[0]!.onActivate).toHaveBeenCalled();
  });

  it('speaks Spanish when the user chose Spanish', () => {
    const banner = createBanner(document);
    banner.render({ ...model, language: 'es' });
    const root = banner.host.shadowRoot!;
    expect(banner.host.lang).toBe('es');
    expect(root.querySelector('[role=region]')!.getAttribute('aria-label')).toBe('Plazos de ClaimClock en esta página');
    expect(root.querySelector('button[aria-label="Cerrar el aviso de ClaimClock"]')).not.toBeNull();
    expect(root.textContent).toContain('No es asesoría legal');
  });
});
