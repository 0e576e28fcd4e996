//! Readers for the portal's loosely typed JSON scalars, one semantics for every crate.
//!
//! PHP sends what its arrays hold, and form-encoded requests turn everything into text, so the same
//! field arrives as `"8061"`, `8061` or `8061.0`, and a flag as `"Y"`, `"1"`, `true` or `"true"`.
//! Every reader returns `None` rather than failing on an unexpected shape, so one odd field never
//! costs the user a whole widget.
//!
//! | reader | accepts | `None` for |
//! |---|---|---|
//! | [`id`] | a positive integer: a JSON number, or a string of ASCII digits (trimmed) | `0`/`"0"` (the portal's "none"), negatives, fractions, `1e20` and anything above 2^53, `""`, `null`, `true`, `[]`, `"+5"`, `"1e3"` |
//! | [`count`] | the same, and zero (offsets, `total`, `next`) | the rest of the above |
//! | [`signed`] | an integer of either sign, `"-5"` included, within ±2^53 | fractions, text |
//! | [`number`] | any finite number, or a string that parses as one (`"999.90"`) | `NaN`, `inf`, text |
//! | [`flag`] | `Y`/`N`, `true`/`false` (any case, trimmed), `1`/`0` as text or number, JSON booleans | `""`, `"yes"`, `2`, other shapes |
//! | [`text`] | a non-empty trimmed string, or a number written out | `""`, blanks, other shapes |
//! | [`scalar_text`] | a string as is, a number written out, a boolean as PHP prints it (`"1"`/`""`) | `null`, arrays, objects |
//!
//! A JSON number counts as an integer when it is one exactly: `3.0` is `3`, `3.5` is not an id. The
//! bound 2^53 is where doubles (JavaScript's numbers, which is what BX24.js hands over) stop being
//! exact; digit strings may use the whole `u64` range, since text carries every digit.
//!
//! The one rule on zero: an entity id is never `0` in Bitrix24 (ids start at 1, and the portal sends
//! `0`/`"0"` for "not bound"), so [`id`] reads `0` as absent; counts, offsets, categories and type
//! ids do start at `0`, so [`count`] keeps it. Every reader of the workspace is one of these: the
//! client (`rest::lenient`, `rest::envelope`), the placement parser (an option id of `0` is "none")
//! and the emulator's parameters (which take `count`, since `start=0` and `categoryId=0` are real).

use serde_json::{Map, Value};

/// The largest integer a double holds exactly (2^53); larger JSON numbers are not read as ids.
pub const MAX_EXACT: u64 = 1 << 53;

/// A non-negative integer from a JSON number (integral, at most [`MAX_EXACT`]) or a string of ASCII
/// digits (trimmed; any length that fits `u64`).
fn unsigned(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) if n.is_u64() || n.is_i64() => n.as_u64().filter(|n| *n <= MAX_EXACT),
        Value::Number(n) => n
            .as_f64()
            .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f <= MAX_EXACT as f64)
            .map(|f| f as u64),
        Value::String(s) => {
            let s = s.trim();
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        }
        _ => None,
    }
}

/// A positive integer id; `0` means "none" and is `None` (see the module table).
pub fn id(value: Option<&Value>) -> Option<u64> {
    unsigned(value?).filter(|n| *n > 0)
}

/// A non-negative integer (offsets, `total`, `next`): like [`id`], but `0` is a value.
pub fn count(value: Option<&Value>) -> Option<u64> {
    unsigned(value?)
}

/// A signed integer within ±[`MAX_EXACT`] from a number or a trimmed decimal string (`"-5"`).
pub fn signed(value: Option<&Value>) -> Option<i64> {
    let limit = MAX_EXACT as i64;
    match value? {
        Value::Number(n) => n.as_i64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() <= MAX_EXACT as f64)
                .map(|f| f as i64)
        }),
        Value::String(s) => {
            let s = s.trim();
            let digits = s.strip_prefix('-').unwrap_or(s);
            (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        }
        _ => None,
    }
    .filter(|n: &i64| n.abs() <= limit)
}

/// A finite number from a number or a numeric string (`"999.90"`).
pub fn number(value: Option<&Value>) -> Option<f64> {
    match value? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|f: &f64| f.is_finite())
}

/// A non-empty trimmed string (numbers are written out); `None` for blanks and other shapes.
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

/// A flag: `Y`/`N`, `true`/`false` (any case, trimmed), `1`/`0` as text or number, JSON booleans.
pub fn flag(value: Option<&Value>) -> Option<bool> {
    match value? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => match n.as_u64() {
            Some(1) => Some(true),
            Some(0) => Some(false),
            _ => None,
        },
        Value::String(s) => match s.trim().to_ascii_uppercase().as_str() {
            "Y" | "TRUE" | "1" => Some(true),
            "N" | "FALSE" | "0" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A scalar as PHP's string conversion prints it: strings as they are, numbers written out, `true`
/// as `"1"` and `false` as `""`; `None` for `null`, arrays and objects.
pub fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(if *b { "1".into() } else { String::new() }),
        _ => None,
    }
}

