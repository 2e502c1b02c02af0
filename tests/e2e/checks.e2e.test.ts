// "Never silently wrong" (issue 11) in real Chromium: a date that needs a check is confirmed with one click on the page's
// banner and in the viewer (the countdown settles, the badge loses its "?"), a notice waiting for a date asks for it,
// a passed deadline says what can still be done, and All deadlines with 16+ notices stays readable at 380 px.
import { copyFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate, launchExtension, relativeDates, ROOT, screenshot, serveFolder, shiftDate, type Harness, type StaticServer } from './harness';
import { expectNoExternalRequests } from './network';
import { DOCS_SCREENSHOTS, seriousAxeViolations, shoot } from './popup-support';
import { textLetterPdf } from './viewer-support';

const BANNER = 'claimclock-banner';
let h: Harness;
let pages: StaticServer;
let pdfServer: Server;
let pdfBase: string;

const day = (n: number) => isoDate(shiftDate(n));

/** A QME panel letter with no assignment date: the service date stands in, so the deadline needs a check. */
const panelLines = (served: string) => [
  "DIVISION OF WORKERS' COMPENSATION - MEDICAL UNIT",
  'QME PANEL LIST',
  'Panel No. 7719876',
  'Claim Number: WC-2026-66001',
  'Employee: Ana Torres (unrepresented)',
  'Specialty: Orthopaedic Surgery',
  'The following three Qualified Medical Evaluators have been selected for your panel.',
  '1. Dr. Alan Smith, Fresno',
  '2. Dr. Beth Jones, Clovis',
  '3. Dr. Carl Wu, Madera',
  'You have 10 days to select one QME and schedule an appointment.',
  'PROOF OF SERVICE',
  `Served by mail on ${served}.`,
];

beforeAll(async () => {
  pages = await serveFolder(join(ROOT, 'tests/e2e/pages'));
  const pdf = await textLetterPdf(panelLines(relativeDates('{{today-5}}')));
  pdfServer = createServer((req, res) => {
    if (req.url !== '/letters/qme-panel.pdf') return void res.writeHead(404).end();
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': pdf.byteLength }).end(Buffer.from(pdf));
  });
  await new Promise<void>((r) => pdfServer.listen(0, '127.0.0.1', r));
  pdfBase = `http://127.0.0.1:${(pdfServer.address() as AddressInfo).port}`;
  h = await launchExtension({
    patchManifest: (m) => {
      m.host_permissions = ['http://127.0.0.1/*']; // as if the user allowed the site (permission.e2e.test.ts)
      m.permissions = [...(m.permissions as string[]), 'webNavigation']; // as if the PDF redirect was turned on
    },
  });
});

afterAll(async () => {
  await h?.close();
  await pages?.close();
  await new Promise((r) => pdfServer?.close(r));
});

const badge = () => h.inWorker(() => chrome.action.getBadgeText({}), null);

/** A viewport screenshot in tests/e2e/artifacts/, copied to docs/screenshots/. */
async function shootViewport(page: Page, name: string) {
  const path = await screenshot(page, name);
  await copyFile(path, join(DOCS_SCREENSHOTS, `${name}.png`));
}

async function openPopup(): Promise<Page> {
  const page = await h.popup('popup.html');
  await page.setViewportSize({ width: 380, height: 600 });
  await page.getByRole('tab', { name: /All deadlines/ }).click();
  return page;
}

