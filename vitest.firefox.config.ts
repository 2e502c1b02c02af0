import { defineConfig } from 'vitest/config';

// End-to-end tests of the Firefox build: .output/firefox-mv3 in Debian's headless firefox-esr over WebDriver BiDi
// (puppeteer-core), one file at a time. The global setup fails the run, never skips it, when Firefox is missing.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.firefox.test.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
