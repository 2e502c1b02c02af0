// A stable id for a tracked notice, so the same notice seen twice (a page reloaded, a portal visited again, the same
// PDF reopened) is one record: kind + claim number + trigger dates + where it was seen (origin and path, without the
// query or fragment, which portals fill with session tokens).
import { NEVER_TRIGGER_ROLES, type DateRole, type Notice } from '../model';

/** Where notices entered by hand come from: ids use this source, records store 'manual:<id>' as their sourceUrl. */
export const MANUAL_SOURCE = 'manual:';
export const isManual = (t: { sourceUrl: string }): boolean => t.sourceUrl.startsWith(MANUAL_SOURCE);

/** 'https://portal.example/claims/1?session=x#top' → 'https://portal.example/claims/1'. */
export function sourceKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.trim();
  }
}

/** The identity of a notice as text: readable, order-independent for dates. */
export function identityText(notice: Pick<Notice, 'kind' | 'dates' | 'facts'>, url: string): string {
  const claim = typeof notice.facts.claimNumber === 'string' ? notice.facts.claimNumber.trim().toUpperCase() : '';
  const dates = (Object.entries(notice.dates) as [DateRole, string | undefined][])
    .filter(([role, date]) => date && !NEVER_TRIGGER_ROLES.includes(role))
    .map(([role, date]) => `${role}=${date}`)
    .sort()
    .join(',');
  return [notice.kind, claim, dates, sourceKey(url)].join('|');
}

/** FNV-1a, 32 bits, with a seed: two of them make a 64-bit hash (synchronous, same in every context). */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** e.g. 'ur_decision-3f2a9c0d11b4e7a2'. */
export function noticeId(notice: Pick<Notice, 'kind' | 'dates' | 'facts'>, url: string): string {
  const text = identityText(notice, url);
  return `${notice.kind}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01234567)}`;
}
