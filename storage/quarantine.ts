// Corrupt stored data is never silently wiped: the raw value is copied to 'quarantine:<key>:<timestamp>' in
// storage.local, the reason is kept beside it, storageHealth() reports it, and the export file carries it.
import { browser } from 'wxt/browser';

export const QUARANTINE_PREFIX = 'quarantine:';

export interface QuarantineEntry {
  key: string; // the storage key the data came from
  reason: string;
  at: string; // ISO timestamp
  value: unknown; // the raw value as it was found
}

export async function listQuarantine(): Promise<(QuarantineEntry & { storageKey: string })[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith(QUARANTINE_PREFIX) && !k.endsWith('$'))
    .map(([storageKey, entry]) => ({ storageKey, ...(entry as QuarantineEntry) }))
    .sort((a, b) => a.storageKey.localeCompare(b.storageKey));
}

/** Keeps a copy of corrupt data; the same value quarantined twice (two contexts reading it) is kept once. */
export async function quarantine(key: string, reason: string, value: unknown, now: Date = new Date()): Promise<string> {
  const text = JSON.stringify(value);
  const existing = (await listQuarantine()).find((e) => e.key === key && JSON.stringify(e.value) === text);
  if (existing) return existing.storageKey;
  const storageKey = `${QUARANTINE_PREFIX}${key}:${now.toISOString()}`;
  const entry: QuarantineEntry = { key, reason, at: now.toISOString(), value };
  await browser.storage.local.set({ [storageKey]: entry });
  console.warn(`[ClaimClock] stored ${key} was invalid (${reason}); a copy is kept in ${storageKey}`);
  return storageKey;
}

export async function clearQuarantine(): Promise<void> {
  const keys = (await listQuarantine()).map((e) => e.storageKey);
  if (keys.length) await browser.storage.local.remove(keys);
}