describe('check this date', () => {
  it('on a page: the banner is a compact pill; the check offers the dates on the page, linked to them; one click settles it', async () => {
    const page = await h.page(pages.url('qme-panel.html'));
    await h.message({ type: 'scan-tab', tabId: await h.tabId(page) });
    const status = page.locator(`${BANNER} [role=status]`);
    // 10 days to choose a QME, counted from the service date standing in for the panel's assignment: unconfirmed
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('ClaimClock: 8 days left ?');
    await expect.poll(badge, { timeout: 10_000 }).toBe('8?');

    // The pill covers no text of the letter: it is small and sits in the corner, over the page's margin.
    const pill = await page.locator(`${BANNER} .pill`).boundingBox();
    expect(pill!.height).toBeLessThan(50);
    expect(pill!.width).toBeLessThan(320);
    expect(await page.locator(`${BANNER} #cc-body`).isHidden()).toBe(true);
    await shootViewport(page, 'banner-pill');

    // Same status colour as the popup's countdown for 8 days left ("later": green).
    const colour = await page.locator(`${BANNER} .toggle`).evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(27, 94, 32)');

    await page.locator(`${BANNER} .toggle`).click();
    const choice = page.locator(`${BANNER} .cc-choice`).first();
    await choice.waitFor();
    expect(await choice.textContent()).toMatch(new RegExp(`panel.*${relativeDates('{{today-2}}').replace(/[.,]/g, '.')}`, 'i'));
    expect(await choice.getAttribute('data-linked')).toBe('true');
    // Hovering the choice emphasises its date in the letter.
    await choice.hover();
    await expect.poll(() => page.evaluate(() => {
      const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('claimclock-focus');
      return hl ? [...hl].map((r) => r.toString()) : [];
    })).toEqual([relativeDates('{{today-2}}')]);
    await shootViewport(page, 'banner-check-this-date');

    await choice.click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('ClaimClock: 8 days left');
    expect(await page.locator(`${BANNER} .cc-check`).count()).toBe(0);
    expect(await page.locator(`${BANNER} .count.cc-unconfirmed`).count()).toBe(0);
    expect(await page.locator(`${BANNER} .saved`).textContent()).toMatch(/Date confirmed/);
    await expect.poll(badge, { timeout: 10_000 }).toBe('8');
    // The correction is stored with the tracked notice: the popup shows the same, settled.
    const stored = await h.inWorker(async () => JSON.stringify(await chrome.storage.local.get(null)), null);
    expect(stored).toContain(`"panel_assigned_date":"${day(-2)}"`);
    await shootViewport(page, 'banner-confirmed');
    await page.close();
  });

  it('the banner stays where the user moves it, across a rescan', async () => {
    const page = await h.page(pages.url('ur-denial.html'));
    await h.message({ type: 'scan-tab', tabId: await h.tabId(page) });
    await page.locator(`${BANNER} [role=status]`).waitFor();
    const grip = page.locator(`${BANNER} .grip`);
    const before = (await grip.boundingBox())!;
    await page.mouse.move(before.x + 5, before.y + 5);
    await page.mouse.down();
    await page.mouse.move(300, 120, { steps: 5 });
    await page.mouse.up();
    const moved = (await page.locator(BANNER).boundingBox())!;
    expect(moved.y).toBeLessThan(200);
    await h.message({ type: 'scan-tab', tabId: await h.tabId(page) }); // a rescan redraws the banner
    await page.waitForTimeout(300);
    const after = (await page.locator(BANNER).boundingBox())!;
    expect(Math.abs(after.x - moved.x)).toBeLessThan(2);
    expect(Math.abs(after.y - moved.y)).toBeLessThan(2);
    // the site's own navigation is not highlighted
    const inNav = await page.evaluate(() => {
      const names = ['claimclock-date', 'claimclock-evidence'];
      const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return names.flatMap((n) => [...(hl.get(n) ?? [])]).filter((r) => r.startContainer.parentElement?.closest('nav, header.top')).length;
    });
    expect(inNav).toBe(0);
    await page.close();
  });

  it('in the viewer: the check lists the dates on the PDF, hovering one marks it, choosing it settles the countdown and the badge', async () => {
    const page = await h.context.newPage();
    await h.message({ type: 'store:save-settings', patch: { pdfViewer: true } });
    for (let i = 0; i < 50 && !(await h.inWorker(() => chrome.webNavigation.onCommitted.hasListeners(), null)); i++) await page.waitForTimeout(100);
    await page.goto(`${pdfBase}/letters/qme-panel.pdf`).catch(() => {});
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/viewer\.html\?key=/);
    await page.waitForSelector('body[data-phase="ready"]', { timeout: 30_000 });
    const deadline = page.locator('.cc-deadline[data-rule="ca.qme.select"]');
    await deadline.waitFor();
    expect(await deadline.locator('.cc-countdown-big').textContent()).toBe('5 days left');
    expect(await deadline.locator('.cc-countdown-big').getAttribute('class')).toMatch(/cc-unconfirmed/);
    await expect.poll(badge, { timeout: 10_000 }).toBe('5?'); // the nearest open deadline, unconfirmed

    const choice = deadline.locator('.cc-choice').first();
    expect(await choice.getAttribute('data-linked')).toBe('true');
    await choice.hover();
    const focus = page.locator('mark.cc-mark-focus');
    await expect.poll(() => focus.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await focus.allTextContents()).join('')).toBe(relativeDates('{{today-5}}'));
    await shootViewport(page, 'viewer-check-this-date');
    // the highlight boxes sit on their words: the focus mark's box is inside its page
    const pageBox = (await page.locator('.cc-page').first().boundingBox())!;
    const markBox = (await focus.first().boundingBox())!;
    expect(markBox.x).toBeGreaterThanOrEqual(pageBox.x);
    expect(markBox.y).toBeGreaterThanOrEqual(pageBox.y);

    await choice.click();
    await expect.poll(() => deadline.locator('.cc-countdown-big').getAttribute('class')).not.toMatch(/cc-unconfirmed/);
    expect(await deadline.locator('.cc-check').count()).toBe(0);
    await expect.poll(badge, { timeout: 10_000 }).toBe('5');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shootViewport(page, 'viewer-confirmed');
    await page.close();

    // opened again, the PDF shows the date the user confirmed: no second check
    const again = await h.context.newPage();
    await again.goto(`${pdfBase}/letters/qme-panel.pdf`).catch(() => {});
    await expect.poll(() => again.url(), { timeout: 15_000 }).toMatch(/viewer\.html\?key=/);
    await again.waitForSelector('body[data-phase="ready"]', { timeout: 30_000 });
    const reopened = again.locator('.cc-deadline[data-rule="ca.qme.select"]');
    await reopened.waitFor();
    await expect.poll(() => reopened.locator('.cc-countdown-big').getAttribute('class'), { timeout: 10_000 }).not.toMatch(/cc-unconfirmed/);
    expect(await reopened.locator('.cc-check').count()).toBe(0);
    await again.close();
  });
});

