import { describe, expect, it, vi } from 'vitest';
import {
  browserViewerUrl,
  fileParamOf,
  isOpenableFileUrl,
  keyParamOf,
  hasSkipFragment,
  isPdfUrl,
  shouldRedirect,
  viewerUrlFor,
} from '../../../background/pdf-url';
import { handleNavigation, type PdfRedirectDeps } from '../../../background/pdf-redirect';

const VIEWER = 'chrome-extension://abc/viewer.html';
const KEY = '0123456789abcdef0123456789abcdef';

describe('isPdfUrl', () => {
  it('accepts http, https and file URLs whose path ends in .pdf, whatever the query', () => {
    expect(isPdfUrl('https://insurer.example/letters/UR-Denial.PDF')).toBe(true);
    expect(isPdfUrl('http://x.example/a.pdf?download=1&x=2')).toBe(true);
    expect(isPdfUrl('file:///home/maria/letter.pdf')).toBe(true);
  });
  it('rejects other schemes, other extensions and .pdf only in the query', () => {
    expect(isPdfUrl('ftp://x.example/a.pdf')).toBe(false);
    expect(isPdfUrl('https://x.example/a.pdf.html')).toBe(false);
    expect(isPdfUrl('https://x.example/view?file=a.pdf')).toBe(false);
    expect(isPdfUrl('not a url')).toBe(false);
  });
});

describe('viewer URLs', () => {
  it('URL-encodes the file parameter so the PDF URL query survives', () => {
    const pdf = 'https://x.example/a b.pdf?id=1&sig=2';
    const url = viewerUrlFor(pdf, VIEWER, KEY);
    expect(url).toBe(`${VIEWER}?key=${KEY}&file=https%3A%2F%2Fx.example%2Fa%20b.pdf%3Fid%3D1%26sig%3D2`);
    expect(keyParamOf(url)).toBe(KEY);
    expect(fileParamOf(url)).toBe(pdf);
    expect(new URL(url).searchParams.get('file')).toBe(pdf);
  });
  it('drops the fragment of the PDF URL', () => {
    expect(fileParamOf(viewerUrlFor('https://x.example/a.pdf#page=2', VIEWER, KEY))).toBe('https://x.example/a.pdf');
  });
  it('reads a raw, unencoded file parameter whole', () => {
    expect(fileParamOf(`${VIEWER}?file=https://x.example/a.pdf?id=1&sig=2`)).toBe('https://x.example/a.pdf?id=1&sig=2');
  });
  it('returns null without a file parameter, and no key when the URL has none', () => {
    expect(fileParamOf(VIEWER)).toBeNull();
    expect(fileParamOf(`${VIEWER}?file=`)).toBeNull();
    expect(keyParamOf(`${VIEWER}?file=https://x.example/a.pdf?key=${KEY}`)).toBeNull(); // a key inside the PDF URL is not ours
  });
  it('opens only web and local files, never data:, blob: or javascript: URLs', () => {
    for (const ok of ['https://x.example/a.pdf', 'http://127.0.0.1/a', 'file:///tmp/a.pdf']) expect(isOpenableFileUrl(ok), ok).toBe(true);
    for (const bad of ['data:application/pdf;base64,JVBERi0=', 'blob:https://x.example/1', 'javascript:alert(1)', 'chrome://settings', 'nonsense']) expect(isOpenableFileUrl(bad), bad).toBe(false);
  });
  it('links back to the browser viewer with the skip fragment', () => {
    const back = browserViewerUrl('https://x.example/a.pdf#page=3');
    expect(back).toBe('https://x.example/a.pdf#claimclock-skip');
    expect(hasSkipFragment(back)).toBe(true);
    expect(hasSkipFragment('https://x.example/a.pdf#claimclock-skipped')).toBe(false);
  });
});

describe('shouldRedirect', () => {
  const on = { enabled: true, fileAccess: false };
  it('redirects web PDFs when the setting is on', () => {
    expect(shouldRedirect('https://x.example/a.pdf', on)).toBe(true);
    expect(shouldRedirect('https://x.example/a.pdf', { ...on, enabled: false })).toBe(false);
  });
  it('leaves alone PDFs the user sent to the browser viewer', () => {
    expect(shouldRedirect('https://x.example/a.pdf#claimclock-skip', on)).toBe(false);
  });
  it('redirects file:// PDFs only when the user allowed file access', () => {
    expect(shouldRedirect('file:///tmp/a.pdf', on)).toBe(false);
    expect(shouldRedirect('file:///tmp/a.pdf', { ...on, fileAccess: true })).toBe(true);
  });
});

describe('handleNavigation', () => {
  const deps = (over: Partial<PdfRedirectDeps> = {}): PdfRedirectDeps => ({
    isEnabled: async () => true,
    fileAccess: async () => false,
    viewerPage: VIEWER,
    key: async () => KEY,
    navigate: vi.fn(async () => undefined),
    ...over,
  });
  it('sends a top-level PDF navigation to the viewer', async () => {
    const d = deps();
    const target = await handleNavigation({ tabId: 4, frameId: 0, url: 'https://x.example/a.pdf' }, d);
    expect(target).toBe(`${VIEWER}?key=${KEY}&file=https%3A%2F%2Fx.example%2Fa.pdf`);
    expect(d.navigate).toHaveBeenCalledWith(4, target);
  });
  it('ignores frames, non-PDF pages and a disabled setting', async () => {
    const d = deps();
    expect(await handleNavigation({ tabId: 4, frameId: 3, url: 'https://x.example/a.pdf' }, d)).toBeNull();
    expect(await handleNavigation({ tabId: 4, frameId: 0, url: 'https://x.example/' }, d)).toBeNull();
    const off = deps({ isEnabled: async () => false });
    expect(await handleNavigation({ tabId: 4, frameId: 0, url: 'https://x.example/a.pdf' }, off)).toBeNull();
    expect(d.navigate).not.toHaveBeenCalled();
    expect(off.navigate).not.toHaveBeenCalled();
  });
  it('asks for file access only for file URLs', async () => {
    const fileAccess = vi.fn(async () => true);
    const d = deps({ fileAccess });
    await handleNavigation({ tabId: 1, frameId: 0, url: 'https://x.example/a.pdf' }, d);
    expect(fileAccess).not.toHaveBeenCalled();
    expect(await handleNavigation({ tabId: 1, frameId: 0, url: 'file:///tmp/a.pdf' }, d)).toContain('file%3A');
    expect(fileAccess).toHaveBeenCalledTimes(1);
  });
  it('redirects a navigation seen by both onBeforeNavigate and onCommitted once', async () => {
    const d = deps({ recent: new Map() });
    const nav = { tabId: 9, frameId: 0, url: 'https://x.example/a.pdf' };
    expect(await handleNavigation(nav, d)).not.toBeNull();
    expect(await handleNavigation(nav, d)).toBeNull();
    expect(await handleNavigation({ ...nav, tabId: 10 }, d)).not.toBeNull();
    expect(d.navigate).toHaveBeenCalledTimes(2);
  });
});
