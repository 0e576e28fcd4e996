#!/usr/bin/env python3
"""Attributes a wasm module's bytes to crates and widget families, from its `name` section.

    scripts/wasm-size-by-crate.py FILE.wasm [--top N] [--brotli]

Each function body is charged to the crate that owns it: the first path segment of its (demangled)
name, `<T as Trait>::f` charged to T's crate, `core::ptr::drop_in_place<T>` to T's crate. A second
table charges a function to a widget family when its name mentions `b24_widgets::widgets::<family>`
(monomorphised leptos/tachys code built for that widget's views included). Data segments, imports,
exports, the table and the rest are listed as sections. With --brotli, each bucket's code is also
compressed alone (brotli -q 11): a rough share of the compressed file (buckets compress a little
better together than alone).
"""
import re
import subprocess
import sys
from collections import defaultdict


def leb(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def parse(path):
    buf = open(path, "rb").read()
    assert buf[:4] == b"\0asm", "not a wasm file"
    pos = 8
    sections = []  # (id, name, start, end)
    while pos < len(buf):
        sid = buf[pos]
        size, p = leb(buf, pos + 1)
        name = None
        if sid == 0:
            n, q = leb(buf, p)
            name = buf[q:q + n].decode("utf-8", "replace")
        sections.append((sid, name, p, p + size, p - pos + size))
        pos = p + size
    imported_funcs = 0
    bodies = []  # (func index, bytes)
    names = {}
    for sid, name, start, end, _ in sections:
        if sid == 2:
            count, p = leb(buf, start)
            for _ in range(count):
                for _ in range(2):
                    n, p = leb(buf, p)
                    p += n
                kind = buf[p]
                p += 1
                if kind == 0:
                    _, p = leb(buf, p)
                    imported_funcs += 1
                elif kind == 1:
                    p += 1
                    flags, p = leb(buf, p)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 2:
                    flags, p = leb(buf, p)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 3:
                    p += 2
                else:  # tag
                    p += 1
                    _, p = leb(buf, p)
        elif sid == 10:
            count, p = leb(buf, start)
            for i in range(count):
                size, q = leb(buf, p)
                bodies.append((imported_funcs + i, q - p + size, buf[q:q + size]))
                p = q + size
        elif sid == 0 and name == "name":
            n, p = leb(buf, start)
            p += n
            while p < end:
                sub = buf[p]
                size, q = leb(buf, p + 1)
                if sub == 1:
                    count, r = leb(buf, q)
                    for _ in range(count):
                        idx, r = leb(buf, r)
                        n, r = leb(buf, r)
                        names[idx] = buf[r:r + n].decode("utf-8", "replace")
                        r += n
                p = q + size
    return buf, sections, bodies, names


HASH = re.compile(r"::h[0-9a-f]{16}$")
LEGACY_ESCAPES = [("$LT$", "<"), ("$GT$", ">"), ("$RF$", "&"), ("$BP$", "*"), ("$C$", ","), ("$SP$", "@"),
                  ("$LP$", "("), ("$RP$", ")"), ("$u20$", " "), ("$u27$", "'"), ("$u5b$", "["), ("$u5d$", "]"),
                  ("$u7b$", "{"), ("$u7d$", "}"), ("$u7e$", "~"), ("$u3b$", ";"), ("$u2b$", "+"), ("$u22$", '"'),
                  ("..", "::")]


def demangle(name):
    """Legacy (`_ZN...E`) symbols fully; v0 (`_R...`) ones as their crate and identifiers (enough to
    attribute them). Already demangled names (wasm-bindgen demangles) pass through."""
    if name.startswith("_ZN"):
        p, parts = 3, []
        while p < len(name) and name[p].isdigit():
            q = p
            while name[q].isdigit():
                q += 1
            n = int(name[p:q])
            part = name[q:q + n]
            if part.startswith("_$"):
                part = part[1:]
            for a, b in LEGACY_ESCAPES:
                part = part.replace(a, b)
            parts.append(part)
            p = q + n
        return "::".join(parts)
    if name.startswith("_R"):
        m = re.search(r"C(?:s[0-9A-Za-z]*_)?(\d+)_?", name)
        if not m:
            return name
        out, p = [], m.start(1)
        while p < len(name):
            if name[p].isdigit():
                q = p
                while q < len(name) and name[q].isdigit():
                    q += 1
                n = int(name[p:q])
                if q < len(name) and name[q] == "_":
                    q += 1
                out.append(name[q:q + n])
                p = q + n
            elif name[p] in "Bs" and re.match(r"[Bs][0-9A-Za-z]*_", name[p:]):
                p += re.match(r"[Bs][0-9A-Za-z]*_", name[p:]).end()
            elif name[p] == "C" and re.match(r"Cs[0-9A-Za-z]*_", name[p:]):
                p += re.match(r"Cs[0-9A-Za-z]*_", name[p:]).end()
            else:
                p += 1
        return "::".join(x for x in out if x)
    return re.sub(r"\[[0-9a-f]{16}\]", "", name)
GROUPS = [
    ("leptos/tachys/reactive_graph", ("leptos", "leptos_dom", "leptos_macro", "leptos_config", "tachys", "reactive_graph",
                                       "reactive_stores", "any_spawner", "throw_error", "or_poisoned", "oco_ref",
                                       "next_tuple", "hydration_context", "server_fn", "either_of", "slotmap",
                                       "send_wrapper", "guardian", "async_lock", "event_listener", "pin_project_lite",
                                       "const_str_slice_concat", "drain_filter_polyfill", "wasm_split_helpers", "async_once_cell")),
    ("serde_json", ("serde_json",)),
    ("serde", ("serde", "serde_core")),
    ("indexmap/hashbrown", ("indexmap", "hashbrown", "rustc_hash", "foldhash")),
    ("wasm-bindgen/js-sys/web-sys", ("wasm_bindgen", "js_sys", "web_sys", "wasm_bindgen_futures", "console_error_panic_hook", "gloo_timers")),
    ("futures", ("futures", "futures_util", "futures_core", "futures_channel", "futures_task", "futures_executor")),
    ("rest", ("rest",)), ("domain", ("domain",)), ("placement", ("placement",)), ("protocol", ("protocol",)),
    ("bx24", ("bx24",)),
    ("core::fmt + number formatting", ()),
    ("core/alloc/std (other)", ("core", "alloc", "std", "dlmalloc", "compiler_builtins", "memchr", "itoa", "ryu", "zmij")),
]
CRATE_GROUP = {c: g for g, cs in GROUPS for c in cs}


PRIMITIVES = {"str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
              "f32", "f64", "bool", "char", "T"}


def owner(name):
    name = HASH.sub("", demangle(name))
    m = re.match(r"(?:core|std)::ptr::drop_in_place<(.*)>$", name)
    if m:
        name = m.group(1)
    name = re.sub(r"^(?:[<&*(\[ ]|mut |const |dyn |impl )+", "", name)
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)", name)
    crate = m.group(1) if m else "?"
    if crate in PRIMITIVES:
        crate = "core"
    elif re.fullmatch(r"[A-Z][A-Za-z0-9]?", crate) and " as " in name:
        # `<T as Trait>::f`: a generic impl, charged to the trait's crate.
        trait = re.sub(r"^(?:[<&*(\[ ]|mut |const |dyn |impl )+", "", name.split(" as ", 1)[1])
        t = re.match(r"([A-Za-z_][A-Za-z0-9_]*)", trait)
        crate = t.group(1) if t else crate
    return crate, name


