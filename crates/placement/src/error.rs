//! Errors from parsing `PLACEMENT` + `PLACEMENT_OPTIONS`.
//!
//! Only the options can be wrong: an unknown code is never an error (it becomes
//! [`crate::Placement::Unknown`]). Every variant names the placement code so a log line or a developer
//! screen says where the bad data came from; values are cut to [`MAX_VALUE_CHARS`] characters so a huge
//! or hostile payload cannot blow up a log.

use std::fmt;

/// How many characters of a received value (or code) an error keeps.
pub const MAX_VALUE_CHARS: usize = 80;

/// Why a placement could not be parsed.
#[cfg_attr(debug_assertions, derive(Debug))]
#[derive(Clone, PartialEq, Eq)]
pub enum PlacementError {
    /// `PLACEMENT_OPTIONS` is not a JSON object (nor `[]`, nor a JSON string holding one).
    MalformedOptions {
        /// The placement code.
        code: String,
        /// What was wrong.
        reason: String,
    },
    /// A key the placement always sends is absent (or `null`, `""`, `"undefined"`).
    MissingField {
        /// The placement code.
        code: String,
        /// The key, as the portal spells it (the preferred spelling when several are accepted).
        field: String,
    },
    /// A key is present but its value has the wrong shape (`ID: "abc"`, a bad date, ...).
    InvalidField {
        /// The placement code.
        code: String,
        /// The key, as the portal spells it; nested keys are dotted (`properties.p1`).
        field: String,
        /// The received value as JSON text, cut to [`MAX_VALUE_CHARS`] characters.
        value: String,
        /// What the key should hold, in words (`"a non-negative integer id"`).
        expected: String,
    },
}

impl PlacementError {
    /// Builds [`PlacementError::MalformedOptions`], cutting the code to size.
    pub fn malformed(code: &str, reason: impl Into<String>) -> Self {
        Self::MalformedOptions {
            code: truncate(code),
            reason: reason.into(),
        }
    }

    /// Builds [`PlacementError::MissingField`], cutting the code to size.
    pub fn missing(code: &str, field: &str) -> Self {
        Self::MissingField {
            code: truncate(code),
            field: truncate(field),
        }
    }

    /// Builds [`PlacementError::InvalidField`] from the offending JSON value, cutting everything to size.
    pub fn invalid(code: &str, field: &str, value: &serde_json::Value, expected: &str) -> Self {
        Self::InvalidField {
            code: truncate(code),
            field: truncate(field),
            value: truncate(&value.to_string()),
            expected: expected.to_owned(),
        }
    }

    /// The placement code the error is about (cut to [`MAX_VALUE_CHARS`] characters).
    pub fn code(&self) -> &str {
        match self {
            Self::MalformedOptions { code, .. }
            | Self::MissingField { code, .. }
            | Self::InvalidField { code, .. } => code,
        }
    }

    /// The option key the error is about; `None` when the options as a whole are malformed.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::MalformedOptions { .. } => None,
            Self::MissingField { field, .. } | Self::InvalidField { field, .. } => Some(field),
        }
    }
}

impl fmt::Display for PlacementError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MalformedOptions { code, reason } => {
                write!(
                    f,
                    "PLACEMENT_OPTIONS of placement {code} are malformed: {reason}."
                )
            }
            Self::MissingField { code, field } => {
                write!(
                    f,
                    "PLACEMENT_OPTIONS of placement {code} lack the required field {field}."
                )
            }
            Self::InvalidField {
                code,
                field,
                value,
                expected,
            } => {
                write!(f, "Field {field} in PLACEMENT_OPTIONS of placement {code} should be {expected}, but is {value}.")
            }
        }
    }
}

impl std::error::Error for PlacementError {}

/// Cuts `text` to [`MAX_VALUE_CHARS`] characters (on a character boundary), marking the cut with `…`.
pub(crate) fn truncate(text: &str) -> String {
    match text.char_indices().nth(MAX_VALUE_CHARS) {
        None => text.to_owned(),
        Some((end, _)) => format!("{}…", &text[..end]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn display_names_code_and_field_in_one_sentence() {
        let err = PlacementError::invalid(
            "CRM_DEAL_DETAIL_TAB",
            "ID",
            &json!("abc"),
            "a non-negative integer id",
        );
        assert_eq!(
            err.to_string(),
            "Field ID in PLACEMENT_OPTIONS of placement CRM_DEAL_DETAIL_TAB should be a non-negative integer id, \
             but is \"abc\"."
        );
        let err = PlacementError::missing("CALL_CARD", "CALL_ID");
        assert_eq!(
            err.to_string(),
            "PLACEMENT_OPTIONS of placement CALL_CARD lack the required field CALL_ID."
        );
        assert_eq!(err.code(), "CALL_CARD");
        assert_eq!(err.field(), Some("CALL_ID"));
    }

    #[test]
    fn long_values_are_cut_on_a_char_boundary() {
        let long = "ж".repeat(500);
        let err = PlacementError::invalid(&long, "ID", &json!(long), "an id");
        let PlacementError::InvalidField { code, value, .. } = &err else {
            panic!("wrong variant")
        };
        assert_eq!(code.chars().count(), MAX_VALUE_CHARS + 1);
        assert_eq!(value.chars().count(), MAX_VALUE_CHARS + 1);
        assert!(err.to_string().chars().count() < 300);
    }
}

protocol::release_debug_as_display!(PlacementError);
