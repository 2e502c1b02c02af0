// Shared end-to-end harness: the built extension in Debian's Chromium (new headless mode) via playwright-core.
// - launchExtension(): persistent context with --load-extension, extension id from the service worker URL;
// - serveFolder(): static files on 127.0.0.1, random port (node:http);
// - every request that leaves for another host goes to a recording proxy that refuses it (net.external), and every
//   request of every target (pages, extension pages, the service worker) is recorded over CDP (net.seen); close()
//   fails the test file if anything went anywhere but 127.0.0.1 or the extension itself (tests/e2e/network.ts);
// - popup(), inWorker(), screenshot() helpers.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { cp, mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Socket } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser as ExtensionBrowser } from 'wxt/browser';
import { localToday } from '../../rules/calendar';
import { recordNetwork, type CdpRecorder, type RecordedRequest } from './cdp-network';
import { externalRequests } from './network';

/** Code passed to evaluate() runs in the browser, where extension pages and the worker have `chrome`. */
declare global {
  const chrome: typeof ExtensionBrowser;
}

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');
/** The built extension; CLAIMCLOCK_EXTENSION overrides it (e.g. a build made elsewhere). */
export const EXTENSION_DIR = process.env.CLAIMCLOCK_EXTENSION ?? join(ROOT, '.output/chrome-mv3');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.png': 'image/png',
};

export interface StaticServer {
  origin: string; // http://127.0.0.1:PORT
  url(path: string): string;
  close(): Promise<void>;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The local calendar date `days` from `today`. */
export function shiftDate(days: number, today = new Date()): Date {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
}
export const isoDate = (d: Date) => localToday(d);

/** Pages say '{{today-2}}' for a date two days ago ('March 4, 2026'), so countdowns in tests never go stale. */
export function relativeDates(text: string, today = new Date()): string {
  return text.replace(/\{\{today([+-]\d+)?\}\}/g, (_, n: string | undefined) => {
    const d = shiftDate(Number(n ?? 0), today);
    return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
  });
}

/** Serves `dir` on 127.0.0.1 on a random free port; HTML goes through relativeDates(). */
export async function serveFolder(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      const body = await readFile(file);
      res.end(extname(file) === '.html' ? relativeDates(body.toString('utf8')) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const port = await listen(server);
  const origin = `http://127.0.0.1:${port}`;
  return { origin, url: (p) => `${origin}/${p.replace(/^\//, '')}`, close: () => closeServer(server) };
}

function listen(server: Server): Promise<number> {
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok((server.address() as { port: number }).port)));
}
function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((ok) => server.close(() => ok()));
}

export interface NetworkWatch {
  /** Every request that tried to leave 127.0.0.1: 'CONNECT host:443' or 'GET http://host/path'. */
  external: string[];
  /** Every request of every target, recorded over CDP (the service worker's included). */
  seen: RecordedRequest[];
}

