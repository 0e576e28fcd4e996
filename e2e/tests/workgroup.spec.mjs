// Workgroups (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR): the group card with members, roles,
// open tasks and deadlines from the emulator, in light and dark.
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
  test(`SONET_GROUP_DETAIL_TAB (${theme}): members with roles, open tasks, deadlines`, async ({ page }) => {
    const frame = await openApp(page, 'SONET_GROUP_DETAIL_TAB', { GROUP_ID: '2' }, theme);
    expect(await frame.getAttribute('[data-family]', 'data-family')).toBe('workgroup');
    const group = (await rest(page, 'sonet_group.get', { FILTER: { ID: 2 } })).result[0];
    await expect(frame.locator('.b-card__title')).toHaveText(group.NAME, { timeout: 20_000 });
    const members = (await rest(page, 'sonet_group.user.get', { ID: 2 })).result;
    await expect(frame.locator('[data-testid=members] li')).toHaveCount(members.length);
    const owner = (await rest(page, 'user.get', { ID: group.OWNER_ID })).result[0];
    const first = frame.locator('[data-testid=members] li').first();
    await expect(first).toContainText(`${owner.NAME} ${owner.LAST_NAME}`);
    await expect(first).toContainText('Owner');
    const open = (await rest(page, 'tasks.task.list', { filter: { GROUP_ID: 2, '!REAL_STATUS': [5, 7] }, select: ['ID'], start: 0 })).total;
    await expect(frame.locator('[data-testid=stat-open]')).toHaveText(String(open));
    await frame.click('[data-testid=open-group]');
    await expect.poll(async () => (await frameCommands(page)).filter((c) => c.command === 'openPath').map((c) => c.args.path)).toContain('/workgroups/group/2/');
  });
}

test('SONET_GROUP_TOOLBAR finds its group in the page URI', async ({ page }) => {
  const frame = await openApp(page, 'SONET_GROUP_TOOLBAR', { URI: '/workgroups/group/3/' });
  const group = (await rest(page, 'sonet_group.get', { FILTER: { ID: 3 } })).result[0];
  await expect(frame.locator('.b-card__title')).toHaveText(group.NAME, { timeout: 20_000 });
});
