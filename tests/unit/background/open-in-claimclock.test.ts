import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { openInClaimClock, openViewerTab } from '../../../background/pdf-redirect';
import { fileParamOf, keyParamOf } from '../../../background/pdf-url';
import { isViewerKey, viewerKey } from '../../../background/viewer-key';

describe('Open in ClaimClock', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the tab’s PDF in the viewer, in the same tab', async () => {
    const tab = await browser.tabs.create({ url: 'https://portal.example/doc?id=7' });
    expect(await openInClaimClock(tab)).toBe(true);
    const updated = await browser.tabs.get(tab.id!);
    expect(updated.url).toMatch(/^chrome-extension:\/\/[^/]+\/viewer\.html\?key=[0-9a-f]{32}&file=/);
    expect(fileParamOf(updated.url!)).toBe('https://portal.example/doc?id=7');
    expect(await isViewerKey(keyParamOf(updated.url!))).toBe(true);
  });

  it('opens a PDF in a new viewer tab with this session’s key, and never a data: or javascript: URL', async () => {
    expect(await openViewerTab('https://portal.example/a.pdf')).toBe(true);
    const tabs = await browser.tabs.query({});
    expect(keyParamOf(tabs.at(-1)!.url!)).toBe(await viewerKey());
    expect(await openViewerTab('data:application/pdf;base64,JVBERi0=')).toBe(false);
    expect(await openViewerTab('javascript:alert(1)')).toBe(false);
  });

  it('keeps one viewer key per session and accepts no other', async () => {
    const [a, b] = await Promise.all([viewerKey(), viewerKey()]);
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await isViewerKey('0'.repeat(32))).toBe(false);
    expect(await isViewerKey(undefined)).toBe(false);
  });

  it('refuses tabs that do not show a web or file document', async () => {
    expect(await openInClaimClock({ id: 1, url: 'chrome://settings' })).toBe(false);
    expect(await openInClaimClock({ url: 'https://x.example/a.pdf' })).toBe(false);
  });
});
