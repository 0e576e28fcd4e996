//! Reading the portal's loosely typed JSON: ids as strings or numbers, `Y`/`N` flags, `[]` where an
//! object is absent, empty strings for "no value".
//!
//! Every reader returns `None` rather than failing on an unexpected shape, so one odd field never
//! costs the user the whole widget.

use serde_json::Value;

/// A positive integer id from a number or a numeric string; `0`, empty, `null` and garbage are `None`.
pub fn id(value: Option<&Value>) -> Option<u64> {
    let n = match value? {
        Value::Number(n) => n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && *f > 0.0)
                .map(|f| f as u64)
        }),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }?;
    (n > 0).then_some(n)
}

/// A number from a number or a numeric string (`"999.90"`).
pub fn number(value: Option<&Value>) -> Option<f64> {
    match value? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok().filter(|f: &f64| f.is_finite()),
        _ => None,
    }
}

/// A non-empty string (numbers are turned into text); `None` for empty strings and other shapes.
pub fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_owned())
        }
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A flag: `Y`/`N`, `true`/`false` (bool or text), `1`/`0`.
pub fn flag(value: Option<&Value>) -> Option<bool> {
    match value? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => n.as_i64().map(|n| n != 0),
        Value::String(s) => match s.trim().to_ascii_uppercase().as_str() {
            "Y" | "TRUE" | "1" => Some(true),
            "N" | "FALSE" | "0" | "" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// An object, treating PHP's empty array `[]` (and anything else) as absent.
pub fn object(value: Option<&Value>) -> Option<&serde_json::Map<String, Value>> {
    value?.as_object().filter(|m| !m.is_empty())
}

/// The elements of an array, or the values of an index-keyed object (PHP arrays arrive both ways).
pub fn list(value: Option<&Value>) -> Vec<&Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Object(map)) => map.values().collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ids_accept_numbers_and_numeric_strings_only() {
        assert_eq!(id(Some(&json!("8061"))), Some(8061));
        assert_eq!(id(Some(&json!(17))), Some(17));
        assert_eq!(id(Some(&json!(" 5 "))), Some(5));
        for bad in [
            json!(0),
            json!("0"),
            json!(""),
            json!(null),
            json!("abc"),
            json!(-3),
            json!(1.5),
            json!([]),
        ] {
            assert_eq!(id(Some(&bad)), None, "{bad}");
        }
        assert_eq!(id(None), None);
    }

    #[test]
    fn numbers_texts_flags_objects_lists() {
        assert_eq!(number(Some(&json!("999.90"))), Some(999.9));
        assert_eq!(number(Some(&json!("NaN"))), None);
        assert_eq!(text(Some(&json!("  hi "))), Some("hi".into()));
        assert_eq!(text(Some(&json!(""))), None);
        assert_eq!(flag(Some(&json!("Y"))), Some(true));
        assert_eq!(flag(Some(&json!("false"))), Some(false));
        assert_eq!(flag(Some(&json!("maybe"))), None);
        assert!(object(Some(&json!([]))).is_none());
        assert!(object(Some(&json!({"a":1}))).is_some());
        assert_eq!(list(Some(&json!({"0": 1, "1": 2}))).len(), 2);
        assert_eq!(list(Some(&json!("x"))).len(), 0);
    }
}
