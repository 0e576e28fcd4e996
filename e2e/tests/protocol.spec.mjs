// Protocol tests: the emulator's parent side against the offline BX24.js, through a probe page
// loaded exactly like the app (POST form into a named iframe on the app origin).
import { test, expect } from '@playwright/test';
import { openPortal, mainFrame, frameBySid, probeUrl, portalOrigin, appOrigin, pageLog, waitForLog, serverLog } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => console.log(`[host page error] ${error.message}`));
});

test('two origins: the frame is posted to the app origin with the portal identity in window.name', async ({ page }) => {
  const layout = await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '5' }, app: probeUrl() });
  const frame = await mainFrame(page);
  const where = await frame.evaluate(() => window.probe.where());
  const host = new URL(portalOrigin()).host;
  expect(where.origin).toBe(appOrigin());
  expect(where.origin).not.toBe(portalOrigin());
  expect(where.name).toBe(`${host}|0|${layout.sid}`);
  expect(layout.sid).toMatch(/^[0-9a-f]{32}$/);
  const query = new URLSearchParams(where.search);
  expect(Object.fromEntries(query.entries())).toEqual({ DOMAIN: host, PROTOCOL: '0', LANG: 'en', APP_SID: layout.sid });
  const iframe = page.locator(`iframe[name$="|${layout.sid}"]`);
  await expect(iframe).toHaveAttribute('allow', 'geolocation *; microphone *; camera *; autoplay *;');
  expect(await page.locator(`#appframe_layout_${layout.sid}`).count()).toBe(1);
});

test('getInitData answers every documented field with the documented types', async ({ page }) => {
  await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '5' }, app: probeUrl(), lang: 'de', params: { firstRun: 1 } });
  const frame = await mainFrame(page);
  const [init] = await frame.evaluate(() => window.probe.raw('getInitData'));
  expect(Object.keys(init).sort()).toEqual(['APP_OPTIONS', 'AUTH_EXPIRES', 'AUTH_ID', 'DOMAIN', 'FIRST_RUN', 'INSTALL', 'IS_ADMIN', 'LANG',
    'MEMBER_ID', 'PATH', 'PLACEMENT', 'PLACEMENT_OPTIONS', 'PROTOCOL', 'REFRESH_ID', 'USER_OPTIONS'].sort());
  expect(init.LANG).toBe('de');
  expect(init.DOMAIN).toBe(new URL(portalOrigin()).host);
  expect(init.PROTOCOL).toBe(0);
  expect(init.PATH).toBe('/rest');
  expect(init.AUTH_ID).toMatch(/^[0-9a-f]{32}$/);
  expect(init.REFRESH_ID).toMatch(/^[0-9a-f]{32}$/);
  expect(init.AUTH_EXPIRES).toBe('3600');
  expect(init.MEMBER_ID).toMatch(/^[0-9a-f]{32}$/);
  expect(typeof init.FIRST_RUN).toBe('boolean');
  expect(init.IS_ADMIN).toBe(true);
  expect(typeof init.INSTALL).toBe('boolean');
  expect(typeof init.USER_OPTIONS).toBe('object');
  expect(typeof init.APP_OPTIONS).toBe('object');
  expect(init.PLACEMENT).toBe('CRM_DEAL_DETAIL_TAB');
  expect(init.PLACEMENT_OPTIONS).toEqual({ ID: '5' });
  // BX24.js asked first (FIRST_RUN was on), so our raw ask sees FIRST_RUN false.
  expect(init.FIRST_RUN).toBe(false);

  const ready = await frame.evaluate(() => window.probe.init());
  expect(ready.lang).toBe('de');
  expect(ready.placement).toEqual({ placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '5' } });
  expect(ready.auth.domain).toBe(new URL(portalOrigin()).host);
  expect(ready.auth.expires_in).toBeGreaterThan(Date.now());
  // Tokens never reach the logs.
  const text = JSON.stringify(await serverLog(page)) + JSON.stringify(await pageLog(page));
  expect(text).not.toContain(init.AUTH_ID);
  expect(text).not.toContain(init.REFRESH_ID);
  expect(text).toContain('getInitData');
});

