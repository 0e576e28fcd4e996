//! HTTP in front of [`super::handle`]: `/rest/{*path}` and `/emulator/avatar/{id}.svg`, with CORS on
//! every answer.
//!
//! Bodies are read the way the portal's PHP reads them: JSON when the body starts with `{` (b24jssdk),
//! PHP-style form data otherwise, whatever the `Content-Type` (BX24.js posts `text/plain`). Query
//! parameters are merged in (the body wins); the SDK telemetry parameters are dropped.

use super::{form, handle, methods::avatar_svg, params::scalar_text};
use crate::state::EmulatorState;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde_json::{Map, Value};
use std::time::Duration;

/// Query parameters b24jssdk adds for its own telemetry; the portal ignores them.
const IGNORED_QUERY: &[&str] = &["bx24_request_id", "bx24_sdk_ver", "bx24_sdk_type"];

/// The fake REST API and the avatar images, ready to merge into the emulator's app.
pub fn router(state: EmulatorState) -> Router {
    Router::new()
        .route("/rest/{*path}", get(rest_call).post(rest_call))
        .route("/emulator/avatar/{file}", get(avatar))
        .layer(middleware::from_fn(cors))
        .with_state(state)
}

/// Parses a request body: JSON object when it starts with `{`, PHP form data otherwise. Invalid JSON
/// reads as no parameters (then the missing `auth` answers), never as a crash.
pub fn parse_body(body: &[u8]) -> Map<String, Value> {
    let text = String::from_utf8_lossy(body);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let parsed = if text.starts_with('{') {
        serde_json::from_str(text).unwrap_or(Value::Null)
    } else {
        form::parse(text.trim_end())
    };
    match parsed {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

async fn rest_call(
    State(state): State<EmulatorState>,
    path: Result<Path<String>, axum::extract::rejection::PathRejection>,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    let Ok(Path(method)) = path else {
        return json_response(404, &super::envelope::RestError::method_not_found().body());
    };
    let mut params = match query.as_deref().map(form::parse) {
        Some(Value::Object(m)) => m
            .into_iter()
            .filter(|(k, _)| !IGNORED_QUERY.contains(&k.as_str()))
            .collect(),
        _ => Map::new(),
    };
    params.extend(parse_body(&body));
    let auth = params.shift_remove("auth").and_then(|v| scalar_text(&v));
    let delay = state.faults.get().delay_ms;
    if delay > 0 {
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
    let (status, body) = handle(&state, &method, Value::Object(params), auth.as_deref());
    json_response(status, &body)
}

fn json_response(status: u16, body: &Value) -> Response {
    let mut response = Response::new(Body::from(serde_json::to_vec(body).unwrap_or_default()));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

async fn avatar(State(state): State<EmulatorState>, Path(file): Path<String>) -> Response {
    let svg = file
        .strip_suffix(".svg")
        .and_then(|id| id.parse::<u64>().ok())
        .and_then(|id| avatar_svg(&state.store, id));
    let mut response = match svg {
        Some(svg) => {
            let mut r = Response::new(Body::from(svg));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("image/svg+xml"),
            );
            r.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            );
            r
        }
        None => Response::new(Body::from("avatar not found")),
    };
    if response.headers().get(header::CONTENT_TYPE).is_none() {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    response
}

/// CORS for the app's origin: echo `Origin` (or `*`) with `Vary: Origin` on every answer; answer
/// preflights with 204, the allowed methods and whatever headers the client asked for.
async fn cors(request: Request, next: Next) -> Response {
    let origin = request
        .headers()
        .get(header::ORIGIN)
        .cloned()
        .unwrap_or_else(|| HeaderValue::from_static("*"));
    let mut response = if request.method() == Method::OPTIONS {
        let asked = request
            .headers()
            .get(header::ACCESS_CONTROL_REQUEST_HEADERS)
            .cloned()
            .unwrap_or_else(|| HeaderValue::from_static("content-type"));
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::NO_CONTENT;
        let h = r.headers_mut();
        h.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET, POST, OPTIONS"),
        );
        h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, asked);
        h.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("86400"),
        );
        r
    } else {
        next.run(request).await
    };
    let h = response.headers_mut();
    h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    h.append(header::VARY, HeaderValue::from_static("Origin"));
    response
}
