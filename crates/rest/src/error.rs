//! One error type for every way a REST call can fail.
//!
//! Every variant is decided by a code, a status or the failing layer, never by a description text.
//! Failures that wrap another error ([`RestError::Network`], [`RestError::BadJson`]) keep it as their
//! [`std::error::Error::source`], so a caller can walk down to the transport's own error (for the
//! browser transports, `bx24::TransportFailure` and its `bx24::Bx24Error`).

use std::error::Error;
use std::fmt;
use std::sync::Arc;

/// The underlying error of a [`RestError`], shared so that `RestError` stays `Clone`.
///
/// Two sources are equal when they are the same allocation or print the same text: errors such as
/// `serde_json::Error` have no equality of their own, and `RestError`'s equality exists for tests.
#[derive(Clone)]
pub struct ErrorSource(Arc<dyn Error + Send + Sync + 'static>);

impl ErrorSource {
    /// Wraps an error.
    pub fn new(error: impl Error + Send + Sync + 'static) -> Self {
        Self(Arc::new(error))
    }

    /// The wrapped error, for `downcast_ref` or walking further `source()`s.
    pub fn get(&self) -> &(dyn Error + Send + Sync + 'static) {
        &*self.0
    }
}

impl From<Box<dyn Error + Send + Sync + 'static>> for ErrorSource {
    fn from(error: Box<dyn Error + Send + Sync + 'static>) -> Self {
        Self(Arc::from(error))
    }
}

impl PartialEq for ErrorSource {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.to_string() == other.0.to_string()
    }
}

impl fmt::Debug for ErrorSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for ErrorSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

/// Why a REST call failed.
#[cfg_attr(debug_assertions, derive(Debug))]
#[derive(Clone, PartialEq)]
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
    /// Nothing usable came back (connection, CORS, DNS): the transport failed.
    Network {
        /// What the transport reported.
        message: String,
        /// The transport's error ([`crate::TransportError::Network`]'s), when there was one.
        source: Option<ErrorSource>,
    },
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
    BadJson {
        /// What did not fit, naming the method or command.
        message: String,
        /// The `serde_json` error, when decoding failed in serde.
        source: Option<ErrorSource>,
    },
    /// The `batch` itself cannot run: the client refused it before sending (a `$result` reference to
    /// a command that does not run before it, a bad or duplicate command name, a method that cannot
    /// run inside a batch, parameters that do not serialise; `status` 0, a `BATCH_*` code), the portal
    /// refused it (`ERROR_BATCH_LENGTH_EXCEEDED`, `ERROR_BATCH_METHOD_NOT_ALLOWED`), or the portal's
    /// batch answer was malformed (`BATCH_BAD_ANSWER`).
    InvalidBatch {
        /// `BATCH_BAD_REF`, `BATCH_BAD_NAME`, `BATCH_DUPLICATE_NAME`, `BATCH_BAD_METHOD`,
        /// `BATCH_BAD_PARAMS`, `BATCH_BAD_ANSWER`, or the portal's code.
        code: String,
        /// What is wrong.
        description: String,
        /// HTTP status of the portal's answer; 0 when nothing was sent.
        status: u16,
    },
    /// More commands are connected by `$result` references than one `batch` may carry
    /// ([`crate::batch::MAX_COMMANDS`]): the client splits batches into chunks of 50, but commands
    /// that refer to each other must travel in the same request. Nothing was sent.
    BatchTooLong {
        /// How many commands would have to go in one request.
        commands: usize,
        /// The most one `batch` may carry.
        limit: usize,
    },
    /// A command of a `batch` did not run: the batch was sent with `halt` and stopped at an earlier
    /// failing command.
    Skipped {
        /// The command's name.
        command: String,
    },
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
    /// thing), and an unlisted code with HTTP 404 is [`Self::NotFound`] too. The portal's refusals of
    /// a whole batch (`ERROR_BATCH_LENGTH_EXCEEDED`, `ERROR_BATCH_METHOD_NOT_ALLOWED`) are
    /// [`Self::InvalidBatch`].
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
            "ERROR_BATCH_LENGTH_EXCEEDED" | "ERROR_BATCH_METHOD_NOT_ALLOWED" => {
                Self::InvalidBatch {
                    code,
                    description,
                    status,
                }
            }
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

    /// A transport failure with only a message (no underlying error).
    pub fn network(message: impl Into<String>) -> Self {
        Self::Network {
            message: message.into(),
            source: None,
        }
    }

    /// An answer that does not fit, with only a message (no underlying error).
    pub fn bad_json(message: impl Into<String>) -> Self {
        Self::BadJson {
            message: message.into(),
            source: None,
        }
    }

    /// An answer that `serde_json` could not read into the expected type; the serde error is the
    /// `source()`.
    pub fn decode(what: &str, error: serde_json::Error) -> Self {
        Self::BadJson {
            message: format!("{what}: {error}"),
            source: Some(ErrorSource::new(error)),
        }
    }

    /// The portal's code when the portal answered with one; for the client's own batch errors the
    /// `BATCH_*` code that names the problem.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Portal { code, .. }
            | Self::NotFound { code, .. }
            | Self::AccessDenied { code, .. }
            | Self::InvalidArgument { code, .. }
            | Self::InvalidBatch { code, .. }
            | Self::Unauthorized { code } => Some(code),
            Self::BatchTooLong { .. } => Some("BATCH_GROUP_TOO_LARGE"),
            Self::Skipped { .. } => Some("BATCH_COMMAND_SKIPPED"),
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
            }
            | Self::InvalidBatch {
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
            Self::Network { message, .. } => write!(f, "network error: {message}"),
            Self::BatchTooLong { commands, limit } => write!(
                f,
                "{commands} commands are connected by references; one batch holds {limit}"
            ),
            Self::Skipped { command } => {
                write!(f, "`{command}` did not run: the batch stopped before it")
            }
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
            Self::BadJson { message, .. } => {
                write!(f, "unexpected answer from the portal: {message}")
            }
            Self::NoBx24 => {
                f.write_str("BX24 is not available: the page is not running inside Bitrix24")
            }
            Self::Cancelled => f.write_str("the request was cancelled"),
        }
    }
}

