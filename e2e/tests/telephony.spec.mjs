// Telephony widgets in the emulator, light and dark, checked on the portal side: the call card keeps
// itself open while a note is written (the host's autoClose state) and saves the note as exactly one
// activity, also from BeforeClose fired twice; the background softphone drives the WebRTC call card
// (its state on the host) and finishes the registered call once (the call log in the store); the
// calls report counts what voximplant.statistic.get holds.
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

async function openApp(page, placement, options, theme, widget) {
  await openPortal(page, { placement, options, theme });
  const frame = await mainFrame(page, null);
  await frame.waitForSelector(`[data-widget=${widget}]`, { state: 'attached', timeout: 30_000 });
  // A hidden frame has no theme to check (nothing of it is drawn); every visible one follows the portal.
  if (widget !== 'softphone') {
    expect(await frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  }
  return frame;
}

function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return answer.json();
  }, [method, params]);
}

const state = (page) => page.evaluate(() => window.portal.state());
const frameCommands = (page) => page.evaluate(() => window.portal.log('frame').map((e) => e.command));

// The catalogue's example call: bound to company 17.
const CALL = {
  CALL_ID: 'externalCall.c3ee67f1a63f6e6117c230ab59cc49ea.1723556778', PHONE_NUMBER: '+4930123456', LINE_NUMBER: '+49 30 000-00-00',
  CRM_ENTITY_TYPE: 'COMPANY', CRM_ENTITY_ID: '17', CRM_ACTIVITY_ID: 'undefined', CRM_BINDINGS: [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: '25' }],
  CALL_DIRECTION: 'incoming', CALL_STATE: 'connected', CALL_LIST_MODE: 'false',
};

async function notesOnCompany(page, description) {
  return (await rest(page, 'crm.activity.list', { filter: { OWNER_TYPE_ID: 4, OWNER_ID: 17, DESCRIPTION: description } })).result;
}

for (const theme of ['light', 'dark']) {
  test(`CALL_CARD (${theme}): the note keeps the card open and becomes one activity`, async ({ page }) => {
    const frame = await openApp(page, 'CALL_CARD', CALL, theme, 'call-card');
    await expect.poll(async () => (await frameCommands(page)).includes('getStatus')).toBe(true);
    const note = `Wants the price list (${theme})`;
    await frame.locator('[data-testid=call-note-text]').fill(note);
    await expect.poll(async () => (await state(page)).autoClose).toBe(false);
    await frame.locator('[data-testid=call-note-save]').click();
    await expect(frame.locator('[data-testid=call-note-status]')).toContainText('Company #17');
    await expect.poll(async () => (await state(page)).autoClose).toBe(true);
    const notes = await notesOnCompany(page, note);
    expect(notes, 'exactly one activity').toHaveLength(1);
    expect(notes[0].SUBJECT).toBe('Call note: +4930123456');
  });
}

test('CALL_CARD: BeforeClose fired twice saves the unsaved note once', async ({ page }) => {
  const frame = await openApp(page, 'CALL_CARD', CALL, 'light', 'call-card');
  const note = `Call back on Monday ${Date.now()}`;
  await frame.locator('[data-testid=call-note-text]').fill(note);
  await expect.poll(async () => (await state(page)).autoClose).toBe(false);
  await expect.poll(() => page.evaluate(() => window.portal.boundEvents()['CallCard::BeforeClose'] || 0)).toBeGreaterThan(0);
  await page.evaluate(() => { window.portal.fireEvent('CallCard::BeforeClose', {}); window.portal.fireEvent('CallCard::BeforeClose', {}); });
  await expect(frame.locator('[data-testid=call-note-status]')).toContainText('activity #');
  expect(await notesOnCompany(page, note)).toHaveLength(1);
});

for (const theme of ['light', 'dark']) {
  test(`PAGE_BACKGROUND_WORKER (${theme}): the softphone drives the call card and finishes the call once`, async ({ page }) => {
    await openApp(page, 'PAGE_BACKGROUND_WORKER', { ID: 'PAGE_BACKGROUND_WORKER', URI: '/' }, theme, 'softphone');
    await expect.poll(() => page.evaluate(() => window.portal.boundEvents()['BackgroundCallCard::initialized'] || 0)).toBe(1);
    const card = await page.evaluate(() => window.portal.raiseCallCard({ PHONE_NUMBER: '+4930777' }));
    expect(card.CALL_ID).toMatch(/^externalCall\./);
    await expect.poll(async () => (await state(page)).callCard).toMatchObject({ title: 'Incoming call from +4930777', uiState: 'incoming', statusText: 'Ringing…' });
    await page.evaluate(() => window.portal.fireEvent('BackgroundCallCard::answerButtonClick', {}));
    await expect.poll(async () => (await state(page)).callCard).toMatchObject({ uiState: 'connected', timer: true, statusText: 'Connected' });
    await page.evaluate(() => window.portal.fireEvent('BackgroundCallCard::muteButtonClick', true));
    await expect.poll(async () => (await state(page)).callCard.muted).toBe(true);
    await page.evaluate(() => window.portal.fireEvent('BackgroundCallCard::hangupButtonClick', {}));
    await expect.poll(async () => (await state(page)).callCard.timer).toBe(false);
    await expect.poll(async () => (await rest(page, 'voximplant.statistic.get', { FILTER: { CALL_ID: card.CALL_ID } })).result.length).toBe(1);
    const logged = (await rest(page, 'voximplant.statistic.get', { FILTER: { CALL_ID: card.CALL_ID } })).result[0];
    expect(logged.CALL_FAILED_CODE).toBe('200');
    expect(Number(logged.CRM_ACTIVITY_ID)).toBeGreaterThan(0);
    await page.evaluate(() => window.portal.fireEvent('BackgroundCallCard::hangupButtonClick', {}));
    await page.evaluate(() => window.portal.fireEvent('BackgroundCallCard::closeButtonClick', {}));
    await expect.poll(async () => (await state(page)).callCard.closed).toBe(true);
    const finishes = (await page.evaluate(() => window.portal.serverLog(0)))
      .filter((e) => e.kind === 'rest' && e.data.method === 'telephony.externalcall.finish' && e.data.params.CALL_ID === card.CALL_ID);
    expect(finishes, 'finished once').toHaveLength(1);
  });
}

test('TELEPHONY_ANALYTICS_MENU (dark): the report counts the call log of the last 30 days', async ({ page }) => {
  const frame = await openApp(page, 'TELEPHONY_ANALYTICS_MENU', { URI: '/report/telephony/' }, 'dark', 'calls-report');
  const since = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const total = (await rest(page, 'voximplant.statistic.get', { FILTER: { '>=CALL_START_DATE': since } })).total;
  await expect(frame.locator('[data-testid=calls-total]')).toHaveText(String(total), { timeout: 20_000 });
  // Employees by name (user.get), not by id.
  const first = frame.locator('[data-testid=calls-users] tbody tr td').first();
  await expect(first).toBeVisible();
  expect(await first.textContent()).not.toMatch(/^#/);
});
