// Fidelity check against a client nobody here wrote: @bitrix24/b24jssdk (MIT, pinned in
// package.json), loaded as its UMD bundle (global B24Js) in a page inside the emulator. If it
// initialises, calls REST, runs a batch, opens a path and receives a placement event, the emulator
// speaks the protocol the way the real portal does — not just the way our own BX24.js expects.
import { test, expect } from '@playwright/test';
import { openPortal, mainFrame, sdkUrl, portalOrigin, waitForLog } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

test('b24jssdk: initializeB24Frame, REST call, batch, openPath and a placement event round-trip', async ({ page }) => {
  await openPortal(page, { placement: 'CALENDAR_GRIDVIEW', options: { viewRangeFrom: '2026-07-26', viewRangeTo: '2026-09-06' }, app: sdkUrl(), lang: 'ru' });
  const frame = await mainFrame(page, 'sdk');

  const init = await frame.evaluate(() => window.sdk.init());
  expect(init.error).toBeUndefined();
  expect(init).toMatchObject({
    lang: 'ru',
    targetOrigin: portalOrigin(),
    placement: 'CALENDAR_GRIDVIEW',
    options: { viewRangeFrom: '2026-07-26', viewRangeTo: '2026-09-06' },
    isAdmin: true,
    hasToken: true,
  });
  expect(init.memberId).toMatch(/^[0-9a-f]{32}$/);

  // REST: JSON body to /rest/<method> (no .json) with a CORS preflight.
  const me = await frame.evaluate(() => window.sdk.call('user.current'));
  expect(me.error).toBeUndefined();
  expect(me.ok).toBe(true);
  expect(me.result.ID).toBeTruthy();

  // Batch (b24jssdk defaults to halt=1) with a $result reference.
  const batch = await frame.evaluate(() => window.sdk.batch({ me: ['user.current', {}], same: ['user.get', { ID: '$result[me][ID]' }] }));
  expect(batch.error).toBeUndefined();
  expect(batch.ok).toBe(true);
  expect(batch.data.me.ID).toBe(me.result.ID);
  expect(batch.data.same[0].ID).toBe(me.result.ID);

  // slider.openPath: width-selecting relative path + IFRAME=Y; resolves when the slider closes.
  const pending = frame.evaluate(() => window.sdk.openPath('/crm/deal/details/3/'));
  await expect.poll(() => page.evaluate(() => window.portal.sliders().map((s) => s.kind))).toEqual(['path']);
  const [slider] = await page.evaluate(() => window.portal.sliders());
  expect(slider.path).toContain('/crm/deal/details/3/');
  expect(slider.path).toContain('IFRAME=Y');
  await expect(page.locator('.slider-panel')).toContainText('CRM deal #3 card');
  await page.evaluate(() => window.portal.closeSlider());
  expect(await pending).toEqual({ isOpenAtNewWindow: false, isClose: true });

  // placement.getInterface / bindEvent; fire after b24jssdk's 900 ms isSafely window (§8 quirk).
  const iface = await frame.evaluate(() => window.sdk.getInterface());
  expect(iface.event).toContain('Calendar.customView:adjustToDate');
  expect(await frame.evaluate(() => window.sdk.bindEvent('Calendar.customView:adjustToDate'))).toBe(true);
  await expect.poll(() => page.evaluate(() => window.portal.boundEvents())).toEqual({ 'Calendar.customView:adjustToDate': 1 });
  // Not a synchronisation with our code: b24jssdk itself ignores events for 900 ms after binding
  // (a timer with nothing observable to wait on), so the test lets that window pass on the frame's clock.
  const boundAt = await frame.evaluate(() => performance.now());
  await frame.waitForFunction((t) => performance.now() - t >= 1000, boundAt);
  expect(await page.evaluate(() => window.portal.fireEvent('Calendar.customView:adjustToDate', '2026-08-15'))).toBe(1);
  await expect.poll(() => frame.evaluate(() => window.sdk.events())).toEqual([{ name: 'Calendar.customView:adjustToDate', payload: '2026-08-15' }]);
  await waitForLog(page, 'event', { event: 'Calendar.customView:adjustToDate', delivered: 1 });
});

test('b24jssdk: first-run setInstall, selectUser dialog reply and the theme reaching prefers-color-scheme', async ({ page }) => {
  // FIRST_RUN: b24jssdk sends setInstall {install:true} inside init() and waits for the answer.
  await openPortal(page, { app: sdkUrl(), theme: 'dark', params: { firstRun: 1 } });
  const frame = await mainFrame(page, 'sdk');
  expect((await frame.evaluate(() => window.sdk.init())).error).toBeUndefined();
  await waitForLog(page, 'reply', { command: 'setInstall', payload: { install: true } });
  expect(await frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  await page.evaluate(() => window.portal.set({ theme: 'light' }));
  await expect.poll(() => frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  const pending = frame.evaluate(() => window.sdk.selectUser());
  await expect.poll(() => page.evaluate(() => window.portal.picker() && window.portal.picker().kind)).toBe('user');
  const { items } = await page.evaluate(() => window.portal.pickerReady());
  const sent = await page.evaluate((id) => window.portal.choose([id]), items[0].id);
  expect(await pending).toEqual(sent);
});
