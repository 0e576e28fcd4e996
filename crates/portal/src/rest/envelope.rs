//! The REST envelope: `{result, total?, next?, time}` on success, `{error, error_description}` on
//! failure, with the HTTP statuses the portal uses (frame-protocol §9.2).

use crate::store::time::{iso, now_f64};
use protocol::envelope::{self, ResponseTime};
use protocol::meter::OPERATING_WINDOW_MS;
use serde_json::{json, Map, Value};

/// A failed call: HTTP status, portal error code and text, plus optional extra body fields.
#[derive(Debug, Clone, PartialEq)]
pub struct RestError {
    /// HTTP status of the answer.
    pub status: u16,
    /// `error` (may be empty: many legacy methods answer `"error": ""`).
    pub code: String,
    /// `error_description`.
    pub description: String,
    /// Extra top-level fields (e.g. `time` for `OPERATION_TIME_LIMIT`); boxed to keep errors small.
    pub extra: Option<Box<Map<String, Value>>>,
}

impl RestError {
    /// Any error.
    pub fn new(status: u16, code: &str, description: impl Into<String>) -> Self {
        RestError {
            status,
            code: code.to_owned(),
            description: description.into(),
            extra: None,
        }
    }

    /// HTTP 400 with a method-specific code (the usual status of method errors).
    pub fn bad_request(code: &str, description: impl Into<String>) -> Self {
        Self::new(400, code, description)
    }

    /// 401 `NO_AUTH_FOUND`: the call carried no `auth`.
    pub fn no_auth() -> Self {
        Self::new(401, "NO_AUTH_FOUND", "Wrong authorization data")
    }

    /// 401 `invalid_token`: a token the portal never issued (or revoked by a refresh).
    pub fn invalid_token() -> Self {
        Self::new(
            401,
            "invalid_token",
            "The access token provided is invalid.",
        )
    }

    /// 401 `expired_token`, the text both SDKs look for.
    pub fn expired_token() -> Self {
        Self::new(
            401,
            "expired_token",
            "The access token provided has expired.",
        )
    }

    /// 404 `ERROR_METHOD_NOT_FOUND`.
    pub fn method_not_found() -> Self {
        Self::new(404, "ERROR_METHOD_NOT_FOUND", "Method not found!")
    }

    /// 503 `QUERY_LIMIT_EXCEEDED` (leaky bucket full).
    pub fn query_limit() -> Self {
        Self::new(503, "QUERY_LIMIT_EXCEEDED", "Too many requests")
    }

    /// 500 `INTERNAL_SERVER_ERROR` (injected failure).
    pub fn internal() -> Self {
        Self::new(500, "INTERNAL_SERVER_ERROR", "Internal server error")
    }

    /// 400 `ERROR_BATCH_LENGTH_EXCEEDED` (more than 50 commands).
    pub fn batch_too_long() -> Self {
        Self::new(
            400,
            "ERROR_BATCH_LENGTH_EXCEEDED",
            "Max batch length exceeded",
        )
    }

    /// 405 `ERROR_BATCH_METHOD_NOT_ALLOWED` (`batch` inside `batch`).
    pub fn batch_method_not_allowed() -> Self {
        Self::new(
            405,
            "ERROR_BATCH_METHOD_NOT_ALLOWED",
            "Method is not allowed for batch usage",
        )
    }

    /// 429 `OPERATION_TIME_LIMIT`, carrying the `time` block so clients can read `operating_reset_at`.
    pub fn operation_time_limit(time: Value) -> Self {
        let mut e = Self::new(
            429,
            "OPERATION_TIME_LIMIT",
            "Method is blocked due to operation time limit.",
        );
        e.extra = Some(Box::new(Map::from_iter([("time".to_owned(), time)])));
        e
    }

