//! The seam between the pure client logic and whatever actually moves bytes.
//!
//! Two implementations live in `crates/bx24` (wasm): `BX24.callMethod` and a direct `fetch`. Tests use
//! scripted fakes. Everything is single-threaded (`!Send` futures): the browser has one thread and the
//! native tests run on a local executor.

use futures::future::LocalBoxFuture;
use serde_json::Value;
use std::fmt;

/// One REST call as the client hands it to a transport.
#[derive(Clone, PartialEq)]
pub struct RestRequest {
    /// Method name, e.g. `crm.item.get` or `batch`.
    pub method: String,
    /// Parameters as JSON; transports encode them (PHP-style form for BX24.js and fetch).
    pub params: Value,
    /// Access token to send as `auth`, when the transport does not attach one itself
    /// (see [`Transport::attaches_auth`]). Never logged: `Debug` redacts it.
    pub auth: Option<AccessToken>,
}

impl fmt::Debug for RestRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RestRequest")
            .field("method", &self.method)
            .field("params", &self.params)
            .field("auth", &self.auth.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// What came back: the HTTP status and the raw body text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    /// HTTP status (BX24.js exposes it as `ajaxResult.status`).
    pub status: u16,
    /// Response body, expected to be JSON.
    pub body: String,
}

/// A failure below HTTP: nothing usable came back.
#[derive(Debug)]
pub enum TransportError {
    /// Connection refused, CORS failure, DNS, offline... The transport's own error, kept whole: the
    /// client makes it the `source()` of [`crate::RestError::Network`], so callers can walk down to it
    /// (a plain message converts with `.into()`).
    Network(Box<dyn std::error::Error + Send + Sync + 'static>),
    /// `window.BX24` is missing (page opened outside Bitrix24).
    NoBx24,
}

/// Sends REST requests. Implementations must not retry, rate-limit or time out on their own account:
/// the [`crate::Client`] does all of that, identically for every transport.
pub trait Transport {
    /// Sends one request. The future may never resolve (BX24.js drops 5xx answers); the client races it
    /// against its deadline and drops it.
    fn send(
        &self,
        request: RestRequest,
    ) -> LocalBoxFuture<'static, Result<RawResponse, TransportError>>;

    /// `true` when the transport adds the access token itself (BX24.callMethod does); the client then
    /// leaves [`RestRequest::auth`] empty and skips proactive refresh, but still refreshes once on
    /// `expired_token`.
    fn attaches_auth(&self) -> bool;

    /// Short name for logs and benchmarks (`bx24`, `fetch`, `fake`).
    fn name(&self) -> &'static str;
}

/// An OAuth access token with its expiry. `Debug` and `Display` never print the secret.
#[derive(Clone, PartialEq)]
pub struct AccessToken {
    secret: String,
    /// Expiry as unix time in milliseconds.
    pub expires_at_ms: f64,
}

impl AccessToken {
    /// Wraps a token received from the portal.
    pub fn new(secret: impl Into<String>, expires_at_ms: f64) -> Self {
        Self {
            secret: secret.into(),
            expires_at_ms,
        }
    }

    /// The secret, for the one place that must send it (the `auth` parameter).
    pub fn expose_secret(&self) -> &str {
        &self.secret
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("secret", &"<redacted>")
            .field("expires_at_ms", &self.expires_at_ms)
            .finish()
    }
}

/// Where the client gets tokens from (the frame's init data, refreshed over `refreshAuth`).
pub trait AuthSource {
    /// The token currently held, if any.
    fn current(&self) -> Option<AccessToken>;
    /// Asks the portal for a new token. The client coalesces concurrent refreshes into one call.
    fn refresh(&self) -> LocalBoxFuture<'static, Result<AccessToken, crate::RestError>>;
}
