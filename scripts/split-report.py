#!/usr/bin/env python3
"""First-load bytes per widget family of a split build in dist/ (scripts/build-split.sh).

    scripts/split-report.py [DIST]

A family's first load: the main wasm + its split's files from __wasm_split_manifest.json (its own
chunk and the shared chunks it needs) + the JS (wasm-bindgen glue, the split loader, the snippets) +
the CSS, each compressed alone with brotli -q 11 (as a server sends them).
"""
import glob
import json
import os
import re
import subprocess
import sys

dist = sys.argv[1] if len(sys.argv) > 1 else "dist"


def br(path):
    return len(subprocess.run(["brotli", "-q", "11", "-c", path], capture_output=True, check=True).stdout)


main_wasm = [p for p in glob.glob(f"{dist}/b24-widgets*_bg.wasm")][0]
js = [p for p in glob.glob(f"{dist}/b24-widgets*.js")] + glob.glob(f"{dist}/__wasm_split*.js") + glob.glob(f"{dist}/snippets/**/*.js", recursive=True)
css = glob.glob(f"{dist}/*.css")
manifest = json.load(open(glob.glob(f"{dist}/__wasm_split_manifest.json")[0]))
base = {"main wasm": br(main_wasm), "JS": sum(br(p) for p in js), "CSS": sum(br(p) for p in css)}
print("| file | raw | brotli -q 11 |\n|---|---:|---:|")
for p in sorted(set(glob.glob(f"{dist}/*.wasm"))):
    print(f"| {os.path.basename(p)} | {os.path.getsize(p)} | {br(p)} |")
for p in js + css:
    print(f"| {os.path.relpath(p, dist)} | {os.path.getsize(p)} | {br(p)} |")
shared = sum(base.values())
print(f"\nShared by every family: main wasm {base['main wasm']} + JS {base['JS']} + CSS {base['CSS']} = {shared} bytes brotli\n")
print("| split (family) | its files | family bytes (brotli) | first load (brotli) |\n|---|---|---:|---:|")
for split, stems in sorted(manifest.items()):
    own = sum(br(f"{dist}/{s}.wasm") for s in stems if os.path.exists(f"{dist}/{s}.wasm"))
    fam = re.sub(r"_\d+$", "", split)
    print(f"| {fam} | {', '.join(stems)} | {own} | {shared + own} |")
