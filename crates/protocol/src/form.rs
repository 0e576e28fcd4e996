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
//!
//! # Decoding rules (PHP's `parse_str`)
//!
//! - `a[b][c]=v` builds nested arrays; `a[]=v` appends under the next integer key (one past the
//!   largest integer key so far, or 0).
//! - Every leaf is a string: nothing is turned back into a JSON number or boolean.
//! - A later pair overwrites an earlier one (`a=1&a=2` gives `"2"`); a scalar is replaced by an
//!   array when brackets follow it.
//! - Names: `+` and `%XX` are decoded first (so `a%5Bb%5D` equals `a[b]`); leading spaces are dropped;
//!   in the top-level name `.` and space become `_`; a `[` without `]` becomes `_`; text after the
//!   last `]` is ignored; pairs without a name are skipped; names nested deeper than PHP's
//!   `max_input_nesting_level` (64) are dropped. Invalid `%` sequences are kept as they are and
//!   invalid UTF-8 is replaced, never rejected.
//!
//! A PHP array is an ordered map, so a decoded array has two JSON views: [`decode`] prints it the way
//! `json_encode` does (a JSON array when its keys are exactly `0..n-1` in order, else an object), which
//! is what the portal answers with and what its methods see; [`decode_maps`] keeps every array an
//! object (`{"0": …}`), which is how a client test compares what it sent.

use serde_json::{Map, Value};

/// PHP's `max_input_nesting_level`: deeper variables are dropped.
const MAX_NESTING: usize = 64;

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

/// Decodes a query string like PHP's `parse_str`, arrays printed as `json_encode` does (see the
/// module docs). The top level is always an object, even for positional `0=…&1=…`, like `$_POST`.
pub fn decode(query: &str) -> Value {
    Value::Object(parse(query).into_entries(true))
}

/// Decodes a query string like PHP's `parse_str`, every array kept as an object with its keys as
/// written (`l[0]=x` gives `{"l": {"0": "x"}}`); see the module docs.
pub fn decode_maps(query: &str) -> Value {
    Value::Object(parse(query).into_entries(false))
}

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space, `%XX` a byte; malformed
/// escapes stay as they are, invalid UTF-8 becomes U+FFFD.
pub fn decode_component(text: &str) -> String {
    url_decode(text)
}

/// The PHP array `parse_str` builds from `query`.
fn parse(query: &str) -> PhpArray {
    let mut root = PhpArray::default();
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        if let Some((base, path)) =
            parse_name(&url_decode(raw_name)).filter(|(_, path)| path.len() < MAX_NESTING)
        {
            root.insert(base, &path, url_decode(raw_value));
        }
    }
    root
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

/// A PHP array: an ordered map whose keys are integers or strings, and its next free integer key.
#[derive(Debug, Default)]
struct PhpArray {
    entries: Vec<(String, Node)>,
    next_index: u64,
}

/// One member of a [`PhpArray`].
#[derive(Debug)]
enum Node {
    Scalar(String),
    Array(PhpArray),
}

/// PHP treats decimal strings without leading zeros (and fitting an int) as integer keys.
fn int_key(key: &str) -> Option<u64> {
    if key == "0" {
        return Some(0);
    }
    if key.is_empty()
        || key.starts_with('0')
        || !key.bytes().all(|b| b.is_ascii_digit())
        || key.len() > 18
    {
        return None;
    }
    key.parse().ok()
}

impl PhpArray {
    fn slot(&mut self, key: String) -> &mut Node {
        if let Some(n) = int_key(&key) {
            self.next_index = self.next_index.max(n.saturating_add(1));
        }
        let index = match self.entries.iter().position(|(k, _)| *k == key) {
            Some(index) => index,
            None => {
                self.entries.push((key, Node::Scalar(String::new())));
                self.entries.len() - 1
            }
        };
        &mut self.entries[index].1
    }

    fn insert(&mut self, key: String, path: &[Option<String>], value: String) {
        let slot = self.slot(key);
        let Some((first, rest)) = path.split_first() else {
            *slot = Node::Scalar(value);
            return;
        };
        if !matches!(slot, Node::Array(_)) {
            *slot = Node::Array(PhpArray::default());
        }
        if let Node::Array(child) = slot {
            let child_key = first
                .clone()
                .unwrap_or_else(|| child.next_index.to_string());
            child.insert(child_key, rest, value);
        }
    }

    fn into_entries(self, php_lists: bool) -> Map<String, Value> {
        self.entries
            .into_iter()
            .map(|(key, node)| (key, node.into_json(php_lists)))
            .collect()
    }
}

