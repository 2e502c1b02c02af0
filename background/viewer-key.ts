// The viewer key: a random value made once per browser session and kept in storage.session, which web pages and
// content scripts cannot read. Every viewer URL the extension itself opens (its PDF redirect, "Open in ClaimClock")
// carries it; a page that navigates a tab to viewer.html on its own cannot know it. The worker stores the notices
// the viewer found only for a file the user picked or a viewer URL with this key, so a page cannot plant a notice.
import { browser } from 'wxt/browser';

const KEY = 'viewerKey';

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let pending: Promise<string> | null = null;

/** This session's key (made on first use; concurrent callers share one). */
export function viewerKey(): Promise<string> {
  pending ??= (async () => {
    const stored = (await browser.storage.session.get(KEY))[KEY];
    if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return stored;
    const fresh = randomKey();
    await browser.storage.session.set({ [KEY]: fresh });
    return fresh;
  })().catch((err) => {
    pending = null;
    throw err;
  });
  return pending;
}

/** Constant-time comparison of the key a viewer sent with this session's. */
export async function isViewerKey(candidate: unknown): Promise<boolean> {
  if (typeof candidate !== 'string' || candidate.length !== 32) return false;
  const key = await viewerKey();
  let diff = 0;
  for (let i = 0; i < 32; i++) diff |= key.charCodeAt(i) ^ candidate.charCodeAt(i);
  return diff === 0;
}
