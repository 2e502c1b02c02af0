// Hostile pages and racing contexts, in real Chromium with the built extension:
// - a page that sends the tab to the viewer with a PDF of its own making (data: URL, or a web URL with no or a forged
//   viewer key) plants nothing in storage;
// - two extension pages and a page scan writing at the same time lose no change (the worker is the one writer);
// - the page shapes that froze the tab before (a long whitespace run after a label word) are read in time;
// - the network proof sees a request even when the service worker makes it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, relativeDates, screenshot, type Harness } from './harness';
import { externalRequests } from './network';
import { seedTracked } from './popup-support';
import { textLetterPdf } from './viewer-support';
import type { PageNotices } from '../../messaging/protocol';
import type { TrackedNotice } from '../../storage/types';

let h: Harness;
let server: Server;
let base: string;
let pdfBase64: string;

const PORTAL = (body: string) => `<!doctype html><html><head><title>Claim portal</title></head><body>${body}</body></html>`;
/** The shape that blocked Chromium for seconds on every mutation: a label word, then a huge blanked history. */
const FREEZE_SHAPE = PORTAL(`<main><h1>Notice of Utilization Review Decision</h1>
<p>Workers' compensation claim number: WC-1. Date of UR decision: {{today-3}}. The requested physical therapy is not certified.</p>
<p>Type of review Utilization Review</p>
<h2>Letter history</h2><table>${'<tr><td>03/02/2025</td><td>UR decision</td><td>Denied</td></tr>'.repeat(400)}</table>
<pre>claim no${' '.repeat(30_000)}.</pre></main>`);

beforeAll(async () => {
  const pdf = await textLetterPdf();
  pdfBase64 = Buffer.from(pdf).toString('base64');
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/letter.pdf') return res.writeHead(200, { 'Content-Type': 'application/pdf', 'Access-Control-Allow-Origin': '*' }).end(Buffer.from(pdf));
    if (url === '/freeze.html') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(relativeDates(FREEZE_SHAPE));
    if (url.startsWith('/attack.html')) {
      // the attacker's page: it knows the extension id and sends the top frame to the viewer on its own
      const target = decodeURIComponent(new URL(url, 'http://x').searchParams.get('to') ?? '');
      return res.writeHead(200, { 'Content-Type': 'text/html' }).end(PORTAL(`<p>Loading…</p><script>location.href = ${JSON.stringify(target)};</script>`));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h = await launchExtension({ patchManifest: (m) => void (m.host_permissions = ['http://127.0.0.1/*']) });
});

afterAll(async () => {
  await h?.close();
  await new Promise((r) => server?.close(r));
});

const tracked = () => h.inWorker(async () => ((await chrome.storage.local.get('tracked')).tracked ?? []) as TrackedNotice[], null);

async function attack(viewerQuery: string): Promise<Page> {
  const target = `chrome-extension://${h.extensionId}/viewer.html?${viewerQuery}`;
  const page = await h.context.newPage();
  await page.goto(`${base}/attack.html?to=${encodeURIComponent(target)}`);
  await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/^chrome-extension:/);
  await page.waitForSelector('body[data-phase="ready"], body[data-phase="error"]', { timeout: 30_000 });
  return page;
}

describe('a page trying to plant a notice through the viewer', () => {
  it('gets nothing stored from a data: PDF of its own making, and the viewer refuses to open it', async () => {
    const page = await attack(`file=${encodeURIComponent(`data:application/pdf;base64,${pdfBase64}`)}`);
    await expect(page.locator('.cc-error').getAttribute('data-code')).resolves.toBe('unsafe_url');
    await expect(page.locator('a.cc-original').count()).resolves.toBe(0);
    await screenshot(page, 'hostile-viewer-data-url');
    await page.waitForTimeout(500);
    expect(await tracked()).toEqual([]);
    await page.close();
  });

  it('gets nothing stored from a web PDF opened without, or with a forged, viewer key; the user may still track it', async () => {
    for (const query of [`file=${encodeURIComponent(`${base}/letter.pdf`)}`, `key=${'ab'.repeat(16)}&file=${encodeURIComponent(`${base}/letter.pdf`)}`]) {
      const page = await attack(query);
      await page.waitForSelector('.cc-deadline', { timeout: 30_000 });
      await expect(page.locator('.cc-not-saved').isVisible()).resolves.toBe(true);
      await page.waitForTimeout(500);
      expect(await tracked()).toEqual([]);
      await page.close();
    }
    const page = await attack(`file=${encodeURIComponent(`${base}/letter.pdf`)}`);
    await page.waitForSelector('.cc-not-saved button');
    await screenshot(page, 'hostile-viewer-not-saved');
    await page.click('.cc-not-saved button');
    await page.waitForSelector('.cc-saved');
    await expect.poll(async () => (await tracked()).length).toBe(1); // the user's own click
    await page.close();
    await h.message({ type: 'store:delete-all' });
  });
});

