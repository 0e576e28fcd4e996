//! The REST answer envelope: `{result, time, total?, next?}` on success, `{error, error_description}`
//! (or v3 `{error: {code, message}}`) on failure, and how an answer maps to a [`RestError`].
//!
//! Portal answers are untrusted: nothing here panics, numbers may arrive as strings, `time` may be
//! missing, and a malformed `next`/`total` is read as absent.

use crate::{RawResponse, RestError};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// A successful answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Success {
    /// The `result` member, as sent (may be `null`, `[]`, an object, a list...).
    pub result: Value,
    /// `total` of list methods (`0` when paging with `start=-1`).
    pub total: Option<u64>,
    /// `next` of list methods: the `start` of the next page. A value that is not a non-negative
    /// integer (or integer string) is read as absent.
    pub next: Option<u64>,
    /// The `time` block, when the portal sent one.
    pub time: Option<ResponseTime>,
}

impl Success {
    /// Deserialises `result` into `O`; a shape mismatch is [`RestError::BadJson`] naming `method`.
    pub fn into_result<O: DeserializeOwned>(self, method: &str) -> Result<O, RestError> {
        decode_result(method, self.result)
    }
}

/// Deserialises a `result` value, reporting a mismatch as [`RestError::BadJson`].
pub(crate) fn decode_result<O: DeserializeOwned>(
    what: &str,
    result: Value,
) -> Result<O, RestError> {
    serde_json::from_value(result)
        .map_err(|error| RestError::decode(&format!("{what}: unexpected `result`"), error))
}

/// The portal's `time` block, read leniently (`protocol::envelope`, shared with the emulator and
/// the fake portal, which write it).
pub use protocol::envelope::ResponseTime;

/// Reads a raw answer into a [`Success`] or the [`RestError`] it stands for.
///
/// Classification (by code first, then by HTTP status):
/// - `QUERY_LIMIT_EXCEEDED` → [`RestError::RateLimited`];
/// - `OPERATION_TIME_LIMIT` → [`RestError::OperationTimeLimited`] with `time.operating_reset_at`;
/// - `expired_token` (401, or inside a 2xx/4xx body as BX24.js sees it) → [`RestError::TokenExpired`];
/// - `invalid_token`, `NO_AUTH_FOUND` → [`RestError::Unauthorized`];
/// - any other code → [`RestError::Portal`] with the HTTP status;
/// - a body that is not JSON → [`RestError::BadJson`], except with a 5xx status, which is a server
///   error the client may retry: `Portal { code: "HTTP_<status>" }`;
/// - a JSON body with neither `error` nor an HTTP success status → `Portal { code: "HTTP_<status>" }`.
pub fn parse(response: &RawResponse) -> Result<Success, RestError> {
    let status = response.status;
    let body = response.body.trim_start_matches('\u{feff}');
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(body) else {
        if status >= 500 {
            return Err(http_error(status, "the answer is not a JSON object"));
        }
        return Err(RestError::bad_json(format!(
            "HTTP {status}: the answer is not a JSON object ({} bytes)",
            body.len()
        )));
    };
    let time = map.get("time").and_then(ResponseTime::from_value);
    if let Some(error) = map.get("error").filter(|error| !error.is_null()) {
        return Err(classify_error(
            error,
            map.get("error_description"),
            time.as_ref(),
            status,
        ));
    }
    if !is_success_status(status) {
        return Err(http_error(status, ""));
    }
    success_from_map(map, time)
}

fn success_from_map(
    mut map: Map<String, Value>,
    time: Option<ResponseTime>,
) -> Result<Success, RestError> {
    let Some(result) = map.remove("result") else {
        return Err(RestError::bad_json(
            "the answer has neither `result` nor `error`",
        ));
    };
    Ok(Success {
        result,
        total: map.get("total").and_then(lenient_u64),
        next: map.get("next").and_then(lenient_u64),
        time,
    })
}

