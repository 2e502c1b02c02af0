// The popup's real TabBridge over the extension APIs (wxt/browser).
import { browser } from 'wxt/browser';
import { originPattern } from '../../background/site-access';
import type { Message, PageNotices } from '../../messaging/protocol';
import type { ActiveTab, ScanAnswer, TabBridge } from './deps';

const send = <T>(message: Message) => browser.runtime.sendMessage(message) as Promise<T>;

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
      const answer = (await browser.tabs.sendMessage(tabId, { type: 'get-page-notices' } satisfies Message)) as PageNotices | undefined;
      return answer && Array.isArray(answer.notices) ? answer : null;
    } catch {
      return null; // no content script in the tab
    }
  },
  scan: (tabId: number) => send<ScanAnswer>({ type: 'scan-tab', tabId }),
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
      return send<{ ok: boolean; error?: string }>({ type: 'allow-site', origin });
    }, (err: Error) => ({ ok: false, error: err.message }));
  },
  openViewer(pdfUrl: string) {
    void browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?file=${encodeURIComponent(pdfUrl.split('#')[0]!)}` as '/viewer.html') });
    window.close();
  },
  openOptions() {
    void browser.runtime.openOptionsPage();
    window.close();
  },
};
