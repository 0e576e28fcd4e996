// The CRM list widgets in the emulator, light and dark: the list report over the 10 000-item smart
// process (one batch for its dictionaries, then batched ID-cursor pages with a progress bar; a stage
// opens the filtered list through openPath) and the list-row actions (a stage move written exactly
// once, reassignment through the portal's user picker, reloadData to the parent).
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
  await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  return frame;
}

function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return answer.json();
  }, [method, params]);
}

async function restCalls(page) {
  return (await serverLog(page, 'rest')).map((e) => ({ method: e.data.method, status: e.data.status }));
}

async function frameCommands(page) {
  return page.evaluate(() => window.portal.log('frame').map((e) => e.command));
}

for (const theme of ['light', 'dark']) {
  test(`${theme}: the report counts all 10 000 smart-process items per stage and a stage opens the filtered list`, async ({ page }) => {
    test.setTimeout(120_000);
    const frame = await openApp(page, 'CRM_DYNAMIC_1038_LIST_TOOLBAR', { URI: '/crm/type/1038/list/' }, theme);
    expect(await frame.getAttribute('[data-family]', 'data-family')).toBe('crm-section');
    // Progress is shown while the pages come (or the report is already there on a fast machine).
    await expect(frame.locator('[data-testid=report-progress], [data-testid=report-pipeline]').first()).toBeVisible({ timeout: 20_000 });
    await expect(frame.locator('[data-testid=report-pipeline]')).toBeVisible({ timeout: 90_000 });
    // What the widget sent (before this test's own REST calls): one batch for the dictionaries, then
    // the pages, 50 to a batch request: a handful of requests for 10 000 items.
    const calls = (await restCalls(page)).filter((c) => c.method === 'batch' || c.method.startsWith('crm.'));
    expect(calls[0].method, JSON.stringify(calls)).toBe('batch');
    expect(calls.length, JSON.stringify(calls)).toBeLessThanOrEqual(8);
    expect(calls.every((c) => c.status === 200)).toBe(true);
    const total = (await rest(page, 'crm.item.list', { entityTypeId: 1038, select: ['id'] })).total;
    expect(total).toBe(10000);
    await expect(frame.locator('[data-testid=pipeline-count]')).toHaveText(/10[,.\s\u00a0\u202f]?000/);
    // The stage counts add up to the list, stage by stage as the portal counts them.
    const stages = (await rest(page, 'crm.status.list', { filter: { ENTITY_ID: 'DYNAMIC_1038_STAGE_5' } })).result;
    for (const stage of stages.slice(0, 2)) {
      const count = (await rest(page, 'crm.item.list', { entityTypeId: 1038, filter: { stageId: stage.STATUS_ID }, select: ['id'] })).total;
      const row = frame.locator(`[data-key="${stage.STATUS_ID}"] [data-testid=bar-value]`);
      await expect(row).toContainText(new Intl.NumberFormat('en').format(count));
    }
    // The bars are drawn with the kit's tokens of the current theme.
    const colours = await frame.evaluate(() => {
      const bar = document.querySelector('rect.b-bars__bar--primary');
      const probe = document.createElement('div');
      probe.style.color = 'var(--ui-color-design-filled-bg)';
      document.body.appendChild(probe);
      const token = getComputedStyle(probe).color;
      probe.remove();
      return { fill: getComputedStyle(bar).fill, token };
    });
    expect(colours.fill).toBe(colours.token);
    const first = stages[0].STATUS_ID;
    // The toolbar's own frame is a slider; the filtered list opens over it.
    const open = (await page.evaluate(() => window.portal.sliders())).length;
    await frame.click(`[data-key="${first}"]`);
    await expect.poll(async () => (await page.evaluate(() => window.portal.sliders())).length).toBe(open + 1);
    const slider = JSON.stringify((await page.evaluate(() => window.portal.sliders())).at(-1));
    expect(slider).toContain(`/crm/type/1038/list/category/5/?apply_filter=Y&STAGE_ID%5B%5D=${encodeURIComponent(first)}`);
    expect(await frameCommands(page)).toContain('openPath');
  });

  test(`${theme}: stopping the count of the large list keeps a partial report`, async ({ page }) => {
    // Slow answers so the count is still running when Stop is pressed.
    await page.evaluate(() => fetch('/emulator/api/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ delay_ms: 1500 }) }));
    const frame = await openApp(page, 'CRM_DYNAMIC_1038_LIST_TOOLBAR', { URI: '/crm/type/1038/list/' }, theme);
    await frame.click('[data-testid=report-stop]', { timeout: 20_000 });
    await expect(frame.locator('[data-testid=report-partial], [data-testid=report-again]').first()).toBeVisible({ timeout: 20_000 });
    await page.evaluate(() => fetch('/emulator/api/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }));
  });

  test(`${theme}: a list row moves to another stage exactly once and the list reloads`, async ({ page }) => {
    const id = 4;
    const before = (await rest(page, 'crm.item.get', { entityTypeId: 2, id })).result.item;
    const frame = await openApp(page, 'CRM_DEAL_LIST_MENU', { ID: String(id) }, theme);
    await expect(frame.locator('.b-card__title').first()).toContainText(before.title, { timeout: 20_000 });
    const options = await frame.locator('[data-testid=row-stage] option').evaluateAll((o) => o.map((x) => x.value));
    const target = options.find((v) => v !== before.stageId);
    await frame.selectOption('[data-testid=row-stage]', target);
    await frame.click('[data-testid=row-move]');
    await expect(frame.locator('[data-testid=row-status]')).toContainText('Moved to', { timeout: 20_000 });
    const after = (await rest(page, 'crm.item.get', { entityTypeId: 2, id })).result.item;
    expect(after.stageId).toBe(target);
    expect(after.previousStageId).toBe(before.stageId);
    const updates = (await restCalls(page)).filter((c) => c.method === 'crm.item.update');
    expect(updates).toHaveLength(1);
    await expect.poll(() => page.evaluate(() => window.portal.state().reloads || 0)).toBe(1);
    expect(await frameCommands(page)).toContain('reloadData');
    // Put it back for the other runs.
    await rest(page, 'crm.item.update', { entityTypeId: 2, id, fields: { stageId: before.stageId } });
  });

  test(`${theme}: reassigning a row goes through the portal's user picker`, async ({ page }) => {
    const id = 6;
    const before = (await rest(page, 'crm.item.get', { entityTypeId: 2, id })).result.item;
    const frame = await openApp(page, 'CRM_DEAL_LIST_MENU', { ID: String(id) }, theme);
    await frame.click('[data-testid=row-reassign]', { timeout: 20_000 });
    // The click only sends selectUser: wait until the host page opened its picker.
    await expect.poll(() => page.evaluate(() => window.portal.picker() && window.portal.picker().kind)).toBe('user');
    const picker = await page.evaluate(() => window.portal.pickerReady());
    expect(picker.kind).toBe('user');
    const other = picker.items.find((u) => String(u.id) !== String(before.assignedById));
    await page.evaluate((uid) => window.portal.choose([uid]), other.id);
    await expect(frame.locator('[data-testid=row-status]')).toContainText('is now responsible', { timeout: 20_000 });
    const after = (await rest(page, 'crm.item.get', { entityTypeId: 2, id })).result.item;
    expect(String(after.assignedById)).toBe(String(other.id));
    expect((await restCalls(page)).filter((c) => c.method === 'crm.item.update')).toHaveLength(1);
    expect(await frameCommands(page)).toContain('selectUser');
    await rest(page, 'crm.item.update', { entityTypeId: 2, id, fields: { assignedById: before.assignedById } });
  });
}

test('a row write answered with a 500 is not resent: the widget says the outcome is unknown and re-reads', async ({ page }) => {
  test.setTimeout(120_000);
  const frame = await openApp(page, 'CRM_DEAL_LIST_MENU', { ID: '8' }, 'light');
  await expect(frame.locator('[data-testid=row-stage]')).toBeVisible({ timeout: 20_000 });
  const options = await frame.locator('[data-testid=row-stage] option').evaluateAll((o) => o.map((x) => x.value));
  const current = await frame.locator('[data-testid=row-stage]').inputValue();
  await page.evaluate(() => fetch('/emulator/api/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fail_every: 1 }) }));
  await frame.selectOption('[data-testid=row-stage]', options.find((v) => v !== current));
  await frame.click('[data-testid=row-move]');
  // BX24.js never calls back on a 5xx: the write runs into its deadline, an unknown outcome.
  await expect(frame.locator('[data-testid=row-unknown]')).toBeVisible({ timeout: 90_000 });
  await page.evaluate(() => fetch('/emulator/api/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }));
  const updates = (await restCalls(page)).filter((c) => c.method === 'crm.item.update');
  expect(updates.length, 'never resent').toBe(1);
  expect(await frameCommands(page)).not.toContain('reloadData');
});

test('old invoices and store orders get the report from their own list methods, per status', async ({ page }) => {
  for (const [placement, uri, method, key, statusKey] of [
    ['CRM_INVOICE_LIST_TOOLBAR', '/crm/invoice/list/', 'crm.invoice.list', null, 'STATUS_ID'],
    ['CRM_ORDER_LIST_TOOLBAR', '/shop/orders/', 'sale.order.list', 'orders', 'statusId'],
  ]) {
    const frame = await openApp(page, placement, { URI: uri }, 'light');
    const report = frame.locator('[data-testid=report-pipeline]');
    await expect(report).toBeVisible({ timeout: 20_000 });
    const answer = await rest(page, method, { select: statusKey === 'STATUS_ID' ? ['ID', 'STATUS_ID'] : ['id', 'statusId'] });
    const rows = key ? answer.result[key] : answer.result;
    await expect(report.locator('[data-testid=pipeline-count]')).toHaveText(String(answer.total));
    const perStatus = {};
    for (const row of rows) perStatus[row[statusKey]] = (perStatus[row[statusKey]] || 0) + 1;
    for (const [status, count] of Object.entries(perStatus)) {
      await expect(report.locator(`[data-key="${status}"] [data-testid=bar-value]`), `${placement} ${status}`).toHaveText(new RegExp(`^${count}(?![0-9])`));
    }
  }
});
