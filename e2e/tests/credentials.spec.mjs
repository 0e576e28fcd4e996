// No credential anywhere: the real app opened in a placement of every family (both REST transports,
// and once through a token refresh) must never put an access or refresh token into the console, a URL
// it requests or navigates to, localStorage/sessionStorage, the emulator's live log or what the
// emulator process prints. Every token the portal minted during the run is collected from the
// emulator's own answers (frame loads, refreshes), so the check covers exactly what the app was given.
// Skipped with a message while the app is not built.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPortal, mainFrame, serverLog, appOrigin } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

/** One placement of every family, with options the demo data answers. */
const FAMILIES = [
  ['DEFAULT', {}],
  ['LEFT_MENU', { URI: '/' }],
  ['CRM_DEAL_DETAIL_TAB', { ID: '3' }],
  ['CRM_DEAL_LIST_TOOLBAR', { URI: '/crm/deal/list/' }],
  ['CRM_DETAIL_SEARCH', { entityTypeName: 'COMPANY', searchQuery: 'Daisy' }],
  ['TASK_VIEW_TAB', { taskId: '3' }],
  ['SONET_GROUP_DETAIL_TAB', { GROUP_ID: '2' }],
  ['USER_PROFILE_MENU', { USER_ID: '1' }],
  ['CALENDAR_GRIDVIEW', { viewRangeFrom: '2026-11-01', viewRangeTo: '2026-12-06', URI: '/calendar/' }],
  ['CALL_CARD', { CALL_ID: 'externalCall.creds', PHONE_NUMBER: '+4930123456', CALL_DIRECTION: 'incoming', CALL_STATE: 'connected', CRM_ENTITY_TYPE: 'COMPANY', CRM_ENTITY_ID: '17', CRM_ACTIVITY_ID: 'undefined', CALL_LIST_MODE: 'false' }],
  ['TELEPHONY_ANALYTICS_MENU', { URI: '/report/telephony/' }],
  ['IM_SIDEBAR', { dialogId: 'chat2' }],
  ['CONTACT_CENTER', { ID: '717' }],
  ['SETTING_CONNECTOR', { CONNECTOR: 'my_connector', LINE: '3', STATUS: false, ACTIVE_STATUS: true, CONNECTION_STATUS: false, REGISTER_STATUS: false, ERROR_STATUS: false }],
  ['REST_APP_URI', { docId: '42', URI: '/company/' }],
  ['PAGE_BACKGROUND_WORKER', { ID: 'PAGE_BACKGROUND_WORKER', URI: '/' }],
  ['USERFIELD_TYPE', { MODE: 'view', ENTITY_ID: 'CRM_DEAL', FIELD_NAME: 'UF_CRM_TEST', ENTITY_VALUE_ID: '3', VALUE: null, MULTIPLE: 'N', MANDATORY: 'N' }],
  ['BIZPROC_ACTIVITY_PROPERTIES_DIALOG', { code: 'robot', activity_name: 'A1', properties: { s: { Id: 's', Type: 'string', Name: 'Text' } }, current_values: {}, document_type: ['crm', 'CCrmDocumentDeal', 'DEAL'], document_fields: {} }],
  ['LANDING_BLOCK_*', { ID: '996', CODE: '04.1.one_col_fix_with_title', LID: '30' }],
  ['CATALOG_EXTERNAL_PRODUCT', {}],
  ['HCMLINK_SALARY_VACATION', { PLACEMENT_ID: '1' }],
  ['SOMETHING_NEW_IN_2027', { X: '1' }],
];

const TOKEN_KEYS = ['AUTH_ID', 'REFRESH_ID', 'access_token', 'refresh_token'];

/** Adds every token-looking value of an emulator answer (object or array) to `into`. */
function collectTokens(value, into) {
  if (Array.isArray(value)) value.forEach((v) => collectTokens(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (TOKEN_KEYS.includes(k) && typeof v === 'string' && v.length >= 8) into.add(v);
      else collectTokens(v, into);
    }
  }
}

/** The app frames' storage, as text: every key and value of localStorage and sessionStorage. */
async function appStorage(page) {
  const dumps = [];
  for (const frame of page.frames()) {
    if (!frame.url().startsWith(appOrigin())) continue;
    dumps.push(await frame.evaluate(() => {
      const dump = (s) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i))}`);
      return [...dump(localStorage), ...dump(sessionStorage)].join('\n');
    }).catch(() => ''));
  }
  return dumps.join('\n');
}

/** Waits until the widget left its loading state: the router picked a family and no skeleton is left. */
async function settled(frame) {
  await frame.waitForSelector('[data-family]', { state: 'attached', timeout: 30_000 });
  await expect.poll(() => frame.evaluate(() => !document.getElementById('boot-splash')
    && !document.querySelector('[data-testid=skeleton], [data-testid=booting], [aria-busy=true]')), { timeout: 30_000 }).toBe(true);
}

test('no access or refresh token reaches the console, a URL, storage or any log', async ({ page }) => {
  test.skip(!existsSync(join(process.env.APP_DIST_DIR || '', 'index.html')), 'the app is not built (run `trunk build --release --offline`)');
  test.setTimeout(240_000);
  const tokens = new Set();
  const urls = [];
  const consoleTexts = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  page.on('console', (message) => consoleTexts.push(message.text()));
  page.on('response', async (response) => {
    if (!/\/emulator\/api\/(frame|refresh|host-token)$/.test(new URL(response.url()).pathname)) return;
    try { collectTokens(await response.json(), tokens); } catch { /* not JSON: nothing minted */ }
  });

  for (const [placement, options] of FAMILIES) {
    await openPortal(page, { placement, options });
    await settled(await mainFrame(page, null));
  }
  // The direct-fetch transport holds the token in the app's own memory: the riskiest path.
  await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '3' }, app: `${appOrigin()}/?transport=fetch` });
  await settled(await mainFrame(page, null));
  // A refresh mints a new pair that only the app frame receives (refreshAuth over postMessage).
  await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '3' } });
  const card = await mainFrame(page, null);
  await settled(card);
  await page.evaluate(() => window.portal.expireTokens());
  await card.click('[data-testid=refresh]');
  await expect.poll(() => page.evaluate(() => window.portal.log('frame').some((e) => e.command === 'refreshAuth')), { timeout: 20_000 }).toBe(true);
  await settled(card);

  expect(tokens.size, 'the run saw the tokens the portal minted (else this test checks nothing)').toBeGreaterThan(FAMILIES.length);
  const places = {
    'a URL requested or navigated to': urls.join('\n'),
    'the console': consoleTexts.join('\n'),
    'localStorage/sessionStorage': await appStorage(page),
    "the emulator's live log": JSON.stringify(await serverLog(page)),
    "the host page's protocol log": JSON.stringify(await page.evaluate(() => window.portal.log())),
    'what the emulator process printed': readFileSync(process.env.EMULATOR_LOG, 'utf8'),
  };
  expect(places['a URL requested or navigated to'], 'the run made requests').toContain('/rest/');
  for (const [where, text] of Object.entries(places)) {
    const leaked = [...tokens].filter((t) => text.includes(t) || text.includes(encodeURIComponent(t)));
    expect(leaked, `tokens found in ${where}`).toEqual([]);
  }
});
