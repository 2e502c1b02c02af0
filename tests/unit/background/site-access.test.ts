import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  allowedSitesItem, allowSite, disallowSite, originPattern, restoreAllowedSites, scanTab,
  onPageRelevant, watchPermissionRemoval,
} from '../../../background/site-access';
import { installFakeSiteApis, type FakeSiteApis } from './fake-scripting';

describe('site access', () => {
  let apis: FakeSiteApis;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = installFakeSiteApis();
  });

  it('turns an origin into a match pattern without the port, and refuses non-web origins', () => {
    expect(originPattern('https://portal.example.com:8443')).toBe('https://portal.example.com/*');
    expect(() => originPattern('chrome://extensions')).toThrow(/Only web sites/);
  });

  it('does not register the script when the user has not granted the origin', async () => {
    const result = await allowSite('https://portal.example.com');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/not granted/) });
    expect(apis.registered.size).toBe(0);
    expect(await allowedSitesItem.getValue()).toEqual([]);
  });

  it('registers the probe (not the scanner) for a granted origin once, and remembers the site', async () => {
    apis.granted.add('https://portal.example.com/*');
    expect(await allowSite('https://portal.example.com/claims/1')).toEqual({ ok: true });
    expect(await allowSite('https://portal.example.com')).toEqual({ ok: true });
    expect([...apis.registered.values()]).toEqual([
      expect.objectContaining({ matches: ['https://portal.example.com/*'], js: ['content-scripts/probe.js'] }),
    ]);
    expect(await allowedSitesItem.getValue()).toEqual(['https://portal.example.com']);
  });

  it('unregisters, forgets the site and gives the permission back on disallow', async () => {
    apis.granted.add('https://portal.example.com/*');
    await allowSite('https://portal.example.com');
    await disallowSite('https://portal.example.com');
    expect(apis.registered.size).toBe(0);
    expect(apis.granted.size).toBe(0);
    expect(await allowedSitesItem.getValue()).toEqual([]);
  });

  it('re-registers stored sites on start-up only while their permission is still granted', async () => {
    await allowedSitesItem.setValue(['https://a.example.com', 'https://b.example.com']);
    apis.granted.add('https://a.example.com/*');
    expect(await restoreAllowedSites()).toEqual(['https://a.example.com']);
    expect([...apis.registered.keys()]).toEqual(['claimclock-site-a.example.com']);
  });

  it('stops scanning a site when the user removes its permission in the browser', async () => {
    apis.granted.add('https://portal.example.com/*');
    await allowSite('https://portal.example.com');
    watchPermissionRemoval();
    apis.granted.clear();
    apis.removedListeners.forEach((cb) => cb({ origins: ['https://portal.example.com/*'] }));
    await expect.poll(() => apis.registered.size).toBe(0);
  });

  it('injects the scanner into the tab for a toolbar scan, with a plain error when it cannot', async () => {
    expect(await scanTab(7)).toMatchObject({ notices: [] });
    expect(apis.executed[0]).toEqual({ tabId: 7, files: ['/content-scripts/scanner.js'] });
    await expect(scanTab(-1)).rejects.toThrow(/cannot read this page/);
  });

  it('injects the scanner when the probe of an allowed site finds a claim page, and not on a site no longer allowed', async () => {
    apis.granted.add('https://portal.example.com/*');
    expect(await onPageRelevant({ id: 'x', url: 'https://portal.example.com/claims/1', tab: { id: 9 }, frameId: 0 })).toEqual({ injected: true });
    expect(apis.executed.at(-1)).toEqual({ tabId: 9, files: ['/content-scripts/scanner.js'] });
    apis.granted.clear();
    expect(await onPageRelevant({ id: 'x', url: 'https://portal.example.com/claims/1', tab: { id: 9 }, frameId: 0 })).toEqual({ injected: false });
    expect(apis.executed).toHaveLength(1);
  });
});
