//! The app's custom CRM field type (`USERFIELD_TYPE`, registered by `userfieldtype.add` with the
//! `USER_TYPE_ID` `rating`, `install::offer::USER_FIELD_TYPE_ID`): a star rating (1 to
//! [`MAX_STARS`]) with an optional note.
//!
//! One value is stored as a JSON **string**, `{"stars":4,"note":"Quick to reply"}`: the portal keeps a
//! custom field's value as text, and its frame handler `JSON.parse`s what `setValue` sends, so the
//! widget sends the JSON text itself (a string), never an object, which the portal would save as
//! `"[object Object]"` (b24jssdk issue #20). A multiple field (`MULTIPLE=Y`) sends an array of such
//! strings. [`read_values`] reads what the portal hands back (`VALUE`, `getValue`): `null`, one
//! string, an array, and leniently a bare number (`"4"`), so a value written by hand still shows.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// Most stars a rating can have.
pub const MAX_STARS: u8 = 5;
/// Longest note, in characters.
pub const MAX_NOTE: usize = 500;

/// One rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    /// 1 ..= [`MAX_STARS`].
    pub stars: u8,
    /// Free text, possibly empty.
    #[serde(default)]
    pub note: String,
}

impl Rating {
    /// The value as the portal stores it: compact JSON text.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads one stored value; `None` for an empty one. Numbers (`4`, `"4"`) are read as a rating
    /// without a note.
    pub fn from_stored(raw: &Value) -> Option<Result<Rating, ValueError>> {
        let rating = match raw {
            Value::Null => return None,
            Value::String(text) if text.trim().is_empty() => return None,
            Value::String(text) => match text.trim().parse::<u64>() {
                Ok(n) => Rating::checked(n, String::new()),
                Err(_) => serde_json::from_str::<RawRating>(text)
                    .map_err(|_| ValueError::Unreadable)
                    .and_then(RawRating::check),
            },
            Value::Number(n) => Rating::checked(n.as_u64().unwrap_or(0), String::new()),
            Value::Object(_) => serde_json::from_value::<RawRating>(raw.clone())
                .map_err(|_| ValueError::Unreadable)
                .and_then(RawRating::check),
            _ => Err(ValueError::Unreadable),
        };
        Some(rating)
    }

    fn checked(stars: u64, note: String) -> Result<Rating, ValueError> {
        match u8::try_from(stars) {
            Ok(stars) if (1..=MAX_STARS).contains(&stars) => Ok(Rating { stars, note }),
            _ => Err(ValueError::Stars),
        }
    }
}

/// A stored rating as read, before its range is checked.
#[derive(Deserialize)]
struct RawRating {
    #[serde(default, deserialize_with = "rest::de::id")]
    stars: Option<u64>,
    #[serde(default, deserialize_with = "rest::de::text")]
    note: Option<String>,
}

impl RawRating {
    fn check(self) -> Result<Rating, ValueError> {
        Rating::checked(self.stars.unwrap_or(0), self.note.unwrap_or_default())
    }
}

/// Why a stored value cannot be shown as a rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueError {
    /// Not JSON of a rating (e.g. `[object Object]` from a client that sent an object).
    Unreadable,
    /// Stars outside 1 ..= [`MAX_STARS`].
    Stars,
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable => f.write_str("the stored value is not a rating"),
            Self::Stars => write!(
                f,
                "the stored rating is not between 1 and {MAX_STARS} stars"
            ),
        }
    }
}

impl std::error::Error for ValueError {}

/// The stored values of a field (`VALUE` or the `getValue` answer): every non-empty entry, read.
pub fn read_values(value: &Value) -> Vec<Result<Rating, ValueError>> {
    match value {
        Value::Array(items) => items.iter().filter_map(Rating::from_stored).collect(),
        other => Rating::from_stored(other).into_iter().collect(),
    }
}

/// One entry of the edit form: what the user typed so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// Chosen stars; 0 = none yet.
    pub stars: u8,
    /// The note.
    pub note: String,
}

impl Draft {
    /// Whether the user has not touched this entry.
    pub fn is_blank(&self) -> bool {
        self.stars == 0 && self.note.trim().is_empty()
    }
}

impl From<&Rating> for Draft {
    fn from(r: &Rating) -> Self {
        Self {
            stars: r.stars,
            note: r.note.clone(),
        }
    }
}

/// What is wrong with the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    /// `MANDATORY=Y` and no rating given.
    Required,
    /// Entry `index` (0-based) has a note but no stars.
    NoStars {
        /// Which entry.
        index: usize,
    },
    /// Entry `index` has a note over [`MAX_NOTE`] characters.
    NoteTooLong {
        /// Which entry.
        index: usize,
    },
}

