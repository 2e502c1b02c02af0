// ClaimClock's PDF viewer in real Chromium: redirect of a served .pdf, deadline card, OCR of a scan, errors.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, serveFolder, type Harness, type StaticServer } from './harness';
import { expectNoExternalRequests } from './network';
import { corruptPdf, emptyPdf, encryptedPdf, longPdf, scannedLetterPdf, scannedPagesPdf, textLetterPdf, UR_DENIAL_LINES } from './viewer-support';
import { seriousAxeViolations } from './popup-support';

let server: Server;
let base: string;
let plain: StaticServer; // a host that sends no CORS headers
let h: Harness;

beforeAll(async () => {
  const files: Record<string, Uint8Array> = {
    '/letters/ur-denial.pdf': await textLetterPdf(),
    '/letters/scan.pdf': await scannedLetterPdf(),
    '/letters/scan-3-pages.pdf': await scannedPagesPdf([
      ['MEDICAL RECORDS: COVER SHEET', 'Records enclosed for page one only.', 'Chart note: first page of three.'],
      ['CHART NOTE: SECOND PAGE', 'Patient seen for follow-up. No changes.', 'Chart note: second page of three.'],
      UR_DENIAL_LINES,
    ]),
    '/letters/corrupt.pdf': corruptPdf(),
    '/letters/encrypted.pdf': await encryptedPdf(),
    '/letters/empty.pdf': await emptyPdf(),
    '/letters/records-500.pdf': await longPdf(500),
    '/document?id=7&type=letter': await textLetterPdf(),
  };
  server = createServer((req, res) => {
    const body = files[req.url ?? ''];
    // Echo the origin like a CORS-enabled document host; without it the viewer asks for host permission.
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    if (!body) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': body.byteLength }).end(Buffer.from(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'claimclock-viewer-'));
  writeFileSync(join(dir, 'letter.pdf'), files['/letters/ur-denial.pdf']!);
  plain = await serveFolder(dir);
  h = await launchExtension({ patchManifest: grantRedirect });
  await turnRedirectOn(h);
});

/**
 * The user turned "Open PDF letters in ClaimClock" on in the options, which granted the optional webNavigation
 * permission (headless Chromium cannot click the prompt: the test's manifest copy grants it up front).
 */
function grantRedirect(m: Record<string, unknown>) {
  m.permissions = [...(m.permissions as string[]), 'webNavigation'];
}

async function turnRedirectOn(harness: Harness): Promise<void> {
  await harness.message({ type: 'store:save-settings', patch: { pdfViewer: true } });
  await listenersReady(harness);
}

afterAll(async () => {
  await h?.close();
  await plain?.close();
  await new Promise((r) => server?.close(r));
});

/** A fresh profile installs the extension as the test starts: wait until the worker has run its main(). */
async function listenersReady(harness: Harness): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const ready = await harness.inWorker(() => chrome.webNavigation.onCommitted.hasListeners(), null);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the background never registered its webNavigation listeners');
}

async function openPdfTab(url: string): Promise<Page> {
  const page = await h.context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('[viewer console]', m.text()));
  // The redirect replaces the navigation, so goto itself may report an abort or a download.
  await page.goto(url).catch(() => {});
  await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/viewer\.html\?key=[0-9a-f]{32}&file=/);
  return page;
}

