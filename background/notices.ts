// 'notices-found' from a page's scanner or the PDF viewer: store the notices (one record per notice id). The badge
// and reminders follow from the storage change (background/updates.ts). What may be stored:
// - from a content script (messaging/handle.ts checked it is ours, in a web page's top frame): the notices it read
//   from that page, for that page's own URL;
// - from the viewer: a file the user picked or dropped, or a PDF the extension's own redirect opened (the viewer key,
//   background/viewer-key.ts) at an http(s) or file URL. A page that sends a tab to viewer.html?file=data:… itself
//   gets nothing stored.
import type { RequestOf, ReplyOf } from '../messaging/protocol';
import type { SenderLike } from '../messaging/handle';
import { recordSighting } from '../storage';
import { DataError } from '../storage/errors';
import { isOpenableFileUrl } from './pdf-url';

export interface NoticesFoundDeps {
  /** Whether `key` is this session's viewer key. */
  isViewerKey(key: unknown): Promise<boolean>;
  /** runtime.getURL('/'): where the extension's own pages live. */
  base: string;
  now?: Date;
}

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

/** Why a sighting may not be stored, or null when it may. */
export async function refusal(request: RequestOf<'notices-found'>, sender: SenderLike, deps: NoticesFoundDeps): Promise<string | null> {
  if (typeof request.url !== 'string' || !Array.isArray(request.notices)) return 'notices-found needs a url and a list of notices';
  const fromViewer = sender.url?.startsWith(deps.base) ?? false;
  if (!fromViewer) return sender.url && sameOrigin(request.url, sender.url) ? null : 'a page may only report its own notices';
  if (request.byUser === true) return null; // a file the user picked or dropped, or the user's "Track" click
  if (!isOpenableFileUrl(request.url)) return 'the viewer stores notices only for web and local files';
  return (await deps.isViewerKey(request.viewerKey)) ? null : 'this PDF was not opened by ClaimClock';
}

export async function handleNoticesFound(request: RequestOf<'notices-found'>, sender: SenderLike, deps: NoticesFoundDeps): Promise<ReplyOf<'notices-found'>> {
  const why = await refusal(request, sender, deps);
  if (why) throw new DataError(`Not saved: ${why}.`);
  if (request.notices.length === 0) return { ids: [], skipped: 0 };
  const { ids, skipped } = await recordSighting({ url: request.url, title: typeof request.title === 'string' ? request.title : '', notices: request.notices }, deps.now);
  if (ids.length === 0) throw new DataError(`The notices could not be read (${skipped} malformed).`);
  return { ids, skipped };
}