impl Error for RestError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Self::Network {
                source: Some(source),
                ..
            }
            | Self::BadJson {
                source: Some(source),
                ..
            } => Some(source.get()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_json_keeps_the_serde_error_as_its_source() {
        let serde_error = serde_json::from_str::<u32>("\"x\"").unwrap_err();
        let text = serde_error.to_string();
        let error = RestError::decode("user.get", serde_error);
        let source = error.source().expect("a source");
        assert!(source.downcast_ref::<serde_json::Error>().is_some());
        assert_eq!(source.to_string(), text);
        assert!(error.to_string().contains("user.get"));
        assert!(RestError::bad_json("x").source().is_none());
    }

    #[test]
    fn network_errors_keep_the_transport_error_as_their_source() {
        #[derive(Debug)]
        struct Unplugged;
        impl fmt::Display for Unplugged {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("cable unplugged")
            }
        }
        impl Error for Unplugged {}
        let boxed: Box<dyn Error + Send + Sync> = Box::new(Unplugged);
        let error = RestError::Network {
            message: boxed.to_string(),
            source: Some(boxed.into()),
        };
        assert!(error
            .source()
            .and_then(|s| s.downcast_ref::<Unplugged>())
            .is_some());
        assert_eq!(error.to_string(), "network error: cable unplugged");
        assert_eq!(error.clone(), error, "clones compare equal");
        assert!(RestError::network("x").source().is_none());
    }

    #[test]
    fn the_portals_batch_refusals_are_invalid_batches() {
        for code in [
            "ERROR_BATCH_LENGTH_EXCEEDED",
            "ERROR_BATCH_METHOD_NOT_ALLOWED",
        ] {
            let error = RestError::from_portal(code.into(), "no".into(), 400);
            assert!(
                matches!(&error, RestError::InvalidBatch { code: c, status: 400, .. } if c == code),
                "{error:?}"
            );
            assert!(!error.is_soft());
        }
    }
}

protocol::release_debug_as_display!(RestError);
