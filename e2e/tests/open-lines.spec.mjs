// The open-channel connector in the emulator, light and dark, checked on the portal side: the
// SETTING_CONNECTOR page activates the connector on the line and sets the channel's data (the store's
// imconnector.status says it works), and switches it off again; the CONTACT_CENTER tile opens the
// setup of a line and connects it.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPortal, mainFrame, appOrigin } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return answer.json();
  }, [method, params]);
}

test.beforeEach(async ({ page }) => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  // Every test starts with the connector off on the lines it uses.
  for (const LINE of [1, 3]) await rest(page, 'imconnector.activate', { CONNECTOR: 'b24_widgets', LINE, ACTIVE: 0 });
});

async function openApp(page, placement, options, theme, widget) {
  await openPortal(page, { placement, options, theme });
  const frame = await mainFrame(page, null);
  await frame.waitForSelector(`[data-widget=${widget}]`, { state: 'attached', timeout: 30_000 });
  expect(await frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  return frame;
}

const status = async (page, LINE) => (await rest(page, 'imconnector.status', { CONNECTOR: 'b24_widgets', LINE })).result;

for (const theme of ['light', 'dark']) {
  test(`SETTING_CONNECTOR (${theme}): connect and disconnect the line as the tutorial does`, async ({ page }) => {
    const options = { CONNECTOR: 'b24_widgets', LINE: '3', STATUS: false, ACTIVE_STATUS: true, CONNECTION_STATUS: false, REGISTER_STATUS: false, ERROR_STATUS: false };
    const frame = await openApp(page, 'SETTING_CONNECTOR', options, theme, 'connector-settings');
    await expect(frame.locator('[data-testid=connector-hint]')).toContainText('connect it to finish', { timeout: 20_000 });
    await frame.locator('[data-testid=connector-url]').fill('https://example.com/chat');
    await frame.locator('[data-testid=connector-connect]').click();
    await expect(frame.locator('[data-testid=connector-status][data-ok=true]')).toBeVisible();
    expect(await status(page, 3)).toMatchObject({ ACTIVE: true, CONFIGURED: true, STATUS: true });
    await frame.locator('[data-testid=connector-disconnect]').click();
    await expect(frame.locator('[data-testid=connector-status][data-ok=false]')).toBeVisible();
    expect((await status(page, 3)).ACTIVE).toBe(false);
  });
}

test('CONTACT_CENTER: the tile opens the setup of a line and connects it', async ({ page }) => {
  // The app registers its connector at install; a portal that already has it answers an error.
  await rest(page, 'imconnector.register', { ID: 'b24_widgets', NAME: 'Rust widgets', ICON: { DATA_IMAGE: 'data:image/svg+xml;base64,PHN2Zy8+' }, PLACEMENT_HANDLER: `${appOrigin()}/` });
  const frame = await openApp(page, 'CONTACT_CENTER', { ID: '717' }, 'light', 'contact-center');
  const lines = (await rest(page, 'imopenlines.config.list.get')).result;
  await expect(frame.locator('[data-testid=connector-lines] > li')).toHaveCount(lines.length, { timeout: 20_000 });
  await frame.locator('[data-testid=connector-open-setup]').first().click();
  await expect(frame.locator('[data-testid=connector-status]')).toContainText('Not active');
  await frame.locator('[data-testid=connector-connect]').click();
  await expect(frame.locator('[data-testid=connector-status][data-ok=true]')).toBeVisible();
  expect((await status(page, Number(lines[0].ID))).STATUS).toBe(true);
});