/// An object, treating PHP's empty array `[]` (and anything else) as absent.
pub fn object(value: Option<&Value>) -> Option<&Map<String, Value>> {
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
    fn ids_are_positive_integers_and_zero_means_none() {
        assert_eq!(id(Some(&json!("8061"))), Some(8061));
        assert_eq!(id(Some(&json!(17))), Some(17));
        assert_eq!(id(Some(&json!("  7 "))), Some(7));
        assert_eq!(id(Some(&json!(3.0))), Some(3));
        assert_eq!(id(Some(&json!(MAX_EXACT))), Some(MAX_EXACT));
        for bad in [
            json!(0),
            json!("0"),
            json!(0.0),
            json!(""),
            json!("  "),
            json!(null),
            json!("abc"),
            json!(-3),
            json!("-3"),
            json!(3.5),
            json!(1e20),
            json!(MAX_EXACT + 1),
            json!("+5"),
            json!("1e3"),
            json!(true),
            json!([]),
            json!([1]),
            json!({}),
            json!("99999999999999999999999"),
        ] {
            assert_eq!(id(Some(&bad)), None, "{bad}");
        }
        assert_eq!(id(None), None);
    }

    #[test]
    fn zero_and_the_float_bound_are_one_rule_for_ids_and_counts() {
        // Zero: no id, but a count.
        assert_eq!(id(Some(&json!("0"))), None);
        assert_eq!(count(Some(&json!("0"))), Some(0));
        assert_eq!(id(Some(&json!(0.0))), None);
        assert_eq!(count(Some(&json!(0.0))), Some(0));
        // Numbers up to 2^53 (exact in JavaScript), integral floats included; text up to u64::MAX.
        let exact = MAX_EXACT as f64;
        for read in [id, count] {
            assert_eq!(read(Some(&json!(MAX_EXACT))), Some(MAX_EXACT));
            assert_eq!(read(Some(&json!(exact))), Some(MAX_EXACT));
            assert_eq!(read(Some(&json!(MAX_EXACT + 1))), None);
            assert_eq!(read(Some(&json!(exact * 2.0))), None);
            assert_eq!(read(Some(&json!(u64::MAX))), None);
            assert_eq!(read(Some(&json!(u64::MAX.to_string()))), Some(u64::MAX));
        }
        assert_eq!(
            signed(Some(&json!(-(MAX_EXACT as i64)))),
            Some(-(MAX_EXACT as i64))
        );
        assert_eq!(signed(Some(&json!(-(MAX_EXACT as i64) - 1))), None);
    }

    #[test]
    fn counts_take_zero_and_signed_takes_negatives() {
        assert_eq!(count(Some(&json!(0))), Some(0));
        assert_eq!(count(Some(&json!("0"))), Some(0));
        assert_eq!(count(Some(&json!("  7 "))), Some(7));
        assert_eq!(count(Some(&json!(3.0))), Some(3));
        for bad in [
            json!(-1),
            json!(3.5),
            json!(1e20),
            json!(""),
            json!(null),
            json!([]),
        ] {
            assert_eq!(count(Some(&bad)), None, "{bad}");
        }
        assert_eq!(signed(Some(&json!("-5"))), Some(-5));
        assert_eq!(signed(Some(&json!(-5.0))), Some(-5));
        assert_eq!(signed(Some(&json!(" 42 "))), Some(42));
        for bad in [
            json!(3.5),
            json!(1e20),
            json!("-"),
            json!(""),
            json!("4x"),
            json!(null),
        ] {
            assert_eq!(signed(Some(&bad)), None, "{bad}");
        }
    }

    #[test]
    fn numbers_texts_and_scalar_text() {
        assert_eq!(number(Some(&json!("999.90"))), Some(999.9));
        assert_eq!(number(Some(&json!(3.5))), Some(3.5));
        assert_eq!(number(Some(&json!(" 1e20 "))), Some(1e20));
        for bad in [
            json!("NaN"),
            json!("inf"),
            json!(""),
            json!(null),
            json!([]),
            json!(true),
        ] {
            assert_eq!(number(Some(&bad)), None, "{bad}");
        }
        assert_eq!(text(Some(&json!("  hi "))), Some("hi".into()));
        assert_eq!(text(Some(&json!(7))), Some("7".into()));
        for bad in [json!(""), json!("  "), json!(null), json!([]), json!(true)] {
            assert_eq!(text(Some(&bad)), None, "{bad}");
        }
        assert_eq!(scalar_text(&json!(" a ")), Some(" a ".into()));
        assert_eq!(scalar_text(&json!(12)), Some("12".into()));
        assert_eq!(scalar_text(&json!(true)), Some("1".into()));
        assert_eq!(scalar_text(&json!(false)), Some(String::new()));
        assert_eq!(scalar_text(&json!(null)), None);
        assert_eq!(scalar_text(&json!([])), None);
    }

    #[test]
    fn flags_accept_every_portal_spelling() {
        for yes in [
            json!("Y"),
            json!("y"),
            json!(" true "),
            json!("TRUE"),
            json!("1"),
            json!(true),
            json!(1),
        ] {
            assert_eq!(flag(Some(&yes)), Some(true), "{yes}");
        }
        for no in [
            json!("N"),
            json!("false"),
            json!("0"),
            json!(false),
            json!(0),
        ] {
            assert_eq!(flag(Some(&no)), Some(false), "{no}");
        }
        for bad in [
            json!("yes"),
            json!(2),
            json!(""),
            json!("maybe"),
            json!(null),
            json!([]),
            json!({}),
        ] {
            assert_eq!(flag(Some(&bad)), None, "{bad}");
        }
    }

    #[test]
    fn objects_and_lists() {
        assert!(object(Some(&json!([]))).is_none());
        assert!(object(Some(&json!({"a": 1}))).is_some());
        assert_eq!(list(Some(&json!({"0": 1, "1": 2}))).len(), 2);
        assert_eq!(list(Some(&json!([1, 2, 3]))).len(), 3);
        assert_eq!(list(Some(&json!("x"))).len(), 0);
    }
}
