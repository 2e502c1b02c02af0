// The content script of the Firefox build on served portal pages, in firefox-esr. Host access to 127.0.0.1 is
// granted at run time through Firefox's own permission store (what "Allow" in the Add-ons Manager writes), not
// through the manifest: the optional_host_permissions path a user takes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { isoDate, relativeDates, ROOT, serveFolder, shiftDate, type StaticServer } from '../e2e/harness';
import type { PageNotices } from '../../messaging/protocol';
import { launchFirefoxExtension, screenshot, waitFor, type FirefoxHarness } from './harness';

const BANNER = 'claimclock-banner';
let h: FirefoxHarness;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'tests/e2e/pages'));
  h = await launchFirefoxExtension();
  await h.grant({ origins: ['http://127.0.0.1/*'] });
});

afterEach(async () => {
  // close every web page, so tab lookups by URL find this test's page
  for (const p of await h.browser.pages()) if (p.url().startsWith('http:')) await p.close();
});

afterAll(async () => {
  await h?.close();
  await server?.close();
});

async function scan(page: Page): Promise<PageNotices> {
  return h.message<PageNotices>({ type: 'scan-tab', tabId: await h.tabId(page) });
}

/** Texts of the ranges in a named CSS highlight (the content script and the page share the document's registry). */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const hl = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(n);
    return hl ? [...hl].map((r) => r.toString()) : [];
  }, name);
}

const bannerStatus = (page: Page) =>
  page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[role=status]')?.textContent ?? null, BANNER);

describe('Firefox: content script on portal pages', () => {
  it('has the host permission the user granted, and no other', async () => {
    expect(await h.inExtension(() => browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }), null)).toBe(true);
    expect(await h.inExtension(() => browser.permissions.contains({ origins: ['https://example.com/*'] }), null)).toBe(false);
  });

  it('finds a UR denial when the toolbar asks for a scan: highlights and a banner with the countdown', async () => {
    const page = await h.page(server.url('ur-denial.html'));
    const result = await scan(page);
    expect(result.notices).toEqual([
      expect.objectContaining({ kind: 'ur_decision', outcome: 'denied', dates: expect.objectContaining({ service_date: isoDate(shiftDate(-2)) }) }),
    ]);
    await waitFor('the banner', () => bannerStatus(page));
    // IMR safe date: 30 days from the decision (today-4), the earliest date on the letter
    expect(await bannerStatus(page)).toBe('ClaimClock: 26 days left ?') // the letter has two dates that could start the clock;
    const section = await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('section')!.textContent, BANNER);
    expect(section).toMatch(/Independent Medical Review|IMR/);
    expect(await page.evaluate((tag) => getComputedStyle(document.querySelector(tag)!).position, BANNER)).toBe('fixed');

    expect(await highlighted(page, 'claimclock-date')).toContain(relativeDates('{{today-2}}'));
    expect((await highlighted(page, 'claimclock-evidence')).join(' ')).toMatch(/DENIED/);
    expect(await highlighted(page, 'claimclock-date')).not.toContain('11/14/2025'); // date of injury is no trigger
    await screenshot(page, 'content-ur-denial');

    // The background stored it and the badge shows the days left.
    const tabId = await h.tabId(page);
    await waitFor('the badge', async () => /^26\b/.test(await h.inExtension((id) => browser.action.getBadgeText({ tabId: id }), tabId)));
    const stored = await h.inExtension(async () => JSON.stringify(await browser.storage.local.get(null)), null);
    expect(stored).toContain('ur-denial.html');
  });

  it('scans an allowed site by itself once "Always scan this site" registered the probe', async () => {
    expect(await h.message({ type: 'allow-site', origin: server.origin })).toEqual({ ok: true });
    const registered = await h.inExtension(async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.matches), null);
    expect(registered).toEqual([['http://127.0.0.1/*']]);
    const page = await h.page(server.url('ur-denial.html'));
    expect(await waitFor('the banner on page load', () => bannerStatus(page))).toBe('ClaimClock: 26 days left ?') // the letter has two dates that could start the clock;
    await screenshot(page, 'content-always-scan');
  });

  it('shows nothing on a page without workers’ compensation words', async () => {
    const page = await h.page(server.url('no-match.html'));
    expect((await scan(page)).notices).toEqual([]);
    await new Promise((r) => setTimeout(r, 700)); // past the rescan debounce
    expect(await page.$(BANNER)).toBeNull();
    expect(await highlighted(page, 'claimclock-evidence')).toEqual([]);
  });
});
