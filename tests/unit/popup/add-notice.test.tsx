// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../../popup/App';
import type { PopupDeps } from '../../../popup/deps';
import { MANUAL_KINDS, dateWarning, manualRoles } from '../../../app/manual';
import { allRules, defaultRuleset } from '../../../rules';
import { axeViolations } from '../../support/axe';
import { FakeStore, trackedNotice } from '../../support/fake-store';
import { fakeCalendar, fakeTabs } from './fake-tabs';
import { qmePanel } from '../../support/notices';

const now = () => new Date(2026, 2, 10, 12, 0, 0); // 2026-03-10
let store: FakeStore;
let tabs: ReturnType<typeof fakeTabs>;

function deps(over: Partial<PopupDeps> = {}): PopupDeps {
  return { store, tabs, calendar: fakeCalendar(), now, browserLanguage: 'en-US', ...over };
}

beforeEach(() => {
  store = new FakeStore();
  store.tracked = [trackedNotice('qme-1', qmePanel())];
  tabs = fakeTabs({ page: { url: 'https://portal.example/letters/1', title: 'Letter', notices: [] } });
});
afterEach(cleanup);

async function openForm(initialTab: 'page' | 'all' = 'all') {
  const view = render(<App deps={deps()} initialTab={initialTab} />);
  fireEvent.click(await screen.findByRole('button', { name: initialTab === 'all' ? 'Add a notice by hand' : 'Not found? Add it by hand' }));
  await screen.findByRole('heading', { name: 'Add a notice by hand' });
  return view;
}
const dateLabels = () => [...document.querySelectorAll('.pp-add-dates label')].map((l) => l.textContent);
const setDate = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const previewDue = (rule: string) => document.querySelector(`.pp-add-preview [data-rule="${rule}"] .cc-due-date`)?.getAttribute('datetime');

