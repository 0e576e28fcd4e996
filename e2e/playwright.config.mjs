// Playwright configuration for the browser end-to-end tests through the portal emulator.
// Never downloads a browser: Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_BIN) with the flags a
// machine without outside network needs (no background networking, no component updates, no sync:
// otherwise Chromium keeps dialling hosts it cannot reach). One emulator (global-setup.mjs) serves every test, so tests
// run serially in one worker (they also switch shared state such as faults).
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./summary-reporter.mjs']],
  globalSetup: './global-setup.mjs',
  outputDir: './test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    // No prefers-color-scheme emulation: the host page's theme must reach the app frame through the
    // CSS color-scheme of the iframe element (Playwright's default 'light' emulation would override it).
    colorScheme: null,
    launchOptions: {
      executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
