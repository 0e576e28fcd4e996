// Builds the two peers of the first-load benchmark into <peer>/dist/: one minified, tree-shaken
// bundle each (esbuild, IIFE), named by its content hash like trunk names the app's assets (so the
// emulator caches it as it caches those), the page with that name filled in, and the bundle's
// .br (brotli -q 11) and .gz (gzip -9) beside it, written by the app's own scripts/precompress.sh.
//
//   node bench/build.mjs        (run.mjs calls it too)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

/** The peers: folder under bench/ and the label the report uses. */
export const PEERS = [
  { id: 'b24jssdk', label: '@bitrix24/b24jssdk + esbuild' },
  { id: 'vanilla', label: 'vanilla BX24.js' },
];

async function buildPeer({ id }) {
  const dir = join(here, id);
  const dist = join(dir, 'dist');
  const bundled = await build({
    entryPoints: [join(dir, 'main.mjs')],
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const code = bundled.outputFiles[0].contents;
  // trunk's pattern, `<name>-<16 hex>.js`, which the server treats as immutable (crates/server/src/cache.rs).
  const name = `card-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, name), code);
  writeFileSync(join(dist, 'index.html'), readFileSync(join(dir, 'index.html'), 'utf8').replace('{{bundle}}', name));
  const compressed = spawnSync('bash', [join(repo, 'scripts/precompress.sh'), dist], { encoding: 'utf8' });
  if (compressed.status !== 0) throw new Error(`scripts/precompress.sh ${dist} failed:\n${compressed.stderr}`);
  return { id, dist, bundle: name, bytes: code.length };
}

/** Builds every peer; returns [{id, dist, bundle, bytes}]. */
export async function buildPeers() {
  return Promise.all(PEERS.map(buildPeer));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const peer of await buildPeers()) console.log(`bench: ${peer.id}/dist/${peer.bundle} (${peer.bytes} bytes)`);
}
