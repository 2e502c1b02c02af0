// The service worker: the one writer of stored data, the PDF redirect, site access, the badge and reminders, and
// the receiving end of every message (messaging/protocol.ts). It only wires; each job lives in background/.
import { browser } from 'wxt/browser';
import { listen } from '../messaging/listen';
import { handleNoticesFound } from '../background/notices';
import { detectPage } from '../background/detect-page';
import { correctNotice, pageDeadlines, storedCorrections } from '../background/page-deadlines';
import { readPdfTab } from '../background/read-pdf-tab';
import { openInClaimClock, openViewerTab, registerPdfRedirect } from '../background/pdf-redirect';
import { setupSiteAccess, siteAccessHandlers } from '../background/site-access';
import { setupDeadlineUpdates } from '../background/updates';
import { isViewerKey } from '../background/viewer-key';
import { becomeWriter, storageHandlers } from '../storage';

export default defineBackground(() => {
  becomeWriter(); // every write of stored data happens here (storage/writer.ts)
  registerPdfRedirect(); // .pdf navigations → ClaimClock's viewer (settings.pdfViewer)
  setupSiteAccess(); // re-register allowed sites; follow permission removals and changes of the stored list
  const deadlines = setupDeadlineUpdates(); // badge + reminder alarms, kept in step with storage and the date
  const base = browser.runtime.getURL('/');
  listen({
    ...siteAccessHandlers, // scan-tab, page-relevant, allow-site, disallow-site
    ...storageHandlers, // store:* (the pages' writes)
    'notices-found': (request, sender) => handleNoticesFound(request, sender, { isViewerKey, base }),
    'detect-page': (request) => detectPage(request),
    'page-deadlines': (request, sender) => pageDeadlines(request, navigator.language, new Date(), sender, base),
    'correct-notice': (request, sender) => correctNotice(request, sender, base),
    'stored-corrections': (request) => storedCorrections(request),
    'read-pdf-tab': ({ tabId }) => readPdfTab(tabId),
    'open-viewer': async ({ url, tabId }) => ({ opened: tabId === undefined ? await openViewerTab(url) : await openInClaimClock({ id: tabId, url }) }),
    'refresh-reminders': async () => {
      await deadlines.refresh();
      return { ok: true as const };
    },
  });
});
