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
    /// The thing asked for is not there: `NOT_FOUND`, `ERROR_NOT_FOUND`, `ERROR_ENTITY_NOT_FOUND`, any
    /// other `*_NOT_FOUND` code except `ERROR_METHOD_NOT_FOUND`, or an unlisted code with HTTP 404.
    NotFound {
        /// The portal's code.
        code: String,
        /// Human-readable description from the portal (may be empty).
        description: String,
        /// HTTP status of the answer (200 for errors inside a batch).
        status: u16,
    },
    /// The user may not see or do this: `ACCESS_DENIED`.
    AccessDenied {
        /// The portal's code.
        code: String,
        /// Human-readable description from the portal (may be empty).
        description: String,
        /// HTTP status of the answer (200 for errors inside a batch).
        status: u16,
    },
    /// A parameter was rejected: `INVALID_ARG_VALUE`.
    InvalidArgument {
        /// The portal's code.
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
    /// The error for a portal error envelope with a non-empty `code` that is not one of the limit and
    /// token codes the envelope handles itself. Decided by the code (the documented system errors,
    /// <https://apidocs.bitrix24.com/error-codes.html>, and the codes the CRM and task methods list),
    /// never by the description text. The docs give no status for method-level not-found answers
    /// (methods answer 400, some 404); the reading picked here: a code ending in `_NOT_FOUND` is
    /// [`Self::NotFound`] except `ERROR_METHOD_NOT_FOUND` (a call the portal cannot run, not a missing
    /// thing), and an unlisted code with HTTP 404 is [`Self::NotFound`] too.
    pub fn from_portal(code: String, description: String, status: u16) -> Self {
        let not_found = (code.ends_with("_NOT_FOUND") || code == "NOT_FOUND")
            && code != "ERROR_METHOD_NOT_FOUND";
        match code.as_str() {
            _ if not_found => Self::NotFound {
                code,
                description,
                status,
            },
            "ACCESS_DENIED" => Self::AccessDenied {
                code,
                description,
                status,
            },
            "INVALID_ARG_VALUE" => Self::InvalidArgument {
                code,
                description,
                status,
            },
            "ERROR_METHOD_NOT_FOUND" => Self::Portal {
                code,
                description,
                status,
            },
            _ if status == 404 => Self::NotFound {
                code,
                description,
                status,
            },
            _ => Self::Portal {
                code,
                description,
                status,
            },
        }
    }

    /// Whether this means "the thing is not there / not allowed" rather than "the call broke":
    /// widgets show such errors as empty states, not as failures.
    pub fn is_soft(&self) -> bool {
        matches!(
            self,
            Self::NotFound { .. } | Self::AccessDenied { .. } | Self::InvalidArgument { .. }
        )
    }

    /// The portal's code when the portal answered with one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Portal { code, .. }
            | Self::NotFound { code, .. }
            | Self::AccessDenied { code, .. }
            | Self::InvalidArgument { code, .. }
            | Self::Unauthorized { code } => Some(code),
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
            }
            | Self::NotFound {
                code,
                description,
                status,
            }
            | Self::AccessDenied {
                code,
                description,
                status,
            }
            | Self::InvalidArgument {
                code,
                description,
                status,
            } => {
                if description.is_empty() {
                    write!(f, "{code} (HTTP {status})")
                } else {
                    write!(f, "{code}: {description} (HTTP {status})")
                }
            }
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
