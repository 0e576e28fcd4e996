#!/usr/bin/env bash
# Re-vendor the Bitrix24 "Air" UI kit pieces the app uses, from the npm registry only:
#   style/vendor/b24-air-tokens.css      design tokens (light + dark subset), one file, no @import
#   style/vendor/LICENSE.b24ui-nuxt      MIT licence of @bitrix24/b24ui-nuxt
#   assets/icons/*.svg, src/ui/icons.css, src/ui/icon_data.rs
#                                        the icons the app uses: one SVG file each, their mask classes
#                                        and the `Icon` enum (scripts/icons-from-kit.mjs)
#   assets/icons/LICENSE.b24icons-vue    MIT licence of @bitrix24/b24icons-vue
# The outputs are committed; the build never needs npm. Re-running gives byte-identical files
# (files whose content is unchanged are not rewritten). Needs node >= 20 and npm.
# See docs/reference/ui-kit.md (§1 integrity strings, §2.1 file subset, §2.3 icons)
# and style/README.md.
set -euo pipefail

UI_PKG=@bitrix24/b24ui-nuxt
UI_VER=2.13.0
UI_SRI='sha512-jt3TscGdpTxGsDE70s3IEHGcikA/F5NaaTxDqQJDCh3OecOkjLSOqkfFmG6ofaP/gz5JogBF1iaPbHudxQyUVw=='
ICONS_PKG=@bitrix24/b24icons-vue
ICONS_VER=2.0.8
ICONS_SRI='sha512-QMOtACVhZh+P8IufpMZi7JHV982UW4PJW1ygR6WZuK47U8yaReeOEp/411y2IIZD8b3VCcYmPmgQ4DhXRSJxDw=='

# Token files, by their path in air-design-tokens/index.css. Everything index.css imports must be
# listed in exactly one of these, so a kit update that adds a file stops the sync.
KEEP_TOKENS=(
  001_b24_global.css          # spacing, sizes, radii, typography, legacy palette
  003_b24_context_light.css   # Air light theme (:root, .light)
  004_b24_context_dark.css    # Air dark theme (.dark)
  007_b24_global.css          # border widths, font family, blur/shadow helpers
  008_ui_global.css           # .style-* colour classes (--b24ui-*)
  009_b24_tools.css           # .--ui-hoverable helpers
  components/popup.css
  components/scrollbar.css
  components/navigation-menu.css
  components/badge-counter.css  # .ui-label / .ui-counter variables
  components/button.css         # .ui-btn.--air variables
)
DROP_TOKENS=(
  # Glass-on-wallpaper themes: only apply under html.edge-light / html.edge-dark, never set by us.
  005_b24_context_edge-light.css 006_b24_context_edge-dark.css
  # Only apply under html[data-platform=bitrix-mobile|bitrix-desktop], which the app does not set.
  013_b24_mobile_light.css 014_b24_mobile_dark.css 015_b24_mobile_edge-light.css 016_b24_mobile_edge-dark.css
  023_b24_desktop_light.css 024_b24_desktop_dark.css 025_b24_desktop_edge-light.css 026_b24_desktop_edge-dark.css
)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

die() { echo "sync-ui-kit: $*" >&2; exit 1; }
command -v node >/dev/null || die "node is required"
command -v npm >/dev/null || die "npm is required"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/sync-ui-kit.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# pack <name> <version> <sri> <dest-dir>: npm pack + two integrity checks + unpack.
pack() {
  local name=$1 ver=$2 sri=$3 dest=$4 json tgz reported actual
  json="$TMP/pack-${name//[@\/]/_}.json"
  npm pack "$name@$ver" --pack-destination "$TMP" --json --ignore-scripts --loglevel=error >"$json" \
    || die "npm pack $name@$ver failed"
  reported=$(node -e 'const j=require(process.argv[1]); console.log(j[0].integrity)' "$json")
  tgz="$TMP/$(node -e 'const j=require(process.argv[1]); console.log(j[0].filename)' "$json")"
  # Hash the file ourselves too, rather than trusting only npm's report.
  actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  [ "$reported" = "$sri" ] || die "$name@$ver: npm reports integrity $reported, expected $sri"
  [ "$actual" = "$sri" ] || die "$name@$ver: tarball hashes to $actual, expected $sri"
  mkdir -p "$dest"
  tar -xzf "$tgz" -C "$dest"
  local got
  got=$(node -e 'const p=require(process.argv[1]); console.log(p.name+"@"+p.version)' "$dest/package/package.json")
  [ "$got" = "$name@$ver" ] || die "tarball contains $got, expected $name@$ver"
  echo "sync-ui-kit: $name@$ver ok ($sri)"
}

