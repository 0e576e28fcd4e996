#!/usr/bin/env bash
# Installs everything building and testing need, skipping what is already there (idempotent).
#   scripts/bootstrap.sh          tools for building and running (the README's run command)
#   scripts/bootstrap.sh --e2e    plus what the test command needs: Firefox and geckodriver for the
#                                 component tests, Playwright for the end-to-end tests
# Sources: rustup (wasm32 target), crates.io (trunk, wasm-bindgen-cli, geckodriver), Debian (chromium,
# chromium-driver, brotli, firefox-esr), npm (binaryen's wasm-opt, Playwright without browser download).
# Nothing is downloaded from GitHub or any other host.
set -euo pipefail
cd "$(dirname "$0")/.."

with_e2e=0
for arg in "$@"; do
  case "$arg" in
    --e2e) with_e2e=1 ;;
    *) echo "usage: $0 [--e2e]" >&2; exit 2 ;;
  esac
done

log() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*" >&2; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# Outside ~/.cargo/bin on purpose: wasm-bindgen-test-runner prefers a geckodriver it finds on PATH
# over chromedriver, which would silently move the Chromium tests to Firefox. scripts/env.sh exports
# the path as GECKODRIVER_BIN; test.sh hands it to the Firefox run only.
GECKODRIVER_ROOT="${CARGO_HOME:-$HOME/.cargo}/geckodriver"
# The wasm-bindgen-cli must be exactly the version Cargo.lock resolved (Cargo.toml pins it with "=").
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; }

# 1. Rust target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Debian packages: a browser and its driver for tests, brotli for the size report.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
if [ "$with_e2e" = 1 ]; then command -v firefox-esr >/dev/null || missing+=(firefox-esr); fi
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 3. Cargo-installed tools, built in parallel (about 10 minutes on a fresh 2-core machine).
pids=()
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION"
  cargo install --locked --quiet trunk --version "$TRUNK_VERSION" & pids+=($!)
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  # Without --locked: its lock file pins a webpki-roots version the registry mirror lacks.
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install --quiet --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" & pids+=($!)
fi
if [ "$with_e2e" = 1 ] && ! "$GECKODRIVER_ROOT/bin/geckodriver" --version 2>/dev/null | grep -q " $GECKODRIVER_VERSION"; then
  log "cargo install geckodriver $GECKODRIVER_VERSION"
  cargo install --locked --quiet geckodriver --version "$GECKODRIVER_VERSION" --root "$GECKODRIVER_ROOT" & pids+=($!)
fi
for pid in "${pids[@]}"; do wait "$pid"; done

# 4. npm packages, reinstalled only when their lock file changed.
npm_ci() {
  local dir=$1 stamp="$1/node_modules/.bootstrap-stamp" sum
  sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then return; fi
  log "npm ci in $dir"
  (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  echo "$sum" > "$stamp"
}
npm_ci tools
if [ "$with_e2e" = 1 ]; then npm_ci e2e; fi

# 5. Crates for --offline builds, and tools/dist (the release build's post-build step).
cargo fetch --quiet
cargo fetch --quiet --manifest-path tools/dist/Cargo.toml
if [ ! -x tools/dist/target/release/dist ] || [ -n "$(find tools/dist/src tools/dist/Cargo.toml -newer tools/dist/target/release/dist 2>/dev/null)" ]; then
  log "building tools/dist"
  cargo build --release --quiet --offline --manifest-path tools/dist/Cargo.toml
fi

# 6. Sandboxes without a network may leave loopback down; browsers and drivers need it.
if command -v ip >/dev/null && ip link show lo 2>/dev/null | grep -q "state DOWN"; then
  log "bringing up the loopback interface"
  sudo_if_needed ip link set lo up || true
fi
