// Helpers for the specs that open every placement of the catalogue (chaos, accessibility): the
// catalogue as the emulator serves it, a pool of pages that open placements side by side, and the
// outcome a frame settles on.
import { expect } from '@playwright/test';
import { openPortal, mainFrame, appOrigin } from './helpers.mjs';

/** Every catalogue entry the emulator offers: [{ code, concrete_code, example_options, ... }]. */
export async function catalogue(page) {
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  return page.evaluate(async () => (await fetch('/emulator/api/catalogue')).json());
}

/** Sets the emulator's faults (an empty object switches them all off). */
export function setFaults(page, faults) {
  return page.evaluate((f) => fetch('/emulator/api/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(f) }), faults);
}

/**
 * Runs `work(page, item)` for every item with `concurrency` pages of one context open at a time.
 * Returns what each call returned, in the items' order. A call that throws yields { error }.
 */
export async function pooled(context, items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    const page = await context.newPage();
    try {
      while (next < items.length) {
        const index = next++;
        try {
          results[index] = await work(page, items[index]);
        } catch (error) {
          results[index] = { error: String(error && error.message ? error.message : error).split('\n')[0] };
        }
      }
    } finally {
      await page.close().catch(() => {});
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** Opens one catalogue entry in the host page and returns the app frame. */
export async function openEntry(page, entry, { theme = 'light', lang = 'en' } = {}) {
  await openPortal(page, { placement: entry.concrete_code, options: entry.example_options, theme, lang });
  if (/plain GET/.test(entry.presentation || '')) {
    // A page the portal loads by a plain GET (BI_ANALYTICS_MENU): no form post, no APP_SID in the
    // frame's name; the app frame is the one on the app origin.
    let frame = null;
    await expect.poll(() => {
      frame = page.frames().find((f) => f.url().startsWith(appOrigin())) || null;
      return frame !== null;
    }, { message: `the frame of ${entry.concrete_code}`, timeout: 30_000 }).toBe(true);
    await frame.waitForLoadState('domcontentloaded');
    return frame;
  }
  // Several pages load side by side on two cores: give the frame longer than one expect's default.
  return mainFrame(page, null, 30_000);
}

/**
 * Waits until the frame settles and says on what, within `deadlineMs`:
 * - 'hidden': the router mounted an invisible widget (`data-hidden`);
 * - 'error': an error is shown (`role=alert` or the load-error fallback) and offers a button;
 * - 'widget': the family rendered and nothing is loading any more (no skeleton, no busy element);
 * - 'screen': a full-frame screen of the app (boot failure, unknown placement) with its text.
 * Throws when the deadline passes first, naming what was still on screen (a spinner that outlived
 * its deadline, a blank frame).
 */
export async function settle(frame, deadlineMs) {
  const handle = await frame.waitForFunction(() => {
    const visibleText = (el) => (el && el.innerText ? el.innerText.trim() : '');
    const root = document.querySelector('[data-family]');
    const busy = document.querySelector('[aria-busy=true], [data-testid=skeleton]');
    const alert = document.querySelector('[data-testid=load-error], [role=alert]');
    if (root && root.getAttribute('data-hidden') === 'true') return 'hidden';
    if (alert && alert.querySelector('button, a[href]') && visibleText(alert)) return 'error';
    if (root && !busy && visibleText(root)) return 'widget';
    const screen = document.querySelector('.b-screen');
    if (!root && screen && !busy && visibleText(screen)) return 'screen';
    return false;
  }, null, { timeout: deadlineMs, polling: 250 }).catch(async (error) => {
    const state = await frame.evaluate(() => ({
      family: document.querySelector('[data-family]')?.getAttribute('data-family') || null,
      busy: !!document.querySelector('[aria-busy=true], [data-testid=skeleton]'),
      text: (document.body?.innerText || '').trim().slice(0, 120),
    })).catch(() => ({ text: 'frame gone' }));
    throw new Error(`did not settle within ${deadlineMs} ms (${JSON.stringify(state)}): ${error.message.split('\n')[0]}`);
  });
  return handle.jsonValue();
}