# install <src> <dst>: copy only if the content differs (keeps mtimes stable for trunk watch).
install_file() {
  local src=$1 dst=$2
  mkdir -p "$(dirname "$dst")"
  if [ -f "$dst" ] && cmp -s "$src" "$dst"; then
    echo "sync-ui-kit: unchanged $dst"
  else
    cp "$src" "$dst"
    echo "sync-ui-kit: wrote     $dst"
  fi
}

pack "$UI_PKG" "$UI_VER" "$UI_SRI" "$TMP/ui"
pack "$ICONS_PKG" "$ICONS_VER" "$ICONS_SRI" "$TMP/icons"

# ---- (a) design tokens -------------------------------------------------------------------------
T="$TMP/ui/package/dist/runtime/air-design-tokens"
mapfile -t IMPORTS < <(grep -o '@import "\./[^"]*"' "$T/index.css" | sed 's/^@import "\.\///; s/"$//')
[ "${#IMPORTS[@]}" -gt 0 ] || die "no @import found in $T/index.css"
in_list() { local x=$1; shift; local y; for y in "$@"; do [ "$x" = "$y" ] && return 0; done; return 1; }
for f in "${IMPORTS[@]}"; do
  in_list "$f" "${KEEP_TOKENS[@]}" || in_list "$f" "${DROP_TOKENS[@]}" \
    || die "index.css imports $f, which is in neither KEEP_TOKENS nor DROP_TOKENS: review it"
done
for f in "${KEEP_TOKENS[@]}"; do
  in_list "$f" "${IMPORTS[@]}" || die "$f is no longer imported by index.css"
done

{
  echo "/*! $UI_PKG $UI_VER air-design-tokens | MIT | Copyright (c) 2024 Bitrix24 */"
  echo "/* GENERATED by scripts/sync-ui-kit.sh: light + dark subset of dist/runtime/air-design-tokens,"
  echo "   concatenated in index.css order. Do not edit; see style/README.md. */"
  for f in "${IMPORTS[@]}"; do   # index.css order
    in_list "$f" "${KEEP_TOKENS[@]}" || continue
    grep -q '@import' "$T/$f" && die "$f contains @import"
    echo "/* $f */"
    cat "$T/$f"
    echo
  done
} >"$TMP/b24-air-tokens.css"
install_file "$TMP/b24-air-tokens.css" style/vendor/b24-air-tokens.css
install_file "$TMP/ui/package/LICENSE" style/vendor/LICENSE.b24ui-nuxt

# ---- (b) icons ------------------------------------------------------------------------------------
node scripts/icons-from-kit.mjs "$TMP/icons/package" "$TMP/out"
# Icons no longer generated go away with their files.
for old in assets/icons/*.svg; do
  [ -e "$old" ] || continue
  [ -e "$TMP/out/$old" ] || { rm "$old"; echo "sync-ui-kit: removed   $old"; }
done
for f in "$TMP"/out/assets/icons/*.svg; do install_file "$f" "assets/icons/$(basename "$f")"; done
install_file "$TMP/out/src/ui/icons.css" src/ui/icons.css
install_file "$TMP/out/src/ui/icon_data.rs" src/ui/icon_data.rs
install_file "$TMP/icons/package/LICENSE" assets/icons/LICENSE.b24icons-vue

css=style/vendor/b24-air-tokens.css
echo "sync-ui-kit: $css $(wc -c <"$css") B raw, $(gzip -9c "$css" | wc -c) B gzip"
echo "sync-ui-kit: done"
