// What "no network request leaves the machine" means in the tests, in one place. There is no allow-list: Chromium's
// own background traffic is switched off by the harness's flags, so anything the proxy records, or any request of any
// target (page, extension page, service worker) to a host other than 127.0.0.1, is a failure.
import { expect } from 'vitest';
import type { NetworkWatch } from './harness';

const LOCAL = /^(chrome-extension:|chrome:|devtools:|data:|blob:|about:|http:\/\/127\.0\.0\.1[:/])/;

export function externalRequests(net: NetworkWatch): string[] {
  const fromTargets = net.seen.filter((r) => !LOCAL.test(r.url)).map((r) => `${r.target} ${r.targetUrl}: ${r.url}`);
  return [...net.external.map((r) => `proxy: ${r}`), ...fromTargets];
}

export function expectNoExternalRequests(net: NetworkWatch) {
  expect(externalRequests(net)).toEqual([]);
}
