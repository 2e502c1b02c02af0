// One writer of stored data: the service worker. Every other context (popup, options, viewer, content scripts) reads
// storage and asks the worker to write (messaging 'store:*' and 'notices-found'), so two windows, or the popup racing
// a detection in the worker, can never overwrite each other's change: all writes queue in one context (serialized()).
// A newer schema version than this build knows is refused: the data stays as the newer ClaimClock wrote it.
import { browser } from 'wxt/browser';
import { DataError } from './errors';

let writer = false;

/** Called once by the service worker at start-up (and by tests of the storage layer). */
export function becomeWriter(on = true): void {
  writer = on;
}

export const isWriter = (): boolean => writer;

/** The schema version this build writes, per stored key (docs/decisions/0004-storage.md). */
export const KNOWN_VERSIONS = { tracked: 2, settings: 1, rulePacks: 1, allowedSites: 1 } as const;

export interface NewerData {
  key: string;
  version: number;
  known: number;
}

/** Stored keys written by a newer ClaimClock (their version marker is higher than this build knows). */
export async function newerData(): Promise<NewerData[]> {
  const metaKeys = Object.keys(KNOWN_VERSIONS).map((k) => `${k}$`);
  const metas = await browser.storage.local.get(metaKeys);
  const out: NewerData[] = [];
  for (const [key, known] of Object.entries(KNOWN_VERSIONS)) {
    const v = (metas[`${key}$`] as { v?: unknown } | undefined)?.v;
    if (typeof v === 'number' && v > known) out.push({ key, version: v, known });
  }
  return out;
}

export function newerDataMessage(newer: NewerData[]): string {
  const v = Math.max(...newer.map((n) => n.version));
  return `Your saved ClaimClock data was written by a newer version of ClaimClock (data version ${v}). Update ClaimClock to change it. Nothing was changed.`;
}

/** Throws unless this context is the writer and the stored data is not from a newer version. */
export async function assertWritable(): Promise<void> {
  if (!writer) throw new Error('ClaimClock bug: storage written outside the service worker');
  const newer = await newerData();
  if (newer.length) throw new DataError(newerDataMessage(newer));
}

/** Whether a reader may repair what it finds (quarantine a bad record, write the valid rest back). */
export async function mayRepair(): Promise<boolean> {
  return writer && (await newerData()).length === 0;
}
