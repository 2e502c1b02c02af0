// The storage items (WXT storage, browser.storage.local). Raw keys are a contract: 'settings' is also read raw by
// background/pdf-redirect.ts and the viewer. Values are validated by the readers in this folder, not here.
// Versions and migrations: docs/decisions/0004-storage.md.
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { RulePack } from '../rules';
import { DEFAULT_SETTINGS, type Settings, type TrackedNotice } from './types';
import { trackedV1toV2 } from './migrations';
import { assertWritable, KNOWN_VERSIONS } from './writer';

export const KEYS = {
  settings: 'settings',
  tracked: 'tracked',
  rulePacks: 'rulePacks',
  allowedSites: 'allowedSites',
} as const;
export type StoredKey = (typeof KEYS)[keyof typeof KEYS];

/** An item whose writes are refused outside the one writer, or over data from a newer version (storage/writer.ts). */
function guarded<T>(item: WxtStorageItem<T, Record<string, unknown>>): WxtStorageItem<T, Record<string, unknown>> {
  return Object.assign(Object.create(item) as typeof item, {
    async setValue(value: T) {
      await assertWritable();
      return item.setValue(value);
    },
    async removeValue(opts?: Parameters<typeof item.removeValue>[0]) {
      await assertWritable();
      return item.removeValue(opts);
    },
  });
}

/** The user's settings (a whole Settings object; missing fields read as their defaults). */
export const settingsItem = guarded(storage.defineItem<Settings>(`local:${KEYS.settings}`, {
  fallback: DEFAULT_SETTINGS,
  version: KNOWN_VERSIONS.settings,
}));

export const TRACKED_VERSION = KNOWN_VERSIONS.tracked;
/** Every tracked notice, one array (so the popup watches one key and an export is one read). */
export const trackedItem = guarded(storage.defineItem<TrackedNotice[]>(`local:${KEYS.tracked}`, {
  fallback: [],
  version: TRACKED_VERSION,
  migrations: { 2: (v1: unknown) => trackedV1toV2(v1) as TrackedNotice[] },
}));

/** Rule packs the user imported (validated by rules/parse.ts); the bundled packs are never stored. */
export const rulePacksItem = guarded(storage.defineItem<RulePack[]>(`local:${KEYS.rulePacks}`, { fallback: [], version: KNOWN_VERSIONS.rulePacks }));

/** Origins the user chose "Always scan this site" for, e.g. 'https://portal.example.com' (background/site-access.ts). */
export const allowedSitesItem = guarded(storage.defineItem<string[]>(`local:${KEYS.allowedSites}`, { fallback: [], version: KNOWN_VERSIONS.allowedSites }));

export interface StoredValues {
  settings: Settings;
  tracked: TrackedNotice[];
  rulePacks: RulePack[];
  allowedSites: string[];
}

/**
 * Writes several items in one storage.local.set, with their version markers: the browser applies all of it or, on
 * an error such as a full quota, none of it (an import never leaves settings replaced and notices unwritten).
 */
export async function setItemsAtomically(values: Partial<StoredValues>): Promise<void> {
  await assertWritable();
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    raw[key] = value;
    raw[`${key}$`] = { v: KNOWN_VERSIONS[key as keyof StoredValues] };
  }
  await browser.storage.local.set(raw);
}

/** Removes keys (and quarantined copies) in one storage.local.remove. Version markers stay, so migrations do not rerun. */
export async function removeKeysAtomically(keys: string[]): Promise<void> {
  await assertWritable();
  if (keys.length) await browser.storage.local.remove(keys);
}

/** Runs `fn` after every earlier call in this context has finished: read-modify-write without lost updates. */
export function serialized<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => {
    const run = writeQueue.then(() => fn(...args));
    writeQueue = run.then(() => undefined, () => undefined);
    return run;
  };
}
let writeQueue: Promise<void> = Promise.resolve();
