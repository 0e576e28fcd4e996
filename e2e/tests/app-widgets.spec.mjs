// The real app ($APP_DIST) in the emulator, a placement of every family: the widget renders with the
// emulator's REST data, makes the expected frame commands and REST calls (one batch per card), and the
// REST layer survives the emulator's fault injection (rate limit, expired tokens, 500s, slow answers)
// over both transports. Skipped with a message while the app is not built.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPortal, mainFrame, frameBySid, serverLog, appOrigin } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  await page.evaluate(() => fetch('/emulator/api/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }));
});

// Faults are global to the emulator: leave none behind for the other spec files.
test.afterEach(async ({ page }) => {
  await page.evaluate(() => fetch('/emulator/api/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' })).catch(() => {});
});

/** Opens a placement and returns the app frame once the router has picked a family. */
async function openApp(page, placement, options, extra = {}) {
  await page.evaluate(() => fetch('/emulator/api/log', { method: 'DELETE' })).catch(() => {});
  await openPortal(page, { placement, options, ...extra });
  const frame = await mainFrame(page, null);
  await frame.waitForSelector('[data-family]', { state: 'attached', timeout: 30_000 });
  return frame;
}

/** A REST call made by the test itself (a host-side token), to know what the widget should show. */
function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return answer.json();
  }, [method, params]);
}

/** REST calls the server logged, in order: [{method, status}]. */
async function restCalls(page) {
  return (await serverLog(page, 'rest')).map((e) => ({ method: e.data.method, status: e.data.status }));
}

/** Frame commands the host page received from the app frame. */
async function frameCommands(page) {
  return page.evaluate(() => window.portal.log('frame').map((e) => e.command));
}

const titleOf = (frame) => frame.locator('.b-card__title').first();

const PARTY = new Set([3]);
const cards = [
  ['CRM_DEAL_DETAIL_TAB', { ID: '3' }, 2, 3],
  ['CRM_LEAD_LIST_MENU', { ID: '4' }, 1, 4],
  ['CRM_CONTACT_DETAIL_TAB', { ID: '6' }, 3, 6],
  ['CRM_COMPANY_DETAIL_TOOLBAR', { ID: '5' }, 4, 5],
  ['CRM_DYNAMIC_128_DETAIL_TAB', { ID: '2' }, 128, 2],
];

for (const [placement, options, entityTypeId, id] of cards) {
  test(`${placement}: the entity card shows element ${entityTypeId}/${id} from one batch`, async ({ page }) => {
    const frame = await openApp(page, placement, options);
    expect(await frame.getAttribute('[data-family]', 'data-family')).toBe('crm-entity');
    const item = (await rest(page, 'crm.item.get', { entityTypeId, id })).result.item;
    const expected = PARTY.has(entityTypeId) ? item.name : item.title;
    await expect(titleOf(frame)).toContainText(expected, { timeout: 20_000 });
    await expect(frame.locator('[data-testid=entity-fields]')).toBeVisible();
    const batches = (await restCalls(page)).filter((c) => c.method === 'batch');
    expect(batches, 'one round trip per render').toHaveLength(1);
    expect(batches[0].status).toBe(200);
    expect(await frameCommands(page)).toContain('getInitData');
  });
}

test('an inline CRM tab fits its frame to the content (fitWindow → resizeWindow)', async ({ page }) => {
  const frame = await openApp(page, 'CRM_DEAL_DETAIL_TAB', { ID: '3' });
  await expect(frame.locator('[data-testid=entity-fields]')).toBeVisible({ timeout: 20_000 });
  await expect.poll(async () => (await frameCommands(page)).includes('resizeWindow')).toBe(true);
  const height = await frame.evaluate(() => document.documentElement.scrollHeight);
  await expect.poll(() => page.evaluate(() => window.portal.frameSize().height)).toBe(height);
});

