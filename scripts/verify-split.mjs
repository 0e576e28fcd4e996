// Opens placements in the running portal emulator (`target/debug/portal emulate --dist dist`, default
// http://localhost:9000) in headless Debian Chromium and reports, per placement, the family the router
// picked, whether the widget rendered (a card title, or the family's own marker), and every .wasm/.js
// the app frame requested, with their transfer sizes.
//
//   node scripts/verify-split.mjs [PORTAL_ORIGIN]
//
// Uses Playwright from e2e/node_modules (no browser download).
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(resolve(dirname(fileURLToPath(import.meta.url)), '../e2e/package.json'));
const { chromium } = require('@playwright/test');
const origin = process.argv[2] || 'http://localhost:9000';
const cases = [
  ['DEFAULT', undefined, '.b-card__title'],
  ['CRM_DEAL_DETAIL_TAB', { ID: '3' }, '.b-card__title'],
  ['TASK_VIEW_TAB', { taskId: '3' }, '.b-card__title'],
  ['CALL_CARD', { CALL_ID: 'externalCall.e2e', PHONE_NUMBER: '+4930123456', CALL_DIRECTION: 'incoming', CALL_STATE: 'connected', CRM_ENTITY_TYPE: 'COMPANY', CRM_ENTITY_ID: '17' }, '.b-card__title'],
  ['CRM_DEAL_LIST_TOOLBAR', { URI: '/crm/deal/list/' }, '[data-widget=context]'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
let failed = 0;
for (const [placement, options, marker] of cases) {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfinished', async (req) => {
    const url = req.url();
    if (/\.(wasm|js)(\?|$)/.test(url) && !/\/api\/v1|\/host\//.test(url)) {
      const sizes = await req.sizes().catch(() => null);
      requests.push(`${url.split('/').pop()} (${sizes ? sizes.responseBodySize : '?'} B)`);
    }
  });
  const q = new URLSearchParams({ placement, lang: 'en', theme: 'light' });
  if (options !== undefined) q.set('options', JSON.stringify(options));
  let family = null, rendered = false, text = '';
  try {
    await page.goto(`${origin}/?${q}`);
    await page.waitForFunction(() => window.portal && typeof window.portal.ready === 'function', null, { timeout: 20_000 });
    await page.evaluate(() => window.portal.ready());
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline && !rendered) {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const el = await frame.$('[data-family]').catch(() => null);
        if (!el) continue;
        family = await el.getAttribute('data-family');
        const m = await frame.$(marker).catch(() => null);
        if (m) { rendered = true; text = ((await m.textContent()) || '').trim().slice(0, 60); }
      }
      if (!rendered) await page.waitForTimeout(250);
    }
  } catch (e) {
    errors.push(String(e));
  }
  if (!rendered) failed++;
  console.log(`${rendered ? 'OK  ' : 'FAIL'} ${placement}: family=${family} rendered=${rendered} "${text}"`);
  console.log(`     requested: ${requests.join(', ')}`);
  if (errors.length) console.log(`     errors: ${errors.slice(0, 5).join(' | ')}`);
  await page.close();
}
await browser.close();
process.exit(failed ? 1 : 0);
