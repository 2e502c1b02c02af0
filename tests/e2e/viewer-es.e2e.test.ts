// ClaimClock's PDF viewer in Spanish, in real Chromium (issue 14 item 1): a text letter and a scanned one read by
// OCR. The viewer's own words, the card and the date-reading notes (OCR's "check this date") are all Spanish.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type Harness } from './harness';
import { expectNoExternalRequests } from './network';
import { scannedLetterPdf, textLetterPdf } from './viewer-support';
import { englishWords } from '../support/english';

let server: Server;
let base: string;
let h: Harness;

beforeAll(async () => {
  const files: Record<string, Uint8Array> = { '/letters/ur-denial.pdf': await textLetterPdf(), '/letters/scan.pdf': await scannedLetterPdf() };
  server = createServer((req, res) => {
    const body = files[req.url ?? ''];
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    if (!body) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': body.byteLength }).end(Buffer.from(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // the PDF redirect turned on (its optional webNavigation permission granted in the manifest copy), in Spanish
  h = await launchExtension({ patchManifest: (m) => void (m.permissions = [...(m.permissions as string[]), 'webNavigation']) });
  await h.message({ type: 'store:save-settings', patch: { pdfViewer: true, language: 'es' } });
  for (let i = 0; i < 50 && !(await h.inWorker(() => chrome.webNavigation.onCommitted.hasListeners(), null)); i++) await new Promise((r) => setTimeout(r, 100));
});

afterAll(async () => {
  await h?.close();
  await new Promise((r) => server?.close(r));
});

async function openPdf(path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${base}${path}`).catch(() => {});
  await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/viewer\.html\?key=/);
  return page;
}

/** The viewer's own words: everything but the PDF's pages and the OCR text (the letter itself, in English). */
const viewerWords = (page: Page) => page.evaluate(() => {
  const body = document.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll('.cc-page, .cc-pages, .cc-ocr-text, .cc-source, input, option').forEach((el) => el.remove());
  return body.innerText || body.textContent || '';
});

describe('PDF viewer in Spanish', () => {
  it('shows a text letter’s card with no English', async () => {
    const page = await openPdf('/letters/ur-denial.pdf');
    await page.waitForSelector('body[data-phase="ready"]', { timeout: 30_000 });
    await page.locator('.cc-deadline[data-rule="ca.imr.request"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('.cc-deadline[data-rule="ca.imr.request"] .cc-due').textContent()).toMatch(/^Actúe a más tardar el /);
    expect(englishWords(await viewerWords(page))).toEqual([]);
    await screenshot(page, 'viewer-es');
    await page.close();
  });

  it('says in Spanish that the dates of a scanned letter were read by OCR', async () => {
    const page = await openPdf('/letters/scan.pdf');
    await page.waitForSelector('body[data-phase="ready"]', { timeout: 120_000 });
    await page.locator('.cc-deadline[data-rule="ca.imr.request"]').waitFor({ timeout: 5_000 });
    await page.locator('details.cc-correct > summary').first().click();
    const notes = (await page.locator('.cc-field .cc-uncertain, .cc-correct .cc-uncertain').allTextContents()).filter((n) => n.startsWith('Revise'));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toMatch(/^Revise esta fecha: Se leyó de una página escaneada \(OCR\)/);
    for (const note of await page.locator('.cc-uncertain').allTextContents()) expect(englishWords(note), note).toEqual([]);
    expect(englishWords(await viewerWords(page))).toEqual([]);
    await screenshot(page, 'viewer-es-ocr');
    expectNoExternalRequests(h.net);
    await page.close();
  }, 180_000);
});
