// Reading the PDF a tab shows, with no host permission and no redirect: the toolbar click grants activeTab for that
// tab, a function injected into its top frame fetches the document from its own origin (the browser's PDF viewer
// keeps the text from extensions, not the bytes), and the popup reads the bytes with pdf.js. So "open a denial PDF,
// click ClaimClock, see the countdown" needs no install-time permission at all (docs/decisions/0007).
import { browser } from 'wxt/browser';
import type { ReplyOf } from '../messaging/protocol';
import { DataError } from '../storage/errors';

/** Larger files are not read this way (a letter is a few hundred KB; the viewer takes the rest). */
export const MAX_TAB_PDF_BYTES = 25 * 1024 * 1024;

/** Runs in the tab: the document's own bytes, base64 (structured clone keeps strings intact across the boundary). */
async function fetchOwnDocument(max: number): Promise<{ ok: true; data: string; type: string } | { ok: false; error: string }> {
  try {
    const res = await fetch(location.href, { credentials: 'include' });
    if (!res.ok) return { ok: false, error: `HTTP ${res.status}` };
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > max) return { ok: false, error: 'too_large' };
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { ok: true, data: btoa(binary), type: res.headers.get('content-type') ?? '' };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

export async function readPdfTab(tabId: number): Promise<ReplyOf<'read-pdf-tab'>> {
  const tab = await browser.tabs.get(tabId);
  let result: Awaited<ReturnType<typeof fetchOwnDocument>> | undefined;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: fetchOwnDocument, args: [MAX_TAB_PDF_BYTES] });
    result = frame?.result as typeof result;
  } catch (err) {
    throw new DataError(`ClaimClock cannot read this PDF here (${(err as Error).message}). Open it in ClaimClock's viewer instead.`);
  }
  if (!result?.ok) throw new DataError(result?.error === 'too_large' ? 'This PDF is too large to read from the toolbar. Open it in ClaimClock\'s viewer instead.' : `The PDF could not be downloaded again (${result?.error ?? 'no answer'}).`);
  return { url: tab.url ?? '', title: tab.title ?? '', data: result.data };
}
