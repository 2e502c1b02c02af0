// @vitest-environment happy-dom
// The viewer page end to end in happy-dom, with hand-written fakes for pdf.js, the pages and the detector;
// deadlines come from the real rules module.
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Notice } from '../../../model';
import { userContext } from '../../../app/context';
import { defaultRuleset } from '../../../rules';
import { DEFAULT_SETTINGS } from '../../../storage/types';
import { axeViolations } from '../../support/axe';
import { App, type ViewerProps } from '../../../viewer/App';
import { ViewerError } from '../../../viewer/errors';
import type { PDFDocumentProxy } from '../../../viewer/pdfjs';
import type { VirtualPages } from '../../../viewer/virtual-pages';

const LINE = 'Served by mail on March 4, 2026';

/** One page, one text item: what pdf.js would give for a one-line letter. */
const fakePdf = {
  numPages: 1,
  getPage: async () => ({ getTextContent: async () => ({ items: [{ str: LINE, hasEOL: true }] }) }),
  destroy: async () => {},
} as unknown as PDFDocumentProxy;

const urDenial = Notice.parse({
  kind: 'ur_decision',
  outcome: 'denied',
  confidence: 0.95,
  serviceMethod: 'mail',
  expedited: false,
  represented: null,
  medication: false,
  dates: { service_date: '2026-03-04' },
  evidence: [{ fact: 'date:service_date', start: 18, end: 31, text: 'March 4, 2026' }],
});

function setup(over: Partial<ViewerProps> = {}) {
  const highlights: unknown[] = [];
  const pages: VirtualPages = {
    views: [],
    setHighlights: (byPage) => highlights.push(byPage),
    scrollToPage: () => {},
    focus: () => {},
    destroy: () => {},
  };
  const onNotices = vi.fn(async () => {});
  const props: ViewerProps = {
    fileUrl: 'https://insurer.example/letters/ur.pdf',
    trusted: true,
    lang: 'en',
    ctx: userContext(DEFAULT_SETTINGS, defaultRuleset(), { now: new Date(2026, 2, 10, 12) }),
    fetchBytes: async () => new Uint8Array([37, 80, 68, 70, 45]),
    readFile: async () => new Uint8Array([37, 80, 68, 70, 45]),
    deps: { openPdf: async () => fakePdf, hasImages: async () => false, ocr: async () => [], detect: () => [urDenial] },
    mountPages: async () => pages,
    browserViewerUrl: (u) => `${u}#claimclock-skip`,
    onNotices,
    ...over,
  };
  return { ...render(<App {...props} />), highlights, onNotices };
}

