//! Failures of frame (non-REST) calls to the portal.

use std::fmt;

/// Why a call through `BX24` failed.
#[derive(Debug, Clone, PartialEq)]
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
    /// BX24.js threw an exception.
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
            Self::Js(msg) => write!(f, "BX24 error: {msg}"),
            Self::Decode(msg) => write!(f, "unexpected answer from the portal: {msg}"),
        }
    }
}

impl std::error::Error for Bx24Error {}

impl From<Bx24Error> for rest::RestError {
    fn from(err: Bx24Error) -> Self {
        match err {
            Bx24Error::NotInFrame => rest::RestError::NoBx24,
            Bx24Error::Timeout { after_ms, .. } | Bx24Error::InitTimeout { after_ms } => {
                rest::RestError::Timeout {
                    after_ms: u64::from(after_ms),
                }
            }
            other => rest::RestError::Network(other.to_string()),
        }
    }
}
