#!/usr/bin/env bash
# Size of the release app: the .wasm and trunk's .js glue in dist/, raw, gzip -9 and brotli -q 11.
#   scripts/size-report.sh            print the table (builds dist/ first when it is missing)
#   scripts/size-report.sh --readme   also write it into README.md between the size-report markers
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if ! ls dist/*.wasm >/dev/null 2>&1; then trunk build --release --offline >&2; fi

row() {
  local f=$1 raw gz br
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  printf '| `%s` | %s | %s | %s |\n' "$2" "$raw" "$gz" "$br"
}
wasm=$(ls dist/*_bg.wasm | head -n 1)
js=$(ls dist/b24-widgets-*.js | head -n 1)
css=$(ls dist/*.css | tr '\n' ' ')
table=$(
  echo "| file | raw bytes | gzip -9 | brotli -q 11 |"
  echo "|---|---:|---:|---:|"
  row "$wasm" "app .wasm"
  row "$js" "app .js (wasm-bindgen glue)"
  cat $css > /tmp/b24w-css-all.css; row /tmp/b24w-css-all.css "CSS (kit tokens + app)"
  echo
  echo "Measured $(date -u +%Y-%m-%d) with \`scripts/size-report.sh\` on a \`trunk build --release --offline\` (opt-level z, LTO, wasm-opt -Oz from binaryen $(wasm-opt --version | awk '{print $3}'))."
)
echo "$table"
if [ "${1:-}" = "--readme" ]; then
  python3 - "$table" <<'PY'
import re, sys
table = sys.argv[1]
readme = open("README.md").read()
new = re.sub(r"(<!-- size-report:start -->\n).*?(<!-- size-report:end -->)", lambda m: m.group(1) + table + "\n" + m.group(2), readme, flags=re.S)
open("README.md", "w").write(new)
PY
fi
