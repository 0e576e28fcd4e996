// REST_APP_URI links: the object the link's params name opens in the app's own card; an unknown
// link gets a clear screen. Light and dark.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, rest, THEMES } from '../collab.mjs';

test.describe.configure({ mode: 'serial' });

test.beforeEach(() => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
});

for (const theme of THEMES) {
  test(`REST_APP_URI (${theme}): a deal, a task and a user open in their cards`, async ({ page }) => {
    let frame = await openApp(page, 'REST_APP_URI', { deal: '3', URI: '/stream/' }, theme);
    expect(await frame.getAttribute('[data-family]', 'data-family')).toBe('rest-app-uri');
    const deal = (await rest(page, 'crm.item.get', { entityTypeId: 2, id: 3 })).result.item;
    await expect(frame.locator('[data-widget=entity-card] .b-card__title')).toHaveText(deal.title, { timeout: 20_000 });
    frame = await openApp(page, 'REST_APP_URI', { task: '5' }, theme);
    const task = (await rest(page, 'tasks.task.get', { taskId: 5, select: ['ID', 'TITLE'] })).result.task;
    await expect(frame.locator('[data-widget=task-card] .b-card__title')).toHaveText(task.title, { timeout: 20_000 });
    frame = await openApp(page, 'REST_APP_URI', { user: '6' }, theme);
    const user = (await rest(page, 'user.get', { ID: 6 })).result[0];
    await expect(frame.locator('[data-widget=employee-card] .b-card__title')).toHaveText(`${user.NAME} ${user.LAST_NAME}`, { timeout: 20_000 });
  });
}

test('REST_APP_URI: a link naming nothing the app knows says so and shows its params', async ({ page }) => {
  const frame = await openApp(page, 'REST_APP_URI', { docId: '42', URI: '/stream/' });
  const screen = frame.locator('[data-testid=unknown-link]');
  await expect(screen).toContainText('This link names nothing the app can open', { timeout: 20_000 });
  await expect(screen).toContainText('docId');
  await expect(screen).toContainText('42');
});
