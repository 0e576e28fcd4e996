// CRM_*_ROBOT_DESIGNER_TOOLBAR through the emulator, checked on the portal side: an admin adds a
// trigger (crm.automation.trigger.list then holds it), fires it once on a deal picked in the portal's
// selectCRM dialog (the emulator records exactly one run), and deletes it; a refused code keeps the
// form's input; a non-admin sees the list read-only. Light and dark.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, rest, appRestCalls, THEMES } from '../collab.mjs';
import { openPortal, mainFrame } from '../helpers.mjs';

test.describe.configure({ mode: 'serial' });

test.beforeEach(() => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
});

const DESIGNER = 'CRM_DEAL_ROBOT_DESIGNER_TOOLBAR';
const OPTIONS = { URI: '/crm/deal/automation/0/' };
const portalState = (page) => page.evaluate(() => fetch('/emulator/api/state').then((r) => r.json()));

for (const theme of THEMES) {
  test(`${theme}: an admin adds a trigger, fires it once on a picked deal and deletes it`, async ({ page }) => {
    const name = `Contract signed ${theme}`;
    const code = `b24w.contract-signed-${theme}`;
    const frame = await openApp(page, DESIGNER, OPTIONS, theme);
    const widget = frame.locator('[data-widget=crm-automation]');
    await expect(widget.locator('[data-testid=automation-name]')).toBeVisible({ timeout: 20_000 });
    expect((await appRestCalls(page)).filter((m) => m.startsWith('crm.automation')), 'one call to load').toEqual(['crm.automation.trigger.list']);

    await widget.locator('[data-testid=automation-name]').fill(name);
    await expect(widget.locator('[data-testid=automation-code]')).toHaveValue(code);
    await widget.locator('[data-testid=automation-add]').click();
    await expect(widget.locator(`[data-testid=automation-trigger][data-code="${code}"]`)).toContainText(name, { timeout: 20_000 });
    await expect(widget.locator('[data-testid=automation-status]')).toContainText(name);
    expect((await rest(page, 'crm.automation.trigger.list')).result).toContainEqual({ NAME: name, CODE: code });
    // The form was cleared once the portal confirmed.
    await expect(widget.locator('[data-testid=automation-name]')).toHaveValue('');

    await widget.locator('[data-testid=automation-fire-trigger]').selectOption(code);
    await widget.locator('[data-testid=automation-pick]').click();
    await expect.poll(() => page.evaluate(() => window.portal.picker() && window.portal.picker().kind)).toBe('crm');
    const items = (await page.evaluate(() => window.portal.pickerReady())).items;
    const deal = items.find((i) => i.id.startsWith('D_'));
    expect(deal, 'the dialog offers deals').toBeTruthy();
    const dealId = Number(deal.id.slice(2));
    await page.evaluate((id) => window.portal.choose([id]), deal.id);
    await expect(widget.locator('[data-testid=automation-element]')).toHaveValue(String(dealId));
    await expect(widget.locator('[data-testid=automation-picked]')).toBeVisible();
    const runsBefore = (await portalState(page)).trigger_runs.filter((r) => r.CODE === code);
    expect(runsBefore).toEqual([]);
    await widget.locator('[data-testid=automation-fire]').click();
    await expect(widget.locator('[data-testid=automation-status]')).toContainText(name, { timeout: 20_000 });
    const runs = (await portalState(page)).trigger_runs.filter((r) => r.CODE === code);
    expect(runs, 'fired exactly once').toEqual([{ CODE: code, OWNER_TYPE_ID: 2, OWNER_ID: dealId }]);

    await widget.locator(`[data-testid=automation-trigger][data-code="${code}"] [data-testid=automation-delete]`).click();
    await expect(widget.locator(`[data-testid=automation-trigger][data-code="${code}"]`)).toHaveCount(0, { timeout: 20_000 });
    expect((await rest(page, 'crm.automation.trigger.list')).result.map((t) => t.CODE)).not.toContain(code);
  });
}

test('a code the app has already is refused before anything is sent, and the input stays', async ({ page }) => {
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  await rest(page, 'crm.automation.trigger.add', { CODE: 'b24w.paid', NAME: 'Paid' });
  const frame = await openApp(page, DESIGNER, OPTIONS, 'light');
  const form = frame.locator('[data-widget=crm-automation]');
  await expect(form.locator('[data-testid=automation-trigger][data-code="b24w.paid"]')).toBeVisible({ timeout: 20_000 });
  await form.locator('[data-testid=automation-name]').fill('Paid again');
  await form.locator('[data-testid=automation-code]').fill('b24w.paid');
  await form.locator('[data-testid=automation-add]').click();
  await expect(form.locator('[data-testid=automation-problem]')).toBeVisible();
  await expect(form.locator('[data-testid=automation-name]')).toHaveValue('Paid again');
  await expect(form.locator('[data-testid=automation-code]')).toHaveValue('b24w.paid');
  expect((await appRestCalls(page)).filter((m) => m === 'crm.automation.trigger.add'), 'nothing sent').toEqual([]);
  expect((await rest(page, 'crm.automation.trigger.list')).result.filter((t) => t.CODE === 'b24w.paid')).toEqual([{ NAME: 'Paid', CODE: 'b24w.paid' }]);
});

test('a non-admin sees the triggers read-only', async ({ page }) => {
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  await openPortal(page, { placement: DESIGNER, options: OPTIONS, params: { admin: 0 } });
  const frame = await mainFrame(page, null);
  const widget = frame.locator('[data-widget=crm-automation]');
  await expect(widget.locator('[data-testid=automation-admin-only]')).toBeVisible({ timeout: 20_000 });
  await expect(widget.locator('[data-testid=automation-add]')).toHaveCount(0);
  await expect(widget.locator('[data-testid=automation-delete]')).toHaveCount(0);
});
