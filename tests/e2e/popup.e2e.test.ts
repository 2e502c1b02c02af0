// The popup in real Chromium: tracked deadlines across claims, mark done / undo, Spanish, the current page's notices,
// axe-core in the page, and screenshots (tests/e2e/artifacts/, copied to docs/screenshots/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, serveFolder, type Harness, type StaticServer } from './harness';
import { expectNoExternalRequests } from './network';
import { seedTracked, seriousAxeViolations, shoot } from './popup-support';

let h: Harness;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'tests/e2e/pages'));
  // Host access to 127.0.0.1 as if granted (headless Chromium cannot answer the prompt: permission.e2e.test.ts).
  h = await launchExtension({ patchManifest: (m) => void (m.host_permissions = ['http://127.0.0.1/*']) });
  await seedTracked(h);
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

async function openPopup(query = ''): Promise<Page> {
  const page = await h.popup(`popup.html${query}`);
  await page.setViewportSize({ width: 380, height: 600 });
  return page;
}

const rules = (page: Page) => page.$$eval('.pp-row', (rows) => rows.map((r) => r.getAttribute('data-rule')));

describe('popup: all deadlines', () => {
  it('lists every tracked deadline across claims, soonest first, with no serious axe violations', async () => {
    const page = await openPopup();
    await page.getByRole('tab', { name: /All deadlines/ }).click();
    await page.waitForSelector('.pp-row');
    const dates = await page.$$eval('.pp-row .pp-row-date', (els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect([...dates].sort()).toEqual(dates);
    expect(await rules(page)).toEqual(expect.arrayContaining(['ca.imr.request', 'ca.qme.select', 'ca.report.objection']));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'popup-all-deadlines');
    await page.close();
  });

  it('filters by claim, marks a notice done (kept after reopening) and undoes it', async () => {
    let page = await openPopup();
    await page.getByRole('tab', { name: /All deadlines/ }).click();
    await page.locator('.pp-filter select').selectOption('SC-2024-88120');
    expect(await rules(page)).toEqual(['ca.report.objection']);
    await page.locator('.pp-filter select').selectOption({ index: 0 });

    const row = page.locator('.pp-row[data-rule="ca.qme.select"]');
    await row.getByRole('button', { name: 'Mark done' }).click();
    await page.locator('.pp-row[data-rule="ca.qme.select"]').waitFor({ state: 'detached' });
    await page.close();

    page = await openPopup();
    await page.getByRole('tab', { name: /All deadlines/ }).click();
    await page.waitForSelector('.pp-row');
    expect(await rules(page)).not.toContain('ca.qme.select');
    await page.getByLabel('Show done and dismissed').check();
    const done = page.locator('.pp-row[data-rule="ca.qme.select"]');
    expect(await done.getAttribute('data-status')).toBe('done');
    await done.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.pp-row[data-rule="ca.qme.select"][data-status="open"]').waitFor();
    await page.close();
  });

  it('speaks Spanish after the language is set to Spanish in the options page', async () => {
    const options = await h.popup('options.html');
    await options.getByLabel('Language').selectOption('es');
    await options.getByRole('heading', { level: 1, name: 'Configuración de ClaimClock' }).waitFor();
    await options.getByRole('status').getByText(/^(Saved|Guardado)$/).waitFor(); // written before the page closes
    await options.close();

    const page = await openPopup();
    await page.getByRole('tab', { name: /Todos los plazos/ }).click();
    await page.waitForSelector('.pp-row');
    expect(await page.locator('.pp-row').first().textContent()).toMatch(/Quedan|Queda|Vence/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.locator('.pp-row[data-rule="ca.imr.request"]').getByRole('button', { name: 'Detalles' }).click();
    await page.getByText('Pida una Revisión Médica Independiente (IMR)').first().waitFor();
    await shoot(page, 'popup-all-deadlines-es');
    await page.close();

    const back = await h.popup('options.html');
    await back.getByLabel('Idioma').selectOption('en');
    await back.getByRole('heading', { level: 1, name: 'ClaimClock settings' }).waitFor();
    await back.getByRole('status').getByText(/^(Saved|Guardado)$/).waitFor();
    await back.close();
  });
});

describe('popup: this page', () => {
  it('scans the page on request and shows the notice card with the safe date first', async () => {
    const letter = await h.page(server.url('ur-denial.html'));
    const tabId = await h.tabId(letter);
    const page = await openPopup(`?tab=${tabId}`);
    const scan = page.getByRole('button', { name: 'Scan this page' });
    const card = page.locator('.cc-card');
    await Promise.race([scan.waitFor(), card.first().waitFor()]);
    if (await scan.isVisible()) await scan.click();
    await card.first().waitFor();
    expect(await card.first().locator('.cc-card-title').textContent()).toBe('Utilization review (UR) decision — denied');
    const big = card.first().locator('[data-rule="ca.imr.request"] .cc-countdown-big');
    expect(await big.textContent()).toMatch(/^\d+ days left$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'popup-this-page');

    // Correcting the decision date to an earlier day recomputes at once: the safe date counts from the earliest date.
    const before = await card.first().locator('[data-rule="ca.imr.request"] .cc-due-date').getAttribute('datetime');
    await page.getByText('Correct a date or fact').first().click();
    const decision = page.getByLabel('Decision date').first();
    const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
    await decision.fill(shift(before!, -40));
    await decision.dispatchEvent('change');
    await expect.poll(() => card.first().locator('[data-rule="ca.imr.request"] .cc-due-date').getAttribute('datetime')).toBe(shift(before!, -10));
    await page.close();
    await letter.close();
  });

  it('keyboard: Tab reaches the tabs and arrow keys switch them', async () => {
    const page = await openPopup();
    await page.keyboard.press('Tab'); // Settings
    await page.keyboard.press('Tab'); // the selected tab
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/All deadlines/);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('made no request outside the machine', () => {
    expectNoExternalRequests(h.net);
  });
});
