// The options page in real Chromium: settings persist, Spanish, data export, delete with confirmation, axe-core,
// screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { expectNoExternalRequests } from './network';
import { seedTracked, seriousAxeViolations, shoot } from './popup-support';

let h: Harness;

beforeAll(async () => {
  h = await launchExtension();
  await seedTracked(h);
});
afterAll(async () => h?.close());

describe('options page', () => {
  it('shows every section with no serious axe violations', async () => {
    const page = await h.popup('options.html');
    await page.setViewportSize({ width: 760, height: 900 });
    for (const name of ['Your situation', 'Display', 'Reminders', 'Rules', 'Sites scanned automatically', 'Your data', 'Storage health']) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    await page.locator('.op-list li').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'options');
    await page.close();
  });

  it('keeps settings after a reload and shows the page in Spanish when chosen', async () => {
    let page = await h.popup('options.html');
    await page.getByLabel('Yes, I have an attorney').check();
    await page.getByLabel('Elsewhere in the US').check();
    await page.getByLabel(/Remind me/).fill('10, 2');
    await page.getByLabel(/Remind me/).press('Tab');
    await page.getByRole('status').getByText('Saved').waitFor();
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Configuración de ClaimClock' }).waitFor();
    await page.getByRole('status').getByText(/^(Saved|Guardado)$/).waitFor(); // written before the page closes
    await page.close();

    page = await h.popup('options.html');
    await page.setViewportSize({ width: 760, height: 900 });
    await page.getByRole('heading', { level: 1, name: 'Configuración de ClaimClock' }).waitFor();
    expect(await page.getByLabel('Sí, tengo abogado').isChecked()).toBe(true);
    expect(await page.getByLabel('Otro lugar de EE. UU.').isChecked()).toBe(true);
    expect(await page.getByLabel(/Recordarme/).inputValue()).toBe('10, 2');
    await shoot(page, 'options-es');
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'ClaimClock settings' }).waitFor();
    await page.getByRole('status').getByText(/^(Saved|Guardado)$/).waitFor();
    await page.close();
  });

  it('exports all data as JSON and deletes all only after confirmation', async () => {
    const page = await h.popup('options.html');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all data' }).click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const json = JSON.parse(await readFile(path!, 'utf8'));
    expect(JSON.stringify(json)).toContain('GB-2025-0193347');

    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByRole('alertdialog').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel'); // focus moves after render
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete all data' }).click();
    await page.getByText('All data deleted.').waitFor();
    await page.close();

    const popup = await h.popup('popup.html');
    await popup.getByRole('tab', { name: /All deadlines/ }).click();
    await popup.getByText('No tracked deadlines yet.').waitFor();
    await popup.close();
  });

  it('made no request outside the machine', () => {
    expectNoExternalRequests(h.net);
  });
});
