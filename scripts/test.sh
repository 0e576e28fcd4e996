#!/usr/bin/env bash
# Every test of the project, in the order a failure is cheapest to find:
#   formatting and lints -> native unit and property tests (placement, rest, domain, portal, app logic)
#   -> wasm-bindgen-test component tests in headless Chromium and Firefox (app + bx24 binding, mocked BX24)
#   -> release build + size report -> end-to-end tests through the portal emulator (Playwright).
# Installs whatever is missing first (scripts/bootstrap.sh --e2e). Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --e2e
source scripts/env.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$1" >&2; shift; "$@"; }
started=$(date +%s)

step "format" cargo fmt --all --check
step "clippy (native)" cargo clippy --workspace --all-targets --all-features --quiet -- -D warnings
step "clippy (wasm)" cargo clippy --target wasm32-unknown-unknown -p b24-widgets -p bx24 --all-targets --all-features --quiet -- -D warnings
step "native tests" cargo test --workspace --all-features --quiet
step "wasm component tests (headless Chromium)" \
  cargo test --target wasm32-unknown-unknown -p bx24 -p b24-widgets --tests
step "wasm component tests (headless Firefox)" \
  env GECKODRIVER="$GECKODRIVER_BIN" WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver-firefox.json" \
  cargo test --target wasm32-unknown-unknown -p bx24 -p b24-widgets --tests
step "release build (trunk, offline)" trunk build --release --offline
step "size report" scripts/size-report.sh
step "portal binary" cargo build --quiet -p portal
step "end-to-end tests (Playwright + Debian Chromium through the emulator)" \
  env PORTAL_BIN="$PWD/target/debug/portal" APP_DIST="$PWD/dist" npm --prefix e2e test --silent

printf '\n\033[1mall tests passed in %ss\033[0m\n' "$(( $(date +%s) - started ))" >&2
