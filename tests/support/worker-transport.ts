// A message channel for unit tests: delivers each message straight to the worker's real handlers, as the popup's
// sendMessage would in the browser (sent from an extension page).
import type { Transport } from '../../messaging/client';
import { listener, type Handlers } from '../../messaging/handle';
import { storageHandlers } from '../../storage';

const SELF = { id: 'test-extension', base: 'chrome-extension://test-extension/' };
const POPUP = { id: SELF.id, url: `${SELF.base}popup.html` };

export function workerTransport(handlers: Handlers = storageHandlers): Transport {
  const listen = listener(handlers, SELF);
  return (envelope) => new Promise((resolve) => {
    if (listen(envelope, POPUP, resolve) !== true) resolve(undefined);
  });
}