/** Notices as a page reports them (to 'notices-found'), dates relative to today. */
function notice(kind: string, dates: Record<string, string>, claim: string, extra: Record<string, unknown> = {}) {
  return {
    kind, outcome: kind === 'ur_decision' ? 'denied' : null, confidence: 0.95, serviceMethod: 'mail', expedited: false,
    represented: false, medication: false, dates, dateNotes: {}, facts: { claimNumber: claim }, evidence: [], ...extra,
  };
}
async function track(url: string, title: string, n: ReturnType<typeof notice>) {
  await h.message({ type: 'notices-found', url: `http://127.0.0.1/${url}`, title, notices: [n], byUser: true });
}

/** Rows whose countdown or date runs into the title column, or that overflow the row. */
const overlapping = (page: Page) => page.$$eval('.pp-row', (rows) => rows.flatMap((row) => {
  const what = row.querySelector('.pp-row-what')?.getBoundingClientRect();
  if (!what) return [];
  const hits = [...row.querySelectorAll('.pp-row-when > *')].filter((el) => {
    // each line of the countdown and the date, against the title, meta and actions column
    const range = document.createRange();
    range.selectNodeContents(el);
    return [...range.getClientRects()].some((r) => r.right > what.left + 0.5 && r.width > 0);
  });
  return hits.length || row.scrollWidth > row.clientWidth + 1 ? [row.textContent!.slice(0, 60)] : [];
}));

