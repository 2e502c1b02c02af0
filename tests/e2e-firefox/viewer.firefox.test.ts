// ClaimClock's PDF viewer in firefox-esr: with "Open PDF letters in ClaimClock" on (and the optional webNavigation
// permission granted the way Firefox records a user's "Allow"), a served .pdf is redirected to the viewer, which
// reads it and shows the UR denial's IMR deadline with its citation and the dates highlighted on the page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textLetterPdf } from '../e2e/viewer-support';
import { launchFirefoxExtension, screenshot, startNavigation, waitFor, type FirefoxHarness } from './harness';

let server: Server;
let base: string;
let h: FirefoxHarness;

beforeAll(async () => {
  const letter = await textLetterPdf();
  server = createServer((req, res) => {
    if (req.url !== '/letters/ur-denial.pdf') return void res.writeHead(404).end('not found');
    // Echo the origin like a CORS-enabled document host; without it the viewer asks for host permission.
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': letter.byteLength }).end(Buffer.from(letter));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h = await launchFirefoxExtension();
  await h.grant({ permissions: ['webNavigation'] });
  await h.message({ type: 'store:save-settings', patch: { pdfViewer: true } });
});

afterAll(async () => {
  await h?.close();
  await new Promise((r) => server?.close(r));
});

const onPage = <T>(page: Page, fn: () => T) => page.evaluate(fn).catch(() => null);

describe('Firefox: PDF viewer', () => {
  it('opens a served .pdf in the viewer and shows the IMR deadline with its citation', async () => {
    expect(await h.inExtension(() => browser.permissions.contains({ permissions: ['webNavigation'] }), null)).toBe(true);
    const url = `${base}/letters/ur-denial.pdf`;
    const page = await h.browser.newPage();
    await startNavigation(h.browser, page, url);
    const viewerUrl = await waitFor('the redirect to the viewer', async () => {
      const href = await onPage(page, () => location.href);
      return href?.startsWith(`moz-extension://${h.uuid}/viewer.html?`) ? href : null;
    });
    expect(viewerUrl).toMatch(new RegExp(`viewer\\.html\\?key=[0-9a-f]{32}&file=${encodeURIComponent(url).replace(/[.?*+^$()|[\]\\]/g, '\\$&')}$`));
    await waitFor('the viewer to be ready', () => onPage(page, () => document.body.dataset.phase === 'ready'), 30_000);
    await waitFor('a rendered page', () => onPage(page, () => document.querySelector('.cc-page[data-rendered="true"]') !== null));
    expect(await page.$eval('.cc-source', (e) => e.textContent)).toBe(url);
    expect(await page.$eval('a.cc-original', (e) => e.getAttribute('href'))).toBe(`${url}#claimclock-skip`);

    await waitFor('the IMR deadline', () => page.$('.cc-deadline[data-rule="ca.imr.request"]'), 10_000);
    const card = await page.$eval('.cc-deadline[data-rule="ca.imr.request"]', (c) => ({
      due: c.querySelector('time')?.getAttribute('datetime'),
      latest: c.querySelector('.cc-latest time')?.getAttribute('datetime'),
      citation: c.querySelector('.cc-citation cite')?.textContent,
    }));
    // Safe date: 30 days from the earliest date on the letter (decision 2026-03-02). Last day: proof of service
    // (03-04) + 30 + 5 days for mail.
    expect(card).toEqual({ due: '2026-04-01', latest: '2026-04-08', citation: expect.stringMatching(/Lab\. Code § ?4610\.5/) });
    expect(await page.$eval('.cc-card-title', (e) => e.textContent)).toBe('Utilization review (UR) decision — denied');
    expect(await page.$$eval('mark.cc-mark-date', (m) => m.length)).toBeGreaterThan(0);
    await screenshot(page, 'viewer-ur-denial');

    // "How this date was computed" opens on the steps and the citation.
    await page.$eval('.cc-deadline[data-rule="ca.imr.request"] details.cc-steps > summary', (s) => (s as HTMLElement).click());
    const steps = await page.$eval('.cc-deadline[data-rule="ca.imr.request"] details.cc-steps', (d) => {
      d.querySelector('.cc-citation')!.scrollIntoView({ block: 'center' });
      return { open: (d as HTMLDetailsElement).open, citationShown: d.querySelector('.cc-citation')!.checkVisibility(), text: d.textContent };
    });
    expect(steps).toMatchObject({ open: true, citationShown: true, text: expect.stringMatching(/2026-04-01|April 1, 2026/) });
    await screenshot(page, 'viewer-ur-denial-steps');
    await page.close();
  });
});
