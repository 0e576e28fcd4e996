// The emulator as a fresh portal (`&fresh=1`): the app is not installed and nothing is bound, so an
// admin opening the app gets INSTALL=true, and the placement picker offers what a portal would show:
// DEFAULT only, then, once installFinish marked the app installed, exactly what the app registered.
// Uses the probe page, so it runs without the app being built.
import { test, expect } from '@playwright/test';
import { openPortal, mainFrame, probeUrl } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

/** A REST call with a host-side token, as another client of the portal (here: the app's installer). */
function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return { status: answer.status, body: await answer.json() };
  }, [method, params]);
}

// Leave the portal as every other spec expects it: installed, nothing bound.
test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  await page.evaluate(() => fetch('/emulator/api/app/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"installed":true}' }));
  await page.close();
});

test('a fresh portal: INSTALL for the admin, DEFAULT only, then what the app bound once installed', async ({ page }) => {
  await openPortal(page, { app: probeUrl(), params: { fresh: 1 } });
  const frame = await mainFrame(page);
  const [init] = await frame.evaluate(() => window.probe.raw('getInitData'));
  expect(init.INSTALL, 'an admin opening a not-installed app gets the install page').toBe(true);
  expect(await page.evaluate(() => window.portal.pickerCodes())).toEqual(['DEFAULT']);
  expect((await rest(page, 'placement.get')).body.result).toEqual([]);

  // The installer binds two widgets; the portal keeps them hidden until the install finished.
  const handler = `${new URL(probeUrl()).origin}/`;
  for (const code of ['CALL_CARD', 'CRM_DEAL_DETAIL_TAB']) {
    const bound = await rest(page, 'placement.bind', { PLACEMENT: code, HANDLER: handler, TITLE: code });
    expect(bound, code).toMatchObject({ status: 200, body: { result: true } });
  }
  const twice = await rest(page, 'placement.bind', { PLACEMENT: 'CALL_CARD', HANDLER: handler });
  expect(twice).toMatchObject({ status: 400, body: { error_description: 'Handler already binded' } });
  await page.evaluate(() => window.portal.refreshRegistrations());
  expect(await page.evaluate(() => window.portal.pickerCodes())).toEqual(['DEFAULT']);

  await frame.evaluate(() => window.probe.init());
  const before = await page.evaluate(() => window.portal.placement());
  await frame.evaluate(() => BX24.installFinish());
  await expect.poll(() => page.evaluate(() => window.portal.placement().loads)).toBe(before.loads + 1);
  await expect.poll(() => page.evaluate(() => window.portal.pickerCodes())).toEqual(['DEFAULT', 'CRM_DEAL_DETAIL_TAB', 'CALL_CARD']);
  const [after] = await (await mainFrame(page)).evaluate(() => window.probe.raw('getInitData'));
  expect(after.INSTALL).toBe(false);
  expect((await page.evaluate(() => fetch('/emulator/api/state').then((r) => r.json()))).installed).toBe(true);
});

test('the developer switch lists every placement again; a deep link keeps the choice', async ({ page }) => {
  await openPortal(page, { app: probeUrl(), params: { fresh: 1 } });
  expect(await page.evaluate(() => window.portal.pickerCodes())).toEqual(['DEFAULT']);
  await openPortal(page, { app: probeUrl(), params: { all: 1 } });
  const all = await page.evaluate(() => window.portal.pickerCodes());
  expect(all.length).toBeGreaterThan(100);
  expect(all).toContain('CRM_DYNAMIC_183_DETAIL_TAB');
  await openPortal(page, { app: probeUrl(), params: { all: 0 } });
  expect(await page.evaluate(() => window.portal.pickerCodes())).toEqual(['DEFAULT']);
  expect(new URL(page.url()).searchParams.get('all')).toBe('0');
});
