// Starts one `portal emulate` for the whole run and stops it afterwards.
//
// Binary: $PORTAL_BIN, else <repo>/target/debug/portal (built with `cargo build -p portal` when it is
// missing). App: --dist $APP_DIST (default ../dist). This folder is mounted on the app origin under
// /__extra/ so the probe pages (pages/*.html) and node_modules/@bitrix24/b24jssdk load from there.
// Both ports are picked by the emulator (--port 0 --app-port 0); its machine-readable line
// "PORTAL_EMULATOR portal=… app=…" is parsed and handed to the tests through process.env.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

function portalBinary() {
  if (process.env.PORTAL_BIN) {
    if (!existsSync(process.env.PORTAL_BIN)) throw new Error(`PORTAL_BIN=${process.env.PORTAL_BIN} does not exist`);
    return process.env.PORTAL_BIN;
  }
  const bin = resolve(repo, 'target/debug/portal');
  if (!existsSync(bin)) {
    console.log('[e2e] building the emulator: cargo build -p portal');
    const built = spawnSync('cargo', ['build', '-p', 'portal'], { cwd: repo, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('cargo build -p portal failed');
  }
  return bin;
}

export default async function globalSetup() {
  const bin = portalBinary();
  const dist = resolve(here, process.env.APP_DIST || '../dist');
  const child = spawn(bin, ['emulate', '--host', 'localhost', '--port', '0', '--app-port', '0', '--dist', dist, '--extra-app-dir', here], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Everything the emulator prints goes to a file too, so tests can check what it logged (no token, ever).
  // (Outside test-results/, which Playwright empties at the start of a run.)
  const logFile = join(mkdtempSync(join(tmpdir(), 'b24w-e2e-')), 'emulator.log');
  const log = createWriteStream(logFile);
  child.stdout.on('data', (chunk) => log.write(chunk));
  child.stderr.on('data', (chunk) => { log.write(chunk); process.stderr.write(chunk); });
  process.env.EMULATOR_LOG = logFile;
  const origins = await new Promise((resolveOrigins, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`portal emulate did not start within 30 s; output so far:\n${buffer}`)), 30_000);
    child.on('exit', (code) => reject(new Error(`portal emulate exited early (code ${code}); output:\n${buffer}`)));
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      const match = buffer.match(/PORTAL_EMULATOR portal=(\S+) app=(\S+)/);
      if (match) {
        clearTimeout(timer);
        resolveOrigins({ portal: match[1], app: match[2] });
      }
    });
  });
  process.env.PORTAL_ORIGIN = origins.portal;
  process.env.APP_ORIGIN = origins.app;
  process.env.APP_DIST_DIR = dist;
  console.log(`[e2e] emulator: host page ${origins.portal}/, app origin ${origins.app}/`);
  return async () => {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
    await new Promise((r) => {
      const t = setTimeout(() => { child.kill('SIGKILL'); r(); }, 5000);
      child.on('exit', () => { clearTimeout(t); r(); });
    });
  };
}