    /// The JSON body: `{"error": CODE, "error_description": TEXT, ...extra}` (`protocol::envelope`).
    pub fn body(&self) -> Value {
        let mut body = envelope::error(&self.code, &self.description);
        if let (Value::Object(m), Some(extra)) = (&mut body, &self.extra) {
            m.extend(extra.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        body
    }
}

/// A successful method result before the envelope is added.
#[derive(Debug, Clone, PartialEq)]
pub struct Success {
    /// `result`.
    pub result: Value,
    /// `total` (list methods).
    pub total: Option<u64>,
    /// `next` (list methods with more rows).
    pub next: Option<u64>,
}

impl Success {
    /// A non-list result.
    pub fn plain(result: Value) -> Self {
        Success {
            result,
            total: None,
            next: None,
        }
    }
}

/// Timing of one call, rendered as the `time` block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    /// When the request arrived (Unix seconds, fractional).
    pub start: f64,
    /// When the answer was ready.
    pub finish: f64,
    /// Seconds spent in the method itself.
    pub processing: f64,
    /// Seconds this method accumulated in the current 10-minute window.
    pub operating: f64,
    /// When the oldest minute of that window drops out (Unix seconds).
    pub operating_reset_at: i64,
}

impl Timing {
    /// A timing that started now (finish/processing filled in by [`Timing::finished`]).
    pub fn begin() -> Self {
        let now = now_f64();
        Timing {
            start: now,
            finish: now,
            processing: 0.0,
            operating: 0.0,
            operating_reset_at: now as i64 + (OPERATING_WINDOW_MS / 1000) as i64,
        }
    }

    /// Marks the answer ready now.
    pub fn finished(mut self) -> Self {
        self.finish = now_f64().max(self.start);
        self
    }

    /// `{start, finish, duration, processing, date_start, date_finish, operating_reset_at, operating}`,
    /// written by `protocol::envelope::ResponseTime`.
    pub fn to_json(&self) -> Value {
        ResponseTime {
            start: Some(self.start),
            finish: Some(self.finish),
            duration: Some(self.finish - self.start),
            processing: Some(self.processing),
            date_start: Some(iso(self.start as i64)),
            date_finish: Some(iso(self.finish as i64)),
            operating_reset_at: Some(self.operating_reset_at as f64),
            operating: Some(self.operating),
        }
        .to_json()
    }
}

/// The success body `{result, next?, total?, time}` (`protocol::envelope::success`).
pub fn success_body(success: &Success, timing: &Timing) -> Value {
    envelope::success(
        success.result.clone(),
        success.next.map(|next| json!(next)),
        success.total.map(|total| json!(total)),
        Some(timing.to_json()),
    )
}

pub use protocol::form::php_array;

/// Test helper: `time` carries every documented key, with dates in the portal's UTC offset.
#[cfg(test)]
pub(crate) fn assert_time_block(time: &Value) {
    for key in [
        "start",
        "finish",
        "duration",
        "processing",
        "date_start",
        "date_finish",
        "operating_reset_at",
        "operating",
    ] {
        assert!(time.get(key).is_some(), "time.{key} missing in {time}");
    }
    assert!(time["date_start"]
        .as_str()
        .is_some_and(|d| d.ends_with("+03:00")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_have_the_documented_keys() {
        let t = Timing::begin().finished();
        let body = success_body(
            &Success {
                result: json!([1]),
                total: Some(120),
                next: Some(50),
            },
            &t,
        );
        assert_eq!(body["total"], 120);
        assert_eq!(body["next"], 50);
        assert_time_block(&body["time"]);
        assert_eq!(
            RestError::expired_token().body(),
            json!({"error": "expired_token", "error_description": "The access token provided has expired."})
        );
        assert!(
            RestError::operation_time_limit(t.to_json()).body()["time"]["operating_reset_at"]
                .is_i64()
        );
    }

    #[test]
    fn php_arrays_print_like_json_encode() {
        assert_eq!(php_array(vec![]), json!([]));
        assert_eq!(
            php_array(vec![("0".into(), json!(1)), ("1".into(), json!(2))]),
            json!([1, 2])
        );
        assert_eq!(php_array(vec![("1".into(), json!(2))]), json!({"1": 2}));
        assert_eq!(php_array(vec![("a".into(), json!(1))]), json!({"a": 1}));
    }
}
