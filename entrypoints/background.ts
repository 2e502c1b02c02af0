import { registerPdfRedirect } from '../background/pdf-redirect';
import { setupSiteAccess } from '../background/site-access';

export default defineBackground(() => {
  registerPdfRedirect(); // .pdf navigations → ClaimClock's viewer (settings.pdfViewer)
  setupSiteAccess(); // scan-tab, allow-site, disallow-site; re-register allowed sites
  // Wired in by the storage/background work (issue 4).
});
