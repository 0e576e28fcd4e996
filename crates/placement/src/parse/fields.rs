//! Typed reads of single option values, shared by every placement parser.
//!
//! The portal sends almost everything as strings (`"8061"`, `"Y"`, `"false"`, `"undefined"`); a few
//! values arrive as JSON numbers or booleans. The readers here accept every form a real portal uses and
//! turn the rest into a typed [`PlacementError`] naming the code and the key.

use crate::error::PlacementError;
use crate::ids::Date;
use protocol::lenient;
use serde_json::{Map, Value};

/// Result of a read.
pub(crate) type Read<T> = Result<T, PlacementError>;

/// What an id field should hold, for error messages.
pub(crate) const EXPECT_ID: &str = "a non-negative integer id";
/// What a flag should hold.
pub(crate) const EXPECT_BOOL: &str = "a boolean (Y/N, true/false, 1/0)";
/// What a text field should hold.
pub(crate) const EXPECT_TEXT: &str = "a string";
/// What a date field should hold.
pub(crate) const EXPECT_DATE: &str = "a date as YYYY-MM-DD";

/// The options object of one placement, with the code for error messages.
#[derive(Clone, Copy)]
pub(crate) struct Fields<'a> {
    code: &'a str,
    map: &'a Map<String, Value>,
}

impl<'a> Fields<'a> {
    /// Wraps the decoded options of placement `code`.
    pub(crate) fn new(code: &'a str, map: &'a Map<String, Value>) -> Self {
        Self { code, map }
    }

