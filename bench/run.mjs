// First-load benchmark: the app against the same CRM deal card written with the official JS SDK
// (@bitrix24/b24jssdk, bundled by esbuild) and with vanilla BX24.js, each loaded the portal's way
// into the emulator's frame, in Debian's Chromium. Writes its table into ../BENCHMARK.md between
// the first-load markers. Not a test: nothing runs it in scripts/test.sh.
//
//   node bench/run.mjs [--runs 7] [--deal 3] [--deadline-ms 30000] [--no-write] [--verbose] [--peers app,b24jssdk,vanilla]
//   (scripts/bench-first-load.sh builds what is missing first)
//
// Needs: the app's release build in dist/ (`trunk build --release --offline`; $APP_DIST to use
// another), the emulator (`cargo build -p portal`; $PORTAL_BIN for another build), bench/node_modules
// (`npm ci` in bench/), Chromium at /usr/bin/chromium ($CHROMIUM_BIN). The peers are rebuilt on every
// run (build.mjs, under a second).
//
// Per run: a fresh browser context (empty cache), the emulator's host page on a deep link that opens
// CRM_DEAL_DETAIL_TAB with the deal for the peer's URL; the host page creates the frame and POSTs
// the portal's form into it. An init script in the frame watches for the card's
// [data-testid="entity-fields"] (the app's marker; the peers render the same) and, one
// requestAnimationFrame later, reports the time since the frame's navigation start
// (performance.timeOrigin) and the resources whose response had ended when the marker appeared
// (Resource Timing). Their transfer sizes come from the browser's network events (Playwright
// request.sizes(): response headers + body as it travelled, i.e. compressed as served). The same
// context then reloads the frame (host page reload command) for the warm-cache figures.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPeers, PEERS } from './build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const RUNS = Number(option('runs', 7));
const DEAL_ID = String(option('deal', 3));
const DEADLINE_MS = Number(option('deadline-ms', 30_000));
const WRITE = !argv.includes('--no-write');
const VERBOSE = argv.includes('--verbose');
// A subset for trying things out (`--peers vanilla`); the report is only written for all three.
const ONLY = option('peers', 'app,b24jssdk,vanilla').split(',');
const PLACEMENT = 'CRM_DEAL_DETAIL_TAB';
const OUT = join(repo, 'BENCHMARK.md');
const START = '<!-- first-load:start -->';
const END = '<!-- first-load:end -->';

// What the card shows once its data is in, and the failure screens (the peers' and index.html's
// load-failed, the app's widget load-error and boot error screens): these stop a run at once
// instead of at the deadline.
const PAINTED = '[data-testid="entity-fields"]';
const FAILED = '[data-testid="load-failed"], [data-testid="load-error"], .b-screen--error';
// Where the emulator serves its offline BX24.js in place of https://api.bitrix24.com/api/v1/
// (crates/portal/src/host/app_origin.rs, BX24_PATH); reported apart, being the portal's shared library.
const BX24_PATH = '/__emulator/bx24.js';
// As in e2e/playwright.config.mjs: no browser download, no background traffic to unreachable hosts.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function fail(message) {
  const error = new Error(message);
  error.benchmark = true;
  return error;
}

/** Resolves with `promise`, or rejects with `message` after `ms`. */
function within(promise, ms, message) {
  let timer;
  const deadline = new Promise((_, reject) => { timer = setTimeout(() => reject(fail(message)), ms); });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function prerequisites() {
  const dist = resolve(repo, process.env.APP_DIST || 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw fail(`no app build in ${dist}: run \`trunk build --release --offline\` (or scripts/bench-first-load.sh)`);
  }
  if (!readFileSync(join(dist, 'index.html'), 'utf8').includes('api.bitrix24.com/api/v1/')) {
    throw fail(`${dist}/index.html does not load BX24.js: is it the app's build?`);
  }
  const portal = process.env.PORTAL_BIN || join(repo, 'target/debug/portal');
  if (!existsSync(portal)) throw fail(`no emulator at ${portal}: run \`cargo build -p portal\` (or set PORTAL_BIN)`);
  const chromiumPath = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) throw fail(`no Chromium at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_BIN)`);
  return { dist, portal, chromiumPath };
}

