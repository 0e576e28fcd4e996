//! What a failed write means for the user: refused (nothing happened, fix and send again) or unknown
//! (it may have happened: re-read before deciding, never resend silently; `docs/widget-guide.md` §3).

use rest::RestError;

/// A write that did not report success.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteFailure {
    /// The portal answered with a refusal: nothing was written.
    Refused(RestError),
    /// No answer, or a server error: the write may or may not have happened.
    Unknown(RestError),
}

impl WriteFailure {
    /// Classifies the error of a write call.
    pub fn from_error(error: RestError) -> Self {
        let unknown = match &error {
            RestError::Timeout { .. }
            | RestError::Network { .. }
            | RestError::BadJson { .. }
            | RestError::Cancelled => true,
            RestError::Portal { status, .. } => *status >= 500,
            _ => false,
        };
        if unknown {
            Self::Unknown(error)
        } else {
            Self::Refused(error)
        }
    }

    /// The underlying error.
    pub fn error(&self) -> &RestError {
        match self {
            Self::Refused(e) | Self::Unknown(e) => e,
        }
    }

    /// Whether the outcome is unknown (re-read before anything else).
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_and_server_errors_are_unknown_refusals_are_not() {
        assert!(WriteFailure::from_error(RestError::Timeout { after_ms: 10 }).is_unknown());
        assert!(WriteFailure::from_error(RestError::network("reset")).is_unknown());
        assert!(WriteFailure::from_error(RestError::from_portal(
            "INTERNAL_SERVER_ERROR".into(),
            String::new(),
            500
        ))
        .is_unknown());
        let refused = WriteFailure::from_error(RestError::from_portal(
            "ACCESS_DENIED".into(),
            String::new(),
            403,
        ));
        assert!(!refused.is_unknown());
        assert_eq!(refused.error().code(), Some("ACCESS_DENIED"));
        assert!(!WriteFailure::from_error(RestError::RateLimited).is_unknown());
    }
}