impl Node {
    fn into_json(self, php_lists: bool) -> Value {
        match self {
            Node::Scalar(text) => Value::String(text),
            Node::Array(array) if php_lists => {
                php_array(array.into_entries(true).into_iter().collect())
            }
            Node::Array(array) => Value::Object(array.into_entries(false)),
        }
    }
}

/// Builds a JSON value the way PHP's `json_encode` prints an array: `[]` when empty, a JSON array
/// when the keys are exactly `"0".."n-1"` in order, an object otherwise.
pub fn php_array(entries: Vec<(String, Value)>) -> Value {
    let sequential = entries
        .iter()
        .enumerate()
        .all(|(i, (k, _))| *k == i.to_string());
    if sequential {
        Value::Array(entries.into_iter().map(|(_, v)| v).collect())
    } else {
        Value::Object(entries.into_iter().collect())
    }
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

    #[test]
    fn nested_brackets_lists_and_empty_values() {
        let v = decode("a[b][c]=v&list[0]=x&list[1]=y&push[]=1&push[]=2&empty=&flag");
        assert_eq!(
            v,
            json!({"a": {"b": {"c": "v"}}, "list": ["x", "y"], "push": ["1", "2"], "empty": "", "flag": ""})
        );
    }

    #[test]
    fn percent_and_plus_decoding_with_unicode() {
        let v = decode(
            "filter%5B%3EID%5D=10&title=Hello+World%21&name=%D0%90%D0%BD%D0%BD%D0%B0&bad=%zz%4",
        );
        assert_eq!(
            v,
            json!({"filter": {">ID": "10"}, "title": "Hello World!", "name": "Анна", "bad": "%zz%4"})
        );
    }

    #[test]
    fn php_key_quirks() {
        // '.' and ' ' in the base name become '_', an unclosed bracket too; keys starting with '[' are dropped.
        let v = decode("a.b=1&c d=2&e[f=3&[x]=4&g[h]tail=5");
        assert_eq!(
            v,
            json!({"a_b": "1", "c_d": "2", "e_f": "3", "g": {"h": "5"}})
        );
    }

    #[test]
    fn non_sequential_numeric_keys_make_an_object_and_later_values_win() {
        assert_eq!(
            decode("cmd[5]=a&cmd[7]=b"),
            json!({"cmd": {"5": "a", "7": "b"}})
        );
        assert_eq!(decode("a=1&a=2"), json!({"a": "2"}));
        assert_eq!(decode("a[x]=1&a[]=2"), json!({"a": {"x": "1", "0": "2"}}));
        assert_eq!(decode("a[007]=1"), json!({"a": {"007": "1"}}));
        assert_eq!(decode("a=1&a[b]=2"), json!({"a": {"b": "2"}}));
        assert_eq!(
            decode("0=12&1[ID]=asc"),
            json!({"0": "12", "1": {"ID": "asc"}}),
            "the top level stays an object"
        );
        let deep = format!("a{}=1", "[x]".repeat(100));
        assert_eq!(decode(&deep), json!({}), "too deep, dropped like PHP");
        assert_eq!(decode(""), json!({}));
    }

    #[test]
    fn encoder_round_trips_through_the_decoder() {
        let params = json!({"filter": {">ID": 5, "%TITLE": "a&b=c"}, "select": ["ID", "TITLE"], "order": {"ID": "ASC"}, "start": 0, "empty": []});
        let decoded = decode(&encode(&params));
        assert_eq!(
            decoded,
            json!({"filter": {">ID": "5", "%TITLE": "a&b=c"}, "select": ["ID", "TITLE"], "order": {"ID": "ASC"}, "start": "0", "empty": ""})
        );
    }

    use proptest::prelude::*;

    /// Values PHP can represent after a form round trip: strings at the leaves, non-empty arrays.
    fn php_value() -> impl Strategy<Value = Value> {
        let leaf = ".{0,8}".prop_map(Value::String);
        leaf.prop_recursive(4, 32, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 1..5).prop_map(Value::Array),
                prop::collection::vec(("[a-zA-Z>%@!=][a-zA-Z0-9_ .]{0,6}", inner), 1..5).prop_map(
                    |pairs| {
                        let map: Map<String, Value> = pairs.into_iter().collect();
                        Value::Object(map)
                    }
                ),
            ]
        })
    }

    proptest! {
        #[test]
        fn encode_then_decode_gives_the_value_back(
            pairs in prop::collection::vec(("[a-zA-Z_][a-zA-Z0-9_]{0,6}", php_value()), 0..5)
        ) {
            let value = Value::Object(pairs.into_iter().collect());
            prop_assert_eq!(decode(&encode(&value)), value);
        }
    }
}
