import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { viewerAssets } from './viewer/build-assets';

// One manifest for Chrome MV3 and Firefox MV3. Host access is optional only: the toolbar button
// scans the current tab through activeTab, and "Always scan this site" asks for that one origin.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: [],
  vite: () => ({ plugins: [preact()] }),
  // The PDF viewer's pdf.js font data and the offline OCR files (worker, wasm cores, eng/spa data), from node_modules.
  hooks: { 'build:publicAssets': (_wxt, files) => void files.push(...viewerAssets()) },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Install asks only "Display notifications" (docs/decisions/0007-permissions.md): declarativeNetRequestWithHostAccess
    // works only where the user allowed a site, so it warns about nothing; webNavigation ("Read your browsing
    // history") is asked for when the user turns on "Open PDF letters in ClaimClock" (options), not before.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications', 'declarativeNetRequestWithHostAccess'],
    optional_permissions: ['webNavigation'],
    optional_host_permissions: ['http://*/*', 'https://*/*', 'file:///*'],
    action: { default_title: 'ClaimClock' },
    // The PDF viewer, so a declarativeNetRequest redirect of a PDF response may land there (docs/decisions/0003).
    web_accessible_resources: [{ resources: ['viewer.html'], matches: ['http://*/*', 'https://*/*'] }],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected or transmitted: the data stays in extension storage.
            gecko: { id: 'claimclock@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
