#!/usr/bin/env python3
"""How much of the UI kit's token CSS the app uses, and what a pruned copy would weigh.

    scripts/css-usage.py [--write OUT.css]

Seeds: every `var(--x)` and `--x` in style/app.css, src/ and index.html, and every kit class
(`.style-*`, `.base-mode`, `.light`, `.dark`, ...) whose name appears in style/app.css or src/. The used
set is closed over the kit's own `var()` references. The pruned copy keeps the kit's rules and
at-rules in order, drops rules whose every selector names an unused kit class, and inside kept rules
drops declarations of unused custom properties (other declarations stay). A measurement, not a
build step: the vendored file stays as synced (style/README.md).
"""
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
kit_path = root / "style/vendor/b24-air-tokens.css"
kit = re.sub(r"/\*(?!!).*?\*/", "", kit_path.read_text(), flags=re.S)
app_sources = [root / "style/app.css", root / "index.html"] + sorted((root / "src").rglob("*.rs"))
app_text = "\n".join(p.read_text() for p in app_sources)

VAR = re.compile(r"--[A-Za-z0-9_-]+")
CLASS = re.compile(r"\.(-?[A-Za-z_][A-Za-z0-9_-]*)")


def parse(text, i=0):
    """Returns (items, end): items are ("decls", text) / ("rule", prelude, items) / ("at", text)."""
    items, buf = [], ""
    while i < len(text):
        ch = text[i]
        if ch == "{":
            inner, i = parse(text, i + 1)
            items.append(("rule", buf.strip(), inner))
            buf = ""
            continue
        elif ch == "}":
            if buf.strip():
                items.append(("decls", buf))
            return items, i + 1
        elif ch == ";" and buf.strip().startswith("@") and "{" not in buf and ":" not in buf.split("@", 1)[0]:
            items.append(("at", buf.strip() + ";"))
            buf = ""
        else:
            buf += ch
        i += 1
    if buf.strip():
        items.append(("decls", buf))
    return items, i


def split_decls(text):
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == ";" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return [d.strip() for d in out if d.strip()]


tree, _ = parse(kit)

# Every custom property's values, for the closure.
values = {}


def collect(items):
    for it in items:
        if it[0] == "decls":
            for d in split_decls(it[1]):
                if d.startswith("--") and ":" in d:
                    name, val = d.split(":", 1)
                    values.setdefault(name.strip(), []).append(val)
        elif it[0] == "rule":
            collect(it[2])


collect(tree)
kit_classes = set()


def classes(items):
    for it in items:
        if it[0] == "rule":
            if not it[1].startswith("@"):
                kit_classes.update(CLASS.findall(it[1]))
            classes(it[2])


classes(tree)
used_classes = {c for c in kit_classes if re.search(r"(?<![A-Za-z0-9_-])" + re.escape(c) + r"(?![A-Za-z0-9_-])", app_text)}
used = set(VAR.findall(app_text)) & set(values)


def selector_kept(prelude):
    if prelude.startswith("@"):
        return True
    for sel in prelude.split(","):
        names = CLASS.findall(sel)
        if all(n in used_classes for n in names):
            return True
    return False


# Custom properties set by kept rules (e.g. the `.style-*` classes) that app.css reads are seeds too;
# the closure: a used property's values use further properties.
def plain_refs(items, kept=True):
    for it in items:
        if it[0] == "decls" and kept:
            for d in split_decls(it[1]):
                if not d.startswith("--"):
                    used.update(r for r in VAR.findall(d) if r in values)
        elif it[0] == "rule":
            plain_refs(it[2], kept and selector_kept(it[1]))


plain_refs(tree)
todo = list(used)
while todo:
    name = todo.pop()
    for val in values.get(name, []):
        for ref in VAR.findall(val):
            if ref in values and ref not in used:
                used.add(ref)
                todo.append(ref)


def emit(items):
    out = []
    for it in items:
        if it[0] == "at":
            out.append(it[1])
        elif it[0] == "decls":
            keep = [d for d in split_decls(it[1]) if not d.startswith("--") or d.split(":", 1)[0].strip() in used]
            if keep:
                out.append(";".join(keep))
        else:
            if not selector_kept(it[1]):
                continue
            inner = emit(it[2])
            if inner:
                out.append(it[1] + "{" + inner + "}")
    return "".join(out)


pruned = emit(tree)


def brotli(data):
    return len(subprocess.run(["brotli", "-q", "11", "-c"], input=data.encode(), capture_output=True, check=True).stdout)


full = kit_path.read_text()
app_css = (root / "style/app.css").read_text()
print(f"| kit CSS | raw bytes | brotli -q 11 |\n|---|---:|---:|")
print(f"| b24-air-tokens.css as vendored ({len(values)} custom properties, {len(kit_classes)} classes) | {len(full.encode())} | {brotli(full)} |")
print(f"| pruned to what the app uses ({len(used)} properties, {len(used_classes)} classes: {', '.join(sorted(used_classes))}) | {len(pruned.encode())} | {brotli(pruned)} |")
print(f"| app.css | {len(app_css.encode())} | {brotli(app_css)} |")
print(f"| pruned kit + app.css | {len((pruned + app_css).encode())} | {brotli(pruned + app_css)} |")
if "--write" in sys.argv:
    pathlib.Path(sys.argv[sys.argv.index("--write") + 1]).write_text(pruned)
