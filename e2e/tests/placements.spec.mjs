// Placement-specific parent commands and their simulated portal state (frame-protocol.md §6,
// placements.md §4): user field value, messenger textarea object messages, the background worker's
// call card, CRM search results, DEFAULT's empty interface, and the deny-rule modes.
import { test, expect } from '@playwright/test';
import { openPortal, mainFrame, probeUrl, waitForLog } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

test('USERFIELD_TYPE: setValue takes the value itself, getValue returns it, resize applies the height only', async ({ page }) => {
  await openPortal(page, { placement: 'USERFIELD_TYPE', app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  expect(await frame.evaluate(() => window.probe.placementCall('getValue'))).toBeNull();
  expect(await frame.evaluate(() => window.probe.placementCall('setValue', { colour: 'green', n: 2 }))).toEqual([]);
  expect(await frame.evaluate(() => window.probe.placementCall('getValue'))).toEqual({ colour: 'green', n: 2 });
  expect((await page.evaluate(() => window.portal.state())).userfieldValue).toEqual({ colour: 'green', n: 2 });
  const before = await page.evaluate(() => window.portal.frameSize());
  expect(await frame.evaluate(() => window.probe.resize(50, 140))).toEqual({ width: before.width, height: 140 });
  expect(await frame.evaluate(() => window.probe.getInterface())).toEqual({ command: ['setValue', 'getValue', 'resizeWindow'], event: [] });
});

test('IM_TEXTAREA: im:* object messages read and write the simulated textarea; no requestId, no reply', async ({ page }) => {
  await openPortal(page, { placement: 'IM_TEXTAREA', app: probeUrl() });
  const frame = await mainFrame(page);
  await page.evaluate(() => window.portal.textarea('Hello'));
  // b24jssdk puts requestId next to params (not inside); the parent reads it from either place.
  expect(await frame.evaluate(() => window.probe.rawObject('im:getImTextareaContent', '', 'r1'))).toEqual([{ requestId: 'r1', text: 'Hello' }]);
  expect(await frame.evaluate(() => window.probe.rawObject('im:setImTextareaContent', { text: 'world', withNewLine: true }, 'r2'))).toEqual([{ requestId: 'r2', success: true }]);
  expect(await page.evaluate(() => window.portal.textarea())).toBe('Hello\nworld');
  expect(await frame.evaluate(() => window.probe.rawObject('im:setImTextareaContent', { text: 'replaced', replace: true, requestId: 'r3' }))).toEqual([{ requestId: 'r3', success: true }]);
  expect(await page.evaluate(() => window.portal.textarea())).toBe('replaced');
  // The other reading of the command name (§10 item 9) is accepted too.
  expect(await frame.evaluate(() => window.probe.rawObject('im:setTextareaContent', { text: '!' }, 'r4'))).toEqual([{ requestId: 'r4', success: true }]);
  expect(await frame.evaluate(() => window.probe.rawObject('im:getImTextareaContent', ''))).toEqual([]);
  await waitForLog(page, 'drop', { reason: 'no requestId', command: 'im:getImTextareaContent' });
  // Not placement.call commands: getInterface does not list them.
  expect(await frame.evaluate(() => window.probe.raw('getInterface', {}))).toEqual([{ command: [], event: [] }]);
});

test('PAGE_BACKGROUND_WORKER: hidden frame, "Call card is undefined" until a card is raised, then CallCard* drive it', async ({ page }) => {
  await openPortal(page, { placement: 'PAGE_BACKGROUND_WORKER', app: probeUrl() });
  await expect(page.locator('.app-frame-layout.hidden-frame')).toHaveCount(1);
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  expect(await frame.evaluate(() => window.probe.placementCall('CallCardSetMute', { muted: true }))).toEqual([{ result: 'error', errorCode: 'Call card is undefined' }]);
  const states = await frame.evaluate(() => window.probe.placementCall('CallCardGetListUiStates', {}));
  expect(states).toHaveLength(12);
  expect(states).toContain('connected');
  await frame.evaluate(() => window.probe.bindEvent('BackgroundCallCard::initialized'));
  await expect.poll(() => page.evaluate(() => window.portal.boundEvents())).toEqual({ 'BackgroundCallCard::initialized': 1 });
  const card = await page.evaluate(() => window.portal.raiseCallCard({ PHONE_NUMBER: '+49301111' }));
  await expect.poll(() => frame.evaluate(() => window.probe.events().length)).toBe(1);
  expect((await frame.evaluate(() => window.probe.events()))[0].payload).toMatchObject({ CALL_ID: card.CALL_ID, PHONE_NUMBER: '+49301111' });
  expect(await frame.evaluate(() => window.probe.placementCall('CallCardSetUiState', { uiState: 'bogus' }))).toEqual([{ result: 'error', errorCode: 'Invalid ui state' }]);
  expect(await frame.evaluate(() => window.probe.placementCall('CallCardSetUiState', { uiState: 'connected' }))).toEqual([]);
  expect(await frame.evaluate(() => window.probe.placementCall('CallCardSetCardTitle', { title: 'Acme call' }))).toEqual([]);
  expect((await page.evaluate(() => window.portal.state())).callCard).toMatchObject({ uiState: 'connected', title: 'Acme call', timer: true });
  // CallCardStopTimer answers nothing on success.
  expect(await frame.evaluate(() => window.probe.raw('CallCardStopTimer', {}))).toEqual([]);
  expect((await page.evaluate(() => window.portal.state())).callCard.timer).toBe(false);
});

test('CRM_DETAIL_SEARCH: results shown by the portal, onCrmEntityIsNeedToCreate delivered', async ({ page }) => {
  await openPortal(page, { placement: 'CRM_DETAIL_SEARCH', app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  const data = [{ id: '1', name: 'Acme GmbH', phone: '+49301234' }];
  expect(await frame.evaluate((d) => window.probe.placementCall('crmShowFoundEntities', { data: d }), data)).toEqual([]);
  expect((await page.evaluate(() => window.portal.state())).found).toEqual(data);
  await expect(page.locator('#stage')).toContainText('Acme GmbH');
  await frame.evaluate(() => window.probe.bindEvent('onCrmEntityIsNeedToCreate'));
  await expect.poll(() => page.evaluate(() => window.portal.boundEvents())).toEqual({ onCrmEntityIsNeedToCreate: 1 });
  await page.evaluate(() => window.portal.fireEvent('onCrmEntityIsNeedToCreate', { data: { searchQuery: 'Acme' } }));
  await expect.poll(() => frame.evaluate(() => window.probe.events().map((e) => e.payload))).toEqual([{ data: { searchQuery: 'Acme' } }]);
});

test('DEFAULT: empty interface, placementBindEvent ignored; modern deny rules let a placement set the title', async ({ page }) => {
  await openPortal(page, { app: probeUrl() });
  const frame = await mainFrame(page);
  expect(await frame.evaluate(() => window.probe.raw('getInterface', {}))).toEqual([{ command: [], event: [] }]);
  expect(await frame.evaluate(() => window.probe.raw('placementBindEvent', { event: 'x' }))).toEqual([]);
  await waitForLog(page, 'drop', { reason: 'unknown', command: 'placementBindEvent' });

  await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '5' }, app: probeUrl() });
  const tab = await mainFrame(page);
  expect(await tab.evaluate(() => window.probe.raw('setTitle', { title: 'Deal tools' }))).toEqual([{ title: 'Deal tools' }]);
  await expect(page.locator('#pagetitle')).toHaveText('Deal tools');
  expect(await tab.evaluate(() => window.probe.raw('setScroll', { scroll: 0 }))).toEqual([{ scroll: 0 }]);
  expect(await tab.evaluate(() => window.probe.raw('reloadData', {}))).toEqual([null]);
});

test('BI_ANALYTICS_MENU: a plain GET of the handler URL, no tokens and no window.name identity', async ({ page }) => {
  await openPortal(page, { placement: 'BI_ANALYTICS_MENU', app: probeUrl() });
  let frame = null;
  await expect.poll(() => {
    frame = page.frames().find((f) => f.url().startsWith(probeUrl())) || null;
    return frame !== null;
  }).toBe(true);
  await frame.waitForFunction(() => document.readyState === 'complete');
  expect(await frame.evaluate(() => ({ name: window.name, search: location.search, bx24: window.BX24 }))).toEqual({ name: '', search: '', bx24: null });
});
