// Smoke test of the real app ($APP_DIST, default ../dist, built with `trunk build --release --offline`)
// inside the emulator: it must boot in DEFAULT and CRM_DEAL_DETAIL_TAB and show something other than
// an error screen, under the production security headers (CSP with frame-ancestors = the host page).
// Skipped with a clear message while the app is not built.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPortal, mainFrame } from '../helpers.mjs';

const distIndex = () => join(process.env.APP_DIST_DIR || '', 'index.html');

/** Failure screens of the app (src/screens.rs, index.html's fallback). */
const ERROR_SCREENS = '[data-testid="load-failed"], [data-testid="not-in-frame"], [data-testid="init-timeout"], [data-testid="boot-failed"], .b-screen--error';

test.describe.configure({ mode: 'serial' });

test.beforeEach(() => {
  test.skip(!existsSync(distIndex()), `the app is not built: ${distIndex()} does not exist (run \`trunk build --release --offline\` in the repository root, or set APP_DIST)`);
});

for (const [placement, options] of [['DEFAULT', {}], ['CRM_DEAL_DETAIL_TAB', { ID: '1' }]]) {
  test(`the app boots in ${placement} and shows no error screen`, async ({ page }) => {
    await openPortal(page, { placement, options });
    const frame = await mainFrame(page, null);
    // The app replaced its boot splash and the "booting" skeleton with real content.
    await expect.poll(() => frame.evaluate(() => !document.getElementById('boot-splash') && !document.querySelector('[data-testid="booting"]')), { timeout: 30_000 }).toBe(true);
    // Something visible rendered (not a blank frame), and it is not one of the failure screens.
    await expect.poll(async () => (await frame.locator('body').innerText()).trim().length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await frame.locator(ERROR_SCREENS).count()).toBe(0);
    // It talked to the portal: the handshake happened through the offline BX24.js.
    const frames = await page.evaluate(() => window.portal.log('frame').map((e) => e.command));
    expect(frames).toContain('getInitData');
  });
}

// Separate from the boot check on purpose: the emulator serves the app with the production CSP
// (`style-src 'self'`, no 'unsafe-inline'), so a blocked inline style here is blocked in production too.
// Fix in the app: set dynamic styles through CSSOM (Leptos `style:prop=`), not a `style="…"` attribute.
test('the app runs under the production CSP without violations (DEFAULT, CRM_DEAL_DETAIL_TAB)', async ({ page }) => {
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const [placement, options] of [['DEFAULT', {}], ['CRM_DEAL_DETAIL_TAB', { ID: '1' }]]) {
    await openPortal(page, { placement, options });
    const frame = await mainFrame(page, null);
    await expect.poll(async () => (await frame.locator('body').innerText()).trim().length, { timeout: 30_000 }).toBeGreaterThan(0);
    // Rendering is over (no splash, no skeleton, nothing busy): every style the widget applies is applied.
    await expect.poll(() => frame.evaluate(() => !document.getElementById('boot-splash')
      && !document.querySelector('[data-testid=skeleton], [data-testid=booting], [aria-busy=true]')
      && !!document.querySelector('[data-family]')), { timeout: 30_000 }).toBe(true);
  }
  expect(violations, 'CSP violations (each is broken in production too)').toEqual([]);
});
