// "Add a notice by hand" in real Chromium: a UR denial from a paper letter, served by mail, entered in the popup; it
// shows in All deadlines with the safe date the rules give, the toolbar badge counts down to it, axe finds nothing
// serious, and the form is photographed (tests/e2e/artifacts/, copied to docs/screenshots/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_PROFILE } from '../../model';
import { computeDeadlines, daysBetween, defaultRuleset } from '../../rules';
import { isoDate, launchExtension, screenshot, shiftDate, type Harness } from './harness';
import { expectNoExternalRequests } from './network';
import { seriousAxeViolations, shoot } from './popup-support';

let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
});
afterAll(async () => {
  await h?.close();
});

async function openPopup(query = ''): Promise<Page> {
  const page = await h.popup(`popup.html${query}`);
  await page.setViewportSize({ width: 380, height: 600 });
  return page;
}

const today = isoDate(new Date());
const served = isoDate(shiftDate(-4));
// What the rules say for this letter: 30 days from service (Lab. Code § 4610.5(h)(1)), safe date without mail time.
const [expected] = computeDeadlines(
  { kind: 'ur_decision', outcome: 'denied', confidence: 1, serviceMethod: 'mail', expedited: false, represented: null,
    medication: false, dates: { service_date: served } },
  DEFAULT_PROFILE, defaultRuleset(), today,
).filter((d) => d.rule === 'ca.imr.request');

describe('popup: add a notice by hand', () => {
  it('tracks a UR denial from a paper letter with the safe date the rules give', async () => {
    expect(expected!.due).toBe(isoDate(shiftDate(26)));
    const page = await openPopup('?view=all');
    await page.getByText('No tracked deadlines yet.').waitFor();
    await screenshot(page, 'popup-add-notice-empty');
    await page.getByRole('button', { name: 'Add a notice by hand' }).click();
    await page.getByRole('heading', { name: 'Add a notice by hand' }).waitFor();

    // No date: a clear message, focus on the first date, nothing saved.
    await page.getByRole('button', { name: 'Save and track' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Enter at least one date from the letter.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('add-date-decision_date');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-add-notice-invalid');

    await page.getByLabel('What kind of notice is it?').selectOption('ur_decision');
    await page.getByLabel('What did it decide?').selectOption('denied');
    await page.getByLabel('How was it sent to you?').selectOption('mail');
    await page.getByLabel('Date it was sent to you (served)').fill(served);
    await page.getByLabel('Claim number (optional)').fill('SM-2026-55012');
    await page.getByLabel('Name for this notice (optional)').fill('Letter from Sierra Mutual');

    const due = page.locator('.pp-add-preview [data-rule="ca.imr.request"] .cc-due-date');
    await expect.poll(() => due.getAttribute('datetime')).toBe(expected!.due);
    expect(await page.locator('.pp-add-preview .cc-citation cite').first().textContent()).toBe(expected!.citation);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(page, 'popup-add-notice');

    await page.getByRole('button', { name: 'Save and track' }).click();
    const row = page.locator('.pp-row.pp-new[data-rule="ca.imr.request"]');
    await row.waitFor();
    expect(await page.getByRole('tab', { name: /All deadlines/ }).getAttribute('aria-selected')).toBe('true');
    expect(await row.locator('.pp-row-date').getAttribute('datetime')).toBe(expected!.due);
    expect(await row.locator('.pp-row-meta').textContent()).toBe('SM-2026-55012 · Utilization review (UR) decision · Letter from Sierra Mutual');
    expect(await page.getByRole('status').textContent()).toMatch(/Added Letter from Sierra Mutual/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-add-notice-saved');

    // The badge counts down to the nearest open deadline: this one (the IMR decision estimate needs an IMR request date).
    const days = daysBetween(today, expected!.due);
    await expect.poll(() => h.inWorker(() => chrome.action.getBadgeText({}), null), { timeout: 10_000 }).toBe(String(days));
    await page.close();

    // Kept: a new popup lists it; entering the same letter again does not add a second record.
    const again = await openPopup('?view=all');
    await again.locator('.pp-row[data-rule="ca.imr.request"]').waitFor();
    const stored = await again.evaluate(async () => (await chrome.storage.local.get('tracked')).tracked as { sourceUrl: string; status: string }[]);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'open', sourceUrl: expect.stringMatching(/^manual:ur_decision-/) });
    await again.close();
  });

  it('speaks Spanish and fits the popup width', async () => {
    const page = await openPopup('?view=all');
    await page.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), language: 'es' } });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Agregar un aviso a mano' }).click();
    await page.getByLabel('¿Qué tipo de aviso es?').selectOption('qme_panel');
    await page.getByLabel('Fecha de asignación del panel').fill(isoDate(shiftDate(-2)));
    await page.locator('.pp-add-preview [data-rule="ca.qme.strike"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'popup-add-notice-es');
    await page.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), language: 'en' } });
    });
    await page.close();
  });

  it('made no request outside the machine', () => {
    expectNoExternalRequests(h.net);
  });
});
