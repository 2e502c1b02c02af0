// Wires typed handlers (messaging/handle.ts) to this context's runtime.onMessage; returns a function that unhooks them.
import { browser } from 'wxt/browser';
import { listener, type Handlers } from './handle';

export function listen(handlers: Handlers): () => void {
  const fn = listener(handlers, { id: browser.runtime.id, base: browser.runtime.getURL('/') });
  browser.runtime.onMessage.addListener(fn);
  return () => browser.runtime.onMessage.removeListener(fn);
}
