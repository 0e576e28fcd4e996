//! A decoder for PHP-style form bodies (`a[b][c]=v&a[]=x`), compatible with PHP's `parse_str`.
//!
//! BX24.js sends every REST call this way (in a `text/plain` body), and batch commands carry their
//! parameters as such query strings, so the fake REST API must read them exactly like the portal's PHP.
//! Rules implemented: `+` and `%XX` decoding, bracket paths building nested arrays, `[]` appending the
//! next integer key, `a=` as an empty string, `.` and space in the top-level name becoming `_`, an
//! unclosed `[` becoming `_`, later duplicates overwriting earlier ones. A PHP array whose keys are
//! exactly 0..n-1 in order becomes a JSON array, any other one a JSON object (like PHP's `json_encode`).

use serde_json::Value;

/// PHP's `max_input_nesting_level`: deeper variables are dropped.
const MAX_NESTING: usize = 64;

/// Decodes a whole form body or query string into a JSON object (always an object at the top, even
/// for positional parameters `0=…&1=…`, like PHP's `$_POST`).
pub fn parse(input: &str) -> Value {
    let mut root = PhpArray::default();
    for pair in input.split('&') {
        if pair.is_empty() {
            continue;
        }
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode_component(raw_key);
        let value = decode_component(raw_value);
        if let Some((base, path)) = split_key(&key).filter(|(_, path)| path.len() < MAX_NESTING) {
            root.insert(base, &path, value);
        }
    }
    Value::Object(
        root.entries
            .into_iter()
            .map(|(k, n)| (k, n.into_json()))
            .collect(),
    )
}

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space, `%XX` a byte; malformed
/// escapes stay as they are, invalid UTF-8 becomes U+FFFD.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// A path segment after the base name: `[name]` or `[]`.
#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Key(String),
    Append,
}

/// Splits `a.b[c][]` into the base `a_b` and the segments; `None` when PHP would drop the pair.
fn split_key(key: &str) -> Option<(String, Vec<Segment>)> {
    let (base_raw, mut rest) = match key.find('[') {
        Some(i) if key[i..].contains(']') => (&key[..i], &key[i..]),
        _ => (key, ""),
    };
    // In the top-level name PHP turns ' ' and '.' (and an unclosed '[') into '_'.
    let base: String = base_raw
        .chars()
        .map(|c| if matches!(c, ' ' | '.' | '[') { '_' } else { c })
        .collect();
    if base.is_empty() {
        return None;
    }
    let mut path = Vec::new();
    while let Some(inner) = rest.strip_prefix('[') {
        let Some(end) = inner.find(']') else { break };
        let name = &inner[..end];
        path.push(if name.is_empty() {
            Segment::Append
        } else {
            Segment::Key(name.to_owned())
        });
        rest = &inner[end + 1..];
    }
    Some((base, path))
}

/// A PHP array: an ordered map whose keys are integers or strings.
#[derive(Debug, Default)]
struct PhpArray {
    entries: Vec<(String, Node)>,
    next_index: u64,
}

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
            self.next_index = self.next_index.max(n + 1);
        }
        match self.entries.iter().position(|(k, _)| *k == key) {
            Some(i) => &mut self.entries[i].1,
            None => {
                self.entries.push((key, Node::Scalar(String::new())));
                let last = self.entries.len() - 1;
                &mut self.entries[last].1
            }
        }
    }

    fn insert(&mut self, key: String, path: &[Segment], value: String) {
        let slot = self.slot(key);
        let Some((first, rest)) = path.split_first() else {
            *slot = Node::Scalar(value);
            return;
        };
        if !matches!(slot, Node::Array(_)) {
            *slot = Node::Array(PhpArray::default());
        }
        if let Node::Array(child) = slot {
            let child_key = match first {
                Segment::Key(k) => k.clone(),
                Segment::Append => child.next_index.to_string(),
            };
            child.insert(child_key, rest, value);
        }
    }

    /// A nested PHP array prints like `json_encode` would (a nested array is never empty here).
    fn into_json(self) -> Value {
        super::envelope::php_array(
            self.entries
                .into_iter()
                .map(|(k, n)| (k, n.into_json()))
                .collect(),
        )
    }
}

