// ClaimClock's PDF viewer (viewer.html, web-accessible so the PDF redirect may land there): wires the browser to
// viewer/App.tsx. viewer.html?key=K&file=URL. A page can send a tab here with any file URL: the viewer opens only web
// and local files, and saves what it finds at once only when K is this session's viewer key (the extension's own
// redirect) or the user picked the file; anything else waits for the user's click (background/notices.ts checks
// the same again).
import { render } from 'preact';
import '../../components/theme.css';
import '../../viewer/style.css';
import { browser } from 'wxt/browser';
import { loadUserContext } from '../../app/context';
import { allowBrowserViewer } from '../../background/pdf-dnr';
import { browserViewerUrl, fileParamOf, keyParamOf } from '../../background/pdf-url';
import { send } from '../../messaging/client';
import { storageSources } from '../../storage/context-sources';
import { App } from '../../viewer/App';
import { fetchPdfBytes, fileBytes, permissionPattern } from '../../viewer/load-bytes';
import { ocrPdf } from '../../viewer/ocr-pdf';
import { hasImages, openPdf } from '../../viewer/pdfjs';
import { mountPages } from '../../viewer/virtual-pages';

const hasPermission = (url: string) => browser.permissions.contains({ origins: [permissionPattern(url)] });

/** Whether the URL's key is this session's viewer key (extension pages may read storage.session; web pages may not). */
async function openedByClaimClock(key: string | null): Promise<boolean> {
  if (!key) return false;
  const stored = (await browser.storage.session.get('viewerKey').catch(() => ({}))) as { viewerKey?: unknown };
  return stored.viewerKey === key;
}

async function main() {
  const fileUrl = fileParamOf(location.href);
  const key = keyParamOf(location.href);
  const [ctx, trusted] = await Promise.all([loadUserContext(storageSources, { browserLanguage: navigator.language }), openedByClaimClock(key)]);
  document.documentElement.lang = ctx.language;
  if (fileUrl) document.title = `${decodeURIComponent(fileUrl.split(/[/?#]/).filter(Boolean).pop() ?? fileUrl)} — ClaimClock`;
  const base = browser.runtime.getURL('/');
  render(
    <App
      fileUrl={fileUrl}
      trusted={trusted}
      lang={ctx.language}
      ctx={ctx}
      fetchBytes={(url) => fetchPdfBytes(url, { hasPermission })}
      readFile={fileBytes}
      deps={{
        openPdf: (bytes) => openPdf(bytes),
        hasImages,
        ocr: (pdf, pages, onProgress, signal) =>
          ocrPdf(
            pdf,
            base,
            (p) => onProgress({ page: p.status === 'recognizing text' ? p.page : 0, total: p.pages, value: p.fraction }),
            signal,
            pages,
          ),
      }}
      mountPages={mountPages}
      browserViewerUrl={browserViewerUrl}
      beforeOpenOriginal={allowBrowserViewer}
      onNotices={async (url, title, notices, by) => {
        await send('notices-found', { url, title, notices, ...(by === 'redirect' && key ? { viewerKey: key } : { byUser: true }) });
      }}
      onCorrect={async (url, notice, patch) => void (await send('correct-notice', { url, notice, patch }))}
      storedCorrections={(url, notices) => send('stored-corrections', { url, notices })}
      requestPermission={(url) => browser.permissions.request({ origins: [permissionPattern(url)] })}
    />,
    document.getElementById('app')!,
  );
}

// viewer.html is web-accessible (for redirects): never run inside another site's frame.
if (window.top === window) void main();
else document.body.textContent = 'ClaimClock’s viewer cannot be embedded.'; // (not translated: nobody should see it)