/// Checks the form and gives the ratings to store (blank entries dropped).
pub fn validate(drafts: &[Draft], mandatory: bool) -> Result<Vec<Rating>, FieldError> {
    let mut out = Vec::new();
    for (index, draft) in drafts.iter().enumerate() {
        if draft.is_blank() {
            continue;
        }
        if draft.note.chars().count() > MAX_NOTE {
            return Err(FieldError::NoteTooLong { index });
        }
        if !(1..=MAX_STARS).contains(&draft.stars) {
            return Err(FieldError::NoStars { index });
        }
        out.push(Rating {
            stars: draft.stars,
            note: draft.note.trim().to_owned(),
        });
    }
    if mandatory && out.is_empty() {
        return Err(FieldError::Required);
    }
    Ok(out)
}

/// The argument of `setValue`: one JSON string (empty string when cleared), or for a multiple field
/// an array of JSON strings.
pub fn set_value_payload(ratings: &[Rating], multiple: bool) -> Value {
    if multiple {
        Value::Array(
            ratings
                .iter()
                .map(|r| Value::String(r.to_stored()))
                .collect(),
        )
    } else {
        Value::String(ratings.first().map(Rating::to_stored).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rating(stars: u8, note: &str) -> Rating {
        Rating {
            stars,
            note: note.into(),
        }
    }

    #[test]
    fn a_rating_is_stored_as_json_text_and_read_back() {
        let r = rating(4, "Quick to reply, \"fair\" price");
        let stored = r.to_stored();
        assert_eq!(
            stored,
            r#"{"stars":4,"note":"Quick to reply, \"fair\" price"}"#
        );
        assert_eq!(read_values(&Value::String(stored)), vec![Ok(r)]);
    }

    #[test]
    fn the_set_value_argument_is_a_string_never_an_object() {
        let single = set_value_payload(&[rating(5, "")], false);
        assert!(single.is_string());
        // What the portal's handler does with it: JSON.parse of the message's args gives this string.
        let parsed: Value = serde_json::from_str(&serde_json::to_string(&single).unwrap()).unwrap();
        assert_eq!(parsed, Value::String(r#"{"stars":5,"note":""}"#.into()));
        assert_eq!(set_value_payload(&[], false), Value::String(String::new()));
        let multiple = set_value_payload(&[rating(1, "a"), rating(2, "b")], true);
        assert_eq!(multiple.as_array().map(Vec::len), Some(2));
        assert!(multiple.as_array().unwrap().iter().all(Value::is_string));
        assert_eq!(set_value_payload(&[], true), json!([]));
    }

    #[test]
    fn values_are_read_leniently_and_bad_ones_reported() {
        assert!(read_values(&Value::Null).is_empty());
        assert!(read_values(&json!("")).is_empty());
        assert_eq!(read_values(&json!("3")), vec![Ok(rating(3, ""))]);
        assert_eq!(read_values(&json!(2)), vec![Ok(rating(2, ""))]);
        assert_eq!(
            read_values(&json!({"stars": "4", "note": "x"})),
            vec![Ok(rating(4, "x"))]
        );
        assert_eq!(
            read_values(&json!([
                "{\"stars\":1}",
                null,
                "",
                "[object Object]",
                "{\"stars\":9}"
            ])),
            vec![
                Ok(rating(1, "")),
                Err(ValueError::Unreadable),
                Err(ValueError::Stars)
            ]
        );
    }

    #[test]
    fn the_form_is_validated_before_anything_is_sent() {
        let d = |stars, note: &str| Draft {
            stars,
            note: note.into(),
        };
        assert_eq!(validate(&[], true), Err(FieldError::Required));
        assert_eq!(validate(&[d(0, " ")], true), Err(FieldError::Required));
        assert_eq!(validate(&[], false), Ok(vec![]));
        assert_eq!(
            validate(&[d(0, "note")], false),
            Err(FieldError::NoStars { index: 0 })
        );
        let long = "x".repeat(MAX_NOTE + 1);
        assert_eq!(
            validate(&[d(3, ""), d(2, &long)], false),
            Err(FieldError::NoteTooLong { index: 1 })
        );
        assert_eq!(
            validate(&[d(3, " ok "), d(0, ""), d(5, "")], true),
            Ok(vec![rating(3, "ok"), rating(5, "")])
        );
        // Characters, not bytes: a long note in Cyrillic fits.
        assert!(validate(&[d(1, &"я".repeat(MAX_NOTE))], false).is_ok());
    }
}
