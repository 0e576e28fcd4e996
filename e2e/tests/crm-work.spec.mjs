// CRM work widgets through the emulator, checked on the portal side: the to-do of
// CRM_*_DETAIL_ACTIVITY is created exactly once in the store (crm.activity.list shows it), the card is
// told to reload (reloadData), and in built-in mode the host page draws the form from setLayout and the
// app answers its button presses (lock, unlock, finish). Light and dark.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPortal, mainFrame, serverLog } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  await page.evaluate(() => fetch('/emulator/api/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }));
});

async function openApp(page, placement, options, theme) {
  await page.evaluate(() => fetch('/emulator/api/log', { method: 'DELETE' })).catch(() => {});
  await openPortal(page, { placement, options, theme });
  const frame = await mainFrame(page, null);
  await frame.waitForSelector('[data-family]', { state: 'attached', timeout: 30_000 });
  return frame;
}

function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return answer.json();
  }, [method, params]);
}

/** The element's open to-dos in the store, as the portal lists them. */
async function openTodos(page, ownerTypeId, ownerId) {
  const answer = await rest(page, 'crm.activity.list', { filter: { OWNER_TYPE_ID: ownerTypeId, OWNER_ID: ownerId, PROVIDER_ID: 'CRM_TODO', COMPLETED: 'N' } });
  return answer.result;
}

async function restMethods(page) {
  return (await serverLog(page, 'rest')).map((e) => e.data.method);
}

async function frameCommands(page) {
  return page.evaluate(() => window.portal.log('frame').map((e) => e.command));
}

for (const theme of ['light', 'dark']) {
  test(`classic CRM_DEAL_DETAIL_ACTIVITY creates one to-do on the deal and reloads the card (${theme})`, async ({ page }) => {
    const text = `Send the contract (${theme} ${Date.now()})`;
    const frame = await openApp(page, 'CRM_DEAL_DETAIL_ACTIVITY', { ID: '3' }, theme);
    const before = await openTodos(page, 2, 3);
    const deal = (await rest(page, 'crm.item.get', { entityTypeId: 2, id: 3 })).result.item;
    await expect(frame.locator('[data-widget=crm-todo]')).toContainText(deal.title, { timeout: 20_000 });
    expect((await restMethods(page)).filter((m) => m === 'batch'), 'one round trip to load').toHaveLength(1);
    await frame.click('[data-testid=todo-create]');
    await expect(frame.locator('[role=alert]').first()).toBeVisible();
    await frame.fill('[data-testid=todo-text]', text);
    await frame.click('[data-testid=todo-create]');
    await expect(frame.locator('[data-testid=todo-created]')).toContainText(text, { timeout: 20_000 });
    const after = await openTodos(page, 2, 3);
    expect(after.filter((a) => a.DESCRIPTION === text), 'created exactly once').toHaveLength(1);
    expect(after.length).toBe(before.length + 1);
    expect((await restMethods(page)).filter((m) => m === 'crm.activity.todo.add')).toHaveLength(1);
    await expect.poll(async () => (await frameCommands(page)).includes('reloadData')).toBe(true);
    await expect.poll(() => page.evaluate(() => window.portal.state().reloads || 0)).toBeGreaterThan(0);
    await expect(frame.locator('[data-testid=todo-open]')).toContainText(text);
    await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  });

  test(`built-in CRM_DEAL_DETAIL_ACTIVITY: the portal draws the form, the app creates the to-do and finishes (${theme})`, async ({ page }) => {
    const text = `Call about delivery (${theme} ${Date.now()})`;
    await openApp(page, 'CRM_DEAL_DETAIL_ACTIVITY', { entityTypeId: '2', entityId: '4', useBuiltInInterface: 'Y' }, theme);
    await expect(page.locator('.app-frame-layout.hidden-frame')).toHaveCount(1);
    const deal = (await rest(page, 'crm.item.get', { entityTypeId: 2, id: 4 })).result.item;
    const form = page.locator('.ba-root');
    await expect(form.locator('[data-block=head]')).toContainText(deal.title, { timeout: 20_000 });
    const primary = form.locator('[data-builtin-button=primaryButton]');
    await expect(primary).toBeDisabled();
    await form.locator('textarea[data-block=text]').fill(text);
    await expect(primary).toBeEnabled();
    await form.locator('select[data-block=due]').selectOption('week');
    const before = await openTodos(page, 2, 4);
    await primary.click();
    await expect(page.locator('[data-builtin-finished]')).toBeVisible({ timeout: 20_000 });
    const after = await openTodos(page, 2, 4);
    const created = after.filter((a) => a.DESCRIPTION === text);
    expect(created, 'created exactly once').toHaveLength(1);
    expect(after.length).toBe(before.length + 1);
    expect(created[0].DEADLINE).toMatch(/T10:00:00/);
    const commands = await page.evaluate(() => window.portal.state().builtIn.commands);
    expect(commands).toEqual(expect.arrayContaining(['setLayout', 'bind:valueChange', 'bind:primaryClick', 'bind:secondaryClick', 'bind:entityUpdate', 'setPrimaryButtonState', 'lock', 'unlock', 'finish']));
    expect(commands.indexOf('lock')).toBeLessThan(commands.indexOf('unlock'));
    expect(commands.indexOf('unlock')).toBeLessThan(commands.indexOf('finish'));
    expect(await frameCommands(page)).toContain('reloadData');
    expect((await restMethods(page)).filter((m) => m === 'crm.activity.todo.add')).toHaveLength(1);
  });
}

