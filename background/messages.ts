// One runtime.onMessage listener for the worker: a handler map keyed by message type (messaging/protocol.ts).
// Messages without a handler here (e.g. 'get-page-notices', which content scripts answer) are left to other
// listeners: returning undefined keeps the channel free for them.
import { browser, type Browser } from 'wxt/browser';
import type { Message } from '../messaging/protocol';

export type Sender = Browser.runtime.MessageSender;
type HandlerFor<T extends Message['type']> = (message: Extract<Message, { type: T }>, sender: Sender) => unknown;
export type HandlerMap = { [T in Message['type']]?: HandlerFor<T> };

/** The listener itself, exported so tests call it without a browser. */
export function dispatcher(handlers: HandlerMap) {
  return (message: unknown, sender: Sender, reply: (answer: unknown) => void): true | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    const handler = handlers[type as Message['type']] as (m: Message, s: Sender) => unknown;
    Promise.resolve()
      .then(() => handler(message as Message, sender))
      .then(reply, (err: unknown) => {
        console.error(`[ClaimClock] ${type} failed`, err);
        reply({ ok: false, error: err instanceof Error ? err.message : String(err) });
      });
    return true;
  };
}

export function listenForMessages(handlers: HandlerMap): void {
  browser.runtime.onMessage.addListener(dispatcher(handlers) as never);
}
