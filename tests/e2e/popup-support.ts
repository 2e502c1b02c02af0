// Helpers for the popup and options end-to-end tests: seeding tracked notices, axe-core in the page, screenshots
// that are also copied to docs/screenshots/ for the README.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, isoDate, ROOT, shiftDate, type Harness } from './harness';

export const DOCS_SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** axe-core over the whole extension page; returns serious and critical violations only. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated through DevTools, which CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} ×${v.nodes.length}`);
  });
}

/** A full-page PNG in tests/e2e/artifacts/, copied to docs/screenshots/. */
export async function shoot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  await mkdir(DOCS_SCREENSHOTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await copyFile(path, join(DOCS_SCREENSHOTS, `${name}.png`));
  return path;
}

const day = (n: number) => isoDate(shiftDate(n));

/** Notices as a page would report them, with dates relative to today so countdowns never go stale. */
export function sampleNotices() {
  return [
    {
      url: 'http://127.0.0.1/letters/ur-4471', title: 'Letter 4471-UR',
      notice: {
        kind: 'ur_decision', outcome: 'denied', confidence: 0.97, serviceMethod: 'mail', expedited: false, represented: false,
        medication: false, dates: { decision_date: day(-6), service_date: day(-4) }, dateNotes: {},
        facts: { claimNumber: 'GB-2025-0193347' }, evidence: [],
      },
    },
    {
      url: 'http://127.0.0.1/letters/qme-panel', title: 'QME panel list',
      notice: {
        kind: 'qme_panel', outcome: null, confidence: 0.92, serviceMethod: null, expedited: false, represented: false,
        medication: false, dates: { panel_assigned_date: day(-3) }, dateNotes: {},
        facts: { claimNumber: 'GB-2025-0193347' }, evidence: [],
      },
    },
    {
      url: 'http://127.0.0.1/letters/mmi', title: 'P&S report',
      notice: {
        kind: 'mmi_report', outcome: null, confidence: 0.9, serviceMethod: 'mail', expedited: false, represented: null,
        medication: false, dates: { report_date: day(-2), received_date: day(-1) }, dateNotes: {},
        facts: { claimNumber: 'SC-2024-88120' }, evidence: [],
      },
    },
  ];
}

/** Stores the sample notices the way a page does: a 'notices-found' message to the background. */
export async function seedTracked(h: Harness, notices: ReturnType<typeof sampleNotices> = sampleNotices()): Promise<void> {
  for (const s of notices) {
    await h.message({ type: 'notices-found', url: s.url, title: s.title, notices: [s.notice], byUser: true });
  }
}
