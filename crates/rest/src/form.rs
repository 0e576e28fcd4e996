//! PHP-style `application/x-www-form-urlencoded` encoding: what BX24.js sends and what the portal's
//! `parse_str` reads.
//!
//! # Encoding rules (checked against BX24.js `ajax.prepareData`)
//!
//! | JSON | on the wire | PHP sees |
//! |------|-------------|----------|
//! | `{"a": {"b": 1}}` | `a[b]=1` | `['a' => ['b' => '1']]` |
//! | `{"a": ["x", "y"]}` | `a[0]=x&a[1]=y` | `['a' => ['x', 'y']]` |
//! | `{"a": []}`, `{"a": {}}` | `a=` | `['a' => '']` |
//! | `{"a": null}` | *(nothing)* | no `a` |
//! | `{"a": true}` | `a=true` | `['a' => 'true']` |
//! | `{"a": 1.5}` | `a=1.5` | `['a' => '1.5']` |
//!
//! - **Brackets stay literal**, names and values are escaped like JavaScript's `encodeURIComponent`
//!   (`A-Z a-z 0-9 - _ . ! ~ * ' ( )` kept, everything else `%XX` of its UTF-8 bytes, space as `%20`).
//!   That is byte for byte what BX24.js sends: `filter[%3EID]=5`. PHP percent-decodes a whole name
//!   before it splits the brackets, so the fully escaped form `filter%5B%3EID%5D=5` means the same to
//!   the portal; [`decode`] accepts both.
//! - **Booleans** go out as the strings `true` / `false`, as BX24.js does (`encodeURIComponent(true)`).
//!   Beware: in PHP the string `"false"` is truthy. Bitrix flags are `"Y"`/`"N"` (or `1`/`0`); send
//!   those where a method expects a flag. The batch builder sends `halt` as `1`/`0` for this reason.
//! - **`null` is left out**, as BX24.js does. A Rust `Option::None` serialises to `null`, so `None` means
//!   "not sent", never "clear the field" (send `""` to clear a field). A non-empty array or object whose
//!   members are all `null` therefore sends nothing at all (`{"a": [null]}` → ``), again like BX24.js.
//! - **Empty arrays and empty objects** go out as `a=` (PHP has one array type for both; BX24.js sends
//!   `a=` for `[]` and drops `{}`; we treat them alike).
//! - Keys keep the order of the JSON object (the crate enables serde_json's `preserve_order`).
//!   BX24.js emits an object's scalar members before its nested ones; PHP does not care except for
//!   the order of keys inside one array, which we keep as written.
//! - A top-level string is taken as an already encoded query (BX24.js does the same); other top-level
//!   scalars have no name and encode to nothing.

use serde_json::{Map, Value};

/// Encodes request parameters the way BX24.js does and PHP's `parse_str` reads (see the module docs).
pub fn encode(params: &Value) -> String {
    let mut pairs = Vec::new();
    match params {
        Value::Object(map) => {
            for (key, value) in map {
                push_pairs(&mut pairs, escape(key), value);
            }
        }
        Value::Array(items) => {
            for (index, value) in items.iter().enumerate() {
                push_pairs(&mut pairs, index.to_string(), value);
            }
        }
        Value::String(raw) => return raw.clone(),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
    pairs.join("&")
}

fn push_pairs(pairs: &mut Vec<String>, name: String, value: &Value) {
    match value {
        Value::Null => {}
        Value::Bool(flag) => pairs.push(format!("{name}={flag}")),
        Value::Number(number) => pairs.push(format!("{name}={}", escape(&number.to_string()))),
        Value::String(text) => pairs.push(format!("{name}={}", escape(text))),
        Value::Array(items) if items.is_empty() => pairs.push(format!("{name}=")),
        Value::Object(map) if map.is_empty() => pairs.push(format!("{name}=")),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                push_pairs(pairs, format!("{name}[{index}]"), item);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                push_pairs(pairs, format!("{name}[{}]", escape(key)), item);
            }
        }
    }
}

/// Percent-encodes `text` exactly like JavaScript's `encodeURIComponent`.
pub fn escape(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        let kept = byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte);
        if kept {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

/// Decodes a query string with the semantics of PHP's `parse_str`.
///
/// - `a[b][c]=v` builds nested objects; `a[]=v` appends under the next integer key.
/// - Every leaf is a string and every container an object: PHP arrays are ordered maps, so list
///   indices stay map keys (`"0"`, `"1"`, ...). Nothing is turned back into a JSON array or number.
/// - A later pair overwrites an earlier one (`a=1&a=2` gives `"2"`); a scalar is replaced by an
///   object when brackets follow it.
/// - Names: `+` and `%XX` are decoded first (so `a%5Bb%5D` equals `a[b]`); leading spaces are dropped;
///   in the top-level name `.` and space become `_`; a `[` without `]` becomes `_`; text after the
///   last `]` is ignored; pairs without a name are skipped. Invalid `%` sequences are kept as they
///   are and invalid UTF-8 is replaced, never rejected.
pub fn decode(query: &str) -> Value {
    let mut root = Map::new();
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        if let Some((base, path)) = parse_name(&url_decode(raw_name)) {
            insert(&mut root, base, &path, url_decode(raw_value));
        }
    }
    Value::Object(root)
}

