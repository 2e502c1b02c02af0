// What "no network request leaves the machine" means in the tests, in one place.
import { expect } from 'vitest';
import type { NetworkWatch } from './harness';

/**
 * Chromium's own services that the command-line switches do not silence (sign-in and component/extension
 * updater pings): they come from the browser process, not from the extension. The proxy still records them;
 * only these exact hosts are set aside, and every request a page, extension page or worker made (Playwright's
 * view, net.seen) must stay on 127.0.0.1 or inside the extension whatever its host.
 */
export const CHROMIUM_OWN_HOSTS = ['accounts.google.com', 'update.googleapis.com', 'clients2.google.com', 'optimizationguide-pa.googleapis.com'];

export function externalRequests(net: NetworkWatch): string[] {
  const fromBrowser = net.external.filter((r) => !CHROMIUM_OWN_HOSTS.some((h) => r.includes(`${h}:`) || r.includes(`//${h}/`)));
  const fromPages = net.seen.filter((u) => !/^(chrome-extension:|data:|blob:|about:|http:\/\/127\.0\.0\.1[:/])/.test(u));
  return [...fromBrowser, ...fromPages];
}

export function expectNoExternalRequests(net: NetworkWatch) {
  expect(externalRequests(net)).toEqual([]);
}