describe('add a notice by hand: the form', () => {
  it('offers the dates each kind’s rules start from', async () => {
    await openForm();
    expect(dateLabels().slice(0, 4)).toEqual(['Decision date', 'Date it was sent to you (served)', 'Date on the document', 'Date you received it']);
    const kind = screen.getByLabelText('What kind of notice is it?');
    fireEvent.change(kind, { target: { value: 'qme_panel' } });
    expect(dateLabels()[0]).toBe('Panel assignment date');
    expect(dateLabels()).not.toContain('Decision date');
    expect(screen.queryByLabelText('What did it decide?')).toBeNull(); // no outcome for a panel
    fireEvent.change(kind, { target: { value: 'mmi_report' } });
    expect(dateLabels()[0]).toBe('Report date');
    fireEvent.change(kind, { target: { value: 'imr_determination' } });
    expect(dateLabels()[0]).toBe('Date it was sent to you (served)');
    expect([...(screen.getByLabelText('What did it decide?') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['upheld', 'overturned']);
  });

  it('derives the date roles from the rule pack, not from a copy of the law', () => {
    const ruleset = defaultRuleset();
    for (const kind of MANUAL_KINDS) {
      const expected = new Set(allRules(ruleset)
        .filter((r) => [r.trigger.kind].flat().includes(kind))
        .flatMap((r) => [...r.startRoles, ...(r.latestStartRoles ?? [])]));
      expect(new Set(manualRoles(kind, ruleset)), kind).toEqual(expected);
    }
    expect(manualRoles('ur_decision', ruleset)[0]).toBe('decision_date'); // the worker's own deadline comes first
  });

  it('previews the cited deadline and recomputes when a date changes', async () => {
    await openForm();
    expect(screen.getByText('Enter a date to see the deadlines.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('How was it sent to you?'), { target: { value: 'mail' } });
    setDate('Date it was sent to you (served)', '2026-03-04');
    await waitFor(() => expect(previewDue('ca.imr.request')).toBe('2026-04-03'));
    const preview = document.querySelector('.pp-add-preview') as HTMLElement;
    expect(within(preview).getByText('Ask for Independent Medical Review (IMR)')).toBeTruthy();
    expect(within(preview).getByText('Lab. Code § 4610.5(h)(1); 8 CCR § 9792.10.1(b)(1)')).toBeTruthy();
    expect(within(preview).getByText('How this date was computed')).toBeTruthy();
    setDate('Date it was sent to you (served)', '2026-03-06');
    await waitFor(() => expect(previewDue('ca.imr.request')).toBe('2026-04-05'));
    // An earlier decision date moves the safe date: it counts from the earliest date on the letter.
    setDate('Decision date', '2026-03-02');
    await waitFor(() => expect(previewDue('ca.imr.request')).toBe('2026-04-01'));
  });

  it('uses the settings for representation, says so, and links to the settings', async () => {
    store.settings.profile = { represented: false, addressRegion: 'ca' };
    await openForm();
    fireEvent.change(screen.getByLabelText('What kind of notice is it?'), { target: { value: 'qme_panel' } });
    setDate('Panel assignment date', '2026-03-09');
    expect(screen.getByText(/you represent yourself/)).toBeTruthy();
    await waitFor(() => expect(document.querySelector('.pp-add-preview [data-rule="ca.qme.select"]')).not.toBeNull());
    expect(document.querySelector('.pp-add-preview [data-rule="ca.qme.strike"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Change in Settings' }));
    expect(tabs.openOptions).toHaveBeenCalled();
  });

  it('saves the notice as tracked and shows it in All deadlines', async () => {
    await openForm('page');
    fireEvent.change(screen.getByLabelText('How was it sent to you?'), { target: { value: 'mail' } });
    setDate('Date it was sent to you (served)', '2026-03-04');
    fireEvent.input(screen.getByLabelText('Claim number (optional)'), { target: { value: ' ADJ999 ' } });
    fireEvent.input(screen.getByLabelText('Name for this notice (optional)'), { target: { value: 'Letter from Sierra Mutual' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and track' }));

    await waitFor(() => expect(screen.getByRole('tab', { name: /All deadlines/ }).getAttribute('aria-selected')).toBe('true'));
    const saved = store.tracked.find((n) => n.sourceUrl.startsWith('manual:'))!;
    expect(saved).toMatchObject({ status: 'open', title: 'Letter from Sierra Mutual', sourceUrl: `manual:${saved.id}` });
    expect(saved.notice).toMatchObject({ kind: 'ur_decision', outcome: 'denied', serviceMethod: 'mail', represented: null, dates: { service_date: '2026-03-04' }, facts: { claimNumber: 'ADJ999' } });
    const row = await waitFor(() => document.querySelector('.pp-row.pp-new[data-rule="ca.imr.request"]') as HTMLElement);
    expect(row.querySelector('.pp-row-date')!.getAttribute('datetime')).toBe('2026-04-03');
    expect(row.textContent).toMatch(/ADJ999 · Utilization review \(UR\) decision · Letter from Sierra Mutual/);
    expect(screen.getByRole('status').textContent).toBe('Added Letter from Sierra Mutual. Its deadlines are in the list.');
  });

  it('asks for a date before saving, and never saves without one', async () => {
    await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save and track' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter at least one date from the letter.');
    expect(document.activeElement).toBe(screen.getByLabelText('Decision date'));
    expect(screen.getByLabelText('Decision date').getAttribute('aria-invalid')).toBe('true');
    expect(store.tracked).toHaveLength(1);
    setDate('Decision date', '2026-03-02');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('warns about an unlikely year but still computes and saves', async () => {
    expect(dateWarning('1999-12-31', '2026-03-10')).toBe('before_2000');
    expect(dateWarning('2027-03-11', '2026-03-10')).toBe('far_future');
    expect(dateWarning('2027-03-10', '2026-03-10')).toBeNull();
    await openForm();
    setDate('Decision date', '0026-03-02');
    expect(await screen.findByText('This date is before 2000. Check the year.')).toBeTruthy();
    setDate('Decision date', '2062-03-02');
    expect(await screen.findByText('This date is more than a year from today. Check the year.')).toBeTruthy();
    expect(screen.getByLabelText('Decision date').getAttribute('aria-describedby')).toBe('add-date-decision_date-note');
    fireEvent.click(screen.getByRole('button', { name: 'Save and track' }));
    await waitFor(() => expect(store.tracked).toHaveLength(2));
  });

  it('does not track a notice that starts no deadline (an approved UR decision)', async () => {
    await openForm();
    fireEvent.change(screen.getByLabelText('What did it decide?'), { target: { value: 'approved' } });
    setDate('Decision date', '2026-03-02');
    expect(await screen.findByText('No deadline applies to this notice with the facts we have.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save and track' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/starts no deadline/);
    expect(store.tracked).toHaveLength(1);
  });

  it('shows a save error without losing what was typed', async () => {
    store.addManualNotice = async () => { throw new Error('storage is full'); };
    await openForm();
    setDate('Decision date', '2026-03-02');
    fireEvent.click(screen.getByRole('button', { name: 'Save and track' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: storage is full');
    expect((screen.getByLabelText('Decision date') as HTMLInputElement).value).toBe('2026-03-02');
  });

  it('Cancel returns to the tab it came from', async () => {
    await openForm('page');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Add a notice by hand' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Not found? Add it by hand' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'This page' }));
  });

  it('is offered for a paper letter before the page is scanned', async () => {
    tabs = fakeTabs({ page: null });
    render(<App deps={deps()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Have a paper letter? Add it by hand' }));
    expect(await screen.findByRole('heading', { name: 'Add a notice by hand' })).toBeTruthy();
  });

  it('is reachable from the empty All deadlines list', async () => {
    store.tracked = [];
    render(<App deps={deps()} initialTab="all" />);
    await screen.findByText('No tracked deadlines yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Add a notice by hand' }));
    expect(await screen.findByLabelText('What kind of notice is it?')).toBeTruthy();
  });

  it('speaks Spanish', async () => {
    store.settings.language = 'es';
    render(<App deps={deps()} initialTab="all" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Agregar un aviso a mano' }));
    expect(await screen.findByRole('heading', { name: 'Agregar un aviso a mano' })).toBeTruthy();
    expect(screen.getByLabelText('¿Qué tipo de aviso es?')).toBeTruthy();
    expect(screen.getByLabelText('Fecha de la decisión')).toBeTruthy();
    expect(screen.getByLabelText('Fecha en que se lo enviaron (la notificación)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Guardar y seguir' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Escriba al menos una fecha de la carta.');
    setDate('Fecha de la decisión', '2026-03-02');
    expect(await screen.findByText('Pida una Revisión Médica Independiente (IMR)')).toBeTruthy();
  });

  it('has no accessibility violations, empty, invalid and with a preview (axe-core)', async () => {
    const { container } = await openForm();
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save and track' }));
    await screen.findByRole('alert');
    expect(await axeViolations(container)).toEqual([]);
    setDate('Decision date', '2062-03-02'); // a warning
    setDate('Date it was sent to you (served)', '2026-03-04');
    await waitFor(() => expect(previewDue('ca.imr.request')).toBeTruthy());
    expect(await axeViolations(container)).toEqual([]);
  });
});