test('Open goes through openPath; Details opens the details view in a slider', async ({ page }) => {
  const frame = await openApp(page, 'CRM_DEAL_DETAIL_TAB', { ID: '3' });
  await frame.click('[data-testid=open-entity]', { timeout: 20_000 });
  await expect.poll(async () => (await page.evaluate(() => window.portal.sliders())).length).toBe(1);
  const pathSlider = (await page.evaluate(() => window.portal.sliders()))[0];
  expect(JSON.stringify(pathSlider)).toContain('/crm/deal/details/3/');
  await page.evaluate(() => window.portal.closeSlider());
  await frame.click('[data-testid=open-details]');
  await expect.poll(async () => (await page.evaluate(() => window.portal.sliders())).length).toBe(1);
  await expect.poll(() => page.evaluate(() => window.portal.sliders()[0].sid)).toBeTruthy();
  const slider = (await page.evaluate(() => window.portal.sliders()))[0];
  const details = await frameBySid(page, slider.sid);
  await details.waitForSelector('[data-widget=entity-details]', { timeout: 30_000 });
  await expect(details.locator('[data-testid=all-fields]')).toContainText('Amount', { timeout: 20_000 });
  expect(await details.locator('[data-testid=open-details]').count(), 'no details slider from the details slider').toBe(0);
  expect((await frameCommands(page)).filter((c) => c === 'openApplication')).toHaveLength(1);
});

test('TASK_VIEW_TAB and TASK_LIST_CONTEXT_MENU: the task card with its checklist progress', async ({ page }) => {
  for (const [placement, options, id] of [['TASK_VIEW_TAB', { taskId: '3' }, 3], ['TASK_LIST_CONTEXT_MENU', { ID: '5' }, 5]]) {
    const frame = await openApp(page, placement, options);
    expect(await frame.getAttribute('[data-family]', 'data-family')).toBe('task');
    const task = (await rest(page, 'tasks.task.get', { taskId: id, select: ['ID', 'TITLE'] })).result.task;
    await expect(titleOf(frame)).toHaveText(task.title, { timeout: 20_000 });
    const items = (await rest(page, 'task.checklistitem.getlist', { TASKID: id })).result.filter((r) => String(r.PARENT_ID) !== '0');
    // Demo tasks may or may not have a checklist: either way exactly one outcome is right.
    if (items.length) {
      const done = items.filter((r) => r.IS_COMPLETE === 'Y').length;
      await expect(frame.locator('[data-testid=checklist-count]')).toHaveText(`${done} / ${items.length}`);
    } else {
      await expect(frame.locator('[data-testid=checklist]')).toHaveCount(0);
    }
    expect((await restCalls(page)).filter((c) => c.method === 'batch')).toHaveLength(1);
  }
});

test('CALL_CARD: the bound company, then the contact the operator binds the call to', async ({ page }) => {
  const frame = await openApp(page, 'CALL_CARD', {
    CALL_ID: 'externalCall.e2e', PHONE_NUMBER: '+4930123456', CALL_DIRECTION: 'incoming', CALL_STATE: 'connected',
    CRM_ENTITY_TYPE: 'COMPANY', CRM_ENTITY_ID: '17', CRM_ACTIVITY_ID: 'undefined', CALL_LIST_MODE: 'false',
  });
  const company = (await rest(page, 'crm.item.get', { entityTypeId: 4, id: 17 })).result.item;
  await expect(titleOf(frame)).toHaveText(company.title, { timeout: 20_000 });
  await expect.poll(async () => (await page.evaluate(() => window.portal.boundEvents()))['CallCard::EntityChanged'] || 0).toBeGreaterThan(0);
  const delivered = await page.evaluate(() => window.portal.fireEvent('CallCard::EntityChanged', { PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 3 }));
  expect(delivered).toBeGreaterThan(0);
  const contact = (await rest(page, 'crm.item.get', { entityTypeId: 3, id: 3 })).result.item;
  await expect(titleOf(frame)).toContainText(contact.name, { timeout: 20_000 });
});

test('DEFAULT and LEFT_MENU: the home page greets the current user in their language', async ({ page }) => {
  const me = (await rest(page, 'user.current')).result;
  for (const [placement, lang, greeting] of [['DEFAULT', 'de', 'Angemeldet als'], ['LEFT_MENU', 'ru', 'Вы вошли как']]) {
    const frame = await openApp(page, placement, placement === 'LEFT_MENU' ? { URI: '/' } : {}, { lang });
    expect(await frame.getAttribute('[data-family]', 'data-family')).toBe('home');
    await expect(frame.locator('[data-testid=current-user]')).toContainText(greeting);
    await expect(frame.locator('[data-testid=current-user]')).toContainText(me.NAME, { timeout: 20_000 });
  }
});

