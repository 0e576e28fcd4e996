//! One error type for every way a REST call can fail.

use std::fmt;

/// Why a REST call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum RestError {
    /// The portal answered with an error envelope `{error, error_description}` that none of the more
    /// specific variants covers.
    Portal {
        /// The portal's code (`ERROR_ENTITY_NOT_FOUND`, `ACCESS_DENIED`, `100`, ...).
        code: String,
        /// Human-readable description from the portal (may be empty).
        description: String,
        /// HTTP status of the answer (200 for errors inside a batch).
        status: u16,
    },
    /// No answer before the call's deadline (BX24.callMethod never calls back on 5xx / network errors).
    Timeout {
        /// The deadline that passed, in milliseconds.
        after_ms: u64,
    },
    /// Nothing usable came back (connection, CORS, DNS).
    Network(String),
    /// `503 QUERY_LIMIT_EXCEEDED` still returned after the retries.
    RateLimited,
    /// `429 OPERATION_TIME_LIMIT`: the method used up its operating time.
    OperationTimeLimited {
        /// When the oldest basket drops (unix ms), from `time.operating_reset_at` when known.
        reset_at_ms: Option<f64>,
    },
    /// The token expired and one refresh + retry did not help (or refreshing failed).
    TokenExpired,
    /// The token is invalid or missing (`invalid_token`, `NO_AUTH_FOUND`).
    Unauthorized {
        /// The portal's code.
        code: String,
    },
    /// The answer was not the JSON we expected (body not JSON, or `result` not of the requested type).
    BadJson(String),
    /// `window.BX24` is missing: the page runs outside Bitrix24.
    NoBx24,
    /// The widget that made the call went away.
    Cancelled,
}

impl RestError {
    /// Portal error codes that mean "the thing is not there / not allowed" rather than "the call
    /// broke": widgets show them as empty states, not as failures.
    pub const SOFT_CODES: &'static [&'static str] = &[
        "ERROR_ENTITY_NOT_FOUND",
        "NOT_FOUND",
        "ERROR_NOT_FOUND",
        "ACCESS_DENIED",
        "INVALID_ARG_VALUE",
    ];

    /// Whether this is a soft error (see [`Self::SOFT_CODES`]).
    pub fn is_soft(&self) -> bool {
        match self {
            Self::Portal {
                code, description, ..
            } => {
                Self::SOFT_CODES.contains(&code.as_str())
                    // Bitrix24 reports many not-found cases as code 400 / "Not found" descriptions.
                    || description.to_ascii_lowercase().contains("not found")
            }
            _ => false,
        }
    }

    /// The portal's code when the portal answered with one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Portal { code, .. } | Self::Unauthorized { code } => Some(code),
            Self::RateLimited => Some("QUERY_LIMIT_EXCEEDED"),
            Self::OperationTimeLimited { .. } => Some("OPERATION_TIME_LIMIT"),
            Self::TokenExpired => Some("expired_token"),
            _ => None,
        }
    }
}

impl fmt::Display for RestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Portal {
                code,
                description,
                status,
            } if description.is_empty() => write!(f, "{code} (HTTP {status})"),
            Self::Portal {
                code,
                description,
                status,
            } => write!(f, "{code}: {description} (HTTP {status})"),
            Self::Timeout { after_ms } => {
                write!(f, "no answer from the portal within {} s", after_ms / 1000)
            }
            Self::Network(msg) => write!(f, "network error: {msg}"),
            Self::RateLimited => {
                f.write_str("the portal's request limit was exceeded (QUERY_LIMIT_EXCEEDED)")
            }
            Self::OperationTimeLimited { .. } => {
                f.write_str("the method's operating-time limit was exceeded (OPERATION_TIME_LIMIT)")
            }
            Self::TokenExpired => {
                f.write_str("the access token expired and could not be refreshed")
            }
            Self::Unauthorized { code } => write!(f, "not authorised ({code})"),
            Self::BadJson(msg) => write!(f, "unexpected answer from the portal: {msg}"),
            Self::NoBx24 => {
                f.write_str("BX24 is not available: the page is not running inside Bitrix24")
            }
            Self::Cancelled => f.write_str("the request was cancelled"),
        }
    }
}

impl std::error::Error for RestError {}
