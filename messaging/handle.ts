// Receiving messages of the protocol: one runtime.onMessage listener per context, built from a map of typed
// handlers. Before a handler runs, the sender is classified and checked against ALLOWED_FROM: a message from
// another extension, a web page or a frame the extension did not script is refused. A handler's thrown error
// becomes the reply's plain-language `error`. Messages this context has no handler for are left to other listeners.
import { isMessageType, ALLOWED_FROM, type MessageType, type ReplyEnvelope, type ReplyOf, type RequestOf, type SenderKind } from './protocol';

/** The part of runtime.MessageSender the check reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Handler<T extends MessageType> = (request: RequestOf<T>, sender: SenderLike) => ReplyOf<T> | Promise<ReplyOf<T>>;
export type Handlers = { [T in MessageType]?: Handler<T> };

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL('/'), e.g. 'chrome-extension://abc/' */
  base: string;
}

/**
 * What the sender is: one of the extension's own pages, a content script in a web page's top frame, or null for
 * anything else (another extension, a frame the extension did not script, a sender without a URL).
 */
export function senderKind(sender: SenderLike, self: Self): SenderKind | null {
  if (sender.id !== self.id || !sender.url) return null;
  if (sender.url.startsWith(self.base)) return sender.tab && sender.frameId !== 0 && sender.frameId !== undefined ? null : 'page';
  if (!sender.tab || (sender.frameId !== undefined && sender.frameId !== 0)) return null;
  return /^(https?|file):/i.test(sender.url) ? 'content' : null;
}

type Listener = (message: unknown, sender: SenderLike, reply: (answer: ReplyEnvelope) => void) => true | undefined;

export function listener(handlers: Handlers, self: Self): Listener {
  return (message, sender, reply) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (!isMessageType(type)) return undefined;
    const handler = handlers[type] as Handler<typeof type> | undefined;
    if (!handler) return undefined;
    const kind = senderKind(sender, self);
    if (!kind || !ALLOWED_FROM[type].includes(kind)) {
      console.warn(`[ClaimClock] refused ${type} from ${kind ?? 'an unknown sender'}`, sender.url);
      reply({ ok: false, error: 'ClaimClock refused this request.' });
      return true;
    }
    const { type: _type, ...request } = message as { type: MessageType };
    Promise.resolve()
      .then(() => handler(request as RequestOf<typeof type>, sender))
      .then(
        (value) => reply({ ok: true, value }),
        (err: unknown) => {
          if (!(err instanceof Error && err.name === 'DataError')) console.error(`[ClaimClock] ${type} failed`, err);
          reply({ ok: false, error: err instanceof Error ? err.message : String(err) });
        },
      );
    return true;
  };
}
