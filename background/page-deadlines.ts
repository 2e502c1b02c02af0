// 'page-deadlines': the scanner in a page found notices and needs their deadlines for the banner. They come from the
// user's context like everywhere else (app/deadlines.ts), so the banner, the popup and the badge agree.
import { loadUserContext } from '../app/context';
import { deadlinesFor } from '../app/deadlines';
import type { PageDeadlines, RequestOf } from '../messaging/protocol';
import { storageSources } from '../storage/context-sources';

export async function pageDeadlines(request: RequestOf<'page-deadlines'>, browserLanguage?: string, now = new Date()): Promise<PageDeadlines> {
  const ctx = await loadUserContext(storageSources, { now, browserLanguage });
  const notices = Array.isArray(request.notices) ? request.notices.slice(0, 50) : [];
  return {
    deadlines: notices.map((n) => {
      try {
        return deadlinesFor(n, ctx);
      } catch {
        return []; // a malformed notice gets no deadline, the others still do
      }
    }),
    countdown: ctx.settings.countdown,
    language: ctx.language,
    today: ctx.today,
  };
}
