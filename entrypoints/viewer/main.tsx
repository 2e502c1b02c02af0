// ClaimClock's PDF viewer (unlisted page viewer.html): wires the browser to viewer/App.tsx.
import { render } from 'preact';
import '../../components/theme.css';
import { browser } from 'wxt/browser';
import { allowBrowserViewer } from '../../background/pdf-dnr';
import { browserViewerUrl, fileParamOf } from '../../background/pdf-url';
import { resolveLanguage } from '../../i18n';
import { DEFAULT_PROFILE, type Language, type Profile } from '../../model';
import { App } from '../../viewer/App';
import { fetchPdfBytes, fileBytes, permissionPattern } from '../../viewer/load-bytes';
import { ocrPdf } from '../../viewer/ocr-pdf';
import { hasImages, openPdf } from '../../viewer/pdfjs';
import { mountPages } from '../../viewer/virtual-pages';

type Countdown = 'safe' | 'latest';

async function loadSettings(): Promise<{ profile: Profile; lang: Language; countdown: Countdown }> {
  const stored = (await browser.storage.local.get('settings').catch(() => ({}))) as {
    settings?: { profile?: Profile; language?: Language | 'auto'; countdown?: Countdown };
  };
  const lang: Language = resolveLanguage(stored.settings?.language ?? 'auto', navigator.language);
  return { profile: stored.settings?.profile ?? DEFAULT_PROFILE, lang, countdown: stored.settings?.countdown ?? 'safe' };
}

const hasPermission = (url: string) => browser.permissions.contains({ origins: [permissionPattern(url)] });

async function main() {
  const fileUrl = fileParamOf(location.href);
  const { profile, lang, countdown } = await loadSettings();
  document.documentElement.lang = lang;
  if (fileUrl) document.title = `${decodeURIComponent(fileUrl.split(/[/?#]/).filter(Boolean).pop() ?? fileUrl)} — ClaimClock`;
  const base = browser.runtime.getURL('/');
  render(
    <App
      fileUrl={fileUrl}
      lang={lang}
      profile={profile}
      countdown={countdown}
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
      onNotices={(url, title, notices) => {
        browser.runtime.sendMessage({ type: 'notices-found', url, title, notices }).catch(() => {
          // No background listener yet (or it is restarting): the viewer still shows the card.
        });
      }}
      requestPermission={(url) => browser.permissions.request({ origins: [permissionPattern(url)] })}
    />,
    document.getElementById('app')!,
  );
}

// viewer.html is web-accessible (for redirects): never run inside another site's frame.
if (window.top === window) void main();
else document.body.textContent = 'ClaimClock’s viewer cannot be embedded.'; // (not translated: nobody should see it)
