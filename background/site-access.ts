// Site access without install-time host permissions:
// - 'scan-tab': the toolbar popup was opened (activeTab grants this tab) → inject the scanner;
// - 'allow-site' / 'disallow-site': after the user granted the optional host permission for one origin,
//   register (or unregister) the probe for that origin; restored from storage when the worker starts;
// - 'page-relevant': the probe saw claim-page words on an allowed site → inject the scanner into that tab.
// The probe is tiny and runs on every page of an allowed site; the scanner (reader, detection, highlights, banner)
// is injected only into pages that look like claim pages.
import { browser } from 'wxt/browser';
import type { Handlers, SenderLike } from '../messaging/handle';
import type { PageNotices, SiteAccessResult } from '../messaging/protocol';
import { allowedSitesItem } from '../storage/items';
import { originPattern } from '../storage/sites';
import { DataError } from '../storage/errors';

export const PROBE_FILE = 'content-scripts/probe.js';
export const SCANNER_FILE = 'content-scripts/scanner.js';
const SCRIPT_ID_PREFIX = 'claimclock-site-';

/** Origins the user chose "Always scan this site" for (storage/items.ts, re-exported for callers of this module). */
export { allowedSitesItem };


/** The match pattern for an allowed origin (storage/sites.ts, re-exported for the popup and the tests). */
export { originPattern };

export function scriptId(origin: string): string {
  return SCRIPT_ID_PREFIX + new URL(origin).hostname;
}

/** Injects the scanner into a tab (its top frame); its result is what the page holds. Throws DataError. */
export async function scanTab(tabId: number): Promise<PageNotices> {
  let result: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [`/${SCANNER_FILE}`] });
    result = frame?.result;
  } catch (err) {
    throw new DataError(`ClaimClock cannot read this page (${(err as Error).message}). Browser pages and the web store are off limits.`);
  }
  const page = result as PageNotices | undefined;
  if (!page || !Array.isArray(page.notices)) throw new DataError('The page did not answer.');
  return page;
}

/** The probe of an allowed site found claim-page words: scan that tab, if the site is still allowed. */
export async function onPageRelevant(sender: SenderLike): Promise<{ injected: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url) return { injected: false };
  let pattern: string;
  try {
    pattern = originPattern(new URL(sender.url).origin);
  } catch {
    return { injected: false };
  }
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return { injected: false };
  await scanTab(tabId);
  return { injected: true };
}

async function register(origin: string) {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [originPattern(origin)], js: [PROBE_FILE], runAt: 'document_idle', persistAcrossSessions: false },
  ]);
}

export async function allowSite(origin: string): Promise<SiteAccessResult> {
  let pattern: string;
  try {
    pattern = originPattern(origin);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    return { ok: false, error: `Permission to read ${new URL(origin).hostname} was not granted.` };
  }
  await register(origin);
  const sites = await allowedSitesItem.getValue();
  const normalized = new URL(origin).origin;
  if (!sites.includes(normalized)) await allowedSitesItem.setValue([...sites, normalized]);
  return { ok: true };
}

export async function disallowSite(origin: string): Promise<SiteAccessResult> {
  const normalized = new URL(origin).origin;
  const ids = (await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] })).map((s) => s.id);
  if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
  await allowedSitesItem.setValue((await allowedSitesItem.getValue()).filter((o) => o !== normalized));
  const stillUsed = (await allowedSitesItem.getValue()).some((o) => originPattern(o) === originPattern(origin));
  if (!stillUsed) await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  return { ok: true };
}

/** Worker start: register the script again for every allowed site whose permission is still granted. */
export async function restoreAllowedSites(): Promise<string[]> {
  const restored: string[] = [];
  for (const origin of await allowedSitesItem.getValue()) {
    try {
      if (await browser.permissions.contains({ origins: [originPattern(origin)] })) {
        await register(origin);
        restored.push(origin);
      }
    } catch (err) {
      console.warn('ClaimClock: could not restore site', origin, err);
    }
  }
  return restored;
}

/** The user removed a host permission in the browser's settings: stop scanning those sites. */
export function watchPermissionRemoval() {
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    for (const origin of await allowedSitesItem.getValue()) {
      if (origins.includes(originPattern(origin))) await disallowSite(origin);
    }
  });
}

/** The worker's handlers for site access (entrypoints/background.ts). */
export const siteAccessHandlers: Handlers = {
  'scan-tab': ({ tabId }) => scanTab(tabId),
  'page-relevant': (_request, sender) => onPageRelevant(sender),
  'allow-site': ({ origin }) => allowSite(origin),
  'disallow-site': ({ origin }) => disallowSite(origin),
};

/**
 * The stored list changed outside allowSite/disallowSite (options "Delete all data", an import): register the
 * script for added origins that are granted, unregister and give back the permission for removed ones.
 */
export function watchAllowedSites() {
  allowedSitesItem.watch((next, previous) => {
    const removed = (previous ?? []).filter((o) => !(next ?? []).includes(o));
    void Promise.all(removed.map((o) => disallowSite(o).catch((err) => console.warn('ClaimClock: could not forget site', o, err))))
      .then(() => restoreAllowedSites());
  });
}

/** Everything site access needs when the worker starts. */
export function setupSiteAccess() {
  watchPermissionRemoval();
  watchAllowedSites();
  // A listener for onStartup makes the browser start the worker in a new session, where scripts registered
  // without persistAcrossSessions are gone; restoring is idempotent, so worker restarts are harmless.
  browser.runtime.onStartup.addListener(() => void restoreAllowedSites());
  void restoreAllowedSites();
}
