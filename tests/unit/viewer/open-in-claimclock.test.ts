import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { openInClaimClock } from '../../../background/pdf-redirect';
import { fileParamOf } from '../../../background/pdf-url';

describe('Open in ClaimClock', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the tab’s PDF in the viewer, in the same tab', async () => {
    const tab = await browser.tabs.create({ url: 'https://portal.example/doc?id=7' });
    expect(await openInClaimClock(tab)).toBe(true);
    const updated = await browser.tabs.get(tab.id!);
    expect(updated.url).toMatch(/^chrome-extension:\/\/[^/]+\/viewer\.html\?file=/);
    expect(fileParamOf(updated.url!)).toBe('https://portal.example/doc?id=7');
  });

  it('refuses tabs that do not show a web or file document', async () => {
    expect(await openInClaimClock({ id: 1, url: 'chrome://settings' })).toBe(false);
    expect(await openInClaimClock({ url: 'https://x.example/a.pdf' })).toBe(false);
  });
});
