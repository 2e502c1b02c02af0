// The scanner, injected by the worker into a tab the user opened the popup on (activeTab) or whose probe found a
// claim page: reads the page, highlights what the core found, reports it and shows the banner (page/controller.ts).
// Injected again into the same page, it rescans instead of starting a second copy. Its return value is what the
// page holds (the popup's "This page").
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScanner } from '../page/scanner-main';

export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => startScanner(ctx),
});