    /// The whole options object.
    pub(crate) fn map(&self) -> &'a Map<String, Value> {
        self.map
    }

    /// The value of `key` unless it is absent or means absent (`null`, `""`, `"undefined"`).
    pub(crate) fn present(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !means_absent(v))
    }

    /// The first of `keys` (in order of preference) that is present, with the key it came from.
    pub(crate) fn first_present(&self, keys: &[&'a str]) -> Option<(&'a str, &'a Value)> {
        keys.iter()
            .find_map(|&key| self.present(key).map(|v| (key, v)))
    }

    /// A [`PlacementError::MissingField`] for this placement.
    pub(crate) fn missing(&self, field: &str) -> PlacementError {
        PlacementError::missing(self.code, field)
    }

    /// A [`PlacementError::InvalidField`] for this placement.
    pub(crate) fn invalid(&self, field: &str, value: &Value, expected: &str) -> PlacementError {
        PlacementError::invalid(self.code, field, value, expected)
    }

    /// An id from the first present of `keys`; `None` when none is present or it is `0`, which
    /// Bitrix24 sends for "no entity" and never uses as an entity id (the rule of
    /// `protocol::lenient::id`). A value that is no integer at all is an error.
    pub(crate) fn opt_id(&self, keys: &[&'a str]) -> Read<Option<u64>> {
        self.first_present(keys)
            .map(|(key, v)| {
                as_id(v)
                    .map(|_| lenient::id(Some(v)))
                    .ok_or_else(|| self.invalid(key, v, EXPECT_ID))
            })
            .transpose()
            .map(Option::flatten)
    }

    /// An id from the first present of `keys`; missing (or `0`, see [`Fields::opt_id`]) is an error
    /// named after `keys[0]`.
    pub(crate) fn id(&self, keys: &[&'a str]) -> Read<u64> {
        self.opt_id(keys)?
            .ok_or_else(|| self.missing(keys.first().copied().unwrap_or_default()))
    }

    /// An id that must fit in 32 bits (type ids, categories); `None` when absent.
    pub(crate) fn opt_small_id(&self, key: &str) -> Read<Option<u32>> {
        self.present(key)
            .map(|v| {
                as_small_id(v).ok_or_else(|| self.invalid(key, v, "a non-negative 32-bit integer"))
            })
            .transpose()
    }

    /// A flag; `None` when absent.
    pub(crate) fn opt_bool(&self, key: &str) -> Read<Option<bool>> {
        self.present(key)
            .map(|v| as_bool(v).ok_or_else(|| self.invalid(key, v, EXPECT_BOOL)))
            .transpose()
    }

    /// A flag; absent means `false`.
    pub(crate) fn flag(&self, key: &str) -> Read<bool> {
        Ok(self.opt_bool(key)?.unwrap_or(false))
    }

    /// A trimmed text value (numbers are accepted and written out); `None` when absent.
    pub(crate) fn opt_text(&self, key: &str) -> Read<Option<String>> {
        self.present(key)
            .map(|v| as_text(v).ok_or_else(|| self.invalid(key, v, EXPECT_TEXT)))
            .transpose()
    }

    /// A trimmed text value that must be present.
    pub(crate) fn text(&self, key: &str) -> Read<String> {
        self.opt_text(key)?.ok_or_else(|| self.missing(key))
    }

    /// Text typed by a user, kept verbatim: `""` and `"undefined"` are real input here, only a missing
    /// key or `null` is absent.
    pub(crate) fn user_text(&self, key: &str) -> Read<String> {
        match self.map.get(key) {
            None | Some(Value::Null) => Err(self.missing(key)),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(Value::Number(n)) => Ok(n.to_string()),
            Some(other) => Err(self.invalid(key, other, EXPECT_TEXT)),
        }
    }

    /// A `YYYY-MM-DD` date that must be present.
    pub(crate) fn date(&self, key: &str) -> Read<Date> {
        let value = self.present(key).ok_or_else(|| self.missing(key))?;
        value
            .as_str()
            .and_then(Date::parse)
            .ok_or_else(|| self.invalid(key, value, EXPECT_DATE))
    }

    /// `URI` as a string, when it is one.
    pub(crate) fn uri(&self) -> Option<String> {
        self.present("URI")
            .and_then(Value::as_str)
            .map(str::to_owned)
    }
}

/// `null`, `""` (after trimming) and the JS artefact `"undefined"` all mean "not sent".
pub(crate) fn means_absent(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => {
            let s = s.trim();
            s.is_empty() || s.eq_ignore_ascii_case("undefined")
        }
        _ => false,
    }
}

/// A non-negative integer from a numeric string (trimmed, digits only) or a JSON number (integral,
/// at most 2^53): `protocol::lenient::count`. Zero is kept, because categories and type ids start
/// at `0`; entity ids go through [`Fields::opt_id`], where `0` means "none".
pub(crate) fn as_id(value: &Value) -> Option<u64> {
    lenient::count(Some(value))
}

/// [`as_id`] limited to 32 bits.
pub(crate) fn as_small_id(value: &Value) -> Option<u32> {
    as_id(value).and_then(|n| u32::try_from(n).ok())
}

/// `Y`/`N`, `true`/`false`, `1`/`0` (any case, as strings or JSON), JSON booleans:
/// `protocol::lenient::flag`.
pub(crate) fn as_bool(value: &Value) -> Option<bool> {
    lenient::flag(Some(value))
}

/// A trimmed string, or a number written out; `None` for other JSON kinds.
pub(crate) fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `value` itself, or the JSON it holds when it is a string (the portal double-encodes some nested
/// options). `None` when a string does not hold JSON.
pub(crate) fn decoded_json(value: &Value) -> Option<Value> {
    match value {
        Value::String(text) => serde_json::from_str(text).ok(),
        other => Some(other.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ids_accept_strings_and_numbers_only_when_non_negative_integers() {
        assert_eq!(as_id(&json!("8061")), Some(8061));
        assert_eq!(as_id(&json!(" 17 ")), Some(17));
        assert_eq!(as_id(&json!(17)), Some(17));
        assert_eq!(as_id(&json!(17.0)), Some(17));
        for bad in [
            json!("abc"),
            json!("-5"),
            json!(-5),
            json!(1.5),
            json!("+5"),
            json!("1e3"),
            json!(true),
            json!([1]),
        ] {
            assert_eq!(as_id(&bad), None, "{bad}");
        }
        assert_eq!(as_id(&json!("99999999999999999999999")), None);
        assert_eq!(as_small_id(&json!("4294967296")), None);
    }

    #[test]
    fn booleans_accept_every_portal_spelling() {
        for yes in [
            json!("Y"),
            json!("y"),
            json!("true"),
            json!("TRUE"),
            json!("1"),
            json!(true),
            json!(1),
        ] {
            assert_eq!(as_bool(&yes), Some(true), "{yes}");
        }
        for no in [
            json!("N"),
            json!("false"),
            json!("0"),
            json!(false),
            json!(0),
        ] {
            assert_eq!(as_bool(&no), Some(false), "{no}");
        }
        for bad in [json!("yes"), json!(2), json!("maybe"), json!({})] {
            assert_eq!(as_bool(&bad), None, "{bad}");
        }
    }

    #[test]
    fn sentinels_mean_absent() {
        for absent in [
            json!(null),
            json!(""),
            json!("  "),
            json!("undefined"),
            json!("Undefined"),
        ] {
            assert!(means_absent(&absent), "{absent}");
        }
        for present in [json!("0"), json!(0), json!(false), json!([]), json!("null")] {
            assert!(!means_absent(&present), "{present}");
        }
    }
}
