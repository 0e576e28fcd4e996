// The app's custom CRM field type (USERFIELD_TYPE, a star rating with a note) in the emulator's fake
// CRM card, light and dark: userfieldconfig.add really adds the field to the records, edit mode
// hands the card a JSON string through setValue, the card's Save stores it on the record, view mode
// shows it, MANDATORY and MULTIPLE behave, and the inline frame fits its content.
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

function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return answer.json();
  }, [method, params]);
}

/** Registers the type (once; "already binded" on a rerun) and adds a deal field of it. */
async function addField(page, fieldName, multiple, mandatory) {
  await rest(page, 'userfieldtype.add', { USER_TYPE_ID: 'rating', HANDLER: `${process.env.APP_ORIGIN}/`, TITLE: 'Rating' });
  const added = await rest(page, 'userfieldconfig.add', {
    moduleId: 'crm',
    field: { entityId: 'CRM_DEAL', fieldName, userTypeId: 'rest_7_rating', multiple: multiple ? 'Y' : 'N', mandatory: mandatory ? 'Y' : 'N' },
  });
  expect(added.result && added.result.field.fieldName, JSON.stringify(added)).toBe(fieldName);
}

const camel = (name) => `ufCrm_${name.slice('UF_CRM_'.length)}`;

async function openField(page, options, theme) {
  await openPortal(page, { placement: 'USERFIELD_TYPE', options, theme });
  return fieldFrame(page, theme, options.MODE);
}

/** The field's frame once the card shows it in `mode` (the card reopens it on View/Edit/Save). */
async function fieldFrame(page, theme, mode) {
  await expect.poll(() => page.evaluate(() => (window.portal.placement() || { options: {} }).options.MODE)).toBe(mode);
  const frame = await mainFrame(page, null);
  await frame.waitForSelector(`[data-widget=rating-field][data-mode=${mode}]`, { timeout: 30_000 });
  await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  return frame;
}

const fieldOptions = (fieldName, mode, value, multiple, mandatory) => ({
  MODE: mode, ENTITY_ID: 'CRM_DEAL', FIELD_NAME: fieldName, ENTITY_VALUE_ID: '3', VALUE: value,
  MULTIPLE: multiple ? 'Y' : 'N', MANDATORY: mandatory ? 'Y' : 'N', XML_ID: null,
  ENTITY_DATA: { entityTypeId: 2, entityId: '3', module: 'crm' },
});

const stored = async (page, fieldName) => (await rest(page, 'crm.item.get', { entityTypeId: 2, id: 3 })).result.item[camel(fieldName)];

for (const [theme, fieldName] of [['light', 'UF_CRM_1700000000911'], ['dark', 'UF_CRM_1700000000912']]) {
  test(`${theme}: a rating is edited, handed over as a JSON string, saved on the record and shown`, async ({ page }) => {
    await addField(page, fieldName, false, true);
    expect(await stored(page, fieldName), 'the new field is on the record, empty').toBeNull();
    let frame = await openField(page, fieldOptions(fieldName, 'edit', null, false, true), theme);
    await frame.click('[data-testid=rating-star-4]');
    await expect.poll(() => page.evaluate(() => window.portal.state().userfieldValue)).toBe('{"stars":4,"note":""}');
    await frame.fill('[data-testid=rating-note]', 'Answers within an hour');
    await frame.locator('[data-testid=rating-note]').blur();
    const value = '{"stars":4,"note":"Answers within an hour"}';
    await expect.poll(() => page.evaluate(() => window.portal.state().userfieldValue)).toBe(value);
    expect(typeof (await page.evaluate(() => window.portal.state().userfieldValue))).toBe('string');
    // The inline frame fits its content.
    await expect.poll(async () => (await page.evaluate(() => window.portal.log('frame').map((e) => e.command))).includes('resizeWindow')).toBe(true);
    // The card's Save stores it on the record and shows the field in view mode.
    await page.click('[data-testid=field-save]');
    await expect.poll(() => page.evaluate(() => window.portal.fieldCard().saved)).toBe(1);
    expect(await stored(page, fieldName)).toBe(value);
    frame = await fieldFrame(page, theme, 'view');
    await expect(frame.locator('[data-widget=rating-field][data-mode=view] [data-stars="4"]')).toHaveText('★★★★☆', { timeout: 20_000 });
    await expect(frame.locator('[data-testid=rating-value]')).toContainText('Answers within an hour');
    const height = await frame.evaluate(() => document.documentElement.scrollHeight);
    await expect.poll(() => page.evaluate(() => window.portal.frameSize().height)).toBe(height);
    // Back to edit: the stored value is in the form; clearing it is refused by the card (MANDATORY).
    await page.click('[data-testid=field-edit]');
    frame = await fieldFrame(page, theme, 'edit');
    const star = frame.locator('[data-testid=rating-star-4][aria-pressed=true]');
    await expect(star).toBeVisible({ timeout: 20_000 });
    await star.click();
    // A note without stars is not a rating: nothing is handed over.
    await expect(frame.locator('[data-testid=rating-error]')).toContainText('Choose the stars for rating 1');
    expect(await page.evaluate(() => window.portal.state().userfieldValue)).toBeUndefined();
    await frame.fill('[data-testid=rating-note]', '');
    await frame.locator('[data-testid=rating-note]').blur();
    await expect(frame.locator('[data-testid=rating-error]')).toContainText('required');
    await expect.poll(() => page.evaluate(() => window.portal.state().userfieldValue)).toBe('');
    await page.click('[data-testid=field-save]');
    await expect.poll(() => page.evaluate(() => window.portal.fieldCard().error || '')).toContain('required');
    expect(await stored(page, fieldName), 'the refused save changed nothing').toBe(value);
  });
}

test('a multiple field stores an array of JSON strings', async ({ page }) => {
  const fieldName = 'UF_CRM_1700000000913';
  await addField(page, fieldName, true, false);
  expect(await stored(page, fieldName)).toEqual([]);
  const frame = await openField(page, fieldOptions(fieldName, 'edit', [], true, false), 'light');
  await frame.click('[data-testid=rating-star-5]');
  await frame.click('[data-testid=rating-add]');
  await frame.locator('[data-testid=rating-entry]').nth(1).locator('[data-testid=rating-star-2]').click();
  const expected = ['{"stars":5,"note":""}', '{"stars":2,"note":""}'];
  await expect.poll(() => page.evaluate(() => window.portal.state().userfieldValue)).toEqual(expected);
  await page.click('[data-testid=field-save]');
  await expect.poll(() => page.evaluate(() => window.portal.fieldCard().saved)).toBeGreaterThan(0);
  expect(await stored(page, fieldName)).toEqual(expected);
  const view = await fieldFrame(page, 'light', 'view');
  await expect(view.locator('[data-testid=rating-value]')).toHaveCount(2, { timeout: 20_000 });
});