/// HTTP statuses BX24.js treats as "an answer to read" (it also accepts 0 and 1223 from old IE).
fn is_success_status(status: u16) -> bool {
    (200..300).contains(&status) || matches!(status, 0 | 304 | 1223)
}

fn http_error(status: u16, description: &str) -> RestError {
    RestError::Portal {
        code: format!("HTTP_{status}"),
        description: description.into(),
        status,
    }
}

/// Maps an `error` member (string code, number, or v3 object `{code, message}`) plus its description
/// to a [`RestError`]. Also used for the `result_error` entries of a batch.
pub fn classify_error(
    error: &Value,
    description: Option<&Value>,
    time: Option<&ResponseTime>,
    status: u16,
) -> RestError {
    let (code, mut text) = match error {
        Value::Object(v3) => (
            v3.get("code").map(scalar_text).unwrap_or_default(),
            v3.get("message").map(scalar_text).unwrap_or_default(),
        ),
        other => (scalar_text(other), String::new()),
    };
    if text.is_empty() {
        text = description.map(scalar_text).unwrap_or_default();
    }
    from_code(code, text, time, status)
}

/// Builds the [`RestError`] for a portal error code (see [`parse`] for the mapping).
pub fn from_code(
    code: String,
    description: String,
    time: Option<&ResponseTime>,
    status: u16,
) -> RestError {
    match code.as_str() {
        "QUERY_LIMIT_EXCEEDED" => RestError::RateLimited,
        "OPERATION_TIME_LIMIT" => RestError::OperationTimeLimited {
            reset_at_ms: time.and_then(ResponseTime::operating_reset_at_ms),
        },
        "expired_token" => RestError::TokenExpired,
        "invalid_token" | "NO_AUTH_FOUND" => RestError::Unauthorized { code },
        "" => RestError::Portal {
            code: format!("HTTP_{status}"),
            description,
            status,
        },
        _ => RestError::from_portal(code, description, status),
    }
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A non-negative integer (`total`, `next`, offsets) from a number or a numeric string:
/// `protocol::lenient::count`, so `0` is a value and numbers beyond 2^53 are `None`.
pub fn lenient_u64(value: &Value) -> Option<u64> {
    protocol::lenient::count(Some(value))
}

/// A signed integer from a number or a numeric string (IDs arrive as `"42"` from `crm.deal.list`):
/// `protocol::lenient::signed`, within ±2^53.
pub fn lenient_i64(value: &Value) -> Option<i64> {
    protocol::lenient::signed(Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn raw(status: u16, body: &str) -> RawResponse {
        RawResponse {
            status,
            body: body.into(),
        }
    }

    #[test]
    fn success_with_paging_and_time() {
        let body = json!({"result": [1, 2], "total": "120", "next": 50, "time": {"start": 1.5, "operating": "0.25", "date_start": "2026-01-01T00:00:00+00:00", "operating_reset_at": 1700000000}});
        let ok = parse(&raw(200, &body.to_string())).unwrap();
        assert_eq!(ok.result, json!([1, 2]));
        assert_eq!((ok.total, ok.next), (Some(120), Some(50)));
        let time = ok.time.unwrap();
        assert_eq!(
            (time.start, time.operating, time.finish),
            (Some(1.5), Some(0.25), None)
        );
        assert_eq!(time.operating_reset_at_ms(), Some(1.7e12));
        assert_eq!(
            time.date_start.as_deref(),
            Some("2026-01-01T00:00:00+00:00")
        );
    }

    #[test]
    fn tolerates_missing_time_null_result_and_bom() {
        let ok = parse(&raw(
            200,
            "\u{feff}{\"result\":null,\"next\":\"garbage\",\"total\":-1}",
        ))
        .unwrap();
        assert_eq!(
            (ok.result, ok.time, ok.next, ok.total),
            (Value::Null, None, None, None)
        );
    }

    #[test]
    fn classifies_limits_and_auth() {
        assert_eq!(
            parse(&raw(
                503,
                r#"{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}"#
            )),
            Err(RestError::RateLimited)
        );
        assert_eq!(
            parse(&raw(
                429,
                r#"{"error":"OPERATION_TIME_LIMIT","time":{"operating_reset_at":1700000001.5}}"#
            )),
            Err(RestError::OperationTimeLimited {
                reset_at_ms: Some(1_700_000_001_500.0)
            })
        );
        assert_eq!(
            parse(&raw(429, r#"{"error":"OPERATION_TIME_LIMIT"}"#)),
            Err(RestError::OperationTimeLimited { reset_at_ms: None })
        );
        assert_eq!(
            parse(&raw(
                401,
                r#"{"error":"expired_token","error_description":"The access token provided has expired."}"#
            )),
            Err(RestError::TokenExpired)
        );
        assert_eq!(
            parse(&raw(200, r#"{"error":"expired_token"}"#)),
            Err(RestError::TokenExpired)
        );
        assert_eq!(
            parse(&raw(400, r#"{"error":"expired_token"}"#)),
            Err(RestError::TokenExpired)
        );
        assert_eq!(
            parse(&raw(401, r#"{"error":"invalid_token"}"#)),
            Err(RestError::Unauthorized {
                code: "invalid_token".into()
            })
        );
        assert_eq!(
            parse(&raw(401, r#"{"error":"NO_AUTH_FOUND"}"#)),
            Err(RestError::Unauthorized {
                code: "NO_AUTH_FOUND".into()
            })
        );
    }

    #[test]
    fn portal_errors_keep_code_description_and_status() {
        assert_eq!(
            parse(&raw(
                400,
                r#"{"error":"ERROR_ENTITY_NOT_FOUND","error_description":"Not found"}"#
            )),
            Err(RestError::NotFound {
                code: "ERROR_ENTITY_NOT_FOUND".into(),
                description: "Not found".into(),
                status: 400
            })
        );
        assert_eq!(
            parse(&raw(
                400,
                r#"{"error":{"code":"BITRIX_REST_V3_EXCEPTION_X","message":"bad","validation":[]}}"#
            )),
            Err(RestError::Portal {
                code: "BITRIX_REST_V3_EXCEPTION_X".into(),
                description: "bad".into(),
                status: 400
            })
        );
        assert_eq!(
            parse(&raw(500, r#"{"error":100}"#)),
            Err(RestError::Portal {
                code: "100".into(),
                description: String::new(),
                status: 500
            })
        );
    }

    #[test]
    fn non_json_bodies() {
        assert!(matches!(
            parse(&raw(200, "<html>")),
            Err(RestError::BadJson { .. })
        ));
        assert!(matches!(
            parse(&raw(200, "[1]")),
            Err(RestError::BadJson { .. })
        ));
        assert!(matches!(
            parse(&raw(200, "{\"time\":{}}")),
            Err(RestError::BadJson { .. })
        ));
        assert_eq!(
            parse(&raw(502, "<html>Bad gateway</html>")),
            Err(RestError::Portal {
                code: "HTTP_502".into(),
                description: "the answer is not a JSON object".into(),
                status: 502
            })
        );
        assert_eq!(
            parse(&raw(500, "{}")),
            Err(RestError::Portal {
                code: "HTTP_500".into(),
                description: String::new(),
                status: 500
            })
        );
    }

    #[test]
    fn lenient_numbers() {
        assert_eq!(lenient_u64(&json!("7")), Some(7));
        assert_eq!(lenient_u64(&json!(7.0)), Some(7));
        assert_eq!(lenient_u64(&json!(7.5)), None);
        assert_eq!(lenient_u64(&json!([])), None);
        assert_eq!(lenient_i64(&json!(" -3 ")), Some(-3));
        assert_eq!(lenient_i64(&json!(true)), None);
    }
}
