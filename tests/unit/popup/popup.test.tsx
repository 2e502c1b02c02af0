// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../../popup/App';
import type { PopupDeps } from '../../../popup/deps';
import { axeViolations } from '../../support/axe';
import { FakeStore, trackedNotice } from '../../support/fake-store';
import { fakeCalendar, fakeTabs } from './fake-tabs';
import { qmePanel, urDenial } from '../../support/notices';

const now = () => new Date(2026, 2, 10, 12, 0, 0); // 2026-03-10
let store: FakeStore;

function deps(over: Partial<PopupDeps> = {}): PopupDeps {
  return { store, tabs: fakeTabs(), calendar: fakeCalendar(), now, browserLanguage: 'en-US', ...over };
}

beforeEach(() => {
  store = new FakeStore();
  store.tracked = [trackedNotice('ur-1', urDenial()), trackedNotice('qme-1', qmePanel())];
});
afterEach(cleanup);

describe('popup: this page', () => {
  it('shows each notice the content script found as a card', async () => {
    const tabs = fakeTabs({ page: { url: 'https://portal.example/letters/1', title: 'Letter', notices: [urDenial()] } });
    render(<App deps={deps({ tabs })} />);
    expect(await screen.findByText('1 notice found on this page')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Utilization review (UR) decision — denied' })).toBeTruthy();
    expect(screen.getByText('22 days left')).toBeTruthy();
  });

  it('starts a card from the dates the user already confirmed for this page (no second check)', async () => {
    const doubtful = { ...urDenial(), dateChecks: { decision_date: ['low_confidence' as const] } };
    const page = { url: 'https://portal.example/letters/1', title: 'Letter', notices: [doubtful] };
    const first = fakeTabs({ page });
    render(<App deps={deps({ tabs: first })} />);
    expect(await screen.findAllByText('Check this date')).not.toHaveLength(0);
    cleanup();
    const storedCorrections = vi.fn(async () => [{ dates: { decision_date: '2026-03-02' } }]);
    render(<App deps={deps({ tabs: { ...fakeTabs({ page }), storedCorrections } })} />);
    expect(await screen.findByText('1 notice found on this page')).toBeTruthy();
    await waitFor(() => expect(screen.queryAllByText('Check this date')).toHaveLength(0));
    expect(storedCorrections).toHaveBeenCalledWith(page.url, [doubtful]);
  });

  it('offers to scan when no content script answered, and shows what the scan found', async () => {
    const tabs = fakeTabs({ page: null, scan: { url: 'x', title: 'Letter', notices: [qmePanel()] } });
    render(<App deps={deps({ tabs })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(tabs.scan).toHaveBeenCalledWith(7);
    expect(await screen.findByRole('heading', { name: 'Panel list of qualified medical evaluators (QME)' })).toBeTruthy();
  });

  it('asks for the site from the click and confirms "Always scan"', async () => {
    const tabs = fakeTabs({ page: null });
    render(<App deps={deps({ tabs })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Always scan portal.example' }));
    expect(tabs.allowSite).toHaveBeenCalledWith('https://portal.example');
    expect(await screen.findByText('portal.example will be scanned automatically.')).toBeTruthy();
  });

  it('reads a PDF tab at once and shows its notice, with the ClaimClock viewer offered beside it', async () => {
    const tab = { id: 3, url: 'https://portal.example/a/letter.pdf', title: 'letter.pdf' };
    const tabs = fakeTabs({ tab, page: null, scan: { url: tab.url, title: tab.title, notices: [qmePanel()] } });
    render(<App deps={deps({ tabs })} />);
    expect(await screen.findByText('Panel list of qualified medical evaluators (QME)')).toBeTruthy();
    expect(tabs.readPdf).toHaveBeenCalledWith(3);
    expect(tabs.scan).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByRole('button', { name: 'Open in ClaimClock viewer' }));
    expect(tabs.openViewer).toHaveBeenCalledWith('https://portal.example/a/letter.pdf');
  });

  it('explains browser pages cannot be read, and shows a scan error with a retry', async () => {
    render(<App deps={deps({ tabs: fakeTabs({ tab: { id: 1, url: 'chrome://settings', title: 'Settings' } }) })} />);
    expect(await screen.findByText(/cannot read this kind of page/)).toBeTruthy();
    cleanup();
    const tabs = fakeTabs({ page: null, scan: new Error('The page did not answer.') });
    render(<App deps={deps({ tabs })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The page did not answer/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    // A page that cannot be read still leaves a way to track the letter.
    expect(screen.getByRole('button', { name: /Add it by hand/ })).toBeTruthy();
  });

  it('shows a designed error when storage cannot be read', async () => {
    store.getSettings = async () => { throw new Error('storage is locked'); };
    render(<App deps={deps()} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage is locked/);
  });
});

describe('popup: all deadlines', () => {
  it('lists every tracked deadline, open ones soonest first', async () => {
    render(<App deps={deps()} initialTab="all" />);
    await screen.findAllByRole('list');
    const dates = [...document.querySelectorAll('[data-section=open] .pp-row .pp-row-date')].map((e) => e.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect([...dates].sort()).toEqual(dates);
    const rules = [...document.querySelectorAll('.pp-row')].map((e) => e.getAttribute('data-rule'));
    expect(rules).toContain('ca.imr.request');
    expect(rules).toContain('ca.qme.strike');
  });

  it('filters by claim', async () => {
    render(<App deps={deps()} initialTab="all" />);
    const select = await screen.findByLabelText('Claim');
    fireEvent.change(select, { target: { value: 'ADJ7654321' } });
    const rules = [...document.querySelectorAll('.pp-row[data-rule]')].map((e) => e.getAttribute('data-rule'));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => !r!.startsWith('ca.imr'))).toBe(true);
  });

  it('marks a notice done, hides it, and undoes', async () => {
    render(<App deps={deps()} initialTab="all" />);
    const row = (await screen.findAllByRole('listitem')).find((li) => li.getAttribute('data-rule') === 'ca.qme.strike')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(store.tracked.find((n) => n.id === 'qme-1')!.status).toBe('done'));
    await waitFor(() => expect(document.querySelector('[data-rule="ca.qme.strike"]')).toBeNull());
    expect(screen.getByRole('status').textContent).toMatch(/Marked done/);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(store.tracked.find((n) => n.id === 'qme-1')!.status).toBe('open'));
    await waitFor(() => expect(document.querySelector('[data-rule="ca.qme.strike"]')).not.toBeNull());
  });

  it('dismisses, shows closed ones on request, and reopens', async () => {
    render(<App deps={deps()} initialTab="all" />);
    const row = (await screen.findAllByRole('listitem')).find((li) => li.getAttribute('data-rule') === 'ca.imr.request')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(document.querySelector('[data-rule="ca.imr.request"]')).toBeNull());
    fireEvent.click(screen.getByLabelText('Show done and dismissed'));
    const closed = document.querySelector('[data-rule="ca.imr.request"]')!;
    expect(closed.getAttribute('data-status')).toBe('dismissed');
    fireEvent.click(within(closed as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(store.tracked.find((n) => n.id === 'ur-1')!.status).toBe('open'));
  });

  it('exports all visible deadlines to one calendar file', async () => {
    const calendar = fakeCalendar();
    render(<App deps={deps({ calendar })} initialTab="all" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export all to calendar (.ics)' }));
    const [items, lang] = calendar.ics.mock.calls[0]!;
    expect(lang).toBe('en');
    expect(items.map((i: { noticeId: string }) => i.noticeId)).toEqual(expect.arrayContaining(['ur-1', 'qme-1']));
  });

  it('saves a correction made in the details and recomputes the row', async () => {
    render(<App deps={deps()} initialTab="all" />);
    const row = (await screen.findAllByRole('listitem')).find((li) => li.getAttribute('data-rule') === 'ca.imr.request')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Details' }));
    fireEvent.change(within(row).getByLabelText('Decision date'), { target: { value: '2026-03-06' } });
    await waitFor(() => expect(store.tracked.find((n) => n.id === 'ur-1')!.corrections.dates?.decision_date).toBe('2026-03-06'));
    await waitFor(() => expect(document.querySelector('[data-rule="ca.imr.request"] .pp-row-date')?.getAttribute('datetime')).toBe('2026-04-03'));
  });

  it('shows a designed empty state', async () => {
    store.tracked = [];
    render(<App deps={deps()} initialTab="all" />);
    expect(await screen.findByText('No tracked deadlines yet.')).toBeTruthy();
  });

  it('speaks Spanish when the setting says so, whatever the browser language', async () => {
    store.settings.language = 'es';
    render(<App deps={deps()} initialTab="all" />);
    expect(await screen.findByRole('tab', { name: /Todos los plazos/ })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Marcar como hecho' }).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('es');
  });

  it('moves between tabs with the arrow keys', async () => {
    render(<App deps={deps()} />);
    const pageTab = await screen.findByRole('tab', { name: 'This page' });
    pageTab.focus();
    fireEvent.keyDown(pageTab, { key: 'ArrowRight' });
    const allTab = screen.getByRole('tab', { name: /All deadlines/ });
    expect(allTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(allTab);
  });

  it('has no accessibility violations on either tab (axe-core)', async () => {
    const tabs = fakeTabs({ page: { url: 'x', title: 'Letter', notices: [urDenial()] } });
    const { container } = render(<App deps={deps({ tabs })} />);
    await screen.findByText('1 notice found on this page');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: /All deadlines/ }));
    await screen.findAllByRole('list');
    expect(await axeViolations(container)).toEqual([]);
  });
});
