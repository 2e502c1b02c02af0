// The storage face the popup and options pages use (components/store.ts UiStore), over the items in items.ts.
// The background and the content script import the functions directly.
import { browser } from 'wxt/browser';
import type { StorageHealthReport, UiStore } from '../components/store';
import type { Settings, TrackedNotice } from './types';
import { allowedSitesItem, rulePacksItem, serialized, settingsItem, trackedItem } from './items';
import { readSettings, saveSettings } from './settings';
import { addManualNotice, readTracked, updateTracked } from './tracked';
import { getRulePackInfo, getRuleset, importRulePack, readImportedPacks, resetRulePacks } from './rule-packs';
import { originPattern, readAllowedSites, removeAllowedSite } from './sites';
import { exportAll, importAll } from './transfer';
import { clearQuarantine, listQuarantine } from './quarantine';

export { readSettings, saveSettings } from './settings';
export { addManualNotice, isManual, readTracked, recordSighting, updateTracked } from './tracked';
export { getRuleset, getRulePackInfo } from './rule-packs';
export { noticeId } from './identity';
export { DataError } from './errors';

/** Reads every item (which quarantines what is invalid), then reports what is in quarantine. */
export async function storageHealth(): Promise<StorageHealthReport> {
  const [tracked] = await Promise.all([readTracked(), readSettings(), readImportedPacks(), readAllowedSites()]);
  const quarantined = (await listQuarantine()).map((e) => ({ key: e.storageKey, reason: e.reason }));
  return { ok: quarantined.length === 0, tracked: tracked.length, quarantined };
}

/** Everything ClaimClock stored, including quarantined copies. Version markers stay, so migrations do not rerun. */
export const deleteAll = serialized(async (): Promise<void> => {
  await Promise.all([trackedItem.removeValue(), settingsItem.removeValue(), rulePacksItem.removeValue(), allowedSitesItem.removeValue()]);
  await clearQuarantine();
});

async function hostAccessGranted(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

export function createUiStore(): UiStore {
  return {
    getSettings: () => readSettings(),
    saveSettings: async (patch) => void (await saveSettings(patch)),
    watchSettings: (cb: (s: Settings) => void) => settingsItem.watch(() => void readSettings().then(cb, console.error)),
    listTracked: () => readTracked(),
    updateTracked: (id, patch) => updateTracked(id, patch),
    watchTracked: (cb: (list: TrackedNotice[]) => void) => trackedItem.watch(() => void readTracked().then(cb, console.error)),
    addManualNotice: (notice, title) => addManualNotice(notice, title),
    getRuleset: () => getRuleset(),
    getRulePackInfo: () => getRulePackInfo(),
    importRulePack: (json) => importRulePack(json),
    resetRulePack: () => resetRulePacks(),
    listAllowedSites: () => readAllowedSites(),
    removeAllowedSite: (origin) => removeAllowedSite(origin),
    exportAll: () => exportAll(),
    importAll: (json) => importAll(json, { canScan: hostAccessGranted }),
    deleteAll: () => deleteAll(),
    storageHealth: () => storageHealth(),
  };
}
