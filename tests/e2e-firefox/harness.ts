// End-to-end harness for the Firefox build: Debian's firefox-esr, headless, driven by puppeteer-core over WebDriver
// BiDi, with .output/firefox-mv3 installed as a temporary add-on (BiDi webExtension.install).
// - Firefox is started with --remote-allow-system-access: without it the remote agent refuses to navigate to
//   moz-extension:// pages and hides extension documents from script evaluation (Bug 1755014). With it the harness
//   also evaluates in the browser window ("chrome" scope), which is how it learns the add-on's moz-extension UUID
//   and grants optional permissions exactly as the Add-ons Manager does when the user allows them.
// - every non-loopback request goes to the recording proxy of the Chromium harness; close() fails the file if
//   anything left 127.0.0.1 (Firefox's own background traffic is switched off by prefs below, so there is no
//   allow-list).
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { recordingProxy, ROOT, type NetworkWatch } from '../e2e/harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built Firefox extension; CLAIMCLOCK_FIREFOX_EXTENSION overrides it. */
export const FIREFOX_EXTENSION_DIR = process.env.CLAIMCLOCK_FIREFOX_EXTENSION ?? join(ROOT, '.output/firefox-mv3');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** Fails with a message saying what to do: the Firefox tests are never skipped. */
export function checkPrerequisites(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox ESR not found at ${FIREFOX}: install it (apt-get install firefox-esr, as .ci/run does) or set FIREFOX_PATH`);
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox first`);
  }
}

/** The add-on id Firefox installs the build under (a temporary add-on needs one: wxt.config.ts sets it). */
export function geckoId(dir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** A fixed moz-extension UUID, given to Firefox through the extensions.webextensions.uuids pref. */
export const EXTENSION_UUID = '3c1a0c1e-4c1f-4a8e-9b7e-c1a1c10cf1f0';

// Firefox's own traffic off, so that any request the proxy records is one to explain. puppeteer-core's profile
// already points most services at unreachable hosts; these cover what is left in an ESR profile.
const QUIET_PREFS: Record<string, unknown> = {
  'app.normandy.enabled': false,
  'app.update.disabledForTesting': true,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.newtabpage.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.ping-centre.telemetry': false,
  'captivedetect.canonicalURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'services.settings.server': 'http://127.0.0.1:9/',
  'toolkit.telemetry.enabled': false,
};

export interface FirefoxHarness {
  browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** The moz-extension:// host of this install. */
  uuid: string;
  net: NetworkWatch;
  /** A new tab on a web page (waits for load). */
  page(url: string): Promise<Page>;
  /** A new tab on an extension page, e.g. 'popup.html?tab=3' (waits until its document has loaded). */
  extensionPage(path?: string): Promise<Page>;
  /** Runs `fn` in an extension page, where the WebExtension `browser` API is available. */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Sends a runtime message from an extension page (as the popup does) and returns the reply's value. */
  message<T = unknown>(message: unknown): Promise<T>;
  /** The tab id of a page, for messages that name a tab. */
  tabId(page: Page): Promise<number>;
  /** Grants optional permissions and origins the way the Add-ons Manager does when the user allows them. */
  grant(permissions: { permissions?: string[]; origins?: string[] }): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Test-only manifest change, applied to a temporary copy of the build (the real build is never touched). */
  patchManifest?(manifest: Record<string, unknown>): void;
}

export async function launchFirefoxExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  checkPrerequisites();
  const temp = await mkdtemp(join(tmpdir(), 'claimclock-firefox-'));
  let extensionDir = FIREFOX_EXTENSION_DIR;
  if (options.patchManifest) {
    extensionDir = join(temp, 'extension');
    await cp(FIREFOX_EXTENSION_DIR, extensionDir, { recursive: true });
    const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
    options.patchManifest(manifest);
    await writeFile(join(extensionDir, 'manifest.json'), JSON.stringify(manifest));
  }
  const extensionId = geckoId(extensionDir);
  const net: NetworkWatch = { external: [], seen: [] };
  const proxy = await recordingProxy(net);
  const ff = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1200, height: 800 },
    args: ['--remote-allow-system-access'],
    // Release builds ignore services.settings.server (below) unless this is set: without it Firefox fetches its
    // remote settings from firefox.settings.services.mozilla.com.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
      // everything but loopback goes through the recording proxy
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '127.0.0.1',
    },
  });
  let closed = false;
  const shutdown = async () => {
    if (closed) return;
    closed = true;
    await ff.close().catch(() => {});
    await proxy.close();
    await rm(temp, { recursive: true, force: true });
  };
  try {
    const installed = await ff.installExtension(extensionDir);
    if (installed !== extensionId) throw new Error(`Firefox installed the add-on as ${installed}, expected ${extensionId}`);
    const uuid = await inChrome<string>(ff, `WebExtensionPolicy.getByID(${JSON.stringify(extensionId)})?.mozExtensionHostname ?? ''`);
    if (!uuid) throw new Error(`Firefox has no running add-on ${extensionId}`);
    const base = `moz-extension://${uuid}/`;

    const extensionPage = async (path = 'popup.html') => {
      const page = await ff.newPage();
      await navigateExtensionPage(ff, page, base + path);
      return page;
    };
    let messenger: Promise<Page> | undefined;
    const inExtension = async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
      messenger ??= extensionPage('popup.html');
      return (await messenger).evaluate(fn as never, arg) as Promise<T>;
    };
    return {
      browser: ff, extensionId, uuid, net,
      async page(url) {
        const page = await ff.newPage();
        await page.goto(url);
        return page;
      },
      extensionPage,
      inExtension,
      async message<T>(message: unknown) {
        const reply = await inExtension((m) => browser.runtime.sendMessage(m), message) as { ok: boolean; value?: T; error?: string } | undefined;
        if (!reply?.ok) throw new Error(`${(message as { type?: string }).type}: ${reply?.error ?? 'no answer'}`);
        return reply.value as T;
      },
      async tabId(page) {
        const url = page.url();
        const id = await inExtension(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
        if (id < 0) throw new Error(`No tab with URL ${url}`);
        return id;
      },
      async grant({ permissions = [], origins = [] }) {
        await inChrome(ff, `(async () => {
          const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
          const policy = WebExtensionPolicy.getByID(${JSON.stringify(extensionId)});
          await ExtensionPermissions.add(policy.id, ${JSON.stringify({ permissions, origins })}, policy.extension);
          return '';
        })()`);
      },
      async close() {
        await new Promise((r) => setTimeout(r, 60)); // the last requests reach the proxy
        await shutdown();
        const leaked = net.external.map((r) => `proxy: ${r}`);
        if (leaked.length) throw new Error(`Requests left 127.0.0.1 during this test file:\n${leaked.join('\n')}`);
      },
    };
  } catch (err) {
    await shutdown();
    throw err;
  }
}

