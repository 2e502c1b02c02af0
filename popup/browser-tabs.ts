// The popup's real TabBridge over the extension APIs (wxt/browser) and the worker's messages.
import { browser } from 'wxt/browser';
import { send, sendToTab } from '../messaging/client';
import type { PageNotices } from '../messaging/protocol';
import { originPattern } from '../storage/sites';
import type { ActiveTab, TabBridge } from './deps';

export const browserTabs: TabBridge = {
  async activeTab(): Promise<ActiveTab | null> {
    // popup.html?tab=ID shows that tab (the popup opened as a page, e.g. in the end-to-end tests).
    const forced = Number(new URLSearchParams(location.search).get('tab'));
    const [tab] = forced ? [await browser.tabs.get(forced)] : await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id) return null;
    return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
  },
  async pageNotices(tabId: number): Promise<PageNotices | null> {
    try {
      const answer = await sendToTab(tabId, 'get-page-notices', {});
      return Array.isArray(answer.notices) ? answer : null;
    } catch {
      return null; // no scanner in the tab
    }
  },
  scan: (tabId: number) => send('scan-tab', { tabId }),
  correct: async (url, notice, patch) => void (await send('correct-notice', { url, notice, patch })),
  storedCorrections: (url, notices) => send('stored-corrections', { url, notices }),
  async readPdf(tabId: number) {
    const { url, title, data } = await send('read-pdf-tab', { tabId });
    const { readPdfNotices } = await import('./pdf-reader');
    const notices = await readPdfNotices(data, url);
    // the user asked for it (the toolbar click): stored like a page's notices
    if (notices.length) await send('notices-found', { url, title, notices, byUser: true }).catch(() => {});
    return { url, title, notices };
  },
  allowSite(origin: string) {
    // permissions.request must run inside the click's user gesture: no await before it.
    let pattern: string;
    try {
      pattern = originPattern(origin);
    } catch (err) {
      return Promise.resolve({ ok: false, error: (err as Error).message });
    }
    return browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
      if (!granted) return { ok: false };
      return send('allow-site', { origin });
    }, (err: Error) => ({ ok: false, error: err.message }));
  },
  async isSiteAllowed(origin: string) {
    try {
      return await browser.permissions.contains({ origins: [originPattern(origin)] });
    } catch {
      return false;
    }
  },
  openViewer(pdfUrl: string) {
    void send('open-viewer', { url: pdfUrl }).finally(() => window.close());
  },
  openOptions() {
    void browser.runtime.openOptionsPage();
    window.close();
  },
};
