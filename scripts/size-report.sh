#!/usr/bin/env bash
# What each widget family downloads before it paints, from the release build in dist/ (its
# build-manifest.json, written by tools/dist): the shared main wasm, glue, chunk loader and CSS, the
# family's own wasm chunks, and the largest translation file, each as served (its .br file).
# Fails when a family passes the budget: a size check, not a timed test.
#   scripts/size-report.sh            print the table and check the budget (builds dist/ when missing)
#   scripts/size-report.sh --readme   also write the table into README.md between the size-report markers
# The budget is SIZE_BUDGET_KB below (brotli KB per first load). It went from 340 to 350 KB when
# 17 widget families joined the six it was set for (2026-12-02; docs/wasm-size.md); lower it as
# the shared base shrinks.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
SIZE_BUDGET_KB=350
if [ ! -f dist/build-manifest.json ] || ! grep -q '"profile": "release"' dist/build-manifest.json; then
  trunk build --release --offline >&2
fi
cargo build --release --quiet --offline --manifest-path tools/dist/Cargo.toml
tool=tools/dist/target/release/dist
table=$("$tool" report dist --markdown)
echo "$table"
if [ "${1:-}" = "--readme" ]; then
  python3 - "$table" "$(date -u +%Y-%m-%d)" "$SIZE_BUDGET_KB" <<'PY'
import re, sys
table, day, budget = sys.argv[1], sys.argv[2], sys.argv[3]
block = (table + "\n\nMeasured " + day + " with `scripts/size-report.sh` (brotli -q 11 as served; budget "
         + budget + " KB per family, checked by the test command).")
readme = open("README.md").read()
new = re.sub(r"(<!-- size-report:start -->\n).*?(<!-- size-report:end -->)", lambda m: m.group(1) + block + "\n" + m.group(2), readme, flags=re.S)
open("README.md", "w").write(new)
PY
fi
"$tool" report dist --budget $((SIZE_BUDGET_KB * 1024)) >/dev/null