describe('PDF viewer', () => {
  it('opens a served .pdf in the viewer and shows the IMR deadline from the proof of service', async () => {
    const url = `${base}/letters/ur-denial.pdf`;
    const page = await openPdfTab(url);
    expect(page.url()).toMatch(new RegExp(`^chrome-extension://${h.extensionId}/viewer\\.html\\?key=[0-9a-f]{32}&file=${encodeURIComponent(url).replace(/[.?*+^$()|[\]\\]/g, '\\$&')}$`));
    await page.waitForSelector('body[data-phase="ready"]', { timeout: 30_000 });
    await expect.poll(() => page.locator('.cc-page[data-rendered="true"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'viewer-ur-denial');
    // The original URL stays visible, with a way back to the browser's own viewer.
    await expect(page.locator('.cc-source').textContent()).resolves.toBe(url);
    await expect(page.locator('a.cc-original').getAttribute('href')).resolves.toBe(`${url}#claimclock-skip`);
    const card = page.locator('.cc-deadline[data-rule="ca.imr.request"]');
    await card.waitFor({ timeout: 10_000 });
    const due = await card.locator('time').first().getAttribute('datetime');
    // The safe date counts 30 days from the earliest date on the letter (decision 2026-03-02): 04-01. The
    // statutory last day counts from the proof of service (03-04) plus 5 days for mail: 04-08.
    expect(due).toBe('2026-04-01');
    expect(await card.locator('.cc-latest time').getAttribute('datetime')).toBe('2026-04-08');
    // The trigger date is highlighted on the page's text layer.
    expect(await page.locator('mark.cc-mark-date').count()).toBeGreaterThan(0);
    await screenshot(page, 'viewer-ur-denial-highlighted');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Correcting the letter's date (say it was misread) recomputes at once: the safe start is now the service date.
    await page.locator('details.cc-correct > summary').first().click();
    await page.locator('input[data-role="document_date"]').fill('2026-03-10');
    await expect.poll(() => card.locator('time').first().getAttribute('datetime')).not.toBe(due);
    expect(await card.locator('time').first().getAttribute('datetime')).toBe('2026-04-03');
    expectNoExternalRequests(h.net);
    await page.close();
  });

  it('reads a scanned letter with the bundled OCR and shows its deadline', async () => {
    const page = await openPdfTab(`${base}/letters/scan.pdf`);
    await page.waitForSelector('body[data-phase="ocr"]', { timeout: 30_000 });
    await screenshot(page, 'viewer-ocr-progress');
    await page.waitForSelector('body[data-phase="ready"]', { timeout: 120_000 });
    await screenshot(page, 'viewer-ocr-done');
    const ocrText = (await page.locator('.cc-ocr-text pre').textContent()) ?? '';
    expect(ocrText).toMatch(/UTILIZATION REVIEW DETERMINATION/);
    expect(ocrText).toMatch(/March 4, 2026/);
    await page.locator('.cc-deadline[data-rule="ca.imr.request"]').waitFor({ timeout: 5_000 });
    // Worker, wasm core and language data all came from the extension: nothing left the machine.
    expectNoExternalRequests(h.net);
    // OCR dates are flagged as uncertain.
    expect(await page.locator('.cc-uncertain').count()).toBeGreaterThan(0);
    await page.close();
  }, 180_000);

  it('reads a three-page scan with its pool of OCR workers: progress by page, the pages in order, the deadline from the last', async () => {
    const page = await openPdfTab(`${base}/letters/scan-3-pages.pdf`);
    await page.waitForSelector('body[data-phase="ocr"]', { timeout: 30_000 });
    // the progress line names the page count
    await expect.poll(() => page.locator('body').textContent(), { timeout: 60_000 }).toMatch(/of 3 \(OCR\)/);
    await page.waitForSelector('body[data-phase="ready"]', { timeout: 180_000 });
    const ocrText = (await page.locator('.cc-ocr-text pre').textContent()) ?? '';
    const order = ['COVER SHEET', 'SECOND PAGE', 'UTILIZATION REVIEW DETERMINATION'].map((w) => ocrText.indexOf(w));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order); // page order kept, whichever worker finished first
    await page.locator('.cc-deadline[data-rule="ca.imr.request"]').waitFor({ timeout: 5_000 });
    expectNoExternalRequests(h.net);
    await page.close();
  }, 240_000);

  it('reads a 500-page PDF with progress, without freezing the tab, drawing only pages near the screen', async () => {
    const page = await openPdfTab(`${base}/letters/records-500.pdf`);
    // Longest main-thread task while the viewer works (a frozen tab shows up as one long task).
    await page.evaluate(() => {
      const w = window as unknown as { ccLongest: number; ccLabels: string[] };
      w.ccLongest = 0;
      w.ccLabels = [];
      new MutationObserver(() => {
        const label = document.querySelector('.cc-progress span')?.textContent;
        if (label && w.ccLabels.at(-1) !== label) w.ccLabels.push(label);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.ccLongest = Math.max(w.ccLongest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.waitForSelector('.cc-progress progress', { timeout: 20_000 });
    await screenshot(page, 'viewer-500-pages-progress');
    await page.waitForSelector('body[data-phase="ready"]', { timeout: 120_000 });
    expect(await page.locator('.cc-page').count()).toBe(500);
    const labels = await page.evaluate(() => (window as unknown as { ccLabels: string[] }).ccLabels);
    expect(labels).toContain('Reading page 500 of 500…');
    expect(labels.filter((l) => /^Reading page \d+ of 500/.test(l)).length).toBeGreaterThan(10);
    const rendered = await page.locator('.cc-page[data-rendered="true"]').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(15);
    const longest = await page.evaluate(() => (window as unknown as { ccLongest: number }).ccLongest);
    console.log(`500 pages: longest main-thread task ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(1000);
    await page.close();
  }, 180_000);

  it('reads a PDF the user chooses, then one dropped on the page', async () => {
    const page = await h.popup('viewer.html');
    await page.waitForSelector('body[data-phase="pick"]');
    await screenshot(page, 'viewer-pick');
    await page.locator('.cc-dropzone input[type="file"]').setInputFiles({
      name: 'ur-denial.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await textLetterPdf()),
    });
    await page.waitForSelector('body[data-phase="ready"]', { timeout: 30_000 });
    expect(await page.locator('.cc-source').textContent()).toBe('ur-denial.pdf');
    expect(await page.title()).toBe('ur-denial.pdf — ClaimClock');

    const scan = Array.from(await scannedLetterPdf());
    await page.evaluate((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], 'scan.pdf', { type: 'application/pdf' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, scan);
    await expect.poll(() => page.locator('.cc-source').textContent()).toBe('scan.pdf');
    await page.waitForSelector('body[data-phase="ocr"], body[data-phase="ready"]', { timeout: 30_000 });
    await page.close();
  });

  it('stops OCR when the user cancels and offers it again', async () => {
    const page = await openPdfTab(`${base}/letters/scan.pdf`);
    await page.waitForSelector('body[data-phase="ocr"]', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForSelector('body[data-phase="scanned"]', { timeout: 10_000 });
    expect(await page.locator('.cc-scanned').textContent()).toMatch(/cancelled/);
    expect(await page.getByRole('button', { name: /Read it with OCR/ }).count()).toBe(1);
    await page.close();
  });

  it('shows a plain-language error for a corrupt PDF', async () => {
    const page = await openPdfTab(`${base}/letters/corrupt.pdf`);
    const error = page.locator('.cc-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.getAttribute('data-code')).toBe('corrupt');
    expect(await error.textContent()).toMatch(/damaged or is not a PDF/);
    await screenshot(page, 'viewer-corrupt');
    await page.close();
  });

  it.each([
    ['encrypted', /protected with a password/],
    ['empty', /is empty: it has no text and no images/],
  ])('explains an %s PDF in plain words', async (code, message) => {
    const page = await openPdfTab(`${base}/letters/${code}.pdf`);
    const error = page.locator('.cc-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.getAttribute('data-code')).toBe(code);
    expect(await error.textContent()).toMatch(message);
    await page.close();
  });

  it('leaves the PDF to the browser when the link back to its viewer is used', async () => {
    const page = await h.context.newPage();
    await page.goto(`${base}/letters/ur-denial.pdf#claimclock-skip`).catch(() => {});
    await page.waitForTimeout(1500);
    expect(page.url()).not.toMatch(/viewer\.html/);
    await page.close();
  });

  it('shows a clear message when the PDF cannot be downloaded', async () => {
    const page = await openPdfTab(`${base}/letters/missing.pdf`);
    const error = page.locator('.cc-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.getAttribute('data-code')).toBe('fetch_failed');
    await page.close();
  });

  it('asks for access when the site of the PDF does not let the extension read it', async () => {
    const page = await openPdfTab(plain.url('letter.pdf'));
    const error = page.locator('.cc-error');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.getAttribute('data-code')).toBe('no_permission');
    expect(await page.getByRole('button', { name: 'Allow access' }).count()).toBe(1);
    await screenshot(page, 'viewer-no-permission');
    await page.close();
  });
});

describe('PDF viewer on a site the user allowed', () => {
  let allowed: Harness;
  beforeAll(async () => {
    allowed = await launchExtension({
      patchManifest: (m) => {
        grantRedirect(m);
        m.host_permissions = ['http://127.0.0.1/*'];
      },
    });
    await turnRedirectOn(allowed);
    // The background adds its content-type rule once it has read the settings.
    for (let i = 0; i < 50; i++) {
      const rules = await allowed.inWorker(async () => (await chrome.declarativeNetRequest.getSessionRules()).length, null);
      if (rules > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => allowed?.close());

  it('redirects a PDF served without a .pdf URL, by its content type', async () => {
    const url = `${base}/document?id=7&type=letter`;
    const page = await allowed.context.newPage();
    await page.goto(url).catch(() => {});
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/viewer\.html\?key=[0-9a-f]{32}&file=/);
    await page.waitForSelector('body[data-phase="ready"]', { timeout: 30_000 });
    await expect(page.locator('.cc-source').textContent()).resolves.toBe(url);
    await screenshot(page, 'viewer-content-type');

    // The link back to the browser's viewer gets through the redirect.
    await page.locator('a.cc-original').click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(`${url}#claimclock-skip`);
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(`${url}#claimclock-skip`);
    await page.close();
  });
});

describe('a PDF opened in the browser’s own viewer, with no redirect (the default install)', () => {
  let plainInstall: Harness;
  beforeAll(async () => {
    // activeTab, as the toolbar click grants it for that tab, is stood in for by host access to the test server
    plainInstall = await launchExtension({ patchManifest: (m) => void (m.host_permissions = ['http://127.0.0.1/*']) });
  });
  afterAll(async () => plainInstall?.close());

  it('stays in the browser’s viewer, and one click on ClaimClock reads it and shows the countdown', async () => {
    expect(await plainInstall.inWorker(() => typeof chrome.webNavigation, null)).toBe('undefined'); // not granted at install
    const url = `${base}/letters/ur-denial.pdf`;
    const tab = await plainInstall.context.newPage();
    await tab.goto(url).catch(() => {});
    await tab.waitForTimeout(1000);
    expect(tab.url()).toBe(url);
    const popup = await plainInstall.popup(`popup.html?tab=${await plainInstall.tabId(tab)}`);
    await popup.waitForSelector('.cc-deadline[data-rule="ca.imr.request"]', { timeout: 30_000 });
    await screenshot(popup, 'popup-pdf-tab');
    const tracked = await plainInstall.inWorker(async () => ((await chrome.storage.local.get('tracked')).tracked ?? []) as { sourceUrl: string }[], null);
    expect(tracked.map((t) => t.sourceUrl)).toEqual([url]);
    await popup.close();
    await tab.close();
  });
});

