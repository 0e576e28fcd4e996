#!/usr/bin/env bash
# Load test of the production server on loopback: starts two `server serve` on 127.0.0.1 (ports
# picked by the OS), one sending the precompressed .br/.gz files (production) and one compressing
# every answer per request (`--compress-on-the-fly`, the old behaviour), and measures both side by
# side with crates/server/examples/load.rs: index.html by GET and by the portal's POST, and the wasm,
# at 1, 8 and 64 keep-alive clients. The table goes into BENCHMARK.md between the load-test markers.
#   scripts/load-test.sh [SECONDS_PER_CELL]     default 3: 18 cells, about a minute in all
# Bounded: each cell stops after SECONDS_PER_CELL or 50 000 requests, the whole run after 5 minutes,
# and both servers are stopped on exit. Builds the release app first when dist/ has no .br files.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
seconds="${1:-3}"
if ! ls dist/*_bg.wasm.br >/dev/null 2>&1; then trunk build --release --offline; fi
cargo build --quiet --profile server -p server --bin server --example load
wasm="/$(basename "$(ls dist/*_bg.wasm | head -n 1)")"

logs="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$logs"
}
trap cleanup EXIT

# Starts a server on a free loopback port (in this shell, so that cleanup can stop it).
launch() {
  local name=$1
  shift
  target/server/server serve --dist dist --addr 127.0.0.1:0 --portal-domain acme.bitrix24.com "$@" >"$logs/$name.log" 2>&1 &
  pids+=($!)
}
# Prints the address a launched server bound, once it has printed it.
address_of() {
  local log="$logs/$1.log"
  for _ in $(seq 100); do
    if grep -q 'http://' "$log"; then
      grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1
      return
    fi
    sleep 0.1
  done
  echo "load-test: the server did not start: $(cat "$log")" >&2
  exit 1
}
launch precompressed
launch on-the-fly --compress-on-the-fly
precompressed="$(address_of precompressed)"
on_the_fly="$(address_of on-the-fly)"

started=$(date +%s)
table="$(timeout 300 target/server/examples/load \
  --target "precompressed=$precompressed" --target "on the fly=$on_the_fly" \
  --wasm "$wasm" --clients 1,8,64 --seconds "$seconds")"
elapsed=$(( $(date +%s) - started ))
echo "$table"

wasm_raw=$(stat -c %s "dist$wasm")
wasm_br=$(stat -c %s "dist$wasm.br")
wasm_gz=$(stat -c %s "dist$wasm.gz")
section="$(cat <<MD
## Production server under load

Measured by \`scripts/load-test.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, shared by the servers and the client,
loopback, ${elapsed} s in all): two \`server serve\` (profile \`server\`) on the same \`dist/\` (release build),
*precompressed* (production: the \`.br\`/\`.gz\` files written by the build) and *on the fly*
(\`--compress-on-the-fly\`: every answer compressed anew, the old behaviour); each cell is ${seconds} s of
keep-alive clients sending \`Accept-Encoding: gzip, deflate, br\`. The wasm is ${wasm_raw} bytes raw,
${wasm_br} as its \`.br\` (brotli -q 11), ${wasm_gz} as its \`.gz\` (gzip -9). Latency is per request
(p50/p99); errors are non-2xx answers and failed connections.

$table
MD
)"
python3 - "$section" <<'PY'
import re, sys
section = sys.argv[1]
text = open("BENCHMARK.md").read()
block = "<!-- load-test:start -->\n" + section + "\n<!-- load-test:end -->"
if "<!-- load-test:start -->" in text:
    text = re.sub(r"<!-- load-test:start -->.*?<!-- load-test:end -->", lambda m: block, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open("BENCHMARK.md", "w").write(text)
PY
echo "load-test: written to BENCHMARK.md"
