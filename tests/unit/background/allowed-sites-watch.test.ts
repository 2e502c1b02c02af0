import { workerTransport } from '../../support/worker-transport';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allowSite, watchAllowedSites } from '../../../background/site-access';
import { createUiStore } from '../../../storage';
import { installFakeSiteApis, type FakeSiteApis } from './fake-scripting';

describe('allowed sites follow the stored list', () => {
  let apis: FakeSiteApis;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = installFakeSiteApis();
  });

  it('stops scanning and gives back the permission when "Delete all data" empties the list', async () => {
    apis.granted.add('https://portal.example.com/*');
    await allowSite('https://portal.example.com');
    watchAllowedSites();
    await createUiStore(workerTransport()).deleteAll();
    await vi.waitFor(() => expect({ scripts: apis.registered.size, granted: apis.granted.size }).toEqual({ scripts: 0, granted: 0 }));
  });

  it('registers the script for a site added by an import when the browser still grants it', async () => {
    apis.granted.add('https://portal.example.com/*');
    watchAllowedSites();
    await fakeBrowser.storage.local.set({ allowedSites: ['https://portal.example.com', 'https://other.example.com'] });
    await vi.waitFor(() => expect([...apis.registered.keys()]).toEqual(['claimclock-site-portal.example.com']));
  });
});