test('built-in mode: Cancel finishes without creating anything; saving the card redraws the heading', async ({ page }) => {
  await openApp(page, 'CRM_DEAL_DETAIL_ACTIVITY', { entityTypeId: '2', entityId: '5', useBuiltInInterface: 'Y' });
  const form = page.locator('.ba-root');
  await expect(form.locator('[data-block=head]')).toBeVisible({ timeout: 20_000 });
  await page.click('text=Save the card (fires bindEntityUpdateCallback)');
  await expect.poll(async () => (await page.evaluate(() => window.portal.state().builtIn.commands)).includes('setLayoutItemState')).toBe(true);
  await form.locator('[data-builtin-button=secondaryButton]').click();
  await expect(page.locator('[data-builtin-finished]')).toBeVisible();
  expect((await restMethods(page)).filter((m) => m === 'crm.activity.todo.add')).toHaveLength(0);
});

for (const theme of ['light', 'dark']) {
  test(`orders, old invoices and activities show their own card from their own method (${theme})`, async ({ page }) => {
    const order = (await rest(page, 'sale.order.get', { id: 2 })).result.order;
    let frame = await openApp(page, 'CRM_ORDER_DETAIL_TAB', { ID: '2' }, theme);
    const card = frame.locator('[data-widget=crm-record]');
    await expect(card.locator('.b-card__title')).toHaveText(`Order ${order.accountNumber}`, { timeout: 20_000 });
    for (const item of order.basketItems) await expect(card.locator('[data-testid=record-lines]')).toContainText(item.name);
    expect((await restMethods(page)).filter((m) => m === 'batch'), 'one round trip').toHaveLength(1);
    await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');

    const invoice = (await rest(page, 'crm.invoice.get', { id: 3 })).result;
    frame = await openApp(page, 'CRM_INVOICE_LIST_MENU', { ID: '3' }, theme);
    await expect(frame.locator('[data-widget=crm-record] .b-card__title')).toHaveText(invoice.ORDER_TOPIC, { timeout: 20_000 });
    await frame.click('[data-testid=record-owner]');
    await expect.poll(async () => JSON.stringify(await page.evaluate(() => window.portal.sliders()))).toContain(`/crm/deal/details/${invoice.UF_DEAL_ID}/`);

    const activity = (await rest(page, 'crm.activity.get', { id: 1 })).result;
    frame = await openApp(page, 'CRM_ACTIVITY_LIST_MENU', { ID: '1' }, theme);
    await expect(frame.locator('[data-widget=crm-record] .b-card__title')).toHaveText(activity.SUBJECT, { timeout: 20_000 });
  });
}

