// Sending a message of the protocol (messaging/protocol.ts): send() to the worker, sendToTab() to a tab's content
// script. The reply's envelope is unwrapped: the value, or a MessageError with the receiver's plain message.
import { browser } from 'wxt/browser';
import type { MessageType, ReplyEnvelope, ReplyOf, RequestOf } from './protocol';

export class MessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageError';
  }
}

/** The raw channel, a seam for tests. */
export type Transport = (envelope: { type: MessageType }) => Promise<unknown>;

const runtime: Transport = (envelope) => browser.runtime.sendMessage(envelope);

function unwrap<T extends MessageType>(type: T, answer: unknown): ReplyOf<T> {
  const reply = answer as ReplyEnvelope<T> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new MessageError(`No answer to ${type}.`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}

export async function send<T extends MessageType>(type: T, request: RequestOf<T>, transport: Transport = runtime): Promise<ReplyOf<T>> {
  transport ??= runtime;
  return unwrap(type, await transport({ type, ...request }));
}

/** To the content script of one tab (its top frame). */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, request: RequestOf<T>): Promise<ReplyOf<T>> {
  return unwrap(type, await browser.tabs.sendMessage(tabId, { type, ...request }, { frameId: 0 }));
}
