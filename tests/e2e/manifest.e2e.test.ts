// The built manifests (Chrome and Firefox, both MV3): least privilege at install, no remote code, nothing collected.
// Runs after `npm run build && npm run build:firefox` (npm test builds both before the e2e tests).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
}

const read = (target: string): Manifest => JSON.parse(readFileSync(join(ROOT, '.output', target, 'manifest.json'), 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('built manifest for %s', (target) => {
  const m = read(target);

  it('is Manifest V3', () => expect(m.manifest_version).toBe(3));

  it('asks for no host access at install: sites are optional, one at a time', () => {
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*']));
    expect(m.permissions).not.toContain('<all_urls>');
    expect(m.permissions).not.toContain('tabs');
  });

  it('warns about nothing but notifications at install: browsing history and "block content" are not asked for', () => {
    expect(m.permissions).not.toContain('webNavigation'); // "Read your browsing history": optional, asked for with the PDF redirect
    expect(m.permissions).not.toContain('declarativeNetRequest'); // "Block content on any page"
    expect(m.permissions).toContain('declarativeNetRequestWithHostAccess'); // only where a site was allowed: no warning
    expect(m.optional_permissions).toEqual(['webNavigation']);
  });

  it('loads no remote code: extension pages run only their own scripts', () => {
    const csp = m.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/https?:|(?<!wasm-)unsafe-eval|unsafe-inline/); // wasm-unsafe-eval: OCR's WebAssembly
  });
});

describe('Firefox', () => {
  it('declares that no data is collected', () => {
    expect(read('firefox-mv3').browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});

describe.each(['chrome-mv3', 'firefox-mv3'])('the probe that runs on every page of an allowed site, %s', (target) => {
  const probe = readFileSync(join(ROOT, '.output', target, 'content-scripts', 'probe.js'));

  it('stays under its budget of 5 KB gzip (docs/benchmarks.md)', () => {
    expect(gzipSync(probe).length).toBeLessThan(5 * 1024);
  });

  it('carries no validation library, no rules and no extraction model', () => {
    const code = probe.toString('utf8');
    for (const marker of ['ZodError', '4610.5', '"kinds"', 'Independent Medical Review (IMR)']) expect(code).not.toContain(marker);
  });
});