for (const theme of ['light', 'dark']) {
  test(`search providers answer the portal with real matches and fill the picked one (${theme})`, async ({ page }) => {
    const requisite = (await rest(page, 'crm.requisite.list', {})).result[2];
    const word = requisite.RQ_COMPANY_NAME.split(' ')[0];
    await openApp(page, 'CRM_DETAIL_SEARCH', { entityTypeName: 'COMPANY', searchQuery: word }, theme);
    await expect.poll(async () => ((await page.evaluate(() => window.portal.state())).found || []).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const found = (await page.evaluate(() => window.portal.state())).found;
    for (const option of found) expect(option.name.toLowerCase()).toContain(word.toLowerCase());
    expect((await restMethods(page)).filter((m) => m === 'batch')).toHaveLength(1);
    await page.locator(`.search-options [data-found-id="${found[0].id}"]`).click();
    await expect.poll(async () => (await page.evaluate(() => window.portal.state())).created).toMatchObject({ entityType: 'company', id: found[0].id });
    const company = (await rest(page, 'crm.item.get', { entityTypeId: 4, id: Number(found[0].id) })).result.item;
    expect((await page.evaluate(() => window.portal.state())).created.title).toBe(company.title);

    await openApp(page, 'CRM_REQUISITE_AUTOCOMPLETE', { searchQuery: requisite.RQ_INN }, theme);
    await expect.poll(async () => ((await page.evaluate(() => window.portal.state())).found || []).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await page.locator(`.search-options [data-found-id="${requisite.ID}"]`).click();
    await expect.poll(async () => ((await page.evaluate(() => window.portal.state())).created || {}).fields).toMatchObject({ RQ_INN: requisite.RQ_INN, RQ_COMPANY_NAME: requisite.RQ_COMPANY_NAME });
    await expect(page.locator('#stage')).toContainText(requisite.RQ_INN);
  });
}

for (const theme of ['light', 'dark']) {
  test(`the document generator prints and downloads an offer for the element (${theme})`, async ({ page }) => {
    const deal = (await rest(page, 'crm.item.get', { entityTypeId: 2, id: 5 })).result.item;
    const frame = await openApp(page, 'CRM_DEAL_DOCUMENTGENERATOR_BUTTON', { ENTITY_ID: '5' }, theme);
    await expect(frame.locator('[data-testid=doc-title]')).toHaveText(deal.title, { timeout: 20_000 });
    await expect(frame.locator('[data-testid=document]')).toContainText('DEAL-5');
    expect(await frame.locator('[data-testid=document] script').count(), 'a title with markup stays text').toBe(0);
    await frame.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await frame.click('[data-testid=doc-print]');
    expect(await frame.evaluate(() => window.__printed)).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), frame.click('[data-testid=doc-download]')]);
    expect(download.suggestedFilename()).toBe('offer-deal-5.html');
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const html = Buffer.concat(chunks).toString('utf8');
    expect(html).toContain('DEAL-5');
    expect(html).not.toContain('<script');
    const escaped = deal.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(html).toContain(escaped);
    await expect(frame.locator('[data-testid=doc-status]')).toContainText('offer-deal-5.html');
    await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  });
}

for (const theme of ['light', 'dark']) {
  test(`the timeline menu works on its record: the activity is marked done in the store (${theme})`, async ({ page }) => {
    const open = (await rest(page, 'crm.activity.list', { filter: { OWNER_TYPE_ID: 2, COMPLETED: 'N' } })).result[theme === 'light' ? 0 : 1];
    const frame = await openApp(page, 'CRM_DEAL_ACTIVITY_TIMELINE_MENU', { ENTITY_ID: open.OWNER_ID, ASSOCIATED_ENTITY_ID: open.ID, ASSOCIATED_ENTITY_TYPE_ID: '6' }, theme);
    await expect(frame.locator('[data-widget=crm-record] .b-card__title')).toHaveText(open.SUBJECT, { timeout: 20_000 });
    await frame.click('[data-testid=record-done]');
    await expect.poll(async () => (await rest(page, 'crm.activity.get', { id: open.ID })).result.COMPLETED).toBe('Y');
    await expect(frame.locator('[data-testid=record-done]')).toHaveCount(0);
    expect((await restMethods(page)).filter((m) => m === 'crm.activity.update')).toHaveLength(1);
  });
}

for (const theme of ['light', 'dark']) {
  test(`the robot settings form writes each valid change into the robot form (${theme})`, async ({ page }) => {
    const options = {
      code: 'follow_up', activity_name: 'A1', document_type: ['crm', 'CCrmDocumentDeal', 'DEAL'], document_fields: {},
      properties: {
        subject: { Id: 'subject', Type: 'string', Name: 'Subject', Required: true },
        days: { Id: 'days', Type: 'int', Name: 'Days to wait' },
        urgent: { Id: 'urgent', Type: 'bool', Name: 'Urgent', Default: 'N' },
      },
      current_values: { subject: 'Call back' },
    };
    const frame = await openApp(page, 'BIZPROC_ACTIVITY_PROPERTIES_DIALOG', options, theme);
    await expect(frame.locator('[data-property=subject]')).toHaveValue('Call back', { timeout: 20_000 });
    await frame.fill('[data-property=days]', 'soon');
    await frame.press('[data-property=days]', 'Tab');
    await expect(frame.locator('[role=alert]')).toBeVisible();
    expect((await page.evaluate(() => window.portal.state())).robotValues).toBeUndefined();
    await frame.fill('[data-property=days]', '2');
    await frame.press('[data-property=days]', 'Tab');
    await frame.selectOption('[data-property=urgent]', 'Y');
    await expect.poll(async () => (await page.evaluate(() => window.portal.state())).robotValues).toEqual({ days: 2, urgent: 'Y' });
    expect((await frameCommandsOf(page, 'setPropertyValue'))).toHaveLength(2);
    await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  });
}

async function frameCommandsOf(page, name) {
  return (await frameCommands(page)).filter((c) => c === name);
}
