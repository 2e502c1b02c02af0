// 'detect-page': a page's scanner read the page's text; the worker finds its notices. The reader and its models stay
// here, loaded once, instead of in every page that looks like a claim page (issue 13). The text comes from a web
// page: it is rebuilt field by field, read within the same budget a page scan has, and a page too large to read gets
// its error code back, never a crash of the worker.
import { detect } from '../extract/detect';
import { isDocumentError } from '../extract/errors';
import { textDocumentFromData } from '../extract/text-document';
import type { ReplyOf, RequestOf } from '../messaging/protocol';
import { localToday } from '../rules/calendar/dates';

/** How long detection of one page may take in the worker (the page's DOM read has its own). */
export const DETECT_BUDGET_MS = 400;

export async function detectPage(request: RequestOf<'detect-page'>, now = new Date()): Promise<ReplyOf<'detect-page'>> {
  const doc = textDocumentFromData(request?.doc);
  if (!doc) return { notices: [] };
  try {
    // today as app/context.ts gives it to every face (the user's time zone)
    return { notices: detect(doc, { today: localToday(now), budgetMs: DETECT_BUDGET_MS }) };
  } catch (err) {
    if (isDocumentError(err)) return { notices: [], error: err.code };
    throw err;
  }
}
