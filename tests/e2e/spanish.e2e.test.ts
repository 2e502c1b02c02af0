// The notice card and the in-page banner in Spanish, in real Chromium (issue 14): on the last day ("Vence hoy",
// "Actúe a más tardar el …") and after the safe date while the latest date the law may allow is still ahead
// ("Actúe hoy", until when, I&A's number). Both are scanned for English words; screenshots go to docs/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, serveFolder, type Harness, type StaticServer } from './harness';
import { expectNoExternalRequests } from './network';
import { shoot } from './popup-support';
import { englishWords } from '../support/english';

const BANNER = 'claimclock-banner';
const PAGES = join(ROOT, 'tests/e2e/pages');
let h: Harness;
let server: StaticServer;
let dir: string;

/**
 * ur-denial.html moved back in time: decided and dated `decided` days ago, the RFA six days before, served by mail
 * two days after the decision (5 mail days for the latest date). The IMR safe date is 30 days from the decision; the latest is 35 from service.
 */
function letterDecided(decided: number): string {
  const html = readFileSync(join(PAGES, 'ur-denial.html'), 'utf8')
    // a one-line proof of service that names the method, so the latest date adds the 5 mail days
    .replace(/<p>I declare that I served[\s\S]*?<\/p>/, `<p>Proof of service: this decision was served by mail on {{today-${decided - 2}}}.</p>`)
    .replace(/\{\{today-4\}\}/g, `{{today-${decided}}}`)
    .replace(/\{\{today-10\}\}/g, `{{today-${decided + 6}}}`);
  const name = `ur-denial-${decided}.html`;
  writeFileSync(join(dir, name), html);
  return name;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimclock-es-'));
  copyFileSync(join(PAGES, 'portal.css'), join(dir, 'portal.css'));
  server = await serveFolder(dir);
  h = await launchExtension({ patchManifest: (m) => void (m.host_permissions = ['http://127.0.0.1/*']) });
  const options = await h.popup('options.html');
  await options.getByLabel('Language').selectOption('es');
  await options.getByRole('heading', { level: 1, name: 'Configuración de ClaimClock' }).waitFor();
  await options.getByRole('status').getByText(/^(Saved|Guardado)$/).waitFor();
  await options.close();
});

afterAll(async () => {
  await h?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The banner's own words: everything but the list of highlighted page text (the letter's English, quoted). */
const bannerWords = (page: Page) => page.evaluate((tag) => {
  const box = document.querySelector(tag)!.shadowRoot!.querySelector('section')!.cloneNode(true) as HTMLElement;
  box.querySelectorAll('li').forEach((li) => li.remove());
  return box.innerText || box.textContent || '';
}, BANNER);

/** The card's own words, without the dates read from the letter echoed in the correction form's inputs. */
const cardWords = (page: Page) => page.locator('.cc-card').first().evaluate((el) => (el as HTMLElement).innerText);

async function open(decided: number): Promise<{ page: Page; popup: Page }> {
  const page = await h.page(server.url(letterDecided(decided)));
  await page.setViewportSize({ width: 900, height: 700 });
  const tabId = await h.tabId(page);
  await h.message({ type: 'scan-tab', tabId });
  const popup = await h.popup(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.locator('.cc-card').first().waitFor();
  return { page, popup };
}

describe('Spanish card and banner', () => {
  it('on the last day: "Vence hoy" with "Actúe a más tardar el" today, and no English', async () => {
    const { page, popup } = await open(30);
    const imr = popup.locator('[data-rule="ca.imr.request"]');
    expect(await imr.locator('.cc-countdown-big').textContent()).toMatch(/^Vence hoy/);
    expect(await imr.locator('.cc-due').textContent()).toMatch(/^Actúe a más tardar el \S+, \d+ de \S+ de \d{4}$/);
    expect(englishWords(await cardWords(popup))).toEqual([]);
    await shoot(popup, 'card-es-last-day');

    const status = page.locator(`${BANNER} [role=status]`);
    await expect.poll(() => status.textContent()).toMatch(/^ClaimClock: Vence hoy/);
    const banner = await bannerWords(page);
    expect(banner).toMatch(/Actúe a más tardar el/);
    expect(banner).not.toMatch(/antes de/);
    expect(englishWords(banner)).toEqual([]);
    await page.locator(`${BANNER} .toggle`).click(); // the pill opens into the details
    await page.locator(`${BANNER} #cc-body`).waitFor({ state: 'visible' });
    await page.locator(BANNER).screenshot({ path: join(ROOT, 'docs/screenshots/banner-es-last-day.png') });
    await popup.close();
    await page.close();
  });

  it('after the safe date, before the latest: "Actúe hoy", until when, and who can help; never "Venció"', async () => {
    const { page, popup } = await open(32);
    const imr = popup.locator('[data-rule="ca.imr.request"]');
    expect(await imr.locator('.cc-countdown-big').textContent()).toBe('Actúe hoy');
    const help = await imr.locator('.cc-safe-passed').textContent();
    expect(help).toMatch(/Puede que aún tenga hasta el .* 1-800-736-7401/);
    const card = await cardWords(popup);
    expect(card).not.toMatch(/Venció/);
    expect(englishWords(card)).toEqual([]);
    await shoot(popup, 'card-es-after-safe-date');

    const status = page.locator(`${BANNER} [role=status]`);
    await expect.poll(() => status.textContent()).toMatch(/^ClaimClock: Actúe hoy( \?)?$/);
    const banner = await bannerWords(page);
    expect(banner).toMatch(/1-800-736-7401/);
    expect(banner).not.toMatch(/Venció/);
    expect(englishWords(banner)).toEqual([]);
    await page.locator(`${BANNER} .toggle`).click(); // the pill opens into the details
    await page.locator(`${BANNER} #cc-body`).waitFor({ state: 'visible' });
    await page.locator(BANNER).screenshot({ path: join(ROOT, 'docs/screenshots/banner-es-after-safe-date.png') });
    await popup.close();
    await page.close();
  });

  it('made no request outside the machine', () => {
    expectNoExternalRequests(h.net);
  });
});