/** A proxy that records and refuses everything: Chromium sends all non-loopback traffic here. */
export async function recordingProxy(watch: NetworkWatch): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req: IncomingMessage, res) => {
    watch.external.push(`${req.method} ${req.url}`);
    res.writeHead(403).end('blocked by the ClaimClock e2e harness');
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    watch.external.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  const port = await listen(server);
  return { port, close: () => closeServer(server) };
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  net: NetworkWatch;
  /** Where the loaded copy of the extension lives (a patched copy when a manifest patch was given). */
  extensionDir: string;
  page(url: string): Promise<Page>;
  popup(path?: string): Promise<Page>;
  inWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Sends a runtime message from an extension page (as the popup does) and returns the reply's value (throws its error). */
  message<T = unknown>(message: unknown): Promise<T>;
  /** The tab id of a page, for messages that name a tab. */
  tabId(page: Page): Promise<number>;
  /** Closes the browser and starts it again on the same profile and extension copy (a new browser session). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Test-only manifest change, applied to a temporary copy of the build (the real build is never touched). */
  patchManifest?(manifest: Record<string, unknown>): void;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run npx wxt build first`);
  const temp = await mkdtemp(join(tmpdir(), 'claimclock-e2e-'));
  let extensionDir = EXTENSION_DIR;
  if (options.patchManifest) {
    extensionDir = join(temp, 'extension');
    await cp(EXTENSION_DIR, extensionDir, { recursive: true });
    const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
    options.patchManifest(manifest);
    await writeFile(join(extensionDir, 'manifest.json'), JSON.stringify(manifest));
  }
  const net: NetworkWatch = { external: [], seen: [] };
  const proxy = await recordingProxy(net);
  let recorder: CdpRecorder | null = null;
  const start = async () => {
    const context = await chromium.launchPersistentContext(join(temp, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1200, height: 800 },
      args: [
        '--headless=new',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        '--proxy-bypass-list=<-loopback>;127.0.0.1', // only the test server is reached directly
        '--remote-debugging-port=0', // a second DevTools client records every target's requests (cdp-network.ts)
        // Chromium's own traffic, off, so that any request the proxy sees is one to explain (no allow-list):
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-domain-reliability', '--no-pings',
        '--disable-client-side-phishing-detection', '--disable-breakpad', '--metrics-recording-only', '--no-service-autorun',
        '--disable-component-extensions-with-background-pages', '--disable-extensions-http-throttling', '--safebrowsing-disable-auto-update',
        '--password-store=basic', '--use-mock-keychain', '--disable-search-engine-choice-screen',
        '--disable-features=Translate,OptimizationHints,OptimizationGuideModelDownloading,MediaRouter,NetworkTimeServiceQuerying,AutofillServerCommunication,CertificateTransparencyComponentUpdater,SignInProfileCreation,DialMediaRouteProvider',
        // Debian's Chromium still runs its component updater and the Google-account check despite the switches above:
        // both are pointed at the discard port on this machine, so they cannot reach the network (docs/security.md)
        '--component-updater=url-source=http://127.0.0.1:9/', '--gaia-url=http://127.0.0.1:9/',
      ],
    });
    recorder = await recordNetwork(join(temp, 'profile'), net.seen);
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
      ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    return { context, worker };
  };
  let { context, worker } = await start();
  const extensionId = new URL(worker.url()).host;
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };
  let messenger: Promise<Page> | undefined;
  const harness: Harness = {
    context, extensionId, worker, net, extensionDir,
    page: open,
    popup: (path = 'popup.html') => open(`chrome-extension://${extensionId}/${path}`),
    inWorker: (fn, arg) => currentWorker(context, extensionId, worker).evaluate(fn as never, arg) as never,
    async message<T>(message: unknown) {
      messenger ??= open(`chrome-extension://${extensionId}/popup.html`);
      const reply = (await (await messenger).evaluate((m) => chrome.runtime.sendMessage(m), message)) as { ok: boolean; value?: T; error?: string } | undefined;
      if (!reply?.ok) throw new Error(`${(message as { type?: string }).type}: ${reply?.error ?? 'no answer'}`);
      return reply.value as T;
    },
    async tabId(page: Page) {
      const url = page.url();
      const id = await currentWorker(context, extensionId, worker).evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
        url,
      );
      if (id < 0) throw new Error(`No tab with URL ${url}`);
      return id;
    },
    async restart() {
      await recorder?.close();
      await context.close();
      messenger = undefined;
      ({ context, worker } = await start());
      harness.context = context;
      harness.worker = worker;
    },
    async close() {
      await new Promise((r) => setTimeout(r, 60)); // the last requests reach the recorder
      await recorder?.close();
      await context.close();
      await proxy.close();
      await rm(temp, { recursive: true, force: true });
      // every e2e file closes its harness: a request that left the machine fails that file here
      const leaked = externalRequests(net);
      if (leaked.length) throw new Error(`Requests left 127.0.0.1 during this test file:\n${leaked.join('\n')}`);
    },
  };
  return harness;
}

/** The worker may have been stopped and restarted: evaluate in the live one. */
function currentWorker(context: BrowserContext, id: string, fallback: Worker): Worker {
  return context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${id}/`)).at(-1) ?? fallback;
}

/** Saves a PNG in tests/e2e/artifacts/ (look at it: it is what a person would see). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
