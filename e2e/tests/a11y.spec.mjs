// Accessibility and look over every family (issue 12.4-12.5): every placement of the catalogue, in
// the light and the dark theme, checked by axe-core (WCAG 2.1 A and AA rules) inside the app frame
// once it settled; zero violations allowed. A screenshot of every frame goes to e2e/screenshots/
// (<family>__<code>__<theme>.png), which the emulator's /gallery page shows side by side. One run in
// Arabic checks the right-to-left root. Also: a keyboard user reaches every control with a visible
// focus.
import { test, expect } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, pooled, openEntry, settle, setFaults } from '../catalogue.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
const DEADLINE_MS = 45_000;
const PARALLEL = 4;

test.beforeEach(async ({ page }) => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
  await setFaults(page, {});
});

/** axe-core's WCAG 2.1 A/AA violations inside the frame, one line each. */
async function violations(frame) {
  await frame.evaluate(AXE_SOURCE);
  const found = await frame.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` +${v.nodes.length - 3}` : ''}`);
  });
  return found;
}

/** The frame's family id, or 'app' for a screen outside the router. */
function familyOf(frame) {
  return frame.evaluate(() => document.querySelector('[data-family]')?.getAttribute('data-family') || 'app');
}

for (const theme of ['light', 'dark']) {
  test(`every placement in the ${theme} theme: no WCAG 2.1 A/AA violation, a screenshot each`, async ({ page, context }) => {
    test.setTimeout(20 * 60_000);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const entries = await catalogue(page);
    const results = await pooled(context, entries, PARALLEL, async (tab, entry) => {
      const frame = await openEntry(tab, entry, { theme });
      const outcome = await settle(frame, DEADLINE_MS);
      const found = await violations(frame);
      if (outcome !== 'hidden') {
        const family = await familyOf(frame);
        const element = await tab.$(`iframe[name="${frame.name()}"]`);
        if (element) await element.screenshot({ path: join(SCREENSHOTS, `${family}__${entry.concrete_code}__${theme}.png`) });
      }
      return { found };
    });
    const problems = [];
    results.forEach((r, i) => {
      if (r.error) problems.push(`${entries[i].concrete_code}: ${r.error}`);
      else for (const v of r.found) problems.push(`${entries[i].concrete_code}: ${v}`);
    });
    expect(problems, `axe-core violations (${theme})`).toEqual([]);
  });
}

test('Arabic: the root reads right to left and the layout mirrors', async ({ page }) => {
  const frame = await openEntry(page, { concrete_code: 'CRM_DEAL_DETAIL_TAB', example_options: { ID: '3' } }, { lang: 'ar' });
  await settle(frame, DEADLINE_MS);
  expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
  // A card's title starts at the right edge in right-to-left.
  const box = await frame.evaluate(() => {
    const title = document.querySelector('.b-card__title');
    const card = title.closest('.b-card');
    const t = title.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    return { rightGap: c.right - t.right, leftGap: t.left - c.left };
  });
  expect(box.rightGap).toBeLessThan(box.leftGap);
  expect(await violations(frame)).toEqual([]);
});

test('keyboard: Tab reaches every control of the deal card with a visible focus ring', async ({ page }) => {
  const frame = await openEntry(page, { concrete_code: 'CRM_DEAL_DETAIL_TAB', example_options: { ID: '3' } });
  await settle(frame, DEADLINE_MS);
  const controls = await frame.evaluate(() => [...document.querySelectorAll('button:not([disabled]), a[href], input, select, textarea')]
    .filter((el) => el.getClientRects().length > 0 && el.tabIndex >= 0).length);
  expect(controls).toBeGreaterThan(0);
  // Keyboard focus starts inside the frame, as when a user tabs into the widget from the portal.
  await frame.evaluate(() => { document.body.tabIndex = -1; document.body.focus(); });
  const reached = new Set();
  for (let i = 0; i < controls + 2; i++) {
    await page.keyboard.press('Tab');
    const focused = await frame.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { key: el.outerHTML.slice(0, 80), ring };
    });
    if (focused) {
      expect(focused.ring, `visible focus on ${focused.key}`).toBe(true);
      reached.add(focused.key);
    }
  }
  expect(reached.size, 'every visible control is reached by Tab').toBe(controls);
});
