#!/usr/bin/env bash
# The main job: builds the app and starts the portal emulator with it, on the embedded demo data.
#   scripts/run.sh [portal emulate options...]     e.g. --port 9000 --app-port 8080
# Open the printed URL (http://localhost:9000 by default), pick any placement, and the widget runs
# in a frame loaded exactly the way Bitrix24 loads it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
source scripts/env.sh
trunk build --release --offline
cargo build --quiet -p portal
exec target/debug/portal emulate --dist dist "$@"
