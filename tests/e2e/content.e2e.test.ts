// The content script on served portal pages, in real Chromium. The extension is loaded with host access to
// 127.0.0.1 granted (a test-only manifest copy: headless Chromium cannot click "Allow" on the permission prompt,
// see permission.e2e.test.ts), and scans are started the way the popup starts them: a 'scan-tab' message.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { isoDate, launchExtension, relativeDates, ROOT, screenshot, serveFolder, shiftDate, type Harness, type StaticServer } from './harness';
import { expectNoExternalRequests } from './network';
import type { PageNotices } from '../../messaging/protocol';

const BANNER = 'claimclock-banner';
let h: Harness;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'tests/e2e/pages'));
  h = await launchExtension({ patchManifest: (m) => void (m.host_permissions = ['http://127.0.0.1/*']) });
});

afterEach(async () => {
  // close every tab but the messenger, so tab lookups by URL find this test's page
  for (const p of h.context.pages()) if (!p.url().startsWith('chrome-extension://')) await p.close();
});

afterAll(async () => {
  await h?.close();
  await server?.close();
});

/** axe-core on one element of the page (it walks into open shadow roots). */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string; help: string }[] }> } }).axe;
    const { violations } = await axe.run({ include: [[sel]] });
    return violations.map((v) => `${v.id}: ${v.help}`);
  }, selector);
}

async function scan(page: Page): Promise<PageNotices> {
  return h.message<PageNotices>({ type: 'scan-tab', tabId: await h.tabId(page) });
}

/** Texts of the ranges in a named CSS highlight (the content script's isolated world shares the page's registry). */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return hl ? [...hl].map((r) => r.toString()) : [];
  }, name);
}

describe('content script on portal pages', () => {
  it('finds a UR denial on a static portal page: highlights and an accessible banner with the countdown', async () => {
    const page = await h.page(server.url('ur-denial.html'));
    const result = await scan(page);
    expect(result.notices).toEqual([
      expect.objectContaining({ kind: 'ur_decision', outcome: 'denied', dates: expect.objectContaining({ service_date: isoDate(shiftDate(-2)) }) }),
    ]);

    const served = relativeDates('{{today-2}}'); // as the page shows it
    expect(await highlighted(page, 'claimclock-date')).toContain(served);
    expect((await highlighted(page, 'claimclock-evidence')).join(' ')).toMatch(/DENIED/);
    expect(await highlighted(page, 'claimclock-date')).not.toContain('11/14/2025'); // date of injury never highlighted as a trigger

    const status = page.locator(`${BANNER} [role=status]`);
    // IMR safe date: 30 days from the decision (today-4), the earliest date on the letter; two plausible starts, so "?"
    await expect.poll(() => status.textContent()).toBe('ClaimClock: 26 days left ?');
    // a compact pill until the user opens it; then the pathway and the countdown
    expect(await page.locator(`${BANNER} #cc-body`).isHidden()).toBe(true);
    await page.locator(`${BANNER} button[aria-expanded]`).click();
    expect(await page.locator(`${BANNER} section`).innerText()).toMatch(/Independent Medical Review|IMR/);

    const layout = await page.evaluate((tag) => getComputedStyle(document.querySelector(tag)!).position, BANNER);
    expect(layout).toBe('fixed');
    expect(await axeViolations(page, BANNER)).toEqual([]);
    await screenshot(page, 'content-ur-denial');

    await page.close();
  });

  it('the background stores what the page found and shows the days left on the badge', async () => {
    const page = await h.page(server.url('ur-denial.html'));
    await scan(page);
    await expect.poll(() => h.inWorker(async () => JSON.stringify(await chrome.storage.local.get(null)), null), { timeout: 10_000 })
      .toContain('ur-denial.html');
    const tabId = await h.tabId(page);
    await expect.poll(() => h.inWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 10_000 }).toMatch(/^26\b/); // safe date, as the banner
    await page.close();
  });

  it('rescans a single-page portal when a notice is inserted into a shadow root after navigation', async () => {
    const page = await h.page(server.url('spa.html'));
    expect((await scan(page)).notices).toEqual([]);
    expect(await page.locator(BANNER).count()).toBe(0);

    await page.click('#go-letters'); // pushState + a web component with an open shadow root
    await expect.poll(() => page.locator(`${BANNER} [role=status]`).count(), { timeout: 5_000 }).toBe(1);
    expect(page.url()).toMatch(/\/claims\/PM-77-40219\/letters/);
    const tabId = await h.tabId(page);
    const answer = ((await h.inWorker((id) => chrome.tabs.sendMessage(id, { type: 'get-page-notices' }), tabId)) as { value: PageNotices }).value;
    expect(answer.notices[0]).toMatchObject({ kind: 'ur_decision', outcome: 'denied', dates: { service_date: isoDate(shiftDate(-1)) } });
    expect(answer.url).toMatch(/\/claims\/PM-77-40219\//);
    expect((await highlighted(page, 'claimclock-evidence')).join(' ')).toMatch(/DENIED|Non-certified/);
    await screenshot(page, 'content-spa-shadow');
    await page.close();
  });

  it('shows nothing on a page without workers’ compensation words', async () => {
    const page = await h.page(server.url('no-match.html'));
    const result = await scan(page);
    expect(result.notices).toEqual([]);
    await page.waitForTimeout(700); // past the rescan debounce
    expect(await page.locator(BANNER).count()).toBe(0);
    expect(await highlighted(page, 'claimclock-evidence')).toEqual([]);
    await page.close();
  });

  it('reaches the banner with the keyboard and dismisses it with Enter; it stays closed while the page changes', async () => {
    const page = await h.page(server.url('ur-denial.html'));
    await scan(page);
    await page.locator(`${BANNER} [role=status]`).waitFor();
    // The banner is last in the document: Shift+Tab from the top walks backwards into it (through one button per
    // highlighted fact, then the close button).
    let label: string | null = null;
    for (let i = 0; i < 40 && label !== 'Dismiss ClaimClock banner'; i++) {
      await page.keyboard.press('Shift+Tab');
      label = await page.evaluate((tag) => {
        const host = document.activeElement;
        return host?.tagName.toLowerCase() === tag ? host.shadowRoot!.activeElement?.getAttribute('aria-label') ?? null : null;
      }, BANNER);
    }
    expect(label).toBe('Dismiss ClaimClock banner');
    await screenshot(page, 'content-banner-focused');
    await page.keyboard.press('Enter');
    expect(await page.locator(BANNER).count()).toBe(0);

    // The page changing again (a rescan of the same notice) keeps it dismissed...
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Message read.' })));
    await page.waitForTimeout(900);
    expect(await page.locator(BANNER).count()).toBe(0);
    // ...an explicit scan from the toolbar brings it back, and Escape from inside closes it.
    await scan(page);
    await page.locator(`${BANNER} button[aria-expanded]`).focus();
    await page.keyboard.press('Escape');
    expect(await page.locator(BANNER).count()).toBe(0);
    await page.close();
  });

  it('made no network request beyond 127.0.0.1 during the whole run', () => {
    expectNoExternalRequests(h.net);
  });
});
