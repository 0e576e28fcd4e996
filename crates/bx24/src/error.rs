//! Failures of frame (non-REST) calls to the portal.

use std::fmt;

/// Why a call through `BX24` failed.
#[cfg_attr(debug_assertions, derive(Debug))]
#[derive(Clone, PartialEq)]
pub enum Bx24Error {
    /// `window.BX24` is missing or `null`: the page was opened outside a Bitrix24 frame (BX24.js sets
    /// it to `null` when `window.name` carries no portal identity).
    NotInFrame,
    /// `BX24.init` never fired: the parent did not answer `getInitData`.
    InitTimeout {
        /// How long we waited, in milliseconds.
        after_ms: u32,
    },
    /// A command got no reply in time. The portal drops denied and unknown commands silently, so this
    /// is also how "not allowed here" shows.
    Timeout {
        /// The BX24 method that was called.
        command: &'static str,
        /// The deadline, in milliseconds.
        after_ms: u32,
    },
    /// `openPath` refused the path (`PATH_NOT_AVAILABLE`: not a portal-relative path it may open).
    PathNotAvailable,
    /// The call does not work on this device (`METHOD_NOT_SUPPORTED_ON_DEVICE`, mobile app).
    NotSupportedOnDevice,
    /// A placement command reported an error through its callback (e.g. `Call card is undefined`).
    Command {
        /// The command.
        command: String,
        /// The portal's error code or text.
        code: String,
    },
    /// BX24 dropped a callback without calling it (the library went away mid-call).
    CallbackDropped {
        /// The BX24 method whose callback was dropped.
        command: &'static str,
    },
    /// BX24.js threw an exception (its message).
    Js(String),
    /// The portal's answer did not have the documented shape.
    Decode(String),
}

impl fmt::Display for Bx24Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotInFrame => f.write_str(
                "BX24 is not available: the page is not running inside a Bitrix24 frame",
            ),
            Self::InitTimeout { after_ms } => write!(
                f,
                "the portal did not answer BX24.init within {} s",
                after_ms / 1000
            ),
            Self::Timeout { command, after_ms } => write!(
                f,
                "{command}: no reply from the portal within {} ms",
                after_ms
            ),
            Self::PathNotAvailable => {
                f.write_str("the portal cannot open this path (PATH_NOT_AVAILABLE)")
            }
            Self::NotSupportedOnDevice => {
                f.write_str("not supported on this device (METHOD_NOT_SUPPORTED_ON_DEVICE)")
            }
            Self::Command { command, code } => write!(f, "{command}: {code}"),
            Self::CallbackDropped { command } => write!(f, "{command}: callback dropped"),
            Self::Js(msg) => write!(f, "BX24 error: {msg}"),
            Self::Decode(msg) => write!(f, "unexpected answer from the portal: {msg}"),
        }
    }
}

impl std::error::Error for Bx24Error {}

/// Why one of this crate's REST transports could not deliver a request.
///
/// A `BX24` failure stays a typed [`Bx24Error`] and is this error's `source()`. `From<TransportFailure>`
/// for [`rest::TransportError`] keeps the whole failure as the transport error's source (no `BX24`
/// becomes [`rest::TransportError::NoBx24`]), and the client makes that the `source()` of
/// [`rest::RestError::Network`]: a widget's error chain reads `LoadError` → `RestError` →
/// `TransportFailure` → `Bx24Error`.
#[cfg_attr(debug_assertions, derive(Debug))]
#[derive(Clone, PartialEq)]
pub enum TransportFailure {
    /// `BX24.callMethod` failed: it threw, dropped its callback or answered without a result object.
    Bx24(Bx24Error),
    /// The direct `fetch` failed (network, CORS, DNS, offline), with the browser's message.
    Fetch(String),
    /// The request's params were not a JSON object, so they cannot be form-encoded.
    BadParams(String),
}

impl fmt::Display for TransportFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Bx24(err) => write!(f, "BX24.callMethod failed: {err}"),
            Self::Fetch(msg) => write!(f, "fetch failed: {msg}"),
            Self::BadParams(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for TransportFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Bx24(err) => Some(err),
            Self::Fetch(_) | Self::BadParams(_) => None,
        }
    }
}

impl From<Bx24Error> for TransportFailure {
    fn from(err: Bx24Error) -> Self {
        Self::Bx24(err)
    }
}

impl From<Bx24Error> for rest::TransportError {
    fn from(err: Bx24Error) -> Self {
        TransportFailure::Bx24(err).into()
    }
}

impl From<TransportFailure> for rest::TransportError {
    fn from(failure: TransportFailure) -> Self {
        match failure {
            TransportFailure::Bx24(Bx24Error::NotInFrame) => rest::TransportError::NoBx24,
            other => rest::TransportError::Network(Box::new(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error;

    #[test]
    fn a_bx24_failure_stays_reachable_through_the_rest_error() {
        let dropped = Bx24Error::CallbackDropped {
            command: "callMethod",
        };
        let rest::TransportError::Network(source) = rest::TransportError::from(dropped.clone())
        else {
            panic!("a dropped callback is a network failure");
        };
        let error = rest::RestError::Network {
            message: source.to_string(),
            source: Some(source.into()),
        };
        let failure = error.source().expect("the transport failure");
        assert_eq!(
            failure.downcast_ref::<TransportFailure>(),
            Some(&TransportFailure::Bx24(dropped.clone()))
        );
        assert_eq!(
            failure
                .source()
                .and_then(|bx24| bx24.downcast_ref::<Bx24Error>()),
            Some(&dropped)
        );
        assert!(matches!(
            rest::TransportError::from(Bx24Error::NotInFrame),
            rest::TransportError::NoBx24
        ));
    }
}

rest::release_debug_as_display!(Bx24Error);

rest::release_debug_as_display!(TransportFailure);
