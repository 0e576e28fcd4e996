#!/usr/bin/env bash
# Writes `<file>.br` (brotli -q 11) and `<file>.gz` (gzip -9) beside every compressible file of a built
# app, so the server sends them as they are instead of compressing the wasm anew on every request.
#   scripts/precompress.sh [DIR]     DIR defaults to $TRUNK_STAGING_DIR (trunk's post_build hook), else dist
# Run by trunk after every build (Trunk.toml); on debug builds (TRUNK_PROFILE=debug) it does nothing:
# brotli -q 11 on an unoptimised wasm of tens of MB takes longer than the build, and the server works
# without the files (it then sends hashed assets uncompressed).
# Skipped: index.html (the server answers it from memory with per-start CSP hashes, never from the
# file, and compresses that small page itself), files under 1 KiB, already-compressed formats, and
# the .br/.gz files themselves.
set -euo pipefail
dir="${1:-${TRUNK_STAGING_DIR:-dist}}"
if [ "${TRUNK_PROFILE:-release}" != "release" ]; then
  echo "precompress: $TRUNK_PROFILE build, no .br/.gz written"
  exit 0
fi
if ! command -v brotli >/dev/null; then
  echo "precompress: the brotli command is missing (Debian package brotli; scripts/bootstrap.sh installs it)" >&2
  exit 1
fi
count=0
while IFS= read -r -d '' f; do
  case "$f" in
    */index.html | *.br | *.gz | *.png | *.jpg | *.jpeg | *.gif | *.webp | *.avif | *.woff | *.woff2 | *.zip) continue ;;
  esac
  [ "$(stat -c %s "$f")" -ge 1024 ] || continue
  brotli -q 11 -f -o "$f.br" -- "$f"
  gzip -9 -n -c -- "$f" >"$f.gz"
  count=$((count + 1))
done < <(find "$dir" -type f -print0)
echo "precompress: wrote .br and .gz for $count files in $dir"
