// The storage items (WXT storage, browser.storage.local). Raw keys are a contract: 'settings' is also read raw by
// background/pdf-redirect.ts and the viewer. Values are validated by the readers in this folder, not here.
// Versions and migrations: docs/decisions/0004-storage.md.
import { storage } from 'wxt/utils/storage';
import type { RulePack } from '../rules';
import { DEFAULT_SETTINGS, type Settings, type TrackedNotice } from './types';
import { trackedV1toV2 } from './migrations';

export const KEYS = {
  settings: 'settings',
  tracked: 'tracked',
  rulePacks: 'rulePacks',
  allowedSites: 'allowedSites',
} as const;
export type StoredKey = (typeof KEYS)[keyof typeof KEYS];

/** The user's settings (a whole Settings object; missing fields read as their defaults). */
export const settingsItem = storage.defineItem<Settings>(`local:${KEYS.settings}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const TRACKED_VERSION = 2;
/** Every tracked notice, one array (so the popup watches one key and an export is one read). */
export const trackedItem = storage.defineItem<TrackedNotice[]>(`local:${KEYS.tracked}`, {
  fallback: [],
  version: TRACKED_VERSION,
  migrations: { 2: (v1: unknown) => trackedV1toV2(v1) as TrackedNotice[] },
});

/** Rule packs the user imported (validated by rules/parse.ts); the bundled packs are never stored. */
export const rulePacksItem = storage.defineItem<RulePack[]>(`local:${KEYS.rulePacks}`, { fallback: [], version: 1 });

/** Origins the user chose "Always scan this site" for, e.g. 'https://portal.example.com' (background/site-access.ts). */
export const allowedSitesItem = storage.defineItem<string[]>(`local:${KEYS.allowedSites}`, { fallback: [], version: 1 });

/** Runs `fn` after every earlier call in this context has finished: read-modify-write without lost updates. */
export function serialized<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => {
    const run = writeQueue.then(() => fn(...args));
    writeQueue = run.then(() => undefined, () => undefined);
    return run;
  };
}
let writeQueue: Promise<void> = Promise.resolve();
