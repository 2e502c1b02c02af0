// What the popup needs from the browser, as one interface: main.tsx wires the real one, tests pass fakes.
import type { PageNotices } from '../messaging/protocol';
import type { Notice } from '../model';
import type { NoticeCorrection } from '../app/corrections';
import type { CalendarExport } from '../app/calendar';
import type { UiStore } from '../app/store';
import type { Now } from '../components/time';

export interface ActiveTab {
  id: number;
  url: string;
  title: string;
}


export interface TabBridge {
  activeTab(): Promise<ActiveTab | null>;
  /** What the content script found; null when no content script answered (the page was never scanned). */
  pageNotices(tabId: number): Promise<PageNotices | null>;
  /** Asks the worker to read the tab now (activeTab); rejects with a plain message when it cannot. */
  scan(tabId: number): Promise<PageNotices>;
  /** Reads the PDF the tab shows (activeTab: no redirect, no host permission) and records what it holds. */
  readPdf(tabId: number): Promise<PageNotices>;
  /** Asks for host access to the origin (call it straight from the click: the browser needs the gesture). */
  allowSite(origin: string): Promise<{ ok: boolean; error?: string }>;
  /** Whether the site is already scanned automatically (its host permission is granted). */
  isSiteAllowed(origin: string): Promise<boolean>;
  /** Stores a date the user confirmed or entered for a notice of the page at `url` (the banner and viewer do the same). */
  correct?(url: string, notice: Notice, patch: NoticeCorrection): Promise<void>;
  /** The dates the user already confirmed for these notices of the page at `url` (null: none). */
  storedCorrections?(url: string, notices: Notice[]): Promise<(NoticeCorrection | null)[]>;
  openViewer(pdfUrl: string): void;
  openOptions(): void;
}

export interface PopupDeps {
  store: UiStore;
  tabs: TabBridge;
  calendar: CalendarExport;
  now: Now;
  browserLanguage: string;
}

/** http(s) and file pages can be read; browser and extension pages cannot. */
export function isReadableUrl(url: string): boolean {
  return /^(https?|file):/i.test(url);
}

export function isPdfTab(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.origin : null;
  } catch {
    return null;
  }
}
