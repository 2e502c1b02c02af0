// Site access in real Chromium.
// What headless Chromium can and cannot do here:
// - chrome.permissions.request() needs a user gesture and then shows a browser prompt. A trusted click in the
//   popup does start the request, but headless Chromium has no prompt to answer: the promise stays pending and
//   nothing is granted. The first test pins that down, so the day it changes we notice.
// - The grant itself is therefore simulated by loading a copy of the build whose manifest lists 127.0.0.1 in
//   host_permissions (what the browser records after the user clicks "Allow"); everything after the grant —
//   'allow-site' registering the content script, injection on reload, restore in a new browser session,
//   'disallow-site' — runs for real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, ROOT, screenshot, serveFolder, type Harness, type StaticServer } from './harness';
import { expectNoExternalRequests } from './network';

const BANNER = 'claimclock-banner';
const PATTERN = 'http://127.0.0.1/*';
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'tests/e2e/pages'));
});
afterAll(async () => server?.close());

const registered = (h: Harness) =>
  h.inWorker(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })), null);

describe('the shipped manifest', () => {
  it('asks for no host access at install and injects nothing by itself', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect((manifest.content_scripts ?? []).flatMap((c: { matches?: string[] }) => c.matches ?? [])).toEqual([]);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*']));
  });
});

describe('without the user granting the site', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => h?.close());

  it('a permission request from the popup waits for the user (no prompt to answer headless) and grants nothing', async () => {
    const popup = await h.popup();
    await popup.evaluate((pattern) => {
      const b = Object.assign(document.createElement('button'), { id: 'grant', textContent: 'Always scan this site' });
      b.onclick = () => {
        (window as unknown as { answer: string }).answer = 'pending';
        chrome.permissions.request({ origins: [pattern] }).then((ok) => ((window as unknown as { answer: string }).answer = String(ok)));
      };
      document.body.append(b);
    }, PATTERN);
    await popup.click('#grant'); // a trusted click: the user gesture the API requires
    await popup.waitForTimeout(1500);
    expect(await popup.evaluate(() => (window as unknown as { answer: string }).answer)).toBe('pending');
    expect(await popup.evaluate((p) => chrome.permissions.contains({ origins: [p] }), PATTERN)).toBe(false);
  });

  it('refuses to register the content script, and a portal page gets no banner', async () => {
    expect(await h.message({ type: 'allow-site', origin: server.origin })).toEqual({ ok: false, error: expect.stringMatching(/not granted/) });
    expect(await registered(h)).toEqual([]);
    const page = await h.page(server.url('ur-denial.html'));
    await page.waitForTimeout(1000);
    expect(await page.locator(BANNER).count()).toBe(0);
  });

  it('made no network request beyond 127.0.0.1', () => expectNoExternalRequests(h.net));
});

describe('after the user granted the site (simulated grant, real registration)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ patchManifest: (m) => void (m.host_permissions = [PATTERN]) });
  });
  afterAll(async () => h?.close());

  it('registers the content script for the origin; the page is scanned on reload without a click', async () => {
    const page = await h.page(server.url('ur-denial.html'));
    await page.waitForTimeout(800);
    expect(await page.locator(BANNER).count()).toBe(0); // granted host access alone injects nothing

    expect(await h.message({ type: 'allow-site', origin: server.origin })).toEqual({ ok: true });
    expect(await registered(h)).toEqual([{ id: 'claimclock-site-127.0.0.1', matches: [PATTERN] }]);

    await page.reload();
    await page.locator(`${BANNER} [role=status]`).waitFor({ timeout: 10_000 });
    await screenshot(page, 'permission-allowed-site-reload');
  });

  it('registers it again from storage in a new browser session', async () => {
    await h.restart(); // same profile: storage kept, session-only registrations gone
    await expect.poll(() => registered(h), { timeout: 10_000 }).toEqual([{ id: 'claimclock-site-127.0.0.1', matches: [PATTERN] }]);
    const page = await h.page(server.url('ur-denial.html'));
    await page.locator(`${BANNER} [role=status]`).waitFor({ timeout: 10_000 });
  });

  it('stops scanning the site after "disallow-site"', async () => {
    expect(await h.message({ type: 'disallow-site', origin: server.origin })).toEqual({ ok: true });
    expect(await registered(h)).toEqual([]);
    const page = await h.page(server.url('ur-denial.html'));
    await page.waitForTimeout(1000);
    expect(await page.locator(BANNER).count()).toBe(0);
  });

  it('made no network request beyond 127.0.0.1', () => expectNoExternalRequests(h.net));
});
