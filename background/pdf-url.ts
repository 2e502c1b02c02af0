// Pure helpers for sending PDFs to ClaimClock's viewer (no browser API: tested in Node).

/** A URL fragment that tells the redirect to leave this navigation alone ("open in the browser's viewer"). */
export const SKIP_FRAGMENT = 'claimclock-skip';

/** The viewer page inside the extension. */
export const VIEWER_PATH = '/viewer.html' as const;

/** The schemes the viewer opens: web sites and local files, never data:, blob:, javascript: or others a page hands in. */
export function isOpenableFileUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** True for http(s) and file URLs whose path ends in .pdf (query and fragment ignored). */
export function isPdfUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return false;
  return /\.pdf$/i.test(parsed.pathname);
}

/** True when the user asked for the browser's own viewer for this URL. */
export function hasSkipFragment(url: string): boolean {
  const hash = url.indexOf('#');
  return hash >= 0 && url.slice(hash + 1).split(/[&#]/).includes(SKIP_FRAGMENT);
}

/**
 * The URL that opens `pdfUrl` in ClaimClock's viewer: this session's viewer key first (background/viewer-key.ts),
 * then the URL-encoded file parameter, always last (a redirect rule appends the raw URL there).
 */
export function viewerUrlFor(pdfUrl: string, viewerPage: string, key: string): string {
  return `${viewerPage}?key=${key}&file=${encodeURIComponent(stripFragment(pdfUrl))}`;
}

/** The viewer key in the viewer's own URL (before the file parameter), or null. */
export function keyParamOf(viewerHref: string): string | null {
  const m = /[?&]key=([0-9a-f]{32})(?=&|$)/.exec(viewerHref.split(/[?&]file=/)[0]!.split('#')[0]!);
  return m ? m[1]! : null;
}

/** The URL that opens `pdfUrl` in the browser's built-in viewer without being redirected again. */
export function browserViewerUrl(pdfUrl: string): string {
  return `${stripFragment(pdfUrl)}#${SKIP_FRAGMENT}`;
}

function stripFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash >= 0 ? url.slice(0, hash) : url;
}

export interface RedirectContext {
  enabled: boolean; // settings.pdfViewer
  fileAccess: boolean; // the user allowed access to file URLs
}

/** Whether a top-level navigation to `url` should go to ClaimClock's viewer instead. */
export function shouldRedirect(url: string, ctx: RedirectContext): boolean {
  if (!ctx.enabled || !isPdfUrl(url) || hasSkipFragment(url)) return false;
  if (url.startsWith('file:') && !ctx.fileAccess) return false;
  return true;
}

/**
 * Reads the `file` parameter of the viewer's own URL. Accepts the encoded form this module writes and, for
 * robustness, a raw URL (everything after `?file=`, so a PDF URL with its own `&` query survives).
 */
export function fileParamOf(viewerHref: string): string | null {
  const m = /[?&]file=/.exec(viewerHref);
  if (!m) return null;
  let raw = viewerHref.slice(m.index + m[0].length);
  const hash = raw.indexOf('#');
  if (hash >= 0) raw = raw.slice(0, hash);
  if (!raw) return null;
  if (/^[a-z]+%3A/i.test(raw)) {
    try {
      return decodeURIComponent(raw);
    } catch {
      return null;
    }
  }
  return raw;
}
