// 'page-deadlines', 'correct-notice' and 'stored-corrections': the scanner in a page (or the viewer) found notices and needs their deadlines;
// the user confirmed or entered a date for one. Deadlines come from the user's context like everywhere else
// (app/deadlines.ts), with the corrections the user stored for that notice applied, so the banner, the viewer, the
// popup and the badge agree. The check choices and missing dates come from app/ too: the page carries no rules.
import { loadUserContext } from '../app/context';
import { deadlinesFor, missingDeadlines, rolesNeeded } from '../app/deadlines';
import { choicesFor } from '../app/choices';
import { applyCorrections, mergeCorrections } from '../app/corrections';
import { Notice } from '../model';
import type { PageDeadlines, ReplyOf, RequestOf } from '../messaging/protocol';
import type { SenderLike } from '../messaging/handle';
import { noticeId, readTracked, updateTracked } from '../storage';
import { storageSources } from '../storage/context-sources';
import { DataError } from '../storage/errors';
import type { TrackedNotice } from '../storage/types';

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

/** The URL a notice's record is kept under: a content script only speaks for its own page. */
function urlFor(request: { url?: unknown }, sender: SenderLike, base?: string): string | null {
  const fromExtension = base !== undefined && (sender.url?.startsWith(base) ?? false);
  if (typeof request.url !== 'string') return fromExtension ? null : sender.url ?? null; // a page's scanner: its own URL
  if (fromExtension || !sender.url || sameOrigin(request.url, sender.url)) return request.url;
  return null;
}

const trackedFor = (list: TrackedNotice[], notice: Notice, url: string | null) =>
  url ? list.find((t) => t.id === noticeId(notice, url)) : undefined;

export async function pageDeadlines(
  request: RequestOf<'page-deadlines'>, browserLanguage?: string, now = new Date(), sender: SenderLike = {}, base?: string,
): Promise<PageDeadlines> {
  const ctx = await loadUserContext(storageSources, { now, browserLanguage });
  const url = urlFor(request, sender, base);
  const tracked = url ? await readTracked().catch(() => []) : [];
  const input = Array.isArray(request.notices) ? request.notices.slice(0, 50) : [];
  const views = input.map((raw) => {
    try {
      const detected = Notice.parse(raw);
      const notice = applyCorrections(detected, trackedFor(tracked, detected, url)?.corrections);
      const deadlines = deadlinesFor(notice, ctx);
      const missing = missingDeadlines(notice, ctx);
      return { deadlines, choices: deadlines.map((d) => choicesFor(notice, d)), missing: rolesNeeded(missing) };
    } catch {
      return { deadlines: [], choices: [], missing: [] }; // a malformed notice gets no deadline, the others still do
    }
  });
  return {
    deadlines: views.map((v) => v.deadlines),
    choices: views.map((v) => v.choices),
    missing: views.map((v) => v.missing),
    countdown: ctx.settings.countdown,
    language: ctx.language,
    today: ctx.today,
  };
}

/** Stores a date the user confirmed or entered for a notice seen at `url` (merged over earlier corrections). */
export async function correctNotice(request: RequestOf<'correct-notice'>, sender: SenderLike = {}, base?: string): Promise<ReplyOf<'correct-notice'>> {
  const url = urlFor(request, sender, base);
  if (!url) throw new DataError('Not saved: a page may only correct its own notices.');
  const parsed = Notice.safeParse(request.notice);
  if (!parsed.success) throw new DataError('Not saved: the notice could not be read.');
  const patch = request.patch && typeof request.patch === 'object' ? request.patch : {};
  const tracked = trackedFor(await readTracked(), parsed.data, url);
  if (!tracked) return { stored: false };
  await updateTracked(tracked.id, { corrections: mergeCorrections(tracked.corrections, patch) });
  return { stored: true, id: tracked.id };
}

/** The corrections stored for notices seen at `url` (the viewer reopening a PDF starts from what the user confirmed). */
export async function storedCorrections(request: RequestOf<'stored-corrections'>): Promise<ReplyOf<'stored-corrections'>> {
  if (typeof request.url !== 'string' || !Array.isArray(request.notices)) return [];
  const tracked = await readTracked().catch(() => []);
  return request.notices.slice(0, 50).map((raw) => {
    const parsed = Notice.safeParse(raw);
    const corrections = parsed.success ? trackedFor(tracked, parsed.data, request.url)?.corrections : undefined;
    return corrections && Object.keys(corrections).length ? corrections : null;
  });
}