/**
 * Starts one `portal emulate` on free ports with the app's dist and bench/ on the app origin
 * (/__extra/). Its output stays in memory (shown only if it fails to start); it is never printed
 * otherwise, though the emulator redacts tokens anyway.
 */
async function startEmulator(bin, dist) {
  const child = spawn(bin, ['emulate', '--host', 'localhost', '--port', '0', '--app-port', '0', '--dist', dist, '--extra-app-dir', here], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => { output = (output + chunk.toString()).slice(-20_000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const origins = await within(new Promise((resolveOrigins, reject) => {
    child.on('error', (error) => reject(fail(`could not start ${bin}: ${error.message}`)));
    child.on('exit', (code) => reject(fail(`portal emulate exited early (code ${code}); output:\n${output}`)));
    child.stdout.on('data', () => {
      const match = output.match(/PORTAL_EMULATOR portal=(\S+) app=(\S+)/);
      if (match) resolveOrigins({ portal: match[1], app: match[2] });
    });
  }), 30_000, 'portal emulate printed no PORTAL_EMULATOR line within 30 s');
  child.removeAllListeners('exit');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  // Last resort if this process dies without reaching `finally` (the emulator must not outlive it).
  process.once('exit', () => { if (child.exitCode === null) child.kill('SIGKILL'); });
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.once(signal, () => { console.error(`bench: ${signal}, stopping`); process.exit(code); });
  }
  return { ...origins, stop };
}

/**
 * A fair comparison needs the peers' bundles sent as their .br files, as the app's assets are; an
 * emulator built before it served --extra-app-dir that way would send them raw.
 */
async function checkPrecompressed(origins, built) {
  for (const peer of built) {
    const url = `${origins.app}/__extra/${peer.id}/dist/${peer.bundle}`;
    const response = await fetch(url, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    if (!response.ok || response.headers.get('content-encoding') !== 'br') {
      throw fail(`${url} is not sent as its .br file (status ${response.status}, content-encoding ${response.headers.get('content-encoding')}): rebuild the emulator (cargo build -p portal)`);
    }
  }
}

/**
 * Runs in every frame of a measured page before its own scripts. Only the app frame (origin A,
 * not the top page) reports: once, when the card's fields or a failure screen appear.
 */
function frameProbe({ appOrigin, painted, failed }) {
  if (window === window.top || location.origin !== appOrigin) return;
  let reported = false;
  const check = () => {
    if (reported) return;
    const fields = document.querySelector(painted);
    const failure = document.querySelector(failed);
    if (!(fields && fields.firstElementChild) && !(failure && failure.textContent.trim())) return;
    reported = true;
    observer.disconnect();
    const markerMs = performance.now();
    // Resource Timing adds an entry when a response has ended: these are what the frame had
    // downloaded when its data reached the DOM.
    const done = performance.getEntriesByType('resource').map((e) => e.name);
    requestAnimationFrame(() => {
      window.__benchFirstLoad({
        ok: !failure,
        failure: failure ? failure.textContent.trim().slice(0, 300) : null,
        card: fields ? (fields.closest('article, .b-card') || fields).innerText.replace(/\s+/g, ' ').trim().slice(0, 400) : null,
        markerMs,
        paintMs: performance.now(),
        document: location.href,
        done,
      });
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** What a frame request counts as in the report. */
function category(entry) {
  if (new URL(entry.url).pathname === BX24_PATH) return 'bx24';
  const type = entry.contentType;
  if (type.startsWith('application/wasm')) return 'wasm';
  if (/javascript|ecmascript/.test(type)) return 'js';
  if (type.startsWith('text/css')) return 'css';
  return 'other';
}

/**
 * One load of one peer in a fresh context, then a warm reload in the same context.
 * Returns {cold, warm}, each {paintMs, bytes: {wasm, js, css, other, bx24}, requests, rest, paths, card}.
 */
async function measure(browser, origins, peer, { warm }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: null });
  try {
    let report = null;
    let waiter = null;
    await context.exposeBinding('__benchFirstLoad', (source, data) => {
      report = data;
      if (waiter) waiter();
    });
    await context.addInitScript(frameProbe, { appOrigin: origins.app, painted: PAINTED, failed: FAILED });
    const page = await context.newPage();
    // Every finished request of the app frame (not of the host page), with its transfer size.
    let finished = [];
    page.on('requestfinished', (request) => {
      if (request.frame() === page.mainFrame()) return;
      finished.push((async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        return {
          url: request.url(),
          method: request.method(),
          contentType: (response && (await response.headerValue('content-type'))) || '',
          transfer: sizes.responseHeadersSize + sizes.responseBodySize,
        };
      })());
    });
    const painted = (label) => within(new Promise((r) => { waiter = r; if (report) r(); }), DEADLINE_MS,
      `${peer.label}: no ${PAINTED} in the frame within ${DEADLINE_MS / 1000} s (${label} load of ${peer.url})`);

    const collect = async (label) => {
      await painted(label);
      const data = report;
      if (!data.ok) throw fail(`${peer.label}: the frame shows a failure screen (${label} load): ${data.failure}`);
      // The network events of those responses may trail the frame's own view by a moment: wait for
      // each (and the document) to have arrived, by URL and count.
      const wanted = [data.document, ...data.done].filter((url) => /^https?:/.test(url));
      const matched = await within((async () => {
        for (;;) {
          const more = new Promise((r) => page.once('requestfinished', r));
          const entries = await Promise.all(finished);
          const pool = entries.slice();
          const picked = [];
          for (const url of wanted) {
            const i = pool.findIndex((e) => e.url === url);
            if (i < 0) break;
            picked.push(pool.splice(i, 1)[0]);
          }
          if (picked.length === wanted.length) return picked;
          await more;
        }
      })(), 10_000, `${peer.label}: the network events of the frame's ${wanted.length} responses did not all arrive (${label} load)`);
      const bytes = { wasm: 0, js: 0, css: 0, other: 0, bx24: 0 };
      for (const entry of matched) bytes[category(entry)] += entry.transfer;
      const rest = matched.filter((e) => e.url.startsWith(`${origins.portal}/rest/`));
      if (rest.length === 0) throw fail(`${peer.label}: the card painted without a REST call (${label} load)?`);
      // A response served from the browser's cache has no transfer size: not a request on the network.
      const network = matched.filter((e) => e.transfer > 0);
      // Paths only: queries and bodies are never printed.
      const paths = network.map((e) => `${e.method} ${new URL(e.url).pathname} ${e.transfer}`);
      return { paintMs: data.paintMs, bytes, requests: network.length, rest: rest.length, paths, card: data.card };
    };

    const q = new URLSearchParams({ placement: PLACEMENT, options: JSON.stringify({ ID: DEAL_ID }), lang: 'en', theme: 'light', app: peer.url });
    await page.goto(`${origins.portal}/?${q}`);
    const cold = await collect('cold');
    if (!warm) return { cold };
    report = null;
    finished = [];
    await page.evaluate(() => window.portal.reload());
    return { cold, warm: await collect('warm') };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => Math.round(n).toString();

/** The markdown table: one row per peer. */
function table(peers, results, which) {
  const lines = [
    '| peer | total KiB (without BX24.js) | wasm | JS | CSS | other | BX24.js | requests (REST) | first data paint ms: min | median | max |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const peer of peers) {
    const runs = results.get(peer.id).map((r) => r[which]);
    const part = (key) => median(runs.map((r) => r.bytes[key]));
    const total = median(runs.map((r) => r.bytes.wasm + r.bytes.js + r.bytes.css + r.bytes.other));
    const times = runs.map((r) => r.paintMs);
    const requests = median(runs.map((r) => r.requests));
    const rest = median(runs.map((r) => r.rest));
    lines.push(`| ${peer.label} | ${kb(total)} | ${kb(part('wasm'))} | ${kb(part('js'))} | ${kb(part('css'))} | ${kb(part('other'))} | ${kb(part('bx24'))} | ${requests} (${rest}) | ${ms(Math.min(...times))} | ${ms(median(times))} | ${ms(Math.max(...times))} |`);
  }
  return lines.join('\n');
}

/** One sentence comparing the cold medians, so that the reading stays true to the numbers. */
function summary(results) {
  const cold = (id) => results.get(id).map((r) => r.cold);
  const total = (id) => median(cold(id).map((r) => r.bytes.wasm + r.bytes.js + r.bytes.css + r.bytes.other));
  const paint = (id) => median(cold(id).map((r) => r.paintMs));
  const wasm = median(cold('app').map((r) => r.bytes.wasm));
  const ratio = (id) => (total('app') / total(id)).toFixed(1);
  return [
    `Cold, BX24.js left out: the app transfers ${kb(total('app'))} KiB before its first data paint (its wasm`,
    `${kb(wasm)} KiB), ${ratio('b24jssdk')}× the SDK card's ${kb(total('b24jssdk'))} KiB and ${ratio('vanilla')}× the vanilla card's`,
    `${kb(total('vanilla'))} KiB; median first data paint ${ms(paint('app'))} ms against ${ms(paint('b24jssdk'))} ms and ${ms(paint('vanilla'))} ms.`,
  ].join('\n');
}

function section(peers, results, meta) {
  return [
    '## First load: the app against the official JS SDK and vanilla BX24.js',
    '',
    `Measured by \`node bench/run.mjs\` on ${meta.date} (Chromium ${meta.chromium}; ${meta.cores} cores shared by`,
    `the emulator, the browser and other work, load average ${meta.loadBefore} before and ${meta.loadAfter} after; ${meta.seconds} s in all).`,
    `The same CRM deal card (title, stage name, amount with currency, responsible, linked contact and`,
    `company, created date) three ways: the app (its release \`dist/\`), the card written with`,
    `\`@bitrix24/b24jssdk\` ${meta.sdkVersion} bundled by esbuild ${meta.esbuildVersion} (minified, tree-shaken, ${kb(meta.sdkBundle)} KiB raw), and`,
    `hand-written JS on the portal's BX24.js (${kb(meta.vanillaBundle)} KiB raw); see \`bench/README.md\`. All three send the app's one`,
    `\`batch\` (\`crm.item.get\`, then \`crm.status.list\`, \`user.get\` and two \`crm.item.get\` through \`$result\``,
    `references) and mark the card with \`[data-testid="entity-fields"]\`.`,
    '',
    `Method: one \`portal emulate\` (${meta.portalBuild}) serves the app and the peers from the app origin on`,
    `loopback, assets as their brotli -q 11 \`.br\` files (the app's build and \`bench/build.mjs\` write them;`,
    `pages, BX24.js and REST answers are compressed per request). Each run opens \`${PLACEMENT}\` with`,
    `\`{"ID":"${DEAL_ID}"}\` on the emulator's host page in a fresh browser context (cold cache), which POSTs`,
    `the portal's form into the frame; ${meta.runs} runs per peer, interleaved (app, SDK, vanilla, app, …),`,
    `after one discarded round. *First data paint*: from the frame's navigation start`,
    `(\`performance.timeOrigin\`) to one \`requestAnimationFrame\` after the marker appeared (a`,
    `MutationObserver injected before the page's scripts). *Bytes*: the responses that had ended when the`,
    `marker appeared (Resource Timing), as transferred (headers plus the compressed body, from the`,
    `browser's network events), median of the runs; *other* is the page and the REST answers. BX24.js`,
    `is apart: in a portal it is the shared library every app loads, usually already cached.`,
    `*Requests* count all of them, BX24.js included (in brackets: REST calls; the CORS preflight of the`,
    `SDK's JSON \`fetch\` is not seen as a request). On loopback, transfer takes almost no time: the times`,
    `show what each page does with its bytes; on a real network every KiB adds its transfer time.`,
    '',
    '### Cold cache',
    '',
    table(peers, results, 'cold'),
    '',
    summary(results),
    '',
    '### Warm cache (the frame reloaded in the same context)',
    '',
    table(peers, results, 'warm'),
    '',
    'Hashed assets (the app\'s and the peers\' bundles) are cached for a year and not asked for again',
    '(a response from the cache counts neither as bytes nor as a request); the page, BX24.js (`no-cache`',
    'in the emulator) and the REST answers are fetched anew.',
  ].join('\n');
}

function writeSection(text) {
  const block = `${START}\n${text}\n${END}`;
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start
    ? current.slice(0, start) + block + current.slice(end + END.length)
    : `${current.replace(/\n*$/, '\n\n')}${block}\n`;
  writeFileSync(OUT, next);
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
}

async function main() {
  const startedAt = Date.now();
  // The machine's 1-minute load average, reported beside the times (other work shares the cores).
  const load = () => os.loadavg()[0].toFixed(2);
  const loadBefore = load();
  if (!Number.isInteger(RUNS) || RUNS < 1) throw fail(`--runs must be a positive integer, not ${option('runs')}`);
  const unknown = ONLY.filter((id) => id !== 'app' && !PEERS.some((p) => p.id === id));
  if (unknown.length) throw fail(`--peers: unknown ${unknown.join(', ')} (app, ${PEERS.map((p) => p.id).join(', ')})`);
  const { dist, portal, chromiumPath } = prerequisites();
  const built = await buildPeers();
  const emulator = await startEmulator(portal, dist);
  let browser = null;
  try {
    await checkPrecompressed(emulator, built);
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
    const peers = [
      { id: 'app', label: 'the app (Rust/Leptos wasm)', url: `${emulator.app}/` },
      ...PEERS.map((p) => ({ ...p, url: `${emulator.app}/__extra/${p.id}/dist/index.html` })),
    ].filter((p) => ONLY.includes(p.id));
    const results = new Map(peers.map((p) => [p.id, []]));
    console.log(`bench: emulator ${emulator.portal} (app origin ${emulator.app}), Chromium ${browser.version()}`);
    // Warm-up round, not counted; it shows what each card says (the same deal, three renderings).
    for (const peer of peers) {
      const { cold } = await measure(browser, emulator, peer, { warm: false });
      console.log(`bench: ${peer.id.padEnd(8)} shows: ${cold.card}`);
    }
    for (let run = 1; run <= RUNS; run++) {
      for (const peer of peers) {
        const result = await measure(browser, emulator, peer, { warm: true });
        results.get(peer.id).push(result);
        const total = result.cold.bytes.wasm + result.cold.bytes.js + result.cold.bytes.css + result.cold.bytes.other;
        if (VERBOSE) console.log(`  cold: ${result.cold.paths.join(', ')}\n  warm: ${result.warm.paths.join(', ')}`);
        console.log(`bench: run ${run}/${RUNS} ${peer.id.padEnd(8)} cold ${ms(result.cold.paintMs).padStart(5)} ms ${kb(total).padStart(7)} KiB ${String(result.cold.requests).padStart(2)} req | warm ${ms(result.warm.paintMs).padStart(5)} ms ${kb(result.warm.bytes.wasm + result.warm.bytes.js + result.warm.bytes.css + result.warm.bytes.other).padStart(7)} KiB`);
      }
    }
    const text = section(peers, results, {
      date: new Date().toISOString().slice(0, 10),
      chromium: browser.version(),
      cores: os.availableParallelism(),
      loadBefore,
      loadAfter: load(),
      seconds: Math.round((Date.now() - startedAt) / 1000),
      runs: RUNS,
      sdkVersion: packageVersion('@bitrix24/b24jssdk'),
      esbuildVersion: packageVersion('esbuild'),
      sdkBundle: built.find((b) => b.id === 'b24jssdk').bytes,
      vanillaBundle: built.find((b) => b.id === 'vanilla').bytes,
      portalBuild: process.env.PORTAL_BIN ? `\`${process.env.PORTAL_BIN.replace(`${repo}/`, '')}\`` : 'debug build',
    });
    console.log(`\n${text}\n`);
    if (WRITE && peers.length === 3) {
      writeSection(text);
      console.log(`bench: written to ${OUT} between the first-load markers`);
    }
  } finally {
    if (browser) await browser.close();
    await emulator.stop();
  }
}

main().catch((error) => {
  console.error(`bench: ${error.benchmark ? error.message : error.stack || error}`);
  process.exitCode = 1;
});