const contexts = [
  ['CRM_DEAL_LIST_TOOLBAR', { URI: '/crm/deal/list/' }, 'crm-section', '[data-widget=crm-report]'],
  ['CRM_ORDER_DETAIL_TAB', { ID: '7' }, 'crm-entity', '[data-widget=crm-record]'],
  ['CRM_DETAIL_SEARCH', { entityTypeName: 'COMPANY', searchQuery: 'Daisy' }, 'crm-search', '[data-widget=crm-search]'],
  ['TASK_GROUP_LIST_TOOLBAR', { GROUP_ID: '2' }, 'task', '[data-widget=task-workload]'],
  ['SONET_GROUP_DETAIL_TAB', { GROUP_ID: '2' }, 'workgroup', '[data-widget=workgroup]'],
  ['USER_PROFILE_MENU', { USER_ID: '1' }, 'user-profile', '[data-widget=employee-card]'],
  ['CALENDAR_GRIDVIEW', { viewRangeFrom: '2026-11-01', viewRangeTo: '2026-12-06', URI: '/calendar/' }, 'calendar', '[data-widget=calendar-view]'],
  ['TELEPHONY_ANALYTICS_MENU', { URI: '/report/telephony/' }, 'telephony-analytics', '[data-widget=calls-report]'],
  ['IM_SIDEBAR', { dialogId: 'chat2' }, 'messenger', '[data-widget=messenger]'],
  ['CONTACT_CENTER', { ID: '717' }, 'contact-center', '[data-widget=contact-center]'],
  ['SETTING_CONNECTOR', { CONNECTOR: 'my_connector', LINE: '3', STATUS: false, ACTIVE_STATUS: true, CONNECTION_STATUS: false, REGISTER_STATUS: false, ERROR_STATUS: false }, 'open-lines', '[data-widget=connector-settings]'],
  ['REST_APP_URI', { docId: '42', URI: '/company/' }, 'rest-app-uri', '[data-testid=unknown-link]'],
  ['PAGE_BACKGROUND_WORKER', { ID: 'PAGE_BACKGROUND_WORKER', URI: '/' }, 'background-worker', '[data-widget=softphone]'],
  ['USERFIELD_TYPE', { MODE: 'view', ENTITY_ID: 'CRM_DEAL', FIELD_NAME: 'UF_CRM_TEST', ENTITY_VALUE_ID: '3', VALUE: null, MULTIPLE: 'N', MANDATORY: 'N' }, 'user-field', '[data-widget=rating-field]'],
  ['BIZPROC_ACTIVITY_PROPERTIES_DIALOG', { code: 'robot', activity_name: 'A1', properties: { s: { Id: 's', Type: 'string', Name: 'Text' } }, current_values: {}, document_type: ['crm', 'CCrmDocumentDeal', 'DEAL'], document_fields: {} }, 'robot', '[data-widget=crm-robot]'],
  ['LANDING_BLOCK_*', { ID: '996', CODE: '04.1.one_col_fix_with_title', LID: '30' }, 'landing', '[data-widget=landing-block]'],
  ['CATALOG_EXTERNAL_PRODUCT', {}, 'catalog', '[data-widget=spot-notice]'],
  ['HCMLINK_SALARY_VACATION', { PLACEMENT_ID: '1' }, 'hr', '[data-widget=spot-notice]'],
  ['SOMETHING_NEW_IN_2027', { X: '<b>1</b>' }, 'unknown', '[data-testid=unknown-placement]'],
];

test('every other family routes to its component with its typed context', async ({ page }) => {
  for (const [placement, options, family, selector] of contexts) {
    const frame = await openApp(page, placement, options);
    expect(await frame.getAttribute('[data-family]', 'data-family'), placement).toBe(family);
    await frame.waitForSelector(selector, { state: 'attached' });
    expect(await frame.locator('.b-screen--error').count(), placement).toBe(0);
  }
});

test('bad input: options without the required ID and a page opened outside Bitrix24 get clear screens', async ({ page }) => {
  await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { URI: '/crm/deal/list/' } });
  const frame = await mainFrame(page, null);
  const screen = frame.locator('[data-testid=malformed-options]');
  await expect(screen).toContainText('CRM_DEAL_DETAIL_TAB', { timeout: 30_000 });
  await expect(screen).toContainText('ID');
  await page.goto(`${appOrigin()}/`);
  await expect(page.locator('[data-testid=not-in-frame]')).toBeVisible({ timeout: 30_000 });
});

test('theme: a dark portal page gives a dark widget', async ({ page }) => {
  const frame = await openApp(page, 'DEFAULT', {}, { theme: 'dark' });
  await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
});

// ---- the REST layer against the emulator's fault injection -------------------------------------

const FETCH = () => `${appOrigin()}/?transport=fetch`;