impl Node {
    fn into_json(self) -> Value {
        match self {
            Node::Scalar(s) => Value::String(s),
            Node::Array(a) => a.into_json(),
        }
    }
}

/// Encodes a JSON value the way BX24.js does (`a[b][0]=x`, empty arrays as `a=`); tests use it to
/// build realistic request bodies.
#[cfg(test)]
pub fn encode(params: &Value) -> String {
    fn enc(s: &str) -> String {
        let mut out = String::new();
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    }
    fn walk(prefix: &str, v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) if !m.is_empty() => m
                .iter()
                .for_each(|(k, v)| walk(&format!("{prefix}[{k}]"), v, out)),
            Value::Array(a) if !a.is_empty() => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(&format!("{prefix}[{i}]"), v, out)),
            Value::Object(_) | Value::Array(_) | Value::Null => {
                out.push(format!("{}=", enc(prefix)))
            }
            Value::String(s) => out.push(format!("{}={}", enc(prefix), enc(s))),
            other => out.push(format!("{}={}", enc(prefix), enc(&other.to_string()))),
        }
    }
    let mut out = Vec::new();
    if let Value::Object(m) = params {
        m.iter().for_each(|(k, v)| walk(k, v, &mut out));
    }
    out.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_brackets_lists_and_empty_values() {
        let v = parse("a[b][c]=v&list[0]=x&list[1]=y&push[]=1&push[]=2&empty=&flag");
        assert_eq!(
            v,
            json!({"a": {"b": {"c": "v"}}, "list": ["x", "y"], "push": ["1", "2"], "empty": "", "flag": ""})
        );
    }

    #[test]
    fn percent_and_plus_decoding_with_unicode() {
        let v = parse(
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
        let v = parse("a.b=1&c d=2&e[f=3&[x]=4&g[h]tail=5");
        assert_eq!(
            v,
            json!({"a_b": "1", "c_d": "2", "e_f": "3", "g": {"h": "5"}})
        );
    }

    #[test]
    fn non_sequential_numeric_keys_make_an_object_and_later_values_win() {
        assert_eq!(
            parse("cmd[5]=a&cmd[7]=b"),
            json!({"cmd": {"5": "a", "7": "b"}})
        );
        assert_eq!(parse("a=1&a=2"), json!({"a": "2"}));
        assert_eq!(parse("a[x]=1&a[]=2"), json!({"a": {"x": "1", "0": "2"}}));
        assert_eq!(parse("a[007]=1"), json!({"a": {"007": "1"}}));
        assert_eq!(parse("a=1&a[b]=2"), json!({"a": {"b": "2"}}));
        assert_eq!(
            parse("0=12&1[ID]=asc"),
            json!({"0": "12", "1": {"ID": "asc"}}),
            "the top level stays an object"
        );
        let deep = format!("a{}=1", "[x]".repeat(100));
        assert_eq!(parse(&deep), json!({}), "too deep, dropped like PHP");
        assert_eq!(parse(""), json!({}));
    }

    #[test]
    fn encoder_round_trips_through_the_decoder() {
        let params = json!({"filter": {">ID": 5, "%TITLE": "a&b=c"}, "select": ["ID", "TITLE"], "order": {"ID": "ASC"}, "start": 0, "empty": []});
        let decoded = parse(&encode(&params));
        assert_eq!(
            decoded,
            json!({"filter": {">ID": "5", "%TITLE": "a&b=c"}, "select": ["ID", "TITLE"], "order": {"ID": "ASC"}, "start": "0", "empty": ""})
        );
    }
}
