import { workerTransport } from '../../support/worker-transport';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createUiStore } from '../../../storage';
import { recordSighting } from '../../../storage/tracked';
import type { Settings, TrackedNotice } from '../../../storage/types';
import { URL_A, urDenial } from './helpers';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createUiStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells the popup about tracked notices and settings as they change, until unsubscribed', async () => {
    const store = createUiStore(workerTransport());
    const lists: TrackedNotice[][] = [];
    const settings: Settings[] = [];
    const offTracked = store.watchTracked((l) => lists.push(l));
    const offSettings = store.watchSettings((s) => settings.push(s));

    const { ids } = await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial()] });
    await store.updateTracked(ids[0]!, { status: 'done' });
    await store.saveSettings({ countdown: 'latest' });
    await vi.waitFor(() => expect(lists.at(-1)?.[0]?.status).toBe('done'));
    await vi.waitFor(() => expect(settings.at(-1)?.countdown).toBe('latest'));

    offTracked();
    offSettings();
    const seen = lists.length;
    await store.updateTracked(ids[0]!, { status: 'open' });
    await tick();
    expect(lists).toHaveLength(seen);
  });

  it('removes one allowed site and keeps the others', async () => {
    await fakeBrowser.storage.local.set({ allowedSites: ['https://a.example', 'https://b.example'] });
    const store = createUiStore(workerTransport());
    await store.removeAllowedSite('https://a.example/claims');
    expect(await store.listAllowedSites()).toEqual(['https://b.example']);
  });

  it('deletes every notice, setting, rule pack and site, and the popup then starts empty', async () => {
    const store = createUiStore(workerTransport());
    await recordSighting({ url: URL_A, title: 'Letter', notices: [urDenial()] });
    await store.saveSettings({ language: 'es' });
    await fakeBrowser.storage.local.set({ allowedSites: ['https://a.example'] });
    await store.deleteAll();
    expect(await store.listTracked()).toEqual([]);
    expect((await store.getSettings()).language).toBe('auto');
    expect(await store.listAllowedSites()).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => !k.endsWith('$'))).toEqual([]);
  });

  it('refuses an invalid settings change with a plain message', async () => {
    await expect(createUiStore(workerTransport()).saveSettings({ countdown: 'never' as never })).rejects.toThrow(/Settings not saved: countdown/);
  });
});
