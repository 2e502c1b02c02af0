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

  it('collapses and expands with its toggle button, keeping aria-expanded in step', () => {
    const banner = createBanner(document);
    banner.render(model);
    const root = banner.host.shadowRoot!;
    const toggle = root.querySelector('button[aria-expanded]') as HTMLButtonElement;
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((root.querySelector('#cc-body') as HTMLElement).hidden).toBe(true);
    toggle.click();
    expect((root.querySelector('#cc-body') as HTMLElement).hidden).toBe(false);
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
