// Messages between content script / viewer / popup and the background service worker.
// One union, one handler map in background/; senders use sendMessage() from messaging/client.ts.
import type { Notice } from '../model';

export type Message =
  /** A page or the viewer found notices: background stores them (dedup by id) and updates the badge. */
  | { type: 'notices-found'; url: string; title: string; notices: Notice[] }
  /** Popup asks the content script of the active tab for what it found (content script answers). */
  | { type: 'get-page-notices' }
  /** Popup asks the background to scan the active tab now (activeTab + scripting.executeScript). */
  | { type: 'scan-tab'; tabId: number }
  /** Popup: "Always scan this site" after the permission was granted: register the content script for the origin. */
  | { type: 'allow-site'; origin: string }
  | { type: 'disallow-site'; origin: string }
  /** Storage changed in a way that moves dates: background recomputes badge and alarms. */
  | { type: 'refresh-reminders' };

export interface PageNotices {
  url: string;
  title: string;
  notices: Notice[];
  error?: string; // plain-language message when the page could not be read
}