interface BidiSender {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
const bidi = (browser: Browser) => (browser as unknown as { connection: BidiSender }).connection;

/**
 * Evaluates `expression` in the browser window (privileged "chrome" scope, allowed by --remote-allow-system-access)
 * and returns its value, awaiting a promise. Only primitive results are returned.
 */
export async function inChrome<T>(browser: Browser, expression: string): Promise<T> {
  const tree = (await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('No browser window to evaluate in');
  const { result } = await bidi(browser).send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  const r = result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  if (r.type !== 'success') throw new Error(`chrome-scope evaluation failed: ${r.exceptionDetails?.text}`);
  return r.result?.value as T;
}

/** The BiDi browsing context id of a page (puppeteer's BidiFrame keeps it as _id). */
const frameId = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** Starts a navigation and returns at once (for a PDF the extension redirects, or an extension page). */
export async function startNavigation(browser: Browser, page: Page, url: string): Promise<void> {
  await bidi(browser).send('browsingContext.navigate', { context: frameId(page), url, wait: 'none' }).catch((err: unknown) => {
    // a redirect (tabs.update from the extension) replaced this navigation: that is what the caller waits for
    if (!/NS_BINDING_ABORTED/.test(String(err))) throw err;
  });
}

/**
 * Navigates a tab to a moz-extension:// page. The BiDi load events of extension documents are not reported, so
 * page.goto() would time out: navigate without waiting, then poll the document itself.
 */
export async function navigateExtensionPage(browser: Browser, page: Page, url: string): Promise<void> {
  await startNavigation(browser, page, url);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => null);
    if (state?.[0] === url && state[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${state?.join(' ') ?? 'nothing'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls `fn` until it returns a truthy value (or throws after `timeout` ms with `what`). */
export async function waitFor<T>(what: string, fn: () => Promise<T>, timeout = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Saves docs/screenshots/firefox-<name>.png (look at it: it is what a person would see in Firefox). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `firefox-${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}