async function setFaults(page, patch) {
  await page.evaluate((p) => window.portal.setFaults(p), patch);
}

/**
 * Another client of the same portal used up the rate-limit bucket: 60 requests from the test process
 * while the bucket barely drains, so the widget's first request certainly meets a full bucket.
 */
async function exhaustBucket() {
  const origin = process.env.PORTAL_ORIGIN;
  const token = await (await fetch(`${origin}/emulator/api/host-token`, { method: 'POST' })).json();
  const hit = () => fetch(`${origin}/rest/server.time`, { method: 'POST', body: `auth=${token.AUTH_ID}` });
  await Promise.all(Array.from({ length: 60 }, hit));
}

/** Statuses of the app's `batch` requests, oldest first. */
async function batchStatuses(page) {
  return (await restCalls(page)).filter((c) => c.method === 'batch').map((c) => c.status);
}

for (const [name, app, retryAfter] of [['fetch', FETCH, 'a short back-off'], ['BX24.callMethod', undefined, 'the call deadline (BX24.js never answers a 503)']]) {
  test(`rate limit (${name} transport): a full portal bucket costs the widget a retry after ${retryAfter}, not an error`, async ({ page }) => {
    test.setTimeout(90_000);
    await openPortal(page, { placement: 'DEFAULT' });
    // A bucket that barely drains: the widget's first request is refused for certain...
    await setFaults(page, { rate_limit: true, burst: 50, drain_per_sec: 0.001 });
    await exhaustBucket();
    const frame = await openApp(page, 'CRM_DEAL_DETAIL_TAB', { ID: '3' }, app ? { app: app() } : {});
    await expect.poll(async () => (await batchStatuses(page)).includes(503), { timeout: 20_000 }).toBe(true);
    // ...then the portal frees capacity (a fault change empties the bucket) and the client's retry lands.
    await setFaults(page, { rate_limit: true, burst: 50, drain_per_sec: 2 });
    await expect(frame.locator('[data-testid=entity-fields]')).toBeVisible({ timeout: 60_000 });
    const statuses = await batchStatuses(page);
    expect(statuses[0]).toBe(503);
    expect(statuses[statuses.length - 1]).toBe(200);
  });
}

for (const [name, app] of [['BX24.callMethod', undefined], ['fetch', FETCH]]) {
  test(`expired token (${name} transport): the widget refreshes it over the frame and retries`, async ({ page }) => {
    const frame = await openApp(page, 'CRM_DEAL_DETAIL_TAB', { ID: '3' }, app ? { app: app() } : {});
    await expect(frame.locator('[data-testid=entity-fields]')).toBeVisible({ timeout: 20_000 });
    await page.evaluate(() => window.portal.expireTokens());
    await frame.click('[data-testid=refresh]');
    await expect.poll(async () => (await frameCommands(page)).includes('refreshAuth'), { timeout: 20_000 }).toBe(true);
    await expect(frame.locator('[data-testid=entity-fields]')).toBeVisible({ timeout: 20_000 });
    const batches = (await restCalls(page)).filter((c) => c.method === 'batch').map((c) => c.status);
    expect(batches.slice(-2)).toEqual([401, 200]);
  });
}

test('500s: a failed read is retried with back-off and the card still renders (fetch transport)', async ({ page }) => {
  await openPortal(page, { placement: 'DEFAULT' });
  await setFaults(page, { fail_every: 1 });
  const open = openApp(page, 'CRM_DEAL_DETAIL_TAB', { ID: '3' }, { app: FETCH() });
  const frame = await open;
  await expect.poll(async () => (await restCalls(page)).some((c) => c.method === 'batch' && c.status === 500), { timeout: 20_000 }).toBe(true);
  await setFaults(page, { fail_every: 0 });
  await expect(frame.locator('[data-testid=entity-fields]')).toBeVisible({ timeout: 30_000 });
});

test('slow answers: a skeleton holds the place, then the card replaces it', async ({ page }) => {
  await openPortal(page, { placement: 'DEFAULT' });
  await setFaults(page, { delay_ms: 1500 });
  const frame = await openApp(page, 'CRM_DEAL_DETAIL_TAB', { ID: '3' });
  await expect(frame.locator('[data-testid=skeleton]')).toBeVisible({ timeout: 10_000 });
  await expect(frame.locator('[data-testid=entity-fields]')).toBeVisible({ timeout: 30_000 });
  expect(await frame.locator('[data-testid=skeleton]').count()).toBe(0);
});
