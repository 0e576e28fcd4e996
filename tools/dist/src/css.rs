//! Pruning of the UI kit's design tokens: the kit's token sheet declares about 1 900 custom
//! properties (`--ui-…`) for light and dark, of which the app reads a small part. Every declaration
//! that nothing reads is dropped from the bundle, so each widget's first load carries only the tokens
//! it uses.
//!
//! "Reads" means: a `var(--name)` in a rule that is not itself a custom property declaration, a
//! `--name` anywhere in the wasm or the HTML (inline styles written by Rust, e.g. a chart's
//! `fill: var(--ui-color-accent-main-primary)`), or a `var(--name)` inside the value of a declaration
//! that is itself kept (followed to a fixpoint). Names built at run time from pieces cannot be seen:
//! the widget guide asks for whole names in the source.

use std::collections::BTreeSet;

/// One custom property declaration found in a sheet: its name and the byte range of `--name: value`
/// (with its `;` when it has one).
struct Declaration {
    name: String,
    range: std::ops::Range<usize>,
}

/// Every `--name` that `text` mentions after `var(`.
fn var_references(text: &str, into: &mut BTreeSet<String>) {
    let mut rest = text;
    while let Some(at) = rest.find("var(") {
        let tail = rest[at + 4..].trim_start();
        if let Some(name) = custom_property_name(tail) {
            into.insert(name.to_owned());
        }
        rest = &rest[at + 4..];
    }
}

/// The `--name` at the start of `text`, if there is one.
fn custom_property_name(text: &str) -> Option<&str> {
    if !text.starts_with("--") {
        return None;
    }
    let end = text[2..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map_or(text.len(), |i| i + 2);
    (end > 2).then_some(&text[..end])
}

/// Every `--name` token in a binary (the wasm's data section holds the string literals of the Rust
/// code) or text.
pub fn mentioned_names(bytes: &[u8], into: &mut BTreeSet<String>) {
    let mut i = 0;
    while i + 2 < bytes.len() {
        if bytes[i] == b'-' && bytes[i + 1] == b'-' && (i == 0 || bytes[i - 1] != b'-') {
            let start = i;
            let mut end = i + 2;
            while end < bytes.len()
                && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'-' || bytes[end] == b'_')
            {
                end += 1;
            }
            if end > start + 2 {
                into.insert(String::from_utf8_lossy(&bytes[start..end]).into_owned());
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// The custom property declarations of a sheet, in order. A declaration starts after `{` or `;`
/// (whitespace allowed) with `--`; its value runs to the `;` or `}` outside any parentheses.
fn declarations(css: &str) -> Vec<Declaration> {
    let bytes = css.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    let mut at_declaration_start = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'{' || b == b';' || b == b'}' {
            at_declaration_start = b != b'}';
            i += 1;
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if at_declaration_start && css[i..].starts_with("--") {
            let Some(name) = custom_property_name(&css[i..]) else {
                i += 1;
                continue;
            };
            let start = i;
            let mut j = i + name.len();
            let mut depth = 0usize;
            while j < bytes.len() {
                match bytes[j] {
                    b'(' => depth += 1,
                    b')' => depth = depth.saturating_sub(1),
                    b';' if depth == 0 => {
                        j += 1;
                        break;
                    }
                    b'}' if depth == 0 => break,
                    _ => {}
                }
                j += 1;
            }
            found.push(Declaration {
                name: name.to_owned(),
                range: start..j,
            });
            i = j;
            at_declaration_start = true;
            continue;
        }
        at_declaration_start = false;
        i += 1;
    }
    found
}

/// The sheet without the custom property declarations nothing reads. `used` holds the names read
/// from outside the sheet (wasm, HTML). Returns the pruned sheet and how many declarations went.
pub fn prune_unused_custom_properties(css: &str, used: &BTreeSet<String>) -> (String, usize) {
    let declared = declarations(css);
    // References from ordinary rules: the sheet with every custom property declaration cut out.
    let mut outside = String::with_capacity(css.len());
    let mut from = 0;
    for d in &declared {
        outside.push_str(&css[from..d.range.start]);
        from = d.range.end;
    }
    outside.push_str(&css[from..]);
    let mut live: BTreeSet<String> = used.clone();
    var_references(&outside, &mut live);
    // Follow references inside kept declarations until nothing new turns up.
    loop {
        let before = live.len();
        let mut found = BTreeSet::new();
        for d in declared.iter().filter(|d| live.contains(&d.name)) {
            var_references(&css[d.range.clone()][d.name.len()..], &mut found);
        }
        live.extend(found);
        if live.len() == before {
            break;
        }
    }
    let mut pruned = String::with_capacity(css.len());
    let mut from = 0;
    let mut dropped = 0;
    for d in declared.iter().filter(|d| !live.contains(&d.name)) {
        pruned.push_str(&css[from..d.range.start]);
        from = d.range.end;
        dropped += 1;
    }
    pruned.push_str(&css[from..]);
    (pruned.replace(";}", "}"), dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn keeps_what_rules_read_and_what_those_tokens_read_in_turn() {
        let css = ":root{--a:1px;--b:var(--c);--c:red;--d:blue}.dark{--b:var(--e);--e:#000;--f:0}.x{color:var(--b);margin:var( --a )}";
        let (out, dropped) = prune_unused_custom_properties(css, &BTreeSet::new());
        assert_eq!(
            out,
            ":root{--a:1px;--b:var(--c);--c:red}.dark{--b:var(--e);--e:#000}.x{color:var(--b);margin:var( --a )}"
        );
        assert_eq!(dropped, 2);
    }

    #[test]
    fn keeps_names_the_wasm_mentions_and_values_with_semicolons_in_parentheses() {
        let css = ":root{--chart:url(\"data:x;y\");--other:1}";
        let mut used = BTreeSet::new();
        mentioned_names(b"\0\0fill: var(--chart)\0", &mut used);
        assert_eq!(used, names(&["--chart"]));
        let (out, dropped) = prune_unused_custom_properties(css, &used);
        assert_eq!(out, ":root{--chart:url(\"data:x;y\")}");
        assert_eq!(dropped, 1);
    }

    #[test]
    fn leaves_ordinary_properties_and_at_rules_alone() {
        let css = "@layer theme{:root{--gone:1;color:red}}@media (min-width:1px){.a{padding:0}}";
        let (out, _) = prune_unused_custom_properties(css, &BTreeSet::new());
        assert_eq!(
            out,
            "@layer theme{:root{color:red}}@media (min-width:1px){.a{padding:0}}"
        );
    }
}
