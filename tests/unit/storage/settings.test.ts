import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, saveSettings } from '../../../storage/settings';
import { DEFAULT_SETTINGS } from '../../../storage/types';
import { quarantineKeys, raw, setRaw } from './helpers';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves under the raw key "settings" that the PDF redirect reads', async () => {
    await saveSettings({ pdfViewer: false, reminderLeadDays: [1, 7, 7, 0] });
    expect(await raw('settings')).toMatchObject({ pdfViewer: false, reminderLeadDays: [7, 1, 0] });
    expect(await readSettings()).toMatchObject({ pdfViewer: false, countdown: 'safe' });
  });

  it('fills fields an older version did not store with their defaults, without calling it corruption', async () => {
    await setRaw({ settings: { countdown: 'latest' } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, countdown: 'latest' });
    expect(await quarantineKeys()).toEqual([]);
  });

  it('refuses a bad change with a message naming the field and keeps the saved settings', async () => {
    await saveSettings({ countdown: 'latest' });
    await expect(saveSettings({ reminderLeadDays: [-3] })).rejects.toThrow(/Settings not saved: reminderLeadDays\.0/);
    expect(await readSettings()).toMatchObject({ countdown: 'latest', reminderLeadDays: [7, 3, 1, 0] });
  });

  it('quarantines corrupt settings and keeps every field that is still valid', async () => {
    await setRaw({ settings: { countdown: 'latest', language: 'klingon', reminderLeadDays: 'soon', pdfViewer: false } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, countdown: 'latest', pdfViewer: false });
    const [key] = await quarantineKeys();
    expect(key).toMatch(/^quarantine:settings:/);
    expect(await raw(key!)).toMatchObject({ key: 'settings', value: { language: 'klingon' }, reason: expect.stringMatching(/language/) });
  });
});
