//! Method parameters as the portal reads them: names are matched case-insensitively (`filter` and
//! `FILTER` both work for legacy methods) and scalars are accepted as numbers or strings alike,
//! because form-encoded bodies turn every value into a string.

use serde_json::{Map, Value};

/// The parameters of one method call (never contains `auth`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params(pub Map<String, Value>);

impl Params {
    /// Wraps a JSON value; anything but an object (e.g. a positional JSON array) is kept under its
    /// indices `"0"`, `"1"`, ...
    pub fn from_value(v: Value) -> Params {
        match v {
            Value::Object(m) => Params(m),
            Value::Array(items) => Params(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| (i.to_string(), v))
                    .collect(),
            ),
            _ => Params::default(),
        }
    }

    /// A parameter by name: exact match first, then case-insensitive.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name).or_else(|| {
            self.0
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v)
        })
    }

    /// The first of several names that is present (e.g. `taskId` / `TASKID` / positional `0`).
    pub fn first(&self, names: &[&str]) -> Option<&Value> {
        names.iter().find_map(|n| self.get(n))
    }

    /// A parameter as text (numbers and booleans printed), `None` for missing / null / objects.
    pub fn text(&self, name: &str) -> Option<String> {
        self.get(name).and_then(scalar_text)
    }

    /// A parameter as an object; `None` when missing or not an object (e.g. BX24.js's `a=` for `{}`).
    pub fn object(&self, name: &str) -> Option<&Map<String, Value>> {
        self.get(name).and_then(Value::as_object)
    }
}

/// A scalar as text, the way PHP would see it (`protocol::lenient::scalar_text`).
pub use protocol::lenient::scalar_text;

/// A scalar as a non-negative integer (`"12"`, `12`, `12.0`); `None` otherwise. This is
/// `protocol::lenient::count`: `0` is a value here (offsets, `categoryId=0`, `ID > 0` filters) and
/// numbers beyond 2^53 are not integers.
pub fn as_id(v: &Value) -> Option<u64> {
    protocol::lenient::count(Some(v))
}

/// A list of ids: a JSON array, an index-keyed object (form data), one id, or `""` (BX24.js's empty
/// array). `None` when any element is not an id.
pub fn id_list(v: &Value) -> Option<Vec<u64>> {
    match v {
        Value::Array(items) => items.iter().map(as_id).collect(),
        Value::Object(m) => m.values().map(as_id).collect(),
        Value::String(s) if s.is_empty() => Some(Vec::new()),
        other => as_id(other).map(|id| vec![id]),
    }
}

/// A scalar as a number (`"12.5"`, `12.5`); `None` otherwise (`protocol::lenient::number`).
pub fn as_f64(v: &Value) -> Option<f64> {
    protocol::lenient::number(Some(v))
}

/// PHP-ish truthiness of a request flag (`Y`, `1`, `true`, `yes`, any non-zero number), the way the
/// portal reads switches such as `halt`; looser than `protocol::lenient::flag`, which reads answers.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => matches!(s.to_ascii_lowercase().as_str(), "y" | "1" | "true" | "yes"),
        _ => false,
    }
}
