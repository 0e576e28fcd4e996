// User profiles (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU): the employee card from the emulator,
// chat and call through the messenger commands the portal receives, in light and dark.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, rest, frameCommands, THEMES } from '../collab.mjs';

test.describe.configure({ mode: 'serial' });

test.beforeEach(() => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
});

for (const theme of THEMES) {
  test(`USER_PROFILE_TOOLBAR (${theme}): department, manager, deals and tasks; chat and call`, async ({ page }) => {
    const frame = await openApp(page, 'USER_PROFILE_TOOLBAR', { USER_ID: '4' }, theme);
    expect(await frame.getAttribute('[data-family]', 'data-family')).toBe('user-profile');
    const user = (await rest(page, 'user.get', { ID: 4 })).result[0];
    await expect(frame.locator('.b-card__title')).toHaveText(`${user.NAME} ${user.LAST_NAME}`, { timeout: 20_000 });
    const department = (await rest(page, 'department.get', { ID: user.UF_DEPARTMENT[0] })).result[0];
    await expect(frame.locator('[data-testid=department]')).toHaveText(department.NAME);
    const head = (await rest(page, 'user.get', { ID: department.UF_HEAD })).result[0];
    await expect(frame.locator('[data-testid=manager]')).toContainText(`${head.NAME} ${head.LAST_NAME}`);
    const deals = (await rest(page, 'crm.deal.list', { filter: { ASSIGNED_BY_ID: 4, CLOSED: 'N' }, select: ['ID'] })).total;
    await expect(frame.locator('[data-testid=open-deals] h3')).toHaveText(`Open deals: ${deals}`);
    await frame.click('[data-testid=message]');
    await frame.click('[data-testid=call]');
    await expect.poll(async () => (await frameCommands(page)).filter((c) => c.command.startsWith('im')).map((c) => [c.command, c.args]))
      .toEqual([['imOpenMessenger', { dialogId: '4' }], ['imCallTo', { userId: 4, video: false }]]);
  });
}

test('USER_PROFILE_MENU shows the profile of the page it was opened on', async ({ page }) => {
  const frame = await openApp(page, 'USER_PROFILE_MENU', { USER_ID: '1', URI: '/company/personal/user/5/' });
  const user = (await rest(page, 'user.get', { ID: 5 })).result[0];
  await expect(frame.locator('.b-card__title')).toHaveText(`${user.NAME} ${user.LAST_NAME}`, { timeout: 20_000 });
});