/// Splits a decoded PHP variable name into its base and bracket path (`None` = `[]`, append).
fn parse_name(name: &str) -> Option<(String, Vec<Option<String>>)> {
    let name = name.trim_start_matches(' ');
    let (base, mut rest) = match name.find('[') {
        Some(open) => (&name[..open], &name[open..]),
        None => (name, ""),
    };
    if base.is_empty() {
        return None;
    }
    let mut base: String = base
        .chars()
        .map(|c| if c == '.' || c == ' ' { '_' } else { c })
        .collect();
    let mut path = Vec::new();
    while let Some(inner) = rest.strip_prefix('[') {
        let Some(close) = inner.find(']') else {
            if path.is_empty() {
                // PHP turns an unmatched `[` in the name into `_` and keeps the rest as text.
                base.push('_');
                base.push_str(inner);
            }
            break;
        };
        let key = &inner[..close];
        path.push((!key.is_empty()).then(|| key.to_owned()));
        rest = &inner[close + 1..];
    }
    Some((base, path))
}

fn insert(map: &mut Map<String, Value>, key: String, path: &[Option<String>], value: String) {
    let Some((first, deeper)) = path.split_first() else {
        map.insert(key, Value::String(value));
        return;
    };
    let slot = map.entry(key).or_insert_with(|| Value::Object(Map::new()));
    if !slot.is_object() {
        *slot = Value::Object(Map::new());
    }
    if let Value::Object(child) = slot {
        let child_key = first
            .clone()
            .unwrap_or_else(|| next_index(child).to_string());
        insert(child, child_key, deeper, value);
    }
}

/// The key PHP gives to `a[]`: one past the largest integer key, or 0.
fn next_index(map: &Map<String, Value>) -> u64 {
    map.keys()
        .filter_map(|key| key.parse::<u64>().ok().filter(|n| n.to_string() == *key))
        .max()
        .map_or(0, |max| max.saturating_add(1))
}

fn url_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(hex_value),
                bytes.get(i + 2).and_then(hex_value),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(byte: &u8) -> Option<u8> {
    char::from(*byte)
        .to_digit(16)
        .and_then(|digit| u8::try_from(digit).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn encodes_the_list_request_like_bx24_js() {
        let params =
            json!({"filter": {">ID": 5}, "select": ["ID", "TITLE"], "order": {"ID": "ASC"}});
        assert_eq!(
            encode(&params),
            "filter[%3EID]=5&select[0]=ID&select[1]=TITLE&order[ID]=ASC"
        );
    }

    #[test]
    fn matches_the_fully_escaped_php_expectation_once_brackets_are_escaped() {
        let params =
            json!({"filter": {">ID": 5}, "select": ["ID", "TITLE"], "order": {"ID": "ASC"}});
        let fully_escaped = encode(&params).replace('[', "%5B").replace(']', "%5D");
        assert_eq!(
            fully_escaped,
            "filter%5B%3EID%5D=5&select%5B0%5D=ID&select%5B1%5D=TITLE&order%5BID%5D=ASC"
        );
        assert_eq!(decode(&fully_escaped), decode(&encode(&params)));
    }

    #[test]
    fn scalars_empties_and_nulls() {
        let params = json!({"t": true, "f": false, "n": null, "e": [], "o": {}, "x": 1.5, "i": -3, "s": "", "only_nulls": [null, {"a": null}]});
        assert_eq!(encode(&params), "t=true&f=false&e=&o=&x=1.5&i=-3&s=");
    }

    #[test]
    fn escapes_like_encode_uri_component() {
        assert_eq!(escape("a b&c=d/é?+%"), "a%20b%26c%3Dd%2F%C3%A9%3F%2B%25");
        assert_eq!(escape("-_.!~*'()"), "-_.!~*'()");
        assert_eq!(
            encode(&json!({"a b": {"[x]": "$result[deal][ID]"}})),
            "a%20b[%5Bx%5D]=%24result%5Bdeal%5D%5BID%5D"
        );
    }

    #[test]
    fn top_level_shapes() {
        assert_eq!(encode(&json!(["a", {"b": 1}])), "0=a&1[b]=1");
        assert_eq!(encode(&json!("already=encoded")), "already=encoded");
        assert_eq!(encode(&json!(null)), "");
        assert_eq!(encode(&json!(5)), "");
    }

    #[test]
    fn decodes_like_parse_str() {
        let decoded = decode(
            "a[b][c]=1&a[b][d]=2&l[]=x&l[]=y&l[7]=z&l[]=w&plain=%20+%zz&=ignored&[x]=ignored",
        );
        assert_eq!(
            decoded,
            json!({"a": {"b": {"c": "1", "d": "2"}}, "l": {"0": "x", "1": "y", "7": "z", "8": "w"}, "plain": "  %zz"})
        );
    }

    #[test]
    fn decode_mangles_names_like_php() {
        assert_eq!(
            decode("a.b=1&c d=2&e[f=3&g[h]i=4& j=5"),
            json!({"a_b": "1", "c_d": "2", "e_f": "3", "g": {"h": "4"}, "j": "5"})
        );
    }

    #[test]
    fn decode_later_pairs_win() {
        assert_eq!(decode("a=1&a[b]=2"), json!({"a": {"b": "2"}}));
        assert_eq!(decode("a[b]=2&a=1"), json!({"a": "1"}));
        assert_eq!(decode("a=1&a=2&flag"), json!({"a": "2", "flag": ""}));
    }
}
