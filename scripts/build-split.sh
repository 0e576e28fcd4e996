#!/usr/bin/env bash
# Release build with the wasm split per widget family (the prototype of issue 8): dist/ as
# `trunk build --release` makes it, but the app's wasm is split at the `#[lazy]` family functions of
# src/router.rs into a main module plus one chunk per family (and shared chunks), loaded on first use.
#
#   scripts/build-split.sh            build into dist/
#
# Steps (what `cargo leptos --split` does, around trunk, which cannot split yet: trunk-rs/trunk#1022):
#  1. trunk builds index.split.html (index.html with `data-cargo-features="split"` and
#     `data-wasm-opt="0"`); the `split` feature turns on the split points and build.rs links the bin
#     with `--emit-relocs` (the splitter needs the relocations);
#  2. tools/wasm-split (wasm_split_cli_support from crates.io) splits cargo's wasm into the main module,
#     the chunks and the `__wasm_split.js` loader;
#  3. wasm-bindgen --target web --keep-lld-exports runs again on the split main module, under the
#     name trunk gave its glue, replacing trunk's glue and wasm (their SRI hashes are dropped);
#  4. wasm-opt -Oz on the main module and on every chunk.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue --enable-mutable-globals"

splitter=tools/wasm-split/target/release/wasm-split
if [ ! -x "$splitter" ] || [ tools/wasm-split/src/main.rs -nt "$splitter" ]; then
  cargo build --release --offline --quiet --manifest-path tools/wasm-split/Cargo.toml
fi

sed -e 's/data-bin="b24-widgets"/data-bin="b24-widgets" data-cargo-features="split"/' \
    -e 's/data-wasm-opt="z"/data-wasm-opt="0"/' index.html > index.split.html
trap 'rm -f index.split.html' EXIT
trunk build --release --offline=true index.split.html >&2

input=target/wasm32-unknown-unknown/release/b24-widgets.wasm
glue=$(basename "$(ls dist/b24-widgets-*.js | head -n 1)" .js)
work=target/split
rm -rf "$work" && mkdir -p "$work/bindgen"
rm -f dist/__wasm_split* dist/chunk_*.wasm
"$splitter" "$input" dist "$work/main.wasm" "./$glue.js" > "$work/chunks.txt"
wasm-bindgen --target web --keep-lld-exports --no-demangle --out-name "$glue" --out-dir "$work/bindgen" "$work/main.wasm"
cp "$work/bindgen/$glue.js" "dist/$glue.js"
cp "$work/bindgen/${glue}_bg.wasm" "dist/${glue}_bg.wasm"
if [ -d "$work/bindgen/snippets" ]; then cp -r "$work/bindgen/snippets" dist/; fi
# The glue and wasm changed: drop trunk's integrity hashes for them.
sed -i -E "s/(href=\"[^\"]*$glue[^\"]*\"[^>]*) integrity=\"[^\"]*\"/\1/g; s/ integrity=\"[^\"]*\"([^>]*href=\"[^\"]*$glue)/\1/g" dist/index.html
for f in "dist/${glue}_bg.wasm" $(cat "$work/chunks.txt"); do
  wasm-opt -Oz $features "$f" -o "$f"
done
ls -l dist/*.wasm dist/__wasm_split* >&2
