//! Why a widget's data could not be loaded: the REST call failed, or it succeeded without the thing
//! the widget needs (the portal answers `[]` for a task the user may not see).

use rest::RestError;
use std::fmt;

/// A failed load of a widget's data.
#[cfg_attr(debug_assertions, derive(Debug))]
#[derive(Clone, PartialEq)]
pub enum LoadError {
    /// The answer came back but held no such element (`crm.item.get` without `item`, `tasks.task.get`
    /// answering `[]`). Shown like the portal's own not-found errors.
    Missing {
        /// What was asked for, e.g. `DEAL 8061` or `task 31`.
        what: String,
    },
    /// The REST call itself failed.
    Rest(RestError),
}

impl LoadError {
    /// Whether this is "not there / not allowed" rather than a failure: widgets show it as a calm
    /// notice instead of an error with a retry.
    pub fn is_soft(&self) -> bool {
        match self {
            Self::Missing { .. } => true,
            Self::Rest(error) => error.is_soft(),
        }
    }
}

impl From<RestError> for LoadError {
    fn from(error: RestError) -> Self {
        Self::Rest(error)
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing { what } => write!(f, "{what} was not found or is not accessible"),
            Self::Rest(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Missing { .. } => None,
            Self::Rest(error) => Some(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error;

    #[test]
    fn missing_is_soft_and_rest_errors_keep_their_cause() {
        let missing = LoadError::Missing {
            what: "task 31".into(),
        };
        assert!(missing.is_soft());
        assert!(missing.source().is_none());
        assert_eq!(
            missing.to_string(),
            "task 31 was not found or is not accessible"
        );
        let failed = LoadError::from(RestError::Cancelled);
        assert!(!failed.is_soft());
        assert_eq!(
            failed.source().map(ToString::to_string),
            Some(RestError::Cancelled.to_string())
        );
    }
}

rest::release_debug_as_display!(LoadError);
