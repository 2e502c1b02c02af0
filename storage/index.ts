// Storage as the rest of the extension sees it. The worker is its one writer (storage/writer.ts): the popup and the
// options page read directly and send their writes to the worker ('store:*' messages, storageHandlers below).
import { browser } from 'wxt/browser';
import type { StorageHealthReport, UiStore } from '../app/store';
import type { Handlers } from '../messaging/handle';
import { send as sendVia, type Transport } from '../messaging/client';
import type { MessageType, ReplyOf, RequestOf } from '../messaging/protocol';
import type { Settings, TrackedNotice } from './types';
import { KEYS, allowedSitesItem, removeKeysAtomically, serialized, settingsItem, trackedItem } from './items';
import { readSettings, saveSettings } from './settings';
import { addManualNotice, readTracked, updateTracked } from './tracked';
import { getRulePackInfo, getRuleset, importRulePack, readImportedPacks, resetRulePacks } from './rule-packs';
import { originPattern, readAllowedSites, removeAllowedSite } from './sites';
import { exportAll, importAll } from './transfer';
import { listQuarantine } from './quarantine';
import { newerData, newerDataMessage } from './writer';

export { readSettings, saveSettings } from './settings';
export { addManualNotice, isManual, readTracked, recordSighting, updateTracked } from './tracked';
export { getRuleset, getRulePackInfo } from './rule-packs';
export { noticeId } from './identity';
export { DataError } from './errors';
export { becomeWriter } from './writer';

/** Reads every item (the writer quarantines what is invalid), then reports what is in quarantine. */
export async function storageHealth(): Promise<StorageHealthReport> {
  const [tracked] = await Promise.all([readTracked(), readSettings(), readImportedPacks(), readAllowedSites()]);
  const quarantined = (await listQuarantine()).map((e) => ({ key: e.storageKey, reason: e.reason }));
  const newer = await newerData();
  if (newer.length) quarantined.unshift({ key: newer.map((n) => n.key).join(', '), reason: newerDataMessage(newer) });
  return { ok: quarantined.length === 0, tracked: tracked.length, quarantined };
}

/** Everything ClaimClock stored, including quarantined copies, in one removal. Version markers stay. */
export const deleteAll = serialized(async (): Promise<void> => {
  const quarantined = (await listQuarantine()).map((e) => e.storageKey);
  await removeKeysAtomically([KEYS.tracked, KEYS.settings, KEYS.rulePacks, KEYS.allowedSites, ...quarantined]);
});

async function hostAccessGranted(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/** The worker's side of the pages' writes. */
export const storageHandlers: Handlers = {
  'store:update-tracked': async ({ id, patch }) => (await updateTracked(id, patch), null),
  'store:add-manual': async ({ notice, title }) => ({ id: await addManualNotice(notice, title) }),
  'store:save-settings': ({ patch }) => saveSettings(patch),
  'store:import-rule-pack': ({ json }) => importRulePack(json),
  'store:reset-rule-packs': async () => (await resetRulePacks(), null),
  'store:remove-site': async ({ origin }) => (await removeAllowedSite(origin), null),
  'store:import-all': async ({ json }) => (await importAll(json, { canScan: hostAccessGranted }), null),
  'store:delete-all': async () => (await deleteAll(), null),
  'store:health': () => storageHealth(),
};

/** The popup's and the options page's store: reads here, writes through the worker (`transport`: a seam for tests). */
export function createUiStore(transport?: Transport): UiStore {
  const send = <T extends MessageType>(type: T, request: RequestOf<T>): Promise<ReplyOf<T>> => sendVia(type, request, transport);
  return {
    getSettings: () => readSettings(),
    saveSettings: async (patch) => void (await send('store:save-settings', { patch })),
    watchSettings: (cb: (s: Settings) => void) => settingsItem.watch(() => void readSettings().then(cb, console.error)),
    listTracked: () => readTracked(),
    updateTracked: async (id, patch) => void (await send('store:update-tracked', { id, patch })),
    watchTracked: (cb: (list: TrackedNotice[]) => void) => trackedItem.watch(() => void readTracked().then(cb, console.error)),
    addManualNotice: async (notice, title) => (await send('store:add-manual', { notice, title })).id,
    getRuleset: () => getRuleset(),
    getRulePackInfo: () => getRulePackInfo(),
    importRulePack: (json) => send('store:import-rule-pack', { json }),
    resetRulePack: async () => void (await send('store:reset-rule-packs', {})),
    listAllowedSites: () => readAllowedSites(),
    removeAllowedSite: async (origin) => void (await send('store:remove-site', { origin })),
    exportAll: () => exportAll(),
    importAll: async (json) => void (await send('store:import-all', { json })),
    deleteAll: async () => void (await send('store:delete-all', {})),
    // the worker reads (and quarantines) everything, so the report is complete
    storageHealth: () => send('store:health', {}),
  };
}

export { allowedSitesItem };
