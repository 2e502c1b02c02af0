// One writer, and no silent downgrade: only the worker writes stored data, a schema version newer than this build
// knows is refused without touching it, and an import that the browser cannot store changes nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { becomeWriter, readTracked, recordSighting, saveSettings, storageHealth } from '../../../storage';
import { exportAll, importAll } from '../../../storage/transfer';
import { MAX_IMPORT_BYTES } from '../../../storage/transfer';
import { raw, setRaw, urDenial, URL_A } from './helpers';

const sighting = (notices = [urDenial()]) => ({ url: URL_A, title: 'Letter', notices });
const deps = { canScan: async () => true };

describe('the one writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses writes outside the service worker', async () => {
    becomeWriter(false);
    await expect(recordSighting(sighting())).rejects.toThrow(/outside the service worker/);
    await expect(saveSettings({ countdown: 'latest' })).rejects.toThrow(/outside the service worker/);
    expect(await raw('tracked')).toBeUndefined();
  });

  it('reads damaged data outside the worker without repairing it (the worker repairs it once)', async () => {
    await setRaw({ tracked: [{ id: 'x' }, 'garbage'] });
    becomeWriter(false);
    expect(await readTracked()).toEqual([]);
    expect(await raw('tracked')).toEqual([{ id: 'x' }, 'garbage']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).some((k) => k.startsWith('quarantine:'))).toBe(false);
  });
});

describe('data from a newer ClaimClock', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is never written over, and storage health says to update', async () => {
    const newer = [{ id: 'from-v99', shape: 'unknown to this build' }];
    await setRaw({ tracked: newer, 'tracked$': { v: 99 } });
    await expect(recordSighting(sighting())).rejects.toThrow(/newer version of ClaimClock \(data version 99\)/);
    await expect(saveSettings({ countdown: 'latest' })).rejects.toThrow(/newer version/);
    expect(await readTracked()).toEqual([]); // nothing this build can read…
    expect(await raw('tracked')).toEqual(newer); // …and nothing quarantined or rewritten
    expect(await raw('tracked$')).toEqual({ v: 99 });
    const health = await storageHealth();
    expect(health.ok).toBe(false);
    expect(health.quarantined[0]!.reason).toMatch(/Update ClaimClock/);
  });
});

describe('import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses a file over the size limit before reading it', async () => {
    await expect(importAll('x'.repeat(MAX_IMPORT_BYTES + 1), deps)).rejects.toThrow(/too large to be ClaimClock data/);
  });

  it('writes settings, notices, rule packs and sites in one storage call: a quota failure changes nothing', async () => {
    await recordSighting(sighting());
    await saveSettings({ language: 'es' });
    const backup = JSON.parse(await exportAll());
    backup.settings.language = 'en';
    backup.tracked[0].status = 'done';
    backup.tracked[0].revision += 1; // the newer record wins the merge
    const before = await fakeBrowser.storage.local.get(null);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(importAll(JSON.stringify(backup), deps)).rejects.toThrow(/could not save the data \(QUOTA_BYTES quota exceeded\)\. Nothing was imported/);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    await importAll(JSON.stringify(backup), deps);
    expect((await raw('settings') as { language: string }).language).toBe('en');
    expect((await readTracked())[0]!.status).toBe('done');
  });
});