def group_of(name):
    crate, clean = owner(name)
    if crate == "b24_widgets":
        m = re.match(r"b24_widgets::(\w+)(?:::(\w+))?", clean)
        mod, sub = (m.group(1), m.group(2)) if m else ("?", None)
        if mod == "widgets" and sub and sub[0].islower():
            return f"app: widgets::{sub}"
        if mod == "ui" and sub == "icon_data":
            return "app: icons (ui::icon_data)"
        return f"app: {mod}"
    if crate in ("core", "alloc", "std") and re.search(r"(^|::)fmt(::|$)|num::.*(fmt|Display|Debug)|Formatter|Arguments", clean):
        return "core::fmt + number formatting"
    if crate in CRATE_GROUP:
        return CRATE_GROUP[crate]
    if crate in ("main", "__rustc", "__externref_table_alloc", "__wbg_jspi_task_poll") or crate.startswith(("__wbindgen", "__wbg")):
        return "core/alloc/std (other)" if crate in ("main", "__rustc") else "wasm-bindgen/js-sys/web-sys"
    if crate.startswith(("intounderlying",)) or crate in ("wasm_streams", "gloo_net"):
        return "wasm-bindgen/js-sys/web-sys"
    return f"other: {crate}"


FAMILY = re.compile(r"b24_widgets::widgets::(\w+)")


