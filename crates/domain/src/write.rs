//! What a failed write means for the user: the portal refused it (nothing changed: keep the input,
//! let them fix it and send again) or its outcome is unknown (a timeout, a network error, a 5xx, an
//! answer that could not be read, a call cancelled while it was out: it may have been applied, so it
//! is never resent silently; the widget says so and lets the user check first,
//! `docs/widget-guide.md` §3). Every widget that writes classifies its failures here.

use rest::RestError;

/// Whether a failed write may have been applied anyway: no answer in time, a transport failure, a
/// server error (5xx), an answer that could not be read, or a call cancelled (the widget went away)
/// after it may have left. Such a write must not be resent blindly: re-read and let the user decide.
pub fn outcome_unknown(error: &RestError) -> bool {
    match error {
        RestError::Timeout { .. }
        | RestError::Network { .. }
        | RestError::BadJson { .. }
        | RestError::Cancelled => true,
        RestError::Portal { status, .. } => *status >= 500,
        _ => false,
    }
}

/// A failed write, classified.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteFailure {
    /// The portal answered with an error: nothing was written.
    Refused(RestError),
    /// No usable answer: the write may or may not have happened.
    Unknown(RestError),
}

impl WriteFailure {
    /// Classifies a write's error.
    pub fn classify(error: RestError) -> Self {
        if outcome_unknown(&error) {
            Self::Unknown(error)
        } else {
            Self::Refused(error)
        }
    }

    /// Whether the write may have happened.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }

    /// The underlying error.
    pub fn error(&self) -> &RestError {
        match self {
            Self::Refused(e) | Self::Unknown(e) => e,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_and_5xx_are_unknown_portal_errors_are_refusals() {
        assert!(WriteFailure::classify(RestError::Timeout { after_ms: 1 }).is_unknown());
        assert!(WriteFailure::classify(RestError::network("reset")).is_unknown());
        assert!(WriteFailure::classify(RestError::from_portal(
            "INTERNAL_SERVER_ERROR".into(),
            String::new(),
            500
        ))
        .is_unknown());
        let refused = WriteFailure::classify(RestError::from_portal(
            "ERROR_CORE".into(),
            "Task title is not specified.".into(),
            400,
        ));
        assert!(!refused.is_unknown());
        assert_eq!(refused.error().code(), Some("ERROR_CORE"));
        assert!(!WriteFailure::classify(RestError::RateLimited).is_unknown());
        assert!(
            !WriteFailure::classify(RestError::from_portal("BAD".into(), String::new(), 400))
                .is_unknown()
        );
        // Cancelled after it may have left: the portal may have applied it.
        assert!(WriteFailure::classify(RestError::Cancelled).is_unknown());
    }
}
