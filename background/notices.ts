// 'notices-found' from a page's content script or the PDF viewer: store the notices (one record per notice id).
// The badge and reminders follow from the storage change (background/updates.ts).
import type { Message } from '../messaging/protocol';
import { recordSighting } from '../storage';

export type NoticesFoundAnswer = { ok: true; ids: string[]; skipped?: number } | { ok: false; error: string };

export async function handleNoticesFound(message: Extract<Message, { type: 'notices-found' }>, now: Date = new Date()): Promise<NoticesFoundAnswer> {
  if (typeof message.url !== 'string' || !Array.isArray(message.notices)) return { ok: false, error: 'notices-found needs a url and a list of notices' };
  if (message.notices.length === 0) return { ok: true, ids: [] };
  const { ids, skipped } = await recordSighting({ url: message.url, title: typeof message.title === 'string' ? message.title : '', notices: message.notices }, now);
  if (ids.length === 0) return { ok: false, error: `the notices could not be read (${skipped} malformed)` };
  return skipped ? { ok: true, ids, skipped } : { ok: true, ids };
}
