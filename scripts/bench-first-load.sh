#!/usr/bin/env bash
# First-load benchmark (bench/README.md): the app against the same deal card written with
# @bitrix24/b24jssdk and with vanilla BX24.js, in the emulator's frame, Debian's Chromium. Writes its
# table into BENCHMARK.md between the first-load markers. Not part of scripts/test.sh.
#   scripts/bench-first-load.sh [bench/run.mjs options: --runs 7 --deal 3 --no-write --verbose ...]
# Builds what is missing first: the release app (dist/ without a .wasm.br), bench/node_modules
# (npm ci from bench/package-lock.json); the emulator is always brought up to date (a no-op when it is).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if ! ls dist/*.wasm.br >/dev/null 2>&1; then trunk build --release --offline; fi
if [ -z "${PORTAL_BIN:-}" ]; then cargo build --quiet -p portal; fi
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  (cd bench && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
exec node bench/run.mjs "$@"
