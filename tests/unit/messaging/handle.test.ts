// The receiving end of every message: typed handlers, replies wrapped as { ok, value } or { ok: false, error }, and
// the sender checked before any handler runs (another extension, a web page's frame, the wrong kind of context).
import { describe, expect, it, vi } from 'vitest';
import { listener, senderKind, type Handlers, type SenderLike } from '../../../messaging/handle';
import { MessageError, send } from '../../../messaging/client';

const SELF = { id: 'abc', base: 'chrome-extension://abc/' };
const popup: SenderLike = { id: 'abc', url: 'chrome-extension://abc/popup.html' };
const viewerTab: SenderLike = { id: 'abc', url: 'chrome-extension://abc/viewer.html?file=x', tab: { id: 2 }, frameId: 0 };
const content: SenderLike = { id: 'abc', url: 'https://portal.example/claims', tab: { id: 3 }, frameId: 0 };

function deliver(handlers: Handlers, message: unknown, sender: SenderLike): Promise<{ handled: boolean; answer?: unknown }> {
  return new Promise((resolve) => {
    const handled = listener(handlers, SELF)(message, sender, (answer) => resolve({ handled: true, answer }));
    if (handled !== true) resolve({ handled: false });
  });
}

describe('senderKind', () => {
  it('tells the extension’s pages from its content scripts, and refuses everything else', () => {
    expect(senderKind(popup, SELF)).toBe('page');
    expect(senderKind(viewerTab, SELF)).toBe('page');
    expect(senderKind(content, SELF)).toBe('content');
    expect(senderKind({ ...content, id: 'other-extension' }, SELF)).toBeNull();
    expect(senderKind({ ...content, frameId: 7 }, SELF)).toBeNull(); // a frame the extension did not script
    expect(senderKind({ ...viewerTab, frameId: 7 }, SELF)).toBeNull(); // the viewer framed by a page
    expect(senderKind({ id: 'abc', url: 'https://portal.example/' }, SELF)).toBeNull(); // no tab: not a content script
    expect(senderKind({ id: 'abc', tab: { id: 1 } }, SELF)).toBeNull();
    expect(senderKind({ ...content, url: 'chrome://settings' }, SELF)).toBeNull();
  });
});

describe('listener', () => {
  it('runs the typed handler and wraps its value', async () => {
    const handlers: Handlers = { 'store:save-settings': vi.fn(async ({ patch }) => ({ ...patch }) as never) };
    expect(await deliver(handlers, { type: 'store:save-settings', patch: { countdown: 'latest' } }, popup)).toEqual({ handled: true, answer: { ok: true, value: { countdown: 'latest' } } });
  });

  it('leaves messages it has no handler for to other listeners', async () => {
    expect(await deliver({}, { type: 'get-page-notices' }, popup)).toEqual({ handled: false });
    expect(await deliver({}, null, popup)).toEqual({ handled: false });
    expect(await deliver({}, { type: 'no-such-type' }, popup)).toEqual({ handled: false });
  });

  it('turns a failing handler into { ok: false, error }', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { answer } = await deliver({ 'refresh-reminders': () => { throw new Error('boom'); } }, { type: 'refresh-reminders' }, popup);
    expect(answer).toEqual({ ok: false, error: 'boom' });
  });

  it('refuses a write from a content script and a probe message from an extension page, before the handler runs', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const write = vi.fn(async () => null);
    const probe = vi.fn(async () => ({ injected: true }));
    const handlers: Handlers = { 'store:delete-all': write, 'page-relevant': probe };
    expect((await deliver(handlers, { type: 'store:delete-all' }, content)).answer).toEqual({ ok: false, error: 'ClaimClock refused this request.' });
    expect((await deliver(handlers, { type: 'page-relevant' }, popup)).answer).toMatchObject({ ok: false });
    expect((await deliver(handlers, { type: 'store:delete-all' }, { ...popup, id: 'evil' })).answer).toMatchObject({ ok: false });
    expect(write).not.toHaveBeenCalled();
    expect(probe).not.toHaveBeenCalled();
  });
});

describe('send', () => {
  it('unwraps the value, and throws the receiver’s message as a MessageError', async () => {
    expect(await send('store:health', {}, async () => ({ ok: true, value: { ok: true, quarantined: [] } }))).toEqual({ ok: true, quarantined: [] });
    await expect(send('store:delete-all', {}, async () => ({ ok: false, error: 'Nothing was changed.' }))).rejects.toThrow(new MessageError('Nothing was changed.'));
    await expect(send('store:delete-all', {}, async () => undefined)).rejects.toThrow(/No answer/);
  });

  it('puts the type and the request’s fields in one envelope', async () => {
    const transport = vi.fn(async () => ({ ok: true, value: null }));
    await send('store:remove-site', { origin: 'https://a.example' }, transport);
    expect(transport).toHaveBeenCalledWith({ type: 'store:remove-site', origin: 'https://a.example' });
  });
});
