import { registerPdfRedirect } from '../background/pdf-redirect';

export default defineBackground(() => {
  registerPdfRedirect(); // .pdf navigations → ClaimClock's viewer (settings.pdfViewer)
  // Wired in by the storage/background work (issue 4).
});
