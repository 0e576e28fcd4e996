// The real app ($APP_DIST) installs itself into a fresh emulated portal: an admin runs the wizard,
// the portal then holds exactly the default set (placement.get, userfieldtype.list) and is marked
// installed, the reloaded app is the home page, and bound families show their widgets; a second
// run binds nothing new; a non-admin's first run is refused; the settings page unbinds and binds.
// In light and dark. Skipped with a message while the app is not built.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPortal, mainFrame, serverLog } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

/** What the wizard preselects (install::OFFERS with default_on), bound with placement.bind. */
const DEFAULTS = [
  'LEFT_MENU', 'CRM_DEAL_DETAIL_TAB', 'CRM_LEAD_DETAIL_TAB', 'CRM_CONTACT_DETAIL_TAB', 'CRM_COMPANY_DETAIL_TAB',
  'CRM_DEAL_DETAIL_ACTIVITY', 'CRM_DEAL_LIST_TOOLBAR', 'TASK_VIEW_TAB', 'CALL_CARD', 'IM_TEXTAREA',
];

test.beforeEach(async ({ page }) => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
});

// Leave the portal as every other spec expects it: installed, nothing bound.
test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  await page.evaluate(() => fetch('/emulator/api/app/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"installed":true}' }));
  await page.close();
});

/** A REST call with a host-side token: the portal's side of what the app did. */
function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return (await answer.json()).result;
  }, [method, params]);
}

const state = (page) => page.evaluate(() => fetch('/emulator/api/state').then((r) => r.json()));

/** The app frame once the router has picked a family. */
async function appFrame(page) {
  const frame = await mainFrame(page, null);
  await frame.waitForSelector('[data-family]', { state: 'attached', timeout: 30_000 });
  return frame;
}

/** REST methods the app called, in order. */
async function restMethods(page) {
  return (await serverLog(page, 'rest')).map((e) => e.data.method);
}

for (const theme of ['light', 'dark']) {
  test(`${theme}: an admin installs the default set into a fresh portal, which then shows the widgets`, async ({ page }) => {
    await page.evaluate(() => fetch('/emulator/api/log', { method: 'DELETE' }));
    await openPortal(page, { placement: 'DEFAULT', theme, params: { fresh: 1 } });
    expect(await page.evaluate(() => window.portal.pickerCodes())).toEqual(['DEFAULT']);
    const frame = await appFrame(page);
    const wizard = frame.locator('[data-widget=setup-wizard]');
    await expect(wizard).toBeVisible({ timeout: 20_000 });
    expect(await frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
    await expect(wizard.locator('[data-area=crm] legend')).toHaveText('CRM');
    await expect(wizard.locator('[data-code=CRM_DEAL_DETAIL_TAB] [data-testid=where]')).toHaveText('Deal · Card tab');
    await expect(wizard.locator('[data-code=CRM_DEAL_DETAIL_TAB] input')).toBeChecked();
    await expect(wizard.locator('[data-code=CRM_QUOTE_DETAIL_TAB] input')).not.toBeChecked();
    // The admin adds one more and installs.
    await wizard.locator('[data-code=CRM_QUOTE_DETAIL_TAB] input').check();
    const loadsBefore = (await page.evaluate(() => window.portal.placement())).loads;
    await wizard.locator('[data-testid=install]').click();

    // installFinish: the portal marks the app installed and reloads it, now as the home page.
    await expect.poll(() => page.evaluate(() => window.portal.placement().loads), { timeout: 30_000 }).toBe(loadsBefore + 1);
    const home = await appFrame(page);
    await expect(home.locator('[data-widget=home]')).toBeVisible({ timeout: 20_000 });
    expect((await state(page)).installed).toBe(true);

    const bound = (await rest(page, 'placement.get')).map((b) => b.placement);
    expect(bound.sort()).toEqual([...DEFAULTS, 'CRM_QUOTE_DETAIL_TAB'].sort());
    const tab = (await rest(page, 'placement.get')).find((b) => b.placement === 'CRM_DEAL_DETAIL_TAB');
    expect(tab.handler).toBe(`${process.env.APP_ORIGIN}/`);
    expect(tab.title).toBe('Overview');
    expect(Object.keys(tab.langAll).length).toBe(20);
    expect(tab.langAll.de.TITLE).toBe('Überblick');
    const fields = await rest(page, 'userfieldtype.list');
    expect(fields.map((f) => f.USER_TYPE_ID)).toEqual(['rating']);
    const binds = (await restMethods(page)).filter((m) => m === 'placement.bind');
    expect(binds).toHaveLength(DEFAULTS.length + 1);

    // The portal now offers what was bound, and a bound family shows its widget.
    await page.evaluate(() => window.portal.refreshRegistrations());
    const offered = await page.evaluate(() => window.portal.pickerCodes());
    for (const code of ['CRM_DEAL_DETAIL_TAB', 'TASK_VIEW_TAB', 'CALL_CARD', 'USERFIELD_TYPE']) expect(offered).toContain(code);
    await openPortal(page, { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '3' }, theme });
    const deal = await appFrame(page);
    expect(await deal.getAttribute('[data-family]', 'data-family')).toBe('crm-entity');
    await expect(deal.locator('[data-widget=entity-card] .b-card__title')).not.toBeEmpty({ timeout: 20_000 });
    await openPortal(page, { placement: 'TASK_VIEW_TAB', options: { taskId: '3' }, theme });
    const task = await appFrame(page);
    await expect(task.locator('[data-widget=task-card]')).toBeVisible({ timeout: 20_000 });
  });
}

