// The Firefox build installed in firefox-esr: the add-on starts, its popup renders the tracked deadlines (seeded
// through the background, as pages report them) and the notice card of a portal page, and its options page opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT, serveFolder, type StaticServer } from '../e2e/harness';
import { sampleNotices } from '../e2e/popup-support';
import { launchFirefoxExtension, screenshot, waitFor, type FirefoxHarness } from './harness';

let h: FirefoxHarness;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'tests/e2e/pages'));
  h = await launchFirefoxExtension();
  for (const s of sampleNotices()) {
    await h.message({ type: 'notices-found', url: s.url, title: s.title, notices: [s.notice], byUser: true });
  }
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

async function openPopup(query = ''): Promise<Page> {
  const page = await h.extensionPage(`popup.html${query}`);
  await page.setViewport({ width: 380, height: 600 });
  return page;
}

describe('Firefox: the installed add-on', () => {
  it('runs as a temporary add-on under its gecko id, with its background script answering', async () => {
    expect(h.extensionId).toBe('claimclock@example.org');
    expect(h.uuid).toMatch(/^[0-9a-f-]{36}$/);
    const manifest = await h.inExtension(() => browser.runtime.getManifest(), null);
    expect(manifest.manifest_version).toBe(3);
    expect((manifest.background as { scripts?: string[] }).scripts).toEqual([`moz-extension://${h.uuid}/background.js`]); // Firefox MV3: an event page, no service worker
    expect(await h.inExtension(() => browser.runtime.getURL('/popup.html'), null)).toBe(`moz-extension://${h.uuid}/popup.html`);
  });

  it('shows the popup with its two tabs and every tracked deadline, soonest first', async () => {
    const page = await openPopup();
    const tabs = await page.$$eval('[role="tab"]', (els) => els.map((e) => e.textContent?.trim()));
    expect(tabs).toEqual([expect.stringMatching(/This page/), expect.stringMatching(/All deadlines/)]);
    await page.$$eval('[role="tab"]', (els) => (els[1] as HTMLElement).click());
    await waitFor('deadline rows', () => page.$('.pp-row'));
    const dates = await page.$$eval('.pp-row .pp-row-date', (els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect([...dates].sort()).toEqual(dates);
    const rules = await page.$$eval('.pp-row', (rows) => rows.map((r) => r.getAttribute('data-rule')));
    expect(rules).toEqual(expect.arrayContaining(['ca.imr.request', 'ca.qme.select', 'ca.report.objection']));
    expect(await page.$eval('.pp-row[data-rule="ca.imr.request"]', (r) => r.textContent)).toMatch(/\d+ days? left|Due today/);
    await screenshot(page, 'popup-all-deadlines');
    await page.close();
  });

  it('opens the options page with its settings', async () => {
    const page = await h.extensionPage('options.html');
    await waitFor('the options heading', () => page.$eval('h1', (e) => e.textContent === 'ClaimClock settings').catch(() => false));
    expect(await page.$$eval('select, input', (els) => els.length)).toBeGreaterThan(3);
    await screenshot(page, 'options');
    await page.close();
  });

  it('scans a portal page from the popup and shows the notice card with its countdown and citation', async () => {
    // the toolbar click grants activeTab; headless Firefox has none, so the user's "Allow" for the site stands in
    await h.grant({ origins: ['http://127.0.0.1/*'] });
    const letter = await h.page(server.url('ur-denial.html'));
    const page = await openPopup(`?tab=${await h.tabId(letter)}`);
    await waitFor('the scan button or the card', () => page.$('.cc-card, button'));
    await page.$$eval('button', (buttons) => buttons.find((b) => b.textContent?.trim() === 'Scan this page')?.click());
    await waitFor('the notice card', () => page.$('.cc-card'));
    expect(await page.$eval('.cc-card .cc-card-title', (e) => e.textContent)).toBe('Utilization review (UR) decision — denied');
    // IMR safe date: 30 days from the decision (today-4), the earliest date on the letter
    expect(await page.$eval('.cc-card [data-rule="ca.imr.request"] .cc-countdown-big', (e) => e.textContent)).toBe('26 days left');
    expect(await page.$eval('.cc-card [data-rule="ca.imr.request"] .cc-citation cite', (e) => e.textContent)).toMatch(/Lab\. Code § ?4610\.5/);
    await screenshot(page, 'popup-this-page');
    await page.close();
    await letter.close();
  });
});
