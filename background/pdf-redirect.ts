// Sends PDF navigations to ClaimClock's viewer: Chromium's built-in viewer hides the text from extensions.
// webNavigation needs no host permission (declarativeNetRequest redirects would), and tabs.update lets us
// URL-encode the file parameter. It is an optional permission, asked for when the user turns settings.pdfViewer on
// (docs/decisions/0007-permissions.md); without it the popup still reads a PDF tab through activeTab.
import { browser } from 'wxt/browser';
import { syncPdfResponseRule } from './pdf-dnr';
import { VIEWER_PATH, isOpenableFileUrl, shouldRedirect, viewerUrlFor } from './pdf-url';
import { viewerKey } from './viewer-key';

export interface PdfRedirectDeps {
  /** settings.pdfViewer (default false). */
  isEnabled: () => Promise<boolean>;
  /** Whether the user allowed access to file URLs (Chrome: extension.isAllowedFileSchemeAccess). */
  fileAccess: () => Promise<boolean>;
  viewerPage: string;
  /** This session's viewer key (background/viewer-key.ts). */
  key: () => Promise<string>;
  navigate: (tabId: number, url: string) => Promise<unknown>;
  /** Last redirect per tab, so a navigation seen twice is redirected once. */
  recent?: Map<number, { target: string; at: number }>;
}

/** Reads settings.pdfViewer from extension storage: on only when the user turned it on. */
async function pdfViewerSetting(): Promise<boolean> {
  const stored = await browser.storage.local.get('settings');
  const settings = stored.settings as { pdfViewer?: unknown } | undefined;
  return settings?.pdfViewer === true;
}

async function fileSchemeAccess(): Promise<boolean> {
  const ext = browser.extension as { isAllowedFileSchemeAccess?: () => Promise<boolean> } | undefined;
  try {
    return (await ext?.isAllowedFileSchemeAccess?.()) ?? false;
  } catch {
    return false;
  }
}

export function defaultRedirectDeps(): PdfRedirectDeps {
  return {
    isEnabled: pdfViewerSetting,
    fileAccess: fileSchemeAccess,
    viewerPage: browser.runtime.getURL(VIEWER_PATH),
    key: viewerKey,
    navigate: (tabId, url) => browser.tabs.update(tabId, { url }),
    recent: new Map(),
  };
}

/** Handles one top-level navigation; returns the viewer URL when it redirected. */
export async function handleNavigation(
  details: { tabId: number; frameId: number; url: string },
  deps: PdfRedirectDeps,
): Promise<string | null> {
  if (details.frameId !== 0 || details.tabId < 0) return null;
  if (!/\.pdf/i.test(details.url)) return null; // cheap filter before reading storage
  const enabled = await deps.isEnabled();
  const fileAccess = details.url.startsWith('file:') ? await deps.fileAccess() : false;
  if (!shouldRedirect(details.url, { enabled, fileAccess })) return null;
  const target = viewerUrlFor(details.url, deps.viewerPage, await deps.key());
  // onBeforeNavigate and onCommitted may both see one navigation: one tabs.update is enough.
  const recent = deps.recent?.get(details.tabId);
  if (recent && recent.target === target && Date.now() - recent.at < RECENT_MS) return null;
  deps.recent?.set(details.tabId, { target, at: Date.now() });
  await deps.navigate(details.tabId, target);
  return target;
}

const RECENT_MS = 5000;

/**
 * Registers the webNavigation listeners. Call once from the background's main(). onBeforeNavigate catches most
 * navigations before anything loads; onCommitted catches the ones that won the race (a fast server, a service
 * worker just waking up), so the PDF never stays in the built-in viewer.
 */
export function registerPdfRedirect(deps: PdfRedirectDeps = defaultRedirectDeps()): void {
  const handle = (details: { tabId: number; frameId: number; url: string }) => {
    handleNavigation(details, deps).catch((err) => console.error('[ClaimClock] PDF redirect failed', err));
  };
  let listening = false;
  // webNavigation is there only once the user granted it (it is optional): listen now, or when it is granted
  const listen = () => {
    const nav = (browser as { webNavigation?: typeof browser.webNavigation }).webNavigation;
    if (listening || !nav) return;
    listening = true;
    nav.onBeforeNavigate.addListener(handle);
    nav.onCommitted.addListener(handle);
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
  // PDFs served without a .pdf URL: a content-type rule that follows the setting.
  const sync = async () => syncPdfResponseRule(await deps.isEnabled(), deps.viewerPage, await deps.key());
  void sync();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) void sync();
  });
}

/**
 * "Open in ClaimClock" for a tab showing a PDF (popup button, context menu): opens the viewer on its URL.
 * Works from any extension page (popup, background). Returns false when the tab is not showing a PDF URL.
 */
export async function openInClaimClock(tab: { id?: number; url?: string }, key: () => Promise<string> = viewerKey): Promise<boolean> {
  if (tab.id === undefined || !tab.url || !isOpenableFileUrl(tab.url)) return false;
  const viewerPage = browser.runtime.getURL(VIEWER_PATH);
  await browser.tabs.update(tab.id, { url: viewerUrlFor(tab.url, viewerPage, await key()) });
  return true;
}

/** Opens `pdfUrl` in the viewer in a new tab (the popup's button on a PDF tab). */
export async function openViewerTab(pdfUrl: string, key: () => Promise<string> = viewerKey): Promise<boolean> {
  if (!isOpenableFileUrl(pdfUrl)) return false;
  await browser.tabs.create({ url: viewerUrlFor(pdfUrl, browser.runtime.getURL(VIEWER_PATH), await key()) });
  return true;
}