describe('one writer', () => {
  it('loses no change when two windows and a page scan write at the same time', async () => {
    const notices = Array.from({ length: 12 }, (_, i) => ({
      url: `https://portal.example/claims/${i}`,
      title: `Letter ${i}`,
      notice: {
        kind: 'ur_decision', outcome: 'denied', confidence: 0.9, serviceMethod: 'mail', expedited: false, represented: null, medication: false,
        dates: { decision_date: '2026-11-02', service_date: '2026-11-03' }, facts: { claimNumber: `WC-${i}` },
      },
    }));
    await seedTracked(h, notices as never);
    const ids = (await tracked()).map((t) => t.id);
    expect(ids).toHaveLength(12);
    const a = await h.popup('popup.html?view=all');
    const b = await h.popup('options.html');
    const portal = await h.page(`${base}/freeze.html`);
    const tabId = await h.tabId(portal);
    const send = (page: Page, list: string[], status: string) =>
      page.evaluate(async ({ list, status }) => Promise.all(list.map((id) => chrome.runtime.sendMessage({ type: 'store:update-tracked', id, patch: { status } }))), { list, status });
    // all at once: window A marks six done, window B dismisses six, and the worker records the portal's notice
    const [ra, rb, scanned] = await Promise.all([
      send(a, ids.slice(0, 6), 'done'),
      send(b, ids.slice(6), 'dismissed'),
      h.message<PageNotices>({ type: 'scan-tab', tabId }),
    ]);
    expect([...ra, ...rb].every((r) => (r as { ok: boolean }).ok)).toBe(true);
    expect(scanned.notices.length).toBeGreaterThan(0);
    await expect.poll(async () => (await tracked()).length, { timeout: 5000 }).toBe(13);
    const after = await tracked();
    for (const id of ids.slice(0, 6)) expect(after.find((t) => t.id === id)?.status, id).toBe('done');
    for (const id of ids.slice(6)) expect(after.find((t) => t.id === id)?.status, id).toBe('dismissed');
    await Promise.all([a.close(), b.close(), portal.close()]);
  });

  it('refuses a write sent from a web page’s content script context', async () => {
    const page = await h.page(`${base}/freeze.html`);
    await h.message<PageNotices>({ type: 'scan-tab', tabId: await h.tabId(page) });
    // the scanner runs in the page's isolated world: run the same message from there
    const answer = await h.inWorker(async (tabId) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId },
        func: () => chrome.runtime.sendMessage({ type: 'store:delete-all' }),
      });
      return frame?.result;
    }, await h.tabId(page));
    expect(answer).toEqual({ ok: false, error: 'ClaimClock refused this request.' });
    expect((await tracked()).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('pages that froze the tab before', () => {
  it('reads a page with a label word above a long blanked history in time, and the page stays responsive', async () => {
    const page = await h.page(`${base}/freeze.html`);
    const result = await h.message<PageNotices>({ type: 'scan-tab', tabId: await h.tabId(page) });
    expect(result.error ?? null).toBeNull();
    expect(result.notices.map((n) => n.kind)).toContain('ur_decision');
    // the page answers at once: nothing is still running in it
    await expect(page.evaluate(() => document.title)).resolves.toBe('Claim portal');
    await page.close();
  });
});

describe('the network proof', () => {
  it('sees a request the service worker makes (the harness fails the file on any such request)', async () => {
    const before = h.net.seen.length;
    await h.inWorker(() => fetch('http://claimclock-network-proof.invalid/x').then(() => 0, () => 0), null);
    await expect.poll(() => h.net.seen.slice(before).some((r) => r.target === 'service_worker' && r.url.includes('network-proof.invalid')), { timeout: 5000 }).toBe(true);
    expect(externalRequests(h.net).some((r) => r.includes('network-proof.invalid'))).toBe(true);
    // take this test's own request back out, so the file's closing check judges only the extension
    h.net.seen.splice(before);
    h.net.external.splice(0, h.net.external.length, ...h.net.external.filter((r) => !r.includes('network-proof.invalid')));
  });
});
