// A recorder of every network request in the browser, from every target: pages, extension pages, the extension's
// service worker and other workers. It speaks the Chrome DevTools Protocol over the browser's own WebSocket (a second
// client beside Playwright's pipe), attaches to each target as it appears and enables the Network domain there.
// Playwright's context.on('request') does not see service-worker fetches; this does.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';

export interface RecordedRequest {
  /** The target's type: 'page', 'service_worker', 'worker', 'iframe'… */
  target: string;
  /** The target's URL when the request was made (for an extension page: chrome-extension://…). */
  targetUrl: string;
  url: string;
}

export interface CdpRecorder {
  requests: RecordedRequest[];
  close(): Promise<void>;
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
}

/** The browser's DevTools WebSocket URL, from the DevToolsActivePort file Chromium writes into its profile. */
async function browserEndpoint(profileDir: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    try {
      const [port, path] = (await readFile(join(profileDir, 'DevToolsActivePort'), 'utf8')).trim().split('\n');
      if (port && path) return `ws://127.0.0.1:${port}${path}`;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Chromium wrote no DevToolsActivePort in ${profileDir}`);
}

/** Records into `requests` (shared across browser restarts) until close(). */
export async function recordNetwork(profileDir: string, requests: RecordedRequest[] = []): Promise<CdpRecorder> {
  const ws = new WebSocket(await browserEndpoint(profileDir), { perMessageDeflate: false });
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  const sessions = new Map<string, { type: string; url: string }>();
  let nextId = 1;
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    ws.send(JSON.stringify({ id: nextId++, method, params, ...(sessionId ? { sessionId } : {}) }));

  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as CdpMessage;
    const p = msg.params ?? {};
    switch (msg.method) {
      case 'Target.targetCreated': {
        const info = p.targetInfo as { targetId: string; type: string };
        if (info.type !== 'browser') send('Target.attachToTarget', { targetId: info.targetId, flatten: true });
        break;
      }
      case 'Target.attachedToTarget': {
        const session = p.sessionId as string;
        const info = p.targetInfo as { type: string; url: string };
        sessions.set(session, { type: info.type, url: info.url });
        send('Network.enable', {}, session);
        // workers a page starts are attached through the page's own session
        send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, session);
        send('Runtime.runIfWaitingForDebugger', {}, session);
        break;
      }
      case 'Target.targetInfoChanged': {
        const info = p.targetInfo as { targetId: string; type: string; url: string };
        for (const s of sessions.values()) if (s.type === info.type) s.url = s.url || info.url;
        break;
      }
      case 'Network.requestWillBeSent': {
        const target = sessions.get(msg.sessionId ?? '') ?? { type: 'unknown', url: '' };
        requests.push({ target: target.type, targetUrl: target.url, url: (p.request as { url: string }).url });
        break;
      }
      default:
        break;
    }
  });
  send('Target.setDiscoverTargets', { discover: true });
  return {
    requests,
    async close() {
      if (ws.readyState === WebSocket.CLOSED) return;
      const closed = new Promise((r) => ws.once('close', r));
      ws.close();
      await closed;
    },
  };
}