test('a second run binds nothing new and still finishes', async ({ page }) => {
  expect((await state(page)).installed, 'the previous test installed the app').toBe(true);
  const before = (await rest(page, 'placement.get')).map((b) => b.placement).sort();
  await page.evaluate(() => fetch('/emulator/api/log', { method: 'DELETE' }));
  await openPortal(page, { placement: 'DEFAULT', params: { install: 1, admin: 1 } });
  const frame = await appFrame(page);
  const wizard = frame.locator('[data-widget=setup-wizard]');
  await expect(wizard.locator('[data-code=CRM_DEAL_DETAIL_TAB]')).toContainText('Installed', { timeout: 20_000 });
  await expect(wizard.locator('[data-code=CRM_DEAL_DETAIL_TAB] input')).toBeDisabled();
  const loadsBefore = (await page.evaluate(() => window.portal.placement())).loads;
  await wizard.locator('[data-testid=install]').click();
  await expect.poll(() => page.evaluate(() => window.portal.placement().loads), { timeout: 30_000 }).toBe(loadsBefore + 1);
  const methods = await restMethods(page);
  expect(methods.filter((m) => m === 'placement.bind' || m === 'userfieldtype.add'), 'nothing registered again').toEqual([]);
  expect((await rest(page, 'placement.get')).map((b) => b.placement).sort()).toEqual(before);
});

test('the settings page unbinds and binds per code, for admins only', async ({ page }) => {
  await openPortal(page, { placement: 'DEFAULT', options: { view: 'settings' }, theme: 'dark' });
  const frame = await appFrame(page);
  const settings = frame.locator('[data-widget=setup-settings]');
  await expect(settings.locator('[data-code=CRM_QUOTE_DETAIL_TAB] input')).toBeChecked({ timeout: 20_000 });
  await settings.locator('[data-code=CRM_QUOTE_DETAIL_TAB] input').uncheck();
  await settings.locator('[data-code=TASK_VIEW_SIDEBAR] input').check();
  await settings.locator('[data-testid=apply]').click();
  await expect(settings.locator('[data-testid=change][data-phase=applied]')).toBeVisible({ timeout: 20_000 });
  const bound = (await rest(page, 'placement.get')).map((b) => b.placement);
  expect(bound).not.toContain('CRM_QUOTE_DETAIL_TAB');
  expect(bound).toContain('TASK_VIEW_SIDEBAR');
  // The page shows what the portal now holds.
  await expect(settings.locator('[data-code=TASK_VIEW_SIDEBAR][data-bound=true]')).toBeVisible();

  // A non-admin sees the same page read-only.
  await openPortal(page, { placement: 'DEFAULT', options: { view: 'settings' }, params: { admin: 0 } });
  const readOnly = (await appFrame(page)).locator('[data-widget=setup-settings]');
  await expect(readOnly.locator('[data-code=TASK_VIEW_SIDEBAR] input')).toBeDisabled({ timeout: 20_000 });
  await expect(readOnly.locator('[data-testid=apply]')).toHaveCount(0);
});

test('a non-admin first run is refused and nothing is registered', async ({ page }) => {
  await page.evaluate(() => fetch('/emulator/api/log', { method: 'DELETE' }));
  await openPortal(page, { placement: 'DEFAULT', params: { fresh: 1, admin: 0, install: 1 } });
  const frame = await appFrame(page);
  await expect(frame.locator('[data-testid=setup-refused]')).toContainText('Ask your administrator', { timeout: 20_000 });
  expect(await rest(page, 'placement.get')).toEqual([]);
  expect((await state(page)).installed).toBe(false);
  const writes = (await restMethods(page)).filter((m) => /\.(bind|unbind|add|register|set)$/.test(m));
  expect(writes, 'nothing was written').toEqual([]);
});
