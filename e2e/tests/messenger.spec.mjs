// The messenger widgets in the emulator, light and dark: what the portal side received. The textarea
// panel's text lands in the host's message input (im:setImTextareaContent as an object message) and
// reads it back; the context menu creates exactly one task and one activity in the store; the sidebar
// and the navigation page open chats through imOpenMessenger; the deprecated smiles selector says so.
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

async function openApp(page, placement, options, theme) {
  await openPortal(page, { placement, options, theme });
  const frame = await mainFrame(page, null);
  await frame.waitForSelector('[data-widget=messenger]', { state: 'attached', timeout: 30_000 });
  return frame;
}

function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return answer.json();
  }, [method, params]);
}

/** Frame commands the host received: [{command, args, form}]. */
function frameLog(page) {
  return page.evaluate(() => window.portal.log('frame').map((e) => ({ command: e.command, args: e.args, form: e.form })));
}

for (const theme of ['light', 'dark']) {
  test(`IM_TEXTAREA (${theme}): replies land in the message input, which the panel reads back`, async ({ page }) => {
    const frame = await openApp(page, 'IM_TEXTAREA', { dialogId: 'chat2' }, theme);
    expect(await frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
    const templates = frame.locator('[data-testid=im-templates] button');
    await expect(templates.first()).toBeVisible({ timeout: 20_000 });
    await expect(frame.locator('[data-testid=im-templates]')).toContainText('Deal #5');
    await page.evaluate(() => window.portal.textarea(''));
    await templates.first().click();
    await expect.poll(() => page.evaluate(() => window.portal.textarea())).toBe('Thank you! I will get back to you shortly.');
    await expect(frame.locator('[data-testid=im-status]')).toHaveText('The text is in the message input.');

    // The draft answers the last message someone else wrote (message 2431, by user 2).
    const author = (await rest(page, 'user.get', { ID: 2 })).result[0].NAME;
    await frame.locator('[data-testid=im-draft]').click();
    await expect.poll(() => page.evaluate(() => window.portal.textarea())).toContain(`\n${author}, thank you for your message: “Please send the client`);

    await frame.locator('[data-testid=im-replace]').check();
    await templates.nth(1).click();
    await expect.poll(() => page.evaluate(() => window.portal.textarea())).toBe('Could you send me the details, please?');

    await page.evaluate(() => window.portal.textarea('Typed by the user'));
    await frame.locator('[data-testid=im-read]').click();
    await expect(frame.locator('[data-testid=im-status]')).toHaveText('Text in the input: Typed by the user (length: 17)');

    const sets = (await frameLog(page)).filter((e) => e.command === 'im:setImTextareaContent');
    expect(sets).toHaveLength(3);
    expect(sets.every((e) => e.form === 'object' && typeof e.args.requestId === 'string')).toBe(true);
    expect(sets[2].args.replace).toBe(true);
    expect((await frameLog(page)).filter((e) => e.command === 'im:getImTextareaContent')).toHaveLength(1);
  });

  test(`IM_CONTEXT_MENU (${theme}): one task and one activity from the message, in the store`, async ({ page }) => {
    const frame = await openApp(page, 'IM_CONTEXT_MENU', { dialogId: 'chat2', messageId: '2431' }, theme);
    await expect(frame.locator('[data-testid=im-message]')).toContainText('Please send the client', { timeout: 20_000 });
    const title = `Send the delivery schedule (${theme})`;
    await frame.locator('[data-testid=im-title]').fill(title);
    await frame.locator('[data-testid=im-make-task]').click();
    await expect(frame.locator('[data-testid=im-created]')).toContainText('has been created');
    await expect(frame.locator('[data-testid=im-make-task]')).toHaveCount(0);
    const tasks = (await rest(page, 'tasks.task.list', { filter: { TITLE: title }, select: ['ID', 'TITLE', 'UF_CRM_TASK', 'DESCRIPTION'] })).result.tasks;
    expect(tasks, 'exactly one task').toHaveLength(1);
    expect(tasks[0].ufCrmTask || tasks[0].UF_CRM_TASK).toEqual(['D_5']);

    // A fresh menu on the same message adds the activity to the chat's deal.
    const again = await openApp(page, 'IM_CONTEXT_MENU', { dialogId: 'chat2', messageId: '2431' }, theme);
    const subject = `Call the client back (${theme})`;
    await again.locator('[data-testid=im-title]').fill(subject);
    await again.locator('[data-testid=im-make-activity]').click();
    await expect(again.locator('[data-testid=im-problem]')).toBeVisible();
    await again.locator('[data-testid=im-deadline]').fill('2026-12-24T18:00');
    await again.locator('[data-testid=im-make-activity]').click();
    await expect(again.locator('[data-testid=im-created]')).toContainText('Deal #5');
    const activities = (await rest(page, 'crm.activity.list', { filter: { OWNER_TYPE_ID: 2, OWNER_ID: 5, SUBJECT: subject } })).result;
    expect(activities, 'exactly one activity').toHaveLength(1);
    expect(activities[0].PROVIDER_ID).toBe('CRM_TODO');
  });

  test(`IM_SIDEBAR (${theme}): the chat's deal and members; Write opens the messenger`, async ({ page }) => {
    const frame = await openApp(page, 'IM_SIDEBAR', { dialogId: 'chat2' }, theme);
    await expect(frame.locator('[data-testid=im-binding]')).toContainText('Deal #5', { timeout: 20_000 });
    const members = (await rest(page, 'im.dialog.users.list', { DIALOG_ID: 'chat2' })).result;
    await expect(frame.locator('[data-testid=im-members] > li')).toHaveCount(members.length);
    await frame.locator('[data-testid=im-write]').first().click();
    await expect.poll(async () => (await frameLog(page)).filter((e) => e.command === 'imOpenMessenger').length).toBe(1);
    const opened = (await frameLog(page)).find((e) => e.command === 'imOpenMessenger');
    expect(members.map((m) => String(m.id))).toContain(String(opened.args.dialogId));
    await frame.locator('[data-testid=im-open-binding]').click();
    await expect.poll(async () => (await page.evaluate(() => window.portal.sliders())).map((s) => s.path).join()).toContain('/crm/deal/details/5/');
  });
}

test('IM_NAVIGATION: the recent chats with what they belong to; Open chat goes through imOpenMessenger', async ({ page }) => {
  const frame = await openApp(page, 'IM_NAVIGATION', {}, 'light');
  const recent = (await rest(page, 'im.recent.list', {})).result.items;
  await expect(frame.locator('[data-testid=im-chats] > li')).toHaveCount(recent.length, { timeout: 20_000 });
  await expect(frame.locator('[data-testid=im-chats]')).toContainText('Deal #5');
  await expect(frame.locator('[data-testid=im-chats]')).toContainText('Task #12');
  await frame.locator('[data-testid=im-open-chat]').first().click();
  await expect.poll(async () => (await frameLog(page)).filter((e) => e.command === 'imOpenMessenger').map((e) => e.args.dialogId)).toEqual([recent[0].id]);
});

test('IM_SMILES_SELECTOR: deprecated on screen; the portal ignores its textarea command and the widget says so', async ({ page }) => {
  const frame = await openApp(page, 'IM_SMILES_SELECTOR', {}, 'dark');
  await expect(frame.locator('[data-testid=im-deprecated]')).toContainText('25.1600.0', { timeout: 20_000 });
  await frame.locator('.b-im__emoji').first().click();
  await expect(frame.locator('[data-testid=im-status]')).toContainText('there is no message input here', { timeout: 15_000 });
  const drops = await page.evaluate(() => window.portal.log('drop'));
  expect(drops.some((d) => d.command === 'im:setImTextareaContent')).toBe(true);
});
