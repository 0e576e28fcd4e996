//! The REST answer's shape, as both sides see it (public docs:
//! <https://apidocs.bitrix24.com/api-reference/how-to-call-rest-api/index.html>): success is
//! `{result, next?, total?, time}`, failure `{error, error_description}` (plus `time` on
//! `OPERATION_TIME_LIMIT`), and [`ResponseTime`] is the `time` block of either.

use crate::lenient;
use serde_json::{json, Map, Value};

/// `result`: the method's answer.
pub const RESULT: &str = "result";
/// `next`: the `start` of the next page of a list method.
pub const NEXT: &str = "next";
/// `total`: the row count of a list method.
pub const TOTAL: &str = "total";
/// `time`: the [`ResponseTime`] block.
pub const TIME: &str = "time";
/// `error`: the error code (v3 methods send an object `{code, message}`).
pub const ERROR: &str = "error";
/// `error_description`: the error's text.
pub const ERROR_DESCRIPTION: &str = "error_description";

/// A success body: `{result, next?, total?, time?}`, in the order the portal prints them.
pub fn success(
    result: Value,
    next: Option<Value>,
    total: Option<Value>,
    time: Option<Value>,
) -> Value {
    let mut body = Map::new();
    body.insert(RESULT.into(), result);
    if let Some(next) = next {
        body.insert(NEXT.into(), next);
    }
    if let Some(total) = total {
        body.insert(TOTAL.into(), total);
    }
    if let Some(time) = time {
        body.insert(TIME.into(), time);
    }
    Value::Object(body)
}

/// An error body: `{error, error_description}`.
pub fn error(code: &str, description: &str) -> Value {
    json!({ERROR: code, ERROR_DESCRIPTION: description})
}

/// The portal's `time` block. Every member is optional when read: old portals and fakes omit some
/// or all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResponseTime {
    /// Request start, unix seconds (fractional).
    pub start: Option<f64>,
    /// Request end, unix seconds (fractional).
    pub finish: Option<f64>,
    /// `finish - start`, seconds.
    pub duration: Option<f64>,
    /// Time spent in the method itself, seconds.
    pub processing: Option<f64>,
    /// Start as an ISO 8601 date.
    pub date_start: Option<String>,
    /// End as an ISO 8601 date.
    pub date_finish: Option<String>,
    /// When the oldest one-minute basket of the method's operating time drops, unix seconds.
    pub operating_reset_at: Option<f64>,
    /// Operating time the method has used in the current ten-minute window, seconds.
    pub operating: Option<f64>,
}

impl ResponseTime {
    /// Reads a `time` object (numbers leniently, see [`lenient::number`]); `None` when it is not
    /// an object.
    pub fn from_value(value: &Value) -> Option<Self> {
        let map = value.as_object()?;
        let number = |key: &str| lenient::number(map.get(key));
        let text = |key: &str| map.get(key).and_then(Value::as_str).map(str::to_owned);
        Some(Self {
            start: number("start"),
            finish: number("finish"),
            duration: number("duration"),
            processing: number("processing"),
            date_start: text("date_start"),
            date_finish: text("date_finish"),
            operating_reset_at: number("operating_reset_at"),
            operating: number("operating"),
        })
    }

    /// [`Self::operating_reset_at`] in unix milliseconds (values that already look like milliseconds
    /// are taken as such).
    pub fn operating_reset_at_ms(&self) -> Option<f64> {
        self.operating_reset_at.map(seconds_or_ms_to_ms)
    }

    /// The block as the portal writes it, members in its order, absent ones left out;
    /// `operating_reset_at` is a whole unix second there, so an integral value is written as an
    /// integer.
    pub fn to_json(&self) -> Value {
        let mut map = Map::new();
        let mut number = |key: &str, value: Option<f64>| {
            if let Some(value) = value {
                map.insert(key.into(), json!(value));
            }
        };
        number("start", self.start);
        number("finish", self.finish);
        number("duration", self.duration);
        number("processing", self.processing);
        for (key, text) in [
            ("date_start", &self.date_start),
            ("date_finish", &self.date_finish),
        ] {
            if let Some(text) = text {
                map.insert(key.into(), json!(text));
            }
        }
        if let Some(reset) = self.operating_reset_at {
            let whole = reset.fract() == 0.0 && reset.abs() <= lenient::MAX_EXACT as f64;
            let reset = if whole {
                json!(reset as i64)
            } else {
                json!(reset)
            };
            map.insert("operating_reset_at".into(), reset);
        }
        if let Some(operating) = self.operating {
            map.insert("operating".into(), json!(operating));
        }
        Value::Object(map)
    }
}

/// Unix time that may be in seconds (the portal's unit) or already in milliseconds.
fn seconds_or_ms_to_ms(value: f64) -> f64 {
    if value > 1e11 {
        value
    } else {
        value * 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_and_time_blocks_round_trip() {
        let time = ResponseTime {
            start: Some(1.5),
            finish: Some(2.0),
            duration: Some(0.5),
            processing: Some(0.25),
            date_start: Some("2023-11-14T22:13:20+00:00".into()),
            date_finish: None,
            operating_reset_at: Some(1_700_000_600.0),
            operating: Some(0.0),
        };
        let written = time.to_json();
        assert!(written["operating_reset_at"].is_i64(), "{written}");
        assert!(written.get("date_finish").is_none());
        assert_eq!(ResponseTime::from_value(&written), Some(time.clone()));
        assert_eq!(time.operating_reset_at_ms(), Some(1_700_000_600_000.0));
        let in_ms = ResponseTime {
            operating_reset_at: Some(1_700_000_600_500.0),
            ..ResponseTime::default()
        };
        assert_eq!(in_ms.operating_reset_at_ms(), Some(1_700_000_600_500.0));
        assert_eq!(
            ResponseTime::from_value(&json!({"operating": "1.5", "start": []})),
            Some(ResponseTime {
                operating: Some(1.5),
                ..ResponseTime::default()
            })
        );
        assert_eq!(ResponseTime::from_value(&json!([])), None);
        let body = success(json!([1]), Some(json!(50)), Some(json!(120)), Some(written));
        let keys: Vec<&str> = body
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(keys, ["result", "next", "total", "time"]);
        assert_eq!(
            success(json!(null), None, None, None),
            json!({"result": null})
        );
        assert_eq!(
            error("expired_token", "The access token provided has expired."),
            json!({"error": "expired_token", "error_description": "The access token provided has expired."})
        );
    }
}
