#!/usr/bin/env bash
# Where the release wasm's bytes are: by crate / app module and by widget family (issue 8).
#
#   scripts/size-breakdown.sh [--top N]
#
# Builds the release wasm as trunk does (opt-level z, LTO), runs wasm-bindgen (which keeps and
# demangles the `name` section) and wasm-opt -Oz as trunk does but with -g (names kept, so sizes are
# those of the shipped code give or take the name section, which is not counted), then charges every
# function body to its crate with scripts/wasm-size-by-crate.py (our own name-section parser; no
# twiggy needed). Also prints the shipped file sizes, and for a split build in dist/
# (scripts/build-split.sh) the per-family first-load table.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
top=25
[ "${1:-}" = "--top" ] && top=$2
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue --enable-mutable-globals"
out=target/size-breakdown
mkdir -p "$out"

cargo build --release --offline --target wasm32-unknown-unknown --bin b24-widgets >&2
wasm-bindgen --target web --out-dir "$out" --out-name app target/wasm32-unknown-unknown/release/b24-widgets.wasm
wasm-opt -Oz -g $features "$out/app_bg.wasm" -o "$out/app_named.wasm"
wasm-opt -Oz $features "$out/app_bg.wasm" -o "$out/app_shipped.wasm"

echo "## Release wasm ($(date -u +%Y-%m-%d), opt-level z + LTO + wasm-opt -Oz, binaryen $(wasm-opt --version | awk '{print $3}'))"
echo
echo "Shipped: $(stat -c %s "$out/app_shipped.wasm") bytes, brotli -q 11: $(brotli -q 11 -c "$out/app_shipped.wasm" | wc -c) bytes."
echo
python3 scripts/wasm-size-by-crate.py "$out/app_named.wasm" --brotli --top "$top"
echo
echo "## CSS"
echo
python3 scripts/css-usage.py
if grep -qs '"profile": "release"' dist/build-manifest.json; then
  echo
  echo "## First load per family (dist/, tools/dist report)"
  echo
  cargo build --release --quiet --offline --manifest-path tools/dist/Cargo.toml
  tools/dist/target/release/dist report dist --markdown
fi
