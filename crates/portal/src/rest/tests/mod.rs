//! The fake REST API end to end: envelope, auth, paging, filters, batch, HTTP parsing, CORS, faults,
//! and the documented shape of every method's answer, one module per method family; the shared
//! helpers are here.

use super::*;
use crate::faults::FaultConfig;
use crate::rest::envelope::assert_time_block;
use crate::store::crm::{DEAL_WITHOUT_CLIENT, DEAL_WITH_SCRIPT_TITLE};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::json;
use tower::ServiceExt;

/// A fresh emulator and a valid token.
fn setup() -> (EmulatorState, String) {
    let state = EmulatorState::new();
    let token = state.tokens.mint(3600).access_token;
    (state, token)
}

fn call(state: &EmulatorState, token: &str, method: &str, params: Value) -> (u16, Value) {
    handle(state, method, params, Some(token))
}

/// Calls a method that must succeed and returns its body.
fn ok(state: &EmulatorState, token: &str, method: &str, params: Value) -> Value {
    let (status, body) = call(state, token, method, params);
    assert_eq!(status, 200, "{method}: {body}");
    assert_time_block(&body["time"]);
    body
}

/// Asserts that `value` (an answer row) has every one of `keys`; `label` names it in the message.
fn assert_has_keys(value: &Value, label: &str, keys: &[&str]) {
    for key in keys {
        assert!(value.get(key).is_some(), "{label}.{key}");
    }
}

fn assert_error(body: &Value, code: &str) {
    assert_eq!(body["error"], code, "{body}");
    assert!(body["error_description"].is_string(), "{body}");
}

fn ids(rows: &Value, key: &str) -> Vec<u64> {
    let lower = key.to_ascii_lowercase();
    rows.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| params::as_id(r.get(key).unwrap_or(&r[lower.as_str()])))
                .collect()
        })
        .unwrap_or_default()
}

async fn send(
    state: &EmulatorState,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = router(state.clone())
        .oneshot(request)
        .await
        .unwrap_or_else(|e| match e {});
    let (parts, body) = response.into_parts();
    let bytes = body
        .collect()
        .await
        .map(|b| b.to_bytes().to_vec())
        .unwrap_or_default();
    (parts.status, parts.headers, bytes)
}

fn json_of(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap_or(Value::Null)
}

fn post(uri: &str, content_type: &str, body: String) -> Request<Body> {
    Request::post(uri)
        .header("content-type", content_type)
        .header("origin", "http://127.0.0.1:8080")
        .body(Body::from(body))
        .unwrap_or_default()
}

mod app;
mod automation;
mod batch;
mod calendar;
mod collab;
mod crm;
mod crm_field;
mod crm_lists;
mod crm_work;
mod envelope;
mod faults;
mod http;
mod landing;
mod lists;
mod messenger;
mod openlines;
mod placements;
mod robustness;
mod tasks;
mod telephony;
mod users;
