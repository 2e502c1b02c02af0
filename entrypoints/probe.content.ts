// The probe, registered at run time for each site the user allowed (background/site-access.ts): it only asks the
// worker to inject the scanner when the page looks like a claim page (page/probe.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../messaging/client';
import { startProbe } from '../page/probe';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const stop = startProbe({ doc: document, relevant: () => void send('page-relevant', {}).catch(() => {}) });
    ctx.onInvalidated(stop);
  },
});
