//! serde adapters for the portal's loosely typed JSON, so REST answers deserialise into plain structs.
//!
//! The portal sends ids and numbers as strings or numbers, flags as `Y`/`N`, PHP's empty array `[]`
//! where an object is absent, and lists either as arrays or as index-keyed objects. Each adapter reads
//! the field as JSON and hands it to the matching reader of [`crate::lenient`], so there is one
//! parsing semantics for the whole client; like those readers, an adapter never fails on an odd
//! value, it reads it as absent.
//!
//! Use them with `#[serde(default, deserialize_with = "rest::de::…")]` (`default` covers a missing
//! key):
//!
//! ```
//! use rest::de;
//! use serde::Deserialize;
//! use serde_json::json;
//!
//! #[derive(Deserialize)]
//! struct Task {
//!     #[serde(default, deserialize_with = "de::id")]
//!     id: Option<u64>,
//!     #[serde(default, deserialize_with = "de::flag")]
//!     closed: Option<bool>,
//!     #[serde(default, deserialize_with = "de::object")]
//!     group: Option<Group>,
//! }
//! #[derive(Deserialize)]
//! struct Group {
//!     #[serde(default, deserialize_with = "de::text")]
//!     name: Option<String>,
//! }
//!
//! let task: Task = serde_json::from_value(json!({"id": "8017", "closed": "N", "group": []})).unwrap();
//! assert_eq!((task.id, task.closed, task.group.is_none()), (Some(8017), Some(false), true));
//! ```
//!
//! Whole answers that are a list (`user.get`, `crm.status.list`) read as [`List<T>`].

use crate::lenient;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

fn value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    Value::deserialize(deserializer)
}

/// A positive id from a number or a numeric string ([`lenient::id`]); `0`, `""` and the rest are
/// `None`.
pub fn id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    Ok(lenient::id(Some(&value(deserializer)?)))
}

/// A number from a number or a numeric string such as `"999.90"` ([`lenient::number`]).
pub fn number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    Ok(lenient::number(Some(&value(deserializer)?)))
}

/// A non-empty trimmed text; numbers are written out ([`lenient::text`]).
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(lenient::text(Some(&value(deserializer)?)))
}

/// A flag from `Y`/`N`, `true`/`false`, `1`/`0` ([`lenient::flag`]).
pub fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    Ok(lenient::flag(Some(&value(deserializer)?)))
}

/// A nested object read as `T`; `None` for PHP's `[]`, `{}`, other shapes ([`lenient::object`]) and
/// an object that does not fit `T`.
pub fn object<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let value = value(deserializer)?;
    Ok(lenient::object(Some(&value))
        .and_then(|map| serde_json::from_value(Value::Object(map.clone())).ok()))
}

/// The elements of an array or of an index-keyed object ([`lenient::list`]) read as `T`, skipping
/// elements that do not fit; anything else is an empty list.
pub fn list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    let value = value(deserializer)?;
    Ok(read_list(&value))
}

fn read_list<T: DeserializeOwned>(value: &Value) -> Vec<T> {
    lenient::list(Some(value))
        .into_iter()
        .filter_map(|item| serde_json::from_value(item.clone()).ok())
        .collect()
}

/// A whole answer that is a list (as [`list`] reads it): the type to read `user.get` or
/// `crm.status.list` through a [`crate::CommandRef`].
#[derive(Debug, Clone, PartialEq)]
pub struct List<T>(pub Vec<T>);

impl<T> Default for List<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        list(deserializer).map(Self)
    }
}

impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(default)]
    struct Row {
        #[serde(rename = "ID", deserialize_with = "id")]
        id: Option<u64>,
        #[serde(rename = "SUM", deserialize_with = "number")]
        sum: Option<f64>,
        #[serde(rename = "NAME", deserialize_with = "text")]
        name: Option<String>,
        #[serde(rename = "DONE", deserialize_with = "flag")]
        done: Option<bool>,
        #[serde(rename = "CHILD", deserialize_with = "object")]
        child: Option<Box<Row>>,
        #[serde(rename = "ITEMS", deserialize_with = "list")]
        items: Vec<Row>,
    }

    #[test]
    fn fields_read_every_portal_spelling() {
        let row: Row = serde_json::from_value(json!({
            "ID": "17", "SUM": "999.90", "NAME": 42, "DONE": "Y",
            "CHILD": {"ID": 3}, "ITEMS": {"0": {"ID": 1}, "1": "junk", "2": {"ID": "2"}}
        }))
        .unwrap();
        assert_eq!(row.id, Some(17));
        assert_eq!(row.sum, Some(999.9));
        assert_eq!(row.name.as_deref(), Some("42"));
        assert_eq!(row.done, Some(true));
        assert_eq!(row.child.map(|c| c.id), Some(Some(3)));
        assert_eq!(
            row.items.iter().map(|r| r.id).collect::<Vec<_>>(),
            [Some(1), Some(2)],
            "an element that is not a row is skipped"
        );
    }

    #[test]
    fn odd_values_are_absent_not_errors() {
        let row: Row = serde_json::from_value(json!({
            "ID": "0", "SUM": "lots", "NAME": "  ", "DONE": "maybe", "CHILD": [], "ITEMS": "none"
        }))
        .unwrap();
        assert_eq!(row, Row::default());
        let empty: Row = serde_json::from_value(json!({})).unwrap();
        assert_eq!(empty, Row::default());
        let not_an_object: Row = serde_json::from_value(json!({"CHILD": {"ID": []}})).unwrap();
        assert_eq!(
            not_an_object.child.map(|c| c.id),
            Some(None),
            "a nested odd field is absent, the object stays"
        );
    }

    #[test]
    fn whole_lists() {
        let rows: List<Row> = serde_json::from_value(json!([{"ID": "5"}, 7])).unwrap();
        assert_eq!(rows.0.len(), 1);
        assert_eq!(rows.into_iter().next().and_then(|r| r.id), Some(5));
        let none: List<Row> = serde_json::from_value(json!({})).unwrap();
        assert_eq!(none, List::default());
        let odd: List<Row> = serde_json::from_value(json!(null)).unwrap();
        assert!(odd.0.is_empty());
    }
}
