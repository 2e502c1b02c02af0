// Tracked notices: validated reads (invalid records are quarantined and dropped, the valid ones kept), sightings from
// pages and the viewer (dedupe by id; a new sighting keeps the user's corrections and status), user updates.
import { Notice, type NoticeInput } from '../model';
import type { TrackedNotice } from './types';
import { Corrections, NoticeStatus, TrackedNoticeSchema, describeIssue } from './schema';
import { KEYS, serialized, trackedItem } from './items';
import { quarantine } from './quarantine';
import { MANUAL_SOURCE, isManual, noticeId } from './identity';
import { DataError } from './errors';
import { mayRepair } from './writer';

/** Splits a stored list into valid records and a reason for the first invalid one. */
export function validateTracked(raw: unknown): { valid: TrackedNotice[]; invalid: number; reason: string | null } {
  if (!Array.isArray(raw)) return { valid: [], invalid: 1, reason: 'tracked: expected a list of notices' };
  const byId = new Map<string, TrackedNotice>();
  let invalid = 0;
  let reason: string | null = null;
  raw.forEach((record, i) => {
    const parsed = TrackedNoticeSchema.safeParse(record);
    if (!parsed.success) {
      invalid++;
      reason ??= describeIssue(parsed.error, `tracked record ${i + 1}: `);
      return;
    }
    const seen = byId.get(parsed.data.id);
    if (!seen || parsed.data.lastSeen > seen.lastSeen) byId.set(parsed.data.id, parsed.data);
  });
  return { valid: [...byId.values()], invalid, reason };
}

export async function loadTracked(): Promise<TrackedNotice[]> {
  const raw: unknown = await trackedItem.getValue();
  const { valid, invalid, reason } = validateTracked(raw);
  if (invalid > 0 && (await mayRepair())) {
    await quarantine(KEYS.tracked, `${reason} (${invalid} of ${Array.isArray(raw) ? raw.length : 1} dropped)`, raw);
    await trackedItem.setValue(valid);
  }
  return valid;
}

export const readTracked = serialized(loadTracked);

/** Fields whose change moves a deadline: a change bumps `revision` (the ICS SEQUENCE). */
const DATE_MOVING = ['kind', 'outcome', 'dates', 'serviceMethod', 'represented', 'expedited', 'medication'] as const;
function movesDates(a: Notice, b: Notice): boolean {
  return DATE_MOVING.some((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

export interface Sighting {
  url: string;
  title: string;
  notices: NoticeInput[];
}

/** Pure: merges one sighting into the list. Returns the new list and the ids of the sighted notices. */
export function mergeSighting(list: TrackedNotice[], sighting: Sighting, now: Date): { list: TrackedNotice[]; ids: string[]; skipped: number } {
  const out = new Map(list.map((t) => [t.id, t]));
  const ids: string[] = [];
  let skipped = 0;
  const at = now.toISOString();
  for (const input of sighting.notices) {
    const parsed = Notice.safeParse(input);
    if (!parsed.success) {
      skipped++;
      continue;
    }
    const notice = parsed.data;
    const id = noticeId(notice, sighting.url);
    const existing = out.get(id);
    out.set(id, existing
      ? { ...existing, notice, sourceUrl: sighting.url, title: sighting.title || existing.title, lastSeen: at,
          revision: existing.revision + (movesDates(existing.notice, notice) ? 1 : 0) }
      : { id, notice, corrections: {}, sourceUrl: sighting.url, title: sighting.title, status: 'open',
          firstSeen: at, lastSeen: at, revision: 0 });
    if (!ids.includes(id)) ids.push(id);
  }
  return { list: [...out.values()], ids, skipped };
}

export const recordSighting = serialized(async (sighting: Sighting, now: Date = new Date()) => {
  const { list, ids, skipped } = mergeSighting(await loadTracked(), sighting, now);
  if (ids.length) await trackedItem.setValue(list);
  return { ids, skipped };
});

export { MANUAL_SOURCE, isManual };

/**
 * Pure: merges a notice entered by hand, through the same upsert and identity as a sighting (kind + claim + trigger
 * dates + the manual source), so entering the same letter twice is one record. What the user typed is the whole truth:
 * the record is open again and earlier corrections are dropped (they would override the fresh entry).
 */
export function mergeManual(list: TrackedNotice[], input: NoticeInput, title: string, now: Date): { list: TrackedNotice[]; id: string } {
  const parsed = Notice.safeParse(input);
  if (!parsed.success) throw new DataError(describeIssue(parsed.error, 'Notice not saved: '));
  const before = list.find((t) => t.id === noticeId(parsed.data, MANUAL_SOURCE));
  const merged = mergeSighting(list, { url: MANUAL_SOURCE, title: title.trim(), notices: [parsed.data] }, now);
  const id = merged.ids[0]!;
  const hadCorrections = before !== undefined && Object.keys(before.corrections).length > 0;
  return {
    id,
    list: merged.list.map((t) => (t.id === id
      ? { ...t, sourceUrl: `${MANUAL_SOURCE}${id}`, status: 'open' as const, corrections: {}, revision: t.revision + (hadCorrections ? 1 : 0) }
      : t)),
  };
}

export const addManualNotice = serialized(async (notice: NoticeInput, title: string, now: Date = new Date()): Promise<string> => {
  const { list, id } = mergeManual(await loadTracked(), notice, title, now);
  await trackedItem.setValue(list);
  return id;
});

export type TrackedPatch = Partial<Pick<TrackedNotice, 'status' | 'corrections'>>;

export const updateTracked = serialized(async (id: string, patch: TrackedPatch): Promise<void> => {
  const list = await loadTracked();
  const index = list.findIndex((t) => t.id === id);
  const current = list[index];
  if (!current) throw new DataError('This notice is no longer tracked (it may have been deleted in another window).');
  const status = patch.status === undefined ? current.status : NoticeStatus.parse(patch.status);
  let corrections = current.corrections;
  if (patch.corrections !== undefined) {
    const parsed = Corrections.safeParse(patch.corrections);
    if (!parsed.success) throw new DataError(describeIssue(parsed.error, 'Correction not saved: '));
    corrections = parsed.data;
  }
  const moved = JSON.stringify(corrections) !== JSON.stringify(current.corrections);
  list[index] = { ...current, status, corrections, revision: current.revision + (moved ? 1 : 0) };
  await trackedItem.setValue(list);
});

/** Pure: merges imported records by id; the one with the higher revision (then the later sighting) wins. */
export function mergeTracked(current: TrackedNotice[], incoming: TrackedNotice[]): TrackedNotice[] {
  const out = new Map(current.map((t) => [t.id, t]));
  for (const record of incoming) {
    const mine = out.get(record.id);
    if (!mine) {
      out.set(record.id, record);
      continue;
    }
    const theirsWins = record.revision > mine.revision || (record.revision === mine.revision && record.lastSeen > mine.lastSeen);
    const winner = theirsWins ? record : mine;
    out.set(record.id, { ...winner, firstSeen: mine.firstSeen < record.firstSeen ? mine.firstSeen : record.firstSeen });
  }
  return [...out.values()];
}
