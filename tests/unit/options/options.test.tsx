// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../../options/App';
import { parseLeadDays } from '../../../options/SettingsSections';
import type { OptionsDeps } from '../../../options/deps';
import { axeViolations } from '../../support/axe';
import { FakeStore } from '../../support/fake-store';

let store: FakeStore;
let deps: OptionsDeps & {
  download: ReturnType<typeof vi.fn<OptionsDeps['download']>>;
  disallowSite: ReturnType<typeof vi.fn<OptionsDeps['disallowSite']>>;
};

beforeEach(() => {
  store = new FakeStore();
  store.sites = ['https://portal.example'];
  let granted = false;
  deps = {
    store, browserLanguage: 'en-US', download: vi.fn<OptionsDeps['download']>(), disallowSite: vi.fn<OptionsDeps['disallowSite']>(async () => {}),
    pdfRedirect: { granted: vi.fn(async () => granted), request: vi.fn(async () => (granted = true)), release: vi.fn(async () => void (granted = false)) },
  };
});
afterEach(cleanup);

const ready = () => screen.findByRole('heading', { level: 1, name: /settings|Configuración/ });

describe('options page', () => {
  it('asks for the PDF redirect permission only when the user turns the redirect on, and gives it back when off', async () => {
    render(<App deps={deps} />);
    await ready();
    const box = screen.getByLabelText('Open PDF letters in the ClaimClock viewer by themselves') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(deps.pdfRedirect.request).not.toHaveBeenCalled();
    fireEvent.click(box);
    await waitFor(() => expect(store.settings.pdfViewer).toBe(true));
    expect(deps.pdfRedirect.request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    await waitFor(() => expect(store.settings.pdfViewer).toBe(false));
    expect(deps.pdfRedirect.release).toHaveBeenCalledTimes(1);
  });

  it('leaves the redirect off when the browser refuses the permission', async () => {
    deps.pdfRedirect.request = vi.fn(async () => false);
    render(<App deps={deps} />);
    await ready();
    const box = screen.getByLabelText('Open PDF letters in the ClaimClock viewer by themselves') as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(deps.pdfRedirect.request).toHaveBeenCalled());
    expect(store.settings.pdfViewer).toBe(false);
    await waitFor(() => expect(box.checked).toBe(false));
  });

  it('saves representation, address region and the default service method', async () => {
    render(<App deps={deps} />);
    await ready();
    fireEvent.click(screen.getByLabelText('Yes, I have an attorney'));
    fireEvent.click(screen.getByLabelText('Outside the US'));
    fireEvent.change(screen.getByLabelText(/When a notice does not say how it was sent to you \(served\)/), { target: { value: 'mail' } });
    await waitFor(() => expect(store.settings.profile).toEqual({ represented: true, addressRegion: 'abroad' }));
    expect(store.settings.defaultServiceMethod).toBe('mail');
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it('switches the whole page to Spanish when Spanish is chosen in an English browser', async () => {
    render(<App deps={deps} />);
    await ready();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Configuración de ClaimClock' })).toBeTruthy();
    expect(screen.getByText('Su situación')).toBeTruthy();
    expect(store.settings.language).toBe('es');
    expect(document.documentElement.lang).toBe('es');
  });

  it('saves the countdown choice and validates reminder lead times', async () => {
    render(<App deps={deps} />);
    await ready();
    fireEvent.click(screen.getByLabelText('The latest date the law may allow'));
    await waitFor(() => expect(store.settings.countdown).toBe('latest'));
    const input = screen.getByLabelText(/Remind me/);
    fireEvent.input(input, { target: { value: '14, 2, x' } });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toMatch(/whole numbers/);
    fireEvent.input(input, { target: { value: '2, 14, 2' } });
    fireEvent.change(input);
    await waitFor(() => expect(store.settings.reminderLeadDays).toEqual([14, 2]));
    expect(parseLeadDays('0')).toEqual([0]);
    expect(parseLeadDays('61')).toBeNull();
    expect(parseLeadDays('')).toBeNull();
  });

  it('lists rule packs, imports one from a file, reports a bad one and resets', async () => {
    render(<App deps={deps} />);
    await ready();
    expect(await screen.findByText('California workers’ comp')).toBeTruthy();
    const input = screen.getByLabelText('Import a rule pack (.json)') as HTMLInputElement;
    const good = new File([JSON.stringify({ id: 'ca-wc-2027', version: '2027.1', name: { en: 'CA 2027', es: 'CA 2027' } })], 'p.json');
    Object.defineProperty(input, 'files', { value: [good], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText('Imported CA 2027 2027.1.')).toBeTruthy();
    expect(await screen.findByText('CA 2027')).toBeTruthy();
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'bad.json')], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText(/id is missing/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the bundled rules' }));
    await waitFor(() => expect(screen.queryByText('CA 2027')).toBeNull());
  });

  it('removes an allowed site (unregistering it first)', async () => {
    render(<App deps={deps} />);
    await ready();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove https://portal.example' }));
    await waitFor(() => expect(store.sites).toEqual([]));
    expect(deps.disallowSite).toHaveBeenCalledWith('https://portal.example');
    expect(await screen.findByText(/No site is scanned automatically/)).toBeTruthy();
  });

  it('exports, imports, and deletes all data only after confirmation', async () => {
    render(<App deps={deps} />);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Export all data' }));
    await waitFor(() => expect(deps.download).toHaveBeenCalled());
    expect(JSON.parse(deps.download.mock.calls[0]![0])).toHaveProperty('settings');
    const input = screen.getByLabelText('Import data (.json)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"backup":1}'], 'b.json')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(store.imported).toEqual(['{"backup":1}']));

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(store.deleted).toBe(0);
    const dialog = screen.getByRole('alertdialog');
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.deleted).toBe(0);
    expect(dialog.isConnected).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete all data' })[0]!);
    await waitFor(() => expect(store.deleted).toBe(1));
  });

  it('reports storage health and quarantined records', async () => {
    store.health = { ok: false, tracked: 2, quarantined: [{ key: 'local:tracked:abc', reason: 'invalid date' }] };
    render(<App deps={deps} />);
    await ready();
    expect(await screen.findByText('1 stored record could not be read and was set aside:')).toBeTruthy();
    expect(screen.getByText('local:tracked:abc')).toBeTruthy();
  });

  it('has no accessibility violations (axe-core)', async () => {
    const { container } = render(<App deps={deps} />);
    await ready();
    await screen.findByText('California workers’ comp');
    expect(await axeViolations(container)).toEqual([]);
  });
});