describe('all deadlines', () => {
  it('lists a notice whose date is missing as "needs a date" (never "no deadline"), and asks for the date', async () => {
    await track('letters/mpn', 'MPN list', notice('mpn_second_opinion', {}, 'MPN-2026-0042'));
    const page = await openPopup();
    const row = page.locator('.pp-row[data-needs-date]');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Needs a date/);
    expect(await page.locator('.pp-all').textContent()).not.toMatch(/No deadline/);
    // its claim is in the claim filter
    expect(await page.locator('.pp-filter option').allTextContents()).toContain('MPN-2026-0042');
    await shoot(page, 'popup-needs-a-date');
    const input = row.locator('input[type=date]').first();
    await input.fill(day(-1));
    await row.getByRole('button', { name: 'Save' }).first().click();
    await page.locator('.pp-row[data-rule="ca.mpn.second_opinion"]').waitFor();
    expect(await page.locator('.pp-row[data-needs-date]').count()).toBe(0);
    await page.close();
  });

  it('keeps passed deadlines in a collapsed section that says what can still be done', async () => {
    await track('letters/old-ur', 'Old UR letter', notice('ur_decision', { decision_date: day(-70), service_date: day(-68) }, 'OLD-2025-1'));
    const page = await openPopup();
    const passed = page.locator('details[data-section=passed]');
    await passed.waitFor();
    expect(await passed.getAttribute('open')).toBeNull();
    await passed.locator('> summary').click();
    const row = passed.locator('.pp-row[data-rule="ca.imr.request"]');
    expect(await row.locator('.pp-row-countdown').textContent()).toMatch(/^Passed \d+ days ago$/);
    await row.locator('[data-if-passed] summary').click();
    const help = await row.locator('[data-if-passed] p').textContent();
    expect(help).toMatch(/1-800-736-7401/);
    expect(help).not.toMatch(/keep proof of the date you sent/i);
    await shoot(page, 'popup-passed-guidance');
    await page.close();
  });

  it('with 16+ notices at 380 px: open first, then to check, then passed; counts match the list; nothing overlaps', async () => {
    const kinds: [string, Record<string, string>][] = [
      ['ur_decision', { decision_date: day(-3), service_date: day(-1) }],
      ['qme_panel', { panel_assigned_date: day(-4) }],
      ['mmi_report', { report_date: day(-9), received_date: day(-8) }],
      ['imr_determination', { document_date: day(-12), service_date: day(-10) }],
      ['ur_decision', { decision_date: day(-200), service_date: day(-185) }],
    ];
    for (let i = 0; i < 16; i++) {
      const [kind, dates] = kinds[i % kinds.length]!;
      const extra = kind === 'imr_determination' ? { outcome: 'upheld' } : {};
      await track(`letters/bulk-${i}`, `Letter ${i}`, notice(kind, { ...dates, document_date: dates.document_date ?? day(-20 - i) }, `ADJ${1000 + (i % 4)}`, extra));
    }
    const page = await openPopup();
    await page.locator('[data-section=open] .pp-row').first().waitFor();
    await page.locator('details[data-section=passed] > summary').click();

    const counts = await page.evaluate(() => ({
      open: document.querySelectorAll('[data-section=open] .pp-row').length,
      attention: document.querySelectorAll('[data-section=attention] .pp-row').length,
      passed: document.querySelectorAll('[data-section=passed] .pp-row').length,
      headings: [...document.querySelectorAll('.pp-section-count')].map((e) => Number(e.textContent)),
      summary: document.querySelector('.pp-summary')!.textContent,
      tab: Number(document.querySelector('.pp-tab .pp-badge')?.textContent ?? 0),
    }));
    expect(counts.open + counts.attention + counts.passed).toBeGreaterThanOrEqual(16);
    expect(counts.headings).toEqual([counts.open, counts.attention, counts.passed].filter((n) => n > 0));
    expect(counts.summary).toBe(`${counts.open} open · ${counts.attention} to check · ${counts.passed} passed`);
    expect(counts.tab).toBe(counts.open + counts.attention + counts.passed);
    // sections in order, open ones soonest first
    const order = await page.$$eval('[data-section]', (els) => els.map((e) => e.getAttribute('data-section')));
    expect(order.filter((s) => s !== 'closed')).toEqual(['open', 'attention', 'passed'].filter((s) => order.includes(s)));
    const dates = await page.$$eval('[data-section=open] .pp-row-date', (els) => els.map((e) => e.getAttribute('datetime')!));
    expect([...dates].sort()).toEqual(dates);

    // "Passed N days ago" and every countdown stay in their column: no row's countdown box meets its title box
    const overlaps = await overlapping(page);
    expect(overlaps).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'popup-all-deadlines-many');
    await page.close();

    // Spanish words are longer ("Venció hace 185 días", "mié, 9 de dic de 2026"): still nothing overlaps
    await h.message({ type: 'store:save-settings', patch: { language: 'es' } });
    const es = await h.popup('popup.html');
    await es.setViewportSize({ width: 380, height: 600 });
    await es.getByRole('tab', { name: /Todos los plazos/ }).click();
    await es.locator('[data-section=open] .pp-row').first().waitFor();
    await es.locator('details[data-section=passed] > summary').click();
    expect(await overlapping(es)).toEqual([]);
    expect(await es.locator('.pp-summary').textContent()).toMatch(/abiertos · \d+ por revisar · \d+ vencidos/);
    await shoot(es, 'popup-all-deadlines-many-es');
    await es.close();
    await h.message({ type: 'store:save-settings', patch: { language: 'en' } });
  });

  it('made no request outside the machine', () => {
    expectNoExternalRequests(h.net);
  });
});