describe('the viewer page', () => {
  it('shows the IMR deadline for a UR denial, highlights its date and reports the notice', async () => {
    const { container, highlights, onNotices } = setup();
    const card = await waitFor(() => {
      const el = container.querySelector('.cc-deadline[data-rule="ca.imr.request"]');
      if (!el) throw new Error('no card yet');
      return el;
    });
    const due = card.querySelector('time')!.getAttribute('datetime')!;
    expect(['2026-04-03', '2026-04-08']).toContain(due);
    await waitFor(() => expect(highlights.length).toBeGreaterThan(0));
    expect(highlights.at(-1)).toEqual(new Map([[1, [{ page: 1, item: 0, from: 18, to: 31, fact: 'date:service_date' }]]]));
    expect(onNotices).toHaveBeenCalledWith('https://insurer.example/letters/ur.pdf', expect.any(String), [urDenial], 'redirect');
    expect(container.querySelector('a.cc-original')!.getAttribute('href')).toBe(
      'https://insurer.example/letters/ur.pdf#claimclock-skip',
    );

    expect(await axeViolations(container)).toEqual([]);

    // The user corrects the service date: the deadline moves by the same six days.
    const input = container.querySelector<HTMLInputElement>('input[data-role="service_date"]')!;
    input.value = '2026-03-10';
    fireEvent.change(input);
    await waitFor(() => expect(container.querySelector('.cc-deadline time')!.getAttribute('datetime')).not.toBe(due));
    const moved = container.querySelector('.cc-deadline time')!.getAttribute('datetime')!;
    expect(Date.parse(moved) - Date.parse(due)).toBe(6 * 86_400_000);
  });

  it('shows the download error in Spanish for a Spanish-speaking user', async () => {
    const { container } = setup({
      lang: 'es',
      fetchBytes: async () => {
        throw new ViewerError('fetch_failed', 'HTTP 500');
      },
    });
    const error = await waitFor(() => {
      const el = container.querySelector('.cc-error');
      if (!el) throw new Error('no error yet');
      return el;
    });
    expect(error.getAttribute('data-code')).toBe('fetch_failed');
    expect(error.textContent).toMatch(/no pudo descargar/);
    expect(container.textContent).toMatch(/Abrir en el visor del navegador/);
  });

  it('shows a PDF another page opened but saves its notices only when the user asks', async () => {
    const { container, onNotices } = setup({ trusted: false });
    const button = await waitFor(() => {
      const el = container.querySelector<HTMLButtonElement>('.cc-not-saved button');
      if (!el) throw new Error('no button yet');
      return el;
    });
    expect(container.querySelector('.cc-deadline[data-rule="ca.imr.request"]')).not.toBeNull();
    expect(onNotices).not.toHaveBeenCalled();
    fireEvent.click(button);
    await waitFor(() => expect(onNotices).toHaveBeenCalledWith('https://insurer.example/letters/ur.pdf', expect.any(String), [urDenial], 'user'));
    await waitFor(() => expect(container.querySelector('.cc-saved')?.textContent).toMatch(/Saved/));
  });

  it('refuses to open a data:, blob: or javascript: URL handed in by a page, and offers no link for it', async () => {
    for (const fileUrl of ['data:application/pdf;base64,JVBERi0xLjQ=', 'blob:https://evil.example/1', 'javascript:alert(1)']) {
      const fetchBytes = vi.fn(async () => new Uint8Array());
      const { container, onNotices, unmount } = setup({ fileUrl, fetchBytes });
      expect(container.querySelector('.cc-error')?.getAttribute('data-code')).toBe('unsafe_url');
      expect(container.querySelector('a.cc-original')).toBeNull();
      expect(fetchBytes).not.toHaveBeenCalled();
      expect(onNotices).not.toHaveBeenCalled();
      unmount();
    }
  });

  it('gives the same deadlines as the popup for the user’s default service method (one context for every face)', async () => {
    const noMethod = Notice.parse({ ...urDenial, serviceMethod: null });
    const ctx = userContext({ ...DEFAULT_SETTINGS, defaultServiceMethod: 'mail', countdown: 'latest' }, defaultRuleset(), { now: new Date(2026, 2, 10, 12) });
    const { container } = setup({ ctx, deps: { openPdf: async () => fakePdf, hasImages: async () => false, ocr: async () => [], detect: () => [noMethod] } });
    const card = await waitFor(() => {
      const el = container.querySelector('.cc-deadline[data-rule="ca.imr.request"]');
      if (!el) throw new Error('no card yet');
      return el;
    });
    // served 03-04 + 30 days + 5 for mail (the default method) = 04-08, shown first because the countdown is 'latest'
    expect(card.querySelector('time[datetime="2026-04-08"]')).not.toBeNull();
  });

  it('offers a drop zone and file picker when opened without a PDF', () => {
    const { container } = setup({ fileUrl: null });
    expect(container.querySelector('.cc-dropzone')).not.toBeNull();
    expect(container.querySelectorAll('input[type="file"]')).toHaveLength(1);
    expect(container.querySelector<HTMLElement>('main.cc-pages')!.hidden).toBe(true);
    expect(document.body.dataset.phase).toBe('pick');
  });
});
