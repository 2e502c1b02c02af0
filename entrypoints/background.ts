import { handleNoticesFound } from '../background/notices';
import { listenForMessages } from '../background/messages';
import { registerPdfRedirect } from '../background/pdf-redirect';
import { setupSiteAccess, siteAccessHandlers } from '../background/site-access';
import { setupDeadlineUpdates } from '../background/updates';

export default defineBackground(() => {
  registerPdfRedirect(); // .pdf navigations → ClaimClock's viewer (settings.pdfViewer)
  setupSiteAccess(); // re-register allowed sites; follow permission removals and changes of the stored list
  const deadlines = setupDeadlineUpdates(); // badge + reminder alarms, kept in step with storage and the date
  listenForMessages({
    ...siteAccessHandlers, // scan-tab, allow-site, disallow-site
    'notices-found': (m) => handleNoticesFound(m),
    'refresh-reminders': async () => {
      await deadlines.refresh();
      return { ok: true };
    },
  });
});
