// Sites widgets in the emulator, light and dark, checked on the portal side: the site settings change
// the site in the store; a block's texts change the block (landing.block.updatenodes) and the editor
// is asked to reload it (refreshBlock, the host's refreshed-blocks count).
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPortal, mainFrame } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
});

function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return answer.json();
  }, [method, params]);
}

async function openApp(page, placement, options, theme, widget) {
  await openPortal(page, { placement, options, theme });
  const frame = await mainFrame(page, null);
  await frame.waitForSelector(`[data-widget=${widget}]`, { state: 'attached', timeout: 30_000 });
  expect(await frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  return frame;
}

for (const theme of ['light', 'dark']) {
  test(`LANDING_SETTINGS (${theme}): the site's title is saved`, async ({ page }) => {
    const frame = await openApp(page, 'LANDING_SETTINGS', { SITE_ID: '30', LID: '30' }, theme, 'landing-settings');
    await expect(frame.locator('[data-testid=landing-title]')).not.toHaveValue('', { timeout: 20_000 });
    const title = `Acme Garden (${theme})`;
    await frame.locator('[data-testid=landing-title]').fill(title);
    await frame.locator('[data-testid=landing-save]').click();
    await expect(frame.locator('[data-testid=landing-saved]')).toBeVisible();
    const sites = (await rest(page, 'landing.site.getList', { params: { filter: { ID: 30 } } })).result;
    expect(sites[0].TITLE).toBe(title);
  });

  test(`LANDING_BLOCK_* (${theme}): the block's text is saved and the editor reloads it`, async ({ page }) => {
    const frame = await openApp(page, 'LANDING_BLOCK_*', { ID: '996', CODE: '43.4.cover_with_price_text_button_bgimg', LID: '30' }, theme, 'landing-block');
    const manifest = (await rest(page, 'landing.block.getmanifest', { lid: 30, block: 996 })).result;
    await expect(frame.locator('[data-testid=landing-node]')).toHaveCount(Object.keys(manifest.nodes).length, { timeout: 20_000 });
    await frame.locator('[data-testid=landing-node]').first().fill(`Summer sale (${theme})`);
    await frame.locator('[data-testid=landing-save]').click();
    await expect(frame.locator('[data-testid=landing-saved]')).toContainText('reloaded');
    await expect.poll(async () => (await page.evaluate(() => window.portal.state())).refreshedBlocks).toBe(1);
    const refresh = (await page.evaluate(() => window.portal.log('frame'))).filter((e) => e.command === 'refreshBlock');
    expect(refresh).toHaveLength(1);
    expect(refresh[0].args.id).toBe(996);
    // The server log spans the whole run: count this test's save only.
    const updates = (await page.evaluate(() => window.portal.serverLog(0)))
      .filter((e) => e.kind === 'rest' && e.data.method === 'landing.block.updatenodes' && JSON.stringify(e.data.params).includes(`(${theme})`));
    expect(updates, 'saved once').toHaveLength(1);
    expect(updates[0].data.status).toBe(200);
  });
}
