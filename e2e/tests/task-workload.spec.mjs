// Task lists (TASK_GROUP_LIST_TOOLBAR, TASK_USER_LIST_TOOLBAR, legacy codes without a task): the
// workload report from the emulator's tasks, paged by ID cursor, in light and dark.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, rest, appRestCalls, frameCommands, THEMES } from '../collab.mjs';

test.describe.configure({ mode: 'serial' });

test.beforeEach(() => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
});

/** Open tasks and overdue open tasks of a filter, counted by the emulator. */
async function expected(page, filter) {
  const count = async (f) => (await rest(page, 'tasks.task.list', { filter: { ...filter, ...f }, select: ['ID'], start: 0 })).total;
  return { all: await count({}), open: await count({ '!REAL_STATUS': [5, 7] }), overdue: await count({ '!REAL_STATUS': [5, 7], '<DEADLINE': new Date().toISOString() }) };
}

for (const theme of THEMES) {
  test(`TASK_GROUP_LIST_TOOLBAR (${theme}): the project's workload with its charts`, async ({ page }) => {
    const frame = await openApp(page, 'TASK_GROUP_LIST_TOOLBAR', { GROUP_ID: '1' }, theme);
    expect(await frame.getAttribute('[data-family]', 'data-family')).toBe('task');
    const group = (await rest(page, 'sonet_group.get', { FILTER: { ID: 1 } })).result[0];
    await expect(frame.locator('.b-card__title')).toHaveText(`Workload: ${group.NAME}`, { timeout: 20_000 });
    const want = await expected(page, { GROUP_ID: 1 });
    await expect(frame.locator('[data-testid=stat-open]')).toHaveText(String(want.open));
    await expect(frame.locator('[data-testid=stat-overdue]')).toHaveText(String(want.overdue));
    await expect(frame.locator('[data-testid=chart-status] li')).not.toHaveCount(0);
    const statusTotal = await frame.locator('[data-testid=chart-status] li').evaluateAll((rows) => rows.reduce((n, r) => n + Number(r.dataset.value), 0));
    expect(statusTotal).toBe(want.all);
    await frame.click('[data-testid=open-task-list]');
    await expect.poll(async () => (await frameCommands(page)).filter((c) => c.command === 'openPath').map((c) => c.args.path)).toContain('/workgroups/group/1/tasks/');
  });
}

test('a legacy task code pages through every visible task by ID cursor in batches', async ({ page }) => {
  const frame = await openApp(page, 'TASK_TOP_MENU', {});
  await expect(frame.locator('.b-card__title')).toHaveText('Workload of the tasks you can see', { timeout: 20_000 });
  const want = await expected(page, {});
  expect(want.all, 'the demo list spans several pages').toBeGreaterThan(100);
  await expect(frame.locator('[data-testid=workload-loading]')).toHaveCount(0, { timeout: 20_000 });
  await expect(frame.locator('[data-testid=stat-open]')).toHaveText(String(want.open));
  const statusTotal = await frame.locator('[data-testid=chart-status] li').evaluateAll((rows) => rows.reduce((n, r) => n + Number(r.dataset.value), 0));
  expect(statusTotal, 'every task counted once').toBe(want.all);
  const calls = await appRestCalls(page);
  // The header batch, the counted first page, then the remaining pages in one batch.
  expect(calls.filter((m) => m === 'batch').length).toBe(2);
  expect(calls.filter((m) => m === 'tasks.task.list').length).toBeGreaterThanOrEqual(1);
});