test('REST: BX24.callMethod (/rest/m.json, form body) and a JSON call without .json both work', async ({ page }) => {
  await openPortal(page, { app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  const me = await frame.evaluate(() => window.probe.call('user.current'));
  expect(me.error).toBeNull();
  expect(me.status).toBe(200);
  expect(me.data.ID).toBeTruthy();
  expect(me.time).toHaveProperty('duration');
  const plain = await frame.evaluate(() => window.probe.fetchRest('user.current'));
  expect(plain.status).toBe(200);
  expect(plain.body.result.ID).toBe(me.data.ID);
  const list = await frame.evaluate(() => window.probe.call('user.get', {}));
  expect(Array.isArray(list.data)).toBe(true);
  expect(list.total).toBeGreaterThan(0);
  const missing = await frame.evaluate(() => window.probe.call('no.such.method', {}));
  expect(missing.errorCode).toBeTruthy();
  const rest = await serverLog(page, 'rest');
  expect(rest.length).toBeGreaterThan(0);
  expect(JSON.stringify(rest)).not.toContain((await frame.evaluate(() => window.probe.auth())).access_token);
});

test('batch with a $result reference', async ({ page }) => {
  await openPortal(page, { app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  const results = await frame.evaluate(() => window.probe.batch({
    me: ['user.current', {}],
    same: { method: 'user.get', params: { ID: '$result[me][ID]' } },
  }));
  expect(results.me.error).toBeNull();
  expect(results.same.error).toBeNull();
  expect(results.same.data[0].ID).toBe(results.me.data.ID);
  const asArray = await frame.evaluate(() => window.probe.batch([['user.current', {}], ['no.such.method', {}]]));
  expect(asArray[0].data.ID).toBeTruthy();
  expect(asArray[1].errorCode).toBeTruthy();
});

test('openPath: an allowed path opens a slider and answers close; other paths PATH_NOT_AVAILABLE', async ({ page }) => {
  await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '5' }, app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  const refused = await frame.evaluate(() => window.probe.openPath('/settings/configs/'));
  expect(refused).toEqual({ result: 'error', errorCode: 'PATH_NOT_AVAILABLE' });
  expect(await page.evaluate(() => window.portal.sliders())).toEqual([]);

  const pending = frame.evaluate(() => window.probe.openPath('/crm/deal/details/5/'));
  await expect.poll(() => page.evaluate(() => window.portal.sliders().map((s) => s.kind))).toEqual(['path']);
  const [slider] = await page.evaluate(() => window.portal.sliders());
  expect(slider.path).toBe('/crm/deal/details/5/');
  await expect(page.locator('.slider-panel')).toContainText('CRM deal #5 card');
  await page.evaluate(() => window.portal.closeSlider());
  expect(await pending).toEqual({ result: 'close' });
});

test('openApplication opens the app in a slider (DEFAULT, params minus bx24_*) and answers on close', async ({ page }) => {
  await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '5' }, app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  let closed = false;
  const pending = frame.evaluate(() => window.probe.openApplication({ view: 'details', id: 7 }, { width: 640, title: 'Details' }))
    .then((r) => { closed = true; return r; });
  await expect.poll(() => page.evaluate(() => window.portal.sliders().length)).toBe(1);
  // The slider's layout (and its APP_SID) is created right after the panel.
  await expect.poll(() => page.evaluate(() => window.portal.sliders()[0].sid)).toBeTruthy();
  const [slider] = await page.evaluate(() => window.portal.sliders());
  expect(slider).toMatchObject({ kind: 'app', title: 'Details', placement: 'DEFAULT', options: { view: 'details', id: 7 }, width: 640 });
  const sliderFrame = await frameBySid(page, slider.sid);
  await sliderFrame.waitForFunction(() => window.probe !== undefined);
  const [init] = await sliderFrame.evaluate(() => window.probe.raw('getInitData'));
  expect(init.PLACEMENT).toBe('DEFAULT');
  expect(init.PLACEMENT_OPTIONS).toEqual({ view: 'details', id: 7 });
  expect(init.AUTH_ID).not.toBe((await frame.evaluate(() => window.probe.auth())).access_token);
  // resizeWindow is ignored in sliders: no answer.
  expect(await sliderFrame.evaluate(() => window.probe.raw('resizeWindow', { width: 100, height: 100 }))).toEqual([]);
  expect(closed).toBe(false);
  // The slider's own frame closes it; the opener gets its openApplication callback.
  const closeReply = await sliderFrame.evaluate(() => window.probe.closeApplication());
  expect(closeReply.replied).toBe(true);
  expect((await pending).closed).toBe(true);
  expect(await page.evaluate(() => window.portal.sliders())).toEqual([]);
  // closeApplication with no slider of this app on top: no answer at all.
  expect(await frame.evaluate(() => window.probe.raw('closeApplication'))).toEqual([]);
});

test('placement events: getInterface, bindEvent and repeated delivery of the first argument', async ({ page }) => {
  await openPortal(page, { placement: 'CALL_CARD', app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  const iface = await frame.evaluate(() => window.probe.getInterface());
  expect(iface).toEqual({ command: ['getStatus', 'disableAutoClose', 'enableAutoClose'], event: ['CallCard::EntityChanged', 'CallCard::BeforeClose', 'CallCard::CallStateChanged'] });
  await frame.evaluate(() => { window.probe.bindEvent('CallCard::CallStateChanged'); window.probe.bindEvent('No::SuchEvent'); });
  await expect.poll(() => page.evaluate(() => window.portal.boundEvents())).toEqual({ 'CallCard::CallStateChanged': 1 });
  expect(await page.evaluate(() => window.portal.fireEvent('CallCard::CallStateChanged', 'idle'))).toBe(1);
  expect(await page.evaluate(() => window.portal.fireEvent('CallCard::CallStateChanged', 'connected'))).toBe(1);
  expect(await page.evaluate(() => window.portal.fireEvent('CallCard::BeforeClose', {}))).toBe(0);
  await expect.poll(() => frame.evaluate(() => window.probe.events().map((e) => e.payload))).toEqual(['idle', 'connected']);
  const status = await frame.evaluate(() => window.probe.placementCall('getStatus', {}));
  expect(status).toMatchObject({ CALL_ID: expect.any(String), CRM_ENTITY_ID: 17, CALL_LIST_MODE: false, CALL_STATE: 'connected' });
  expect(status.CRM_BINDINGS[0]).toEqual({ ENTITY_TYPE: 'DEAL', ENTITY_ID: 25 });
  expect(status).not.toHaveProperty('CRM_ACTIVITY_ID');
});

test('refreshAuth after the server expired every token: BX24 refreshes and retries the call', async ({ page }) => {
  await openPortal(page, { app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  const before = (await frame.evaluate(() => window.probe.auth())).access_token;
  await page.evaluate(() => window.portal.expireTokens());
  const me = await frame.evaluate(() => window.probe.call('user.current'));
  expect(me.error).toBeNull();
  expect(me.data.ID).toBeTruthy();
  const after = (await frame.evaluate(() => window.probe.auth())).access_token;
  expect(after).not.toBe(before);
  await waitForLog(page, 'frame', { command: 'refreshAuth' });
  const replies = await pageLog(page, 'reply');
  const refreshReply = replies.find((r) => r.command === 'refreshAuth');
  expect(refreshReply.payload).toEqual({ AUTH_ID: '<redacted>', AUTH_EXPIRES: 3600, REFRESH_ID: '<redacted>' });
  const rest = JSON.stringify(await serverLog(page, 'rest'));
  expect(rest).toContain('expired_token');
});

test('dropped messages: wrong origin, wrong APP_SID, unknown and denied commands get no reply', async ({ page }) => {
  await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '5' }, app: probeUrl(), params: { deny: 'legacy' } });
  const frame = await mainFrame(page);
  const layout = await page.evaluate(() => window.portal.placement());
  // From the host page's own origin (not the app origin).
  await page.evaluate((sid) => window.postMessage(`getInitData::abc:${sid}`, '*'), layout.sid);
  await waitForLog(page, 'drop', { reason: 'origin', origin: portalOrigin(), command: 'getInitData' });
  // From the app origin with somebody else's SID.
  expect(await frame.evaluate(() => window.probe.raw('getInitData', undefined, { sid: '0123456789abcdef0123456789abcdef' }))).toEqual([]);
  await waitForLog(page, 'drop', { reason: 'sid', command: 'getInitData' });
  // A command the portal does not know, and one the legacy deny rules ignore outside DEFAULT.
  expect(await frame.evaluate(() => window.probe.raw('noSuchCommand', {}))).toEqual([]);
  await waitForLog(page, 'drop', { reason: 'unknown', command: 'noSuchCommand' });
  expect(await frame.evaluate(() => window.probe.raw('setTitle', { title: 'x' }))).toEqual([]);
  await waitForLog(page, 'drop', { reason: 'denied', command: 'setTitle' });
  // A third origin: 127.0.0.1 is not localhost.
  const rogue = appOrigin().replace('localhost', '127.0.0.1');
  await page.evaluate((src) => new Promise((resolve) => {
    const f = document.createElement('iframe');
    f.src = `${src}/__extra/pages/rogue.html`;
    f.onload = resolve;
    document.body.appendChild(f);
  }), rogue);
  await waitForLog(page, 'drop', { reason: 'origin', origin: rogue, command: 'getInitData' });
  // The real frame still gets answers.
  expect((await frame.evaluate(() => window.probe.raw('getInitData')))[0].PLACEMENT).toBe('CRM_DEAL_DETAIL_TAB');
});

test('resizeWindow: a CRM tab applies the height only and answers the measured size', async ({ page }) => {
  await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '5' }, app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  const before = await page.evaluate(() => window.portal.frameSize());
  const answer = await frame.evaluate(() => window.probe.resize(300, 777));
  expect(answer).toEqual({ width: before.width, height: 777 });
  expect(await page.evaluate(() => window.portal.frameSize())).toEqual({ width: before.width, height: 777 });
  await openPortal(page, { placement: 'DEFAULT', app: probeUrl() });
  const main = await mainFrame(page);
  await main.evaluate(() => window.probe.init());
  expect(await main.evaluate(() => window.probe.resize(500, 333))).toEqual({ width: 500, height: 333 });
  const fit = await main.evaluate(() => window.probe.fit());
  expect(fit.height).toBeGreaterThan(0);
  await main.evaluate(() => window.probe.setTitle('Hello from the app'));
  await expect(page.locator('#pagetitle')).toHaveText('Hello from the app');
});

test('pickers: selectUser and selectCRM reply with the chosen demo data; cancel sends nothing', async ({ page }) => {
  await openPortal(page, { app: probeUrl(), params: { crmBuckets: 'objects' } });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  const pending = frame.evaluate(() => window.probe.selectUser());
  await expect.poll(() => page.evaluate(() => window.portal.picker() && window.portal.picker().kind)).toBe('user');
  const picker = await page.evaluate(() => window.portal.pickerReady());
  const first = picker.items[0].id;
  const sent = await page.evaluate((id) => window.portal.choose([id]), first);
  expect(sent).toMatchObject({ id: first, name: expect.any(String) });
  expect(await pending).toEqual(sent);

  const crm = frame.evaluate(() => window.probe.selectCRM({ entityType: ['deal', 'contact'], multiple: true }));
  await expect.poll(() => page.evaluate(() => window.portal.picker() && window.portal.picker().kind)).toBe('crm');
  const items = (await page.evaluate(() => window.portal.pickerReady())).items;
  const deal = items.find((i) => i.id.startsWith('D_'));
  const chosen = await page.evaluate((id) => window.portal.choose([id]), deal.id);
  expect(Object.keys(chosen).sort()).toEqual(['contact', 'deal']);
  expect(chosen.deal[0]).toMatchObject({ id: deal.id, type: 'deal' }); // index-keyed bucket {0: {...}}
  expect(await crm).toEqual(chosen);

  const cancelled = frame.evaluate(() => new Promise((resolve) => { BX24.selectUser(() => resolve('replied')); setTimeout(() => resolve('no reply'), 1500); }));
  await expect.poll(() => page.evaluate(() => !!window.portal.picker())).toBe(true);
  await page.evaluate(() => window.portal.cancelPicker());
  expect(await cancelled).toBe('no reply');
});

test('options and install: setAppOption only for admins; setInstallFinish reloads the frame', async ({ page }) => {
  await openPortal(page, { app: probeUrl(), params: { install: 1 } });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  const options = await frame.evaluate(() => window.probe.setAppOption('colour', 'blue'));
  expect(options.colour).toBe('blue');
  const before = await page.evaluate(() => window.portal.placement());
  await frame.evaluate(() => BX24.installFinish());
  await expect.poll(() => page.evaluate(() => window.portal.placement().loads)).toBe(before.loads + 1);
  const reloaded = await mainFrame(page);
  const [init] = await reloaded.evaluate(() => window.probe.raw('getInitData'));
  expect(init.INSTALL).toBe(false);
  expect(init.APP_OPTIONS.colour).toBe('blue');
  await page.evaluate(() => window.portal.set({ admin: false }));
  expect(await reloaded.evaluate(() => window.probe.raw('setAppOption', { name: 'colour', value: 'red' }))).toEqual([]);
});

test('first run: BX24.install handlers run before init, then setInstall {install:true} is sent', async ({ page }) => {
  await openPortal(page, { app: `${probeUrl()}?install=1`, params: { firstRun: 1 } });
  const frame = await mainFrame(page);
  const ready = await frame.evaluate(() => window.probe.init());
  expect(ready.auth.access_token).toMatch(/^[0-9a-f]{32}$/);
  expect(await frame.evaluate(() => window.probe.installSteps())).toEqual(['install handler ran']);
  await waitForLog(page, 'frame', { command: 'setInstall', args: { install: true } });
  expect((await page.evaluate(() => window.portal.settings())).firstRun).toBe(false);
});

test('faithful BX24.js: on a 5xx answer the callMethod callback is never called', async ({ page }) => {
  const errors = [];
  await openPortal(page, { app: probeUrl() });
  const frame = await mainFrame(page);
  await frame.evaluate(() => window.probe.init());
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluate(() => window.portal.setFaults({ fail_every: 1 }));
  try {
    expect(await frame.evaluate(() => window.probe.callWithTimeout('user.current', {}, 1500))).toBeNull();
  } finally {
    await page.evaluate(() => window.portal.setFaults({ fail_every: 0 }));
  }
  expect(errors.some((m) => m.includes('Query error!'))).toBe(true);
  expect((await frame.evaluate(() => window.probe.call('user.current'))).error).toBeNull();
});
