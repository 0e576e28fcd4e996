#!/usr/bin/env bash
# trunk's post_build hook (Trunk.toml): finishes the build in trunk's staging directory.
#  1. tools/dist `finalize`: release builds split the wasm per widget family (and bind and optimise
#     each piece); every build bundles the CSS, names icons and translation files by content and
#     writes the asset manifest (see tools/dist/src/main.rs);
#  2. scripts/precompress.sh: .br and .gz beside every file (release builds only).
# Builds tools/dist first when needed (seconds once built; scripts/bootstrap.sh builds it up front).
set -euo pipefail
root="${TRUNK_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
staging="${TRUNK_STAGING_DIR:?run by trunk as its post_build hook}"
profile="${TRUNK_PROFILE:-debug}"
source "$root/scripts/env.sh"
cargo build --release --quiet --offline --manifest-path "$root/tools/dist/Cargo.toml"
target="${CARGO_TARGET_DIR:-$root/target}"
"$root/tools/dist/target/release/dist" finalize "$staging" --profile "$profile" \
  --cargo-wasm "$target/wasm32-unknown-unknown/$profile/b24-widgets.wasm"
bash "$root/scripts/precompress.sh" "$staging"
