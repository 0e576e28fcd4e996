// Chaos over every family (issue 13.3): every placement of the catalogue opened with every fault of
// the emulator switched on at once (the cloud rate limit with a small bucket, tokens that expire within
// seconds, a 500 every 7th call, slow answers, OPERATION_TIME_LIMIT on a method the cards read). Each
// frame must settle within its deadline on its data, on a clear error that offers a retry, or on its
// invisible widget: never a blank frame, never a spinner that outlives the deadline, never an uncaught
// error or a Rust panic in the console. Six pages work side by side, as a portal page with several
// widgets would load them.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, setFaults, pooled, openEntry, settle } from '../catalogue.mjs';

const FAULTS = {
  rate_limit: true,
  burst: 20,
  drain_per_sec: 4,
  token_lifetime_secs: 4,
  fail_every: 7,
  delay_ms: 300,
  operation_limited: ['user.get'],
};
/** How long one frame may take to settle under all faults (the REST client's own retry budget fits in it). */
const DEADLINE_MS = 75_000;
const PARALLEL = 6;

test.beforeEach(async ({ page }) => {
  const index = join(process.env.APP_DIST_DIR || '', 'index.html');
  test.skip(!existsSync(index), `the app is not built: ${index} does not exist (run \`trunk build --release --offline\`)`);
  await page.goto(`${process.env.PORTAL_ORIGIN}/`);
});

test.afterEach(async ({ page }) => {
  await setFaults(page, {}).catch(() => {});
});

test('every placement under every fault settles on its data, a clear error with a retry, or its hidden widget', async ({ page, context }) => {
  test.setTimeout(20 * 60_000);
  const entries = await catalogue(page);
  expect(entries.length, 'the catalogue as the emulator serves it').toBeGreaterThan(100);
  await setFaults(page, FAULTS);
  const problems = [];
  const outcomes = await pooled(context, entries, PARALLEL, async (tab, entry) => {
    const uncaught = [];
    const onError = (error) => uncaught.push(String(error.message || error).split('\n')[0]);
    const onConsole = (message) => {
      if (message.type() === 'error' && /panicked at|RuntimeError: unreachable/.test(message.text())) uncaught.push(message.text().split('\n')[0]);
    };
    tab.on('pageerror', onError);
    tab.on('console', onConsole);
    try {
      const frame = await openEntry(tab, entry);
      const outcome = await settle(frame, DEADLINE_MS);
      if (uncaught.length) return { error: `console: ${uncaught.join(' | ')}` };
      return { outcome };
    } finally {
      tab.off('pageerror', onError);
      tab.off('console', onConsole);
    }
  });
  const tally = {};
  outcomes.forEach((result, i) => {
    if (result.error) problems.push(`${entries[i].concrete_code}: ${result.error}`);
    else tally[result.outcome] = (tally[result.outcome] || 0) + 1;
  });
  console.log(`[chaos] ${entries.length} placements under all faults: ${JSON.stringify(tally)}`);
  expect(problems, 'placements that did not settle cleanly').toEqual([]);
  // Under these faults most frames still reach their data: the REST client's retries work.
  expect(tally.widget || 0).toBeGreaterThan(entries.length / 2);
});
