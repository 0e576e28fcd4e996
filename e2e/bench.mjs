// The REST benchmark in a real browser frame, through the portal emulator (not part of the tests):
// REST round trips per widget render and the wall time of a 10 000-row list by each paging mode, over
// both transports (BX24.callMethod through the offline BX24.js, and direct fetch).
//
//   node bench.mjs [--modes offset,offset-batch,id-cursor,id-cursor-batch] [--transports bx24,fetch] [--out ../BENCHMARK.md]
//
// The app runs its own measurements (src/widgets/bench.rs, compiled with the `bench` feature and opened as
// DEFAULT with {"view":"bench"}); this script builds that app into target/bench-dist, starts the emulator
// on it, opens the page in Debian's Chromium, waits and writes the report.
// Expect about 5 minutes with every mode: the sequential modes are paced by the cloud rate limit
// (burst 50, then 2 requests per second) that the client enforces on itself.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import globalSetup from './global-setup.mjs';
import { CHROMIUM_ARGS } from './playwright.config.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const modes = arg('modes', 'offset,offset-batch,id-cursor,id-cursor-batch').split(',');
const transports = arg('transports', 'bx24,fetch').split(',');
const out = resolve(here, arg('out', '../BENCHMARK.md'));

const repo = resolve(here, '..');
const dist = resolve(repo, 'target/bench-dist');
const built = spawnSync('bash', ['-c', `source scripts/env.sh && trunk build --release --offline --features bench --dist '${dist}'`], { cwd: repo, stdio: 'inherit' });
if (built.status !== 0) throw new Error('trunk build --features bench failed');
process.env.APP_DIST = dist;
// An optimised emulator: the debug build spends ~0.6 s building the 10 000 rows of every list call.
if (!process.env.PORTAL_BIN) {
  const server = spawnSync('cargo', ['build', '--quiet', '--profile', 'server', '-p', 'portal'], { cwd: repo, stdio: 'inherit' });
  if (server.status !== 0) throw new Error('cargo build --profile server -p portal failed');
  process.env.PORTAL_BIN = resolve(repo, 'target/server/portal');
}
const teardown = await globalSetup();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const options = JSON.stringify({ view: 'bench', modes, transports });
  await page.goto(`${process.env.PORTAL_ORIGIN}/?placement=DEFAULT&lang=en&options=${encodeURIComponent(options)}`);
  await page.waitForFunction(() => window.portal && window.portal.ready);
  const sid = await page.evaluate(async () => { await window.portal.ready(); return window.portal.placement().sid; });
  let frame;
  for (let i = 0; i < 100 && !frame; i++) {
    frame = page.frames().find((f) => f.name().endsWith(`|${sid}`));
    if (!frame) await page.waitForTimeout(100);
  }
  if (!frame) throw new Error('the app frame never appeared');
  const started = Date.now();
  await frame.waitForFunction(() => document.querySelector('[data-testid=bench-status]')?.textContent === 'done', null, { timeout: 15 * 60_000, polling: 1000 });
  const results = JSON.parse(await frame.locator('[data-testid=bench-result]').innerText());
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const rows = results.map((r) => `| ${r.transport} | ${r.scenario} | ${r.requests ?? ''} | ${r.batches ?? ''} | ${r.rows ?? r.commands ?? ''} | ${r.distinct_ids ?? ''} | ${((r.wall_ms ?? 0) / 1000).toFixed(2)} | ${((r.limiter_wait_ms ?? 0) / 1000).toFixed(1)} | ${r.ok ? 'ok' : r.error} |`);
  const report = [
    '# REST benchmark',
    '',
    'Measured in a real browser frame through the portal emulator by `cd e2e && node bench.mjs` (the app runs',
    '`src/widgets/bench.rs`). Each measurement uses a fresh client whose leaky bucket starts full (burst 50,',
    'then 2 requests/s, the cloud limit), like a freshly opened widget. The list is the emulator\'s',
    '"Service requests" smart process (10 000 items, `crm.item.list`, `select id,title`). `rows` is the row count',
    'for lists and the number of batched commands for the render.',
    '',
    '| transport | scenario | requests | batches | rows / commands | distinct ids | wall (s) | limiter wait (s) | result |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} (${seconds} s in all), Chromium ${browser.version()}, emulator on localhost.`,
    'The emulator (optimised build) answers small lists in about a millisecond but builds every row of the',
    '10 000-row table on each list call (about 0.25 s), a latency close to a real portal\'s 100–500 ms per request.',
    'Sequential modes are paced by the rate limit (200 requests: 50 at once, then 2/s = 75 s minimum); the batch',
    'modes send 5 requests in all, so neither the limit nor per-request latency adds up.',
    '',
  ].join('\n');
  // The file's other sections (scripts/load-test.sh, bench/run.mjs) sit between their own
  // `<!-- name:start -->` / `<!-- name:end -->` markers: keep them, after this report.
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const kept = previous.match(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g) || [];
  writeFileSync(out, kept.length ? `${report}\n${kept.join('\n\n')}\n` : report);
  console.log(report);
} finally {
  await browser.close();
  await teardown();
}
