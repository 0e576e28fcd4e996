// Helpers of the task-list, workgroup, profile, calendar and link specs: open a placement and get
// its app frame, call the emulator's REST as the host page, read what the portal side received.
import { expect } from '@playwright/test';
import { openPortal, mainFrame, serverLog } from './helpers.mjs';

/** Opens a placement in `theme` and returns the app frame once the router picked a family. */
export async function openApp(page, placement, options, theme = 'light') {
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  await page.evaluate(() => fetch('/emulator/api/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }));
  await page.evaluate(() => fetch('/emulator/api/log', { method: 'DELETE' })).catch(() => {});
  await openPortal(page, { placement, options, theme });
  const frame = await mainFrame(page, null);
  await frame.waitForSelector('[data-family]', { state: 'attached', timeout: 30_000 });
  await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
  return frame;
}

/** A REST call made by the test itself (a host-side token): what the widget should show. */
export function rest(page, method, params = {}) {
  return page.evaluate(async ([m, p]) => {
    const token = await (await fetch('/emulator/api/host-token', { method: 'POST' })).json();
    const answer = await fetch(`/rest/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...p, auth: token.AUTH_ID }) });
    return answer.json();
  }, [method, params]);
}

/** REST methods the emulator served, in order (the test's own calls included). */
export async function appRestCalls(page) {
  return (await serverLog(page, 'rest')).map((e) => e.data.method);
}

/** Frame commands the host page received from the app frame: [{command, args}]. */
export function frameCommands(page) {
  return page.evaluate(() => window.portal.log('frame').map((e) => ({ command: e.command, args: e.args })));
}

/** The main frame's portal-side state. */
export function portalState(page) {
  return page.evaluate(() => window.portal.state());
}

export const THEMES = ['light', 'dark'];