def family_of(name):
    name = demangle(name)
    fams = set(m for m in FAMILY.findall(name) if m[0].islower())
    if not fams:
        return "shared (no family in its name)"
    if len(fams) == 1:
        return "family: " + fams.pop()
    return "several families"


def brotli_len(data):
    if not data:
        return 0
    return len(subprocess.run(["brotli", "-q", "11", "-c"], input=data, capture_output=True, check=True).stdout)


def main():
    args = sys.argv[1:]
    path = args[0]
    top = int(args[args.index("--top") + 1]) if "--top" in args else 0
    with_brotli = "--brotli" in args
    buf, sections, bodies, names = parse(path)
    total = len(buf)
    code = sum(b for _, b, _ in bodies)
    if not names:
        print(f"{path}: no name section (build with names kept)", file=sys.stderr)
    by_group, by_family = defaultdict(int), defaultdict(int)
    raw_group, raw_family = defaultdict(list), defaultdict(list)
    for idx, size, body in bodies:
        name = names.get(idx, f"func[{idx}]")
        if name.startswith("__wbindgen_describe"):
            continue  # removed by wasm-bindgen
        g, f = group_of(name), family_of(name)
        by_group[g] += size
        by_family[f] += size
        raw_group[g].append(body)
        raw_family[f].append(body)

    sec_names = {1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export",
                 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount", 13: "tag"}
    print(f"### {path}: {total} bytes, code {code} ({100 * code / total:.1f}%), brotli {brotli_len(buf)}\n")
    print("| section | bytes | % |\n|---|---:|---:|")
    for sid, name, start, end, full in sections:
        print(f"| {name and 'custom:' + name or sec_names.get(sid, sid)} | {full} | {100 * full / total:.1f} |")

    def table(title, sizes, raws):
        head = "| " + title + " | code bytes | % of code |" + (" brotli alone |" if with_brotli else "")
        print("\n" + head + "\n|---|---:|---:|" + ("---:|" if with_brotli else ""))
        for key, size in sorted(sizes.items(), key=lambda kv: -kv[1]):
            extra = f" {brotli_len(b''.join(raws[key]))} |" if with_brotli else ""
            print(f"| {key} | {size} | {100 * size / code:.1f} |{extra}")

    table("owner (crate / app module)", by_group, raw_group)
    table("widget family named in the function", by_family, raw_family)
    if top:
        print(f"\n| top {top} functions | bytes |\n|---|---:|")
        ranked = sorted(bodies, key=lambda b: -b[1])[:top]
        for idx, size, _ in ranked:
            print(f"| `{HASH.sub('', demangle(names.get(idx, f'func[{idx}]')))[:110]}` | {size} |")


if __name__ == "__main__":
    main()
