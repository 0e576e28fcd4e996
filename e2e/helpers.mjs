// Shared helpers for the e2e tests: open the emulator's host page on a deep link, find the app
// frames (main and sliders) by their APP_SID, wait for the probe pages, read the logs.
import { expect } from '@playwright/test';

/** Origin P (host page + fake REST), set by global-setup.mjs. */
export const portalOrigin = () => process.env.PORTAL_ORIGIN;
/** Origin A (the app origin), set by global-setup.mjs. */
export const appOrigin = () => process.env.APP_ORIGIN;
/** The offline-BX24 probe page on the app origin. */
export const probeUrl = () => `${appOrigin()}/__extra/pages/probe.html`;
/** The b24jssdk probe page on the app origin. */
export const sdkUrl = () => `${appOrigin()}/__extra/pages/sdk.html`;

/** Opens the host page on a deep link and waits until the placement's form was posted. */
export async function openPortal(page, { placement = 'DEFAULT', options, app, lang = 'en', theme = 'light', params = {} } = {}) {
  const q = new URLSearchParams({ placement, lang, theme });
  if (options !== undefined) q.set('options', JSON.stringify(options));
  if (app) q.set('app', app);
  for (const [k, v] of Object.entries(params)) q.set(k, String(v));
  await page.goto(`${portalOrigin()}/?${q.toString()}`);
  await page.waitForFunction(() => window.portal && typeof window.portal.ready === 'function');
  await page.evaluate(() => window.portal.ready());
  return page.evaluate(() => window.portal.placement());
}

/** The Frame of a layout by APP_SID (the iframe name ends with "|<sid>"). */
export async function frameBySid(page, sid, timeout = undefined) {
  let frame = null;
  await expect.poll(() => {
    frame = page.frames().find((f) => f.name().endsWith(`|${sid}`)) || null;
    return frame !== null;
  }, { message: `frame with APP_SID ${sid}`, timeout }).toBe(true);
  return frame;
}

/** The main app frame, after `global` (e.g. 'probe', 'sdk') exists in it. */
export async function mainFrame(page, global = 'probe', timeout = undefined) {
  const layout = await page.evaluate(() => window.portal.placement());
  const frame = await frameBySid(page, layout.sid, timeout);
  // The iframe exists before the form post navigates it: wait until the posted page is the one loaded.
  await expect.poll(() => frame.url(), { message: 'the frame loaded the posted page', timeout }).not.toBe('about:blank');
  await frame.waitForLoadState('domcontentloaded');
  if (global) await frame.waitForFunction((g) => window[g] !== undefined, global);
  return frame;
}

/** The page-side protocol log entries of one kind. */
export function pageLog(page, kind) {
  return page.evaluate((k) => window.portal.log(k), kind);
}

/** Waits for a page-side log entry matching `predicate` (serialised into the page as source). */
export async function waitForLog(page, kind, match) {
  await expect.poll(async () => {
    const entries = await pageLog(page, kind);
    return entries.some((e) => Object.entries(match).every(([k, v]) => JSON.stringify(e[k]) === JSON.stringify(v)));
  }, { message: `${kind} log entry ${JSON.stringify(match)}` }).toBe(true);
}

/** Server log entries (frame traffic pushed by the page and REST calls). */
export async function serverLog(page, kind) {
  await page.evaluate(() => window.portal.flushLog());
  const entries = await page.evaluate(() => window.portal.serverLog(0));
  return kind ? entries.filter((e) => e.kind === kind) : entries;
}
