//! What the `rest` crate's client needs from the browser: two transports and a clock (the token source
//! is [`crate::FrameAuth`]), plus BX24.js's own batch helper ([`Bx24::call_batch`]).
//!
//! The transports fail with a typed [`TransportFailure`] (a `BX24` failure stays a [`Bx24Error`], its
//! `source()`); it becomes the `rest` crate's [`TransportError`] in one place, `From<TransportFailure>`.

use crate::js::{self, call_with_callback, from_json, to_json};
use crate::raw::AjaxResultJs;
use crate::{js_error, Bx24, Bx24Error, TransportFailure};
use futures::future::LocalBoxFuture;
use rest::{RawResponse, RestRequest, Runtime, Transport, TransportError};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// REST through `BX24.callMethod`: BX24.js adds the token and refreshes it itself.
///
/// Two BX24.js habits are handled here: it never calls back on 5xx or network errors (the client's
/// deadline covers that), and the published copies drop a truthy `start` parameter from `params`
/// (the repository's `docs/bx24-js.md`, "callMethod drops `start`"); a call with `start` therefore goes through a one-command
/// `batch`, whose command string keeps it.
#[derive(Debug, Clone)]
pub struct Bx24Transport {
    bx24: Bx24,
}

impl Bx24Transport {
    /// A transport over this BX24 handle.
    pub fn new(bx24: Bx24) -> Self {
        Self { bx24 }
    }
}

impl Transport for Bx24Transport {
    fn send(
        &self,
        request: RestRequest,
    ) -> LocalBoxFuture<'static, Result<RawResponse, TransportError>> {
        let bx24 = self.bx24.clone();
        Box::pin(async move {
            let start_would_be_dropped =
                request.params.get("start").is_some_and(js_truthy) && request.method != "batch";
            if start_would_be_dropped {
                let command = format!("{}?{}", request.method, rest::form::encode(&request.params));
                let raw = call_method(
                    &bx24,
                    "batch",
                    &json!({"halt": 0, "cmd": {"call": command}}),
                )
                .await?;
                return Ok(unwrap_single_batch(raw));
            }
            Ok(call_method(&bx24, &request.method, &request.params).await?)
        })
    }

    fn attaches_auth(&self) -> bool {
        true
    }

    fn name(&self) -> &'static str {
        "bx24"
    }
}

/// One `BX24.callMethod`; its failures stay [`Bx24Error`]s.
async fn call_method(bx24: &Bx24, method: &str, params: &Value) -> Result<RawResponse, Bx24Error> {
    let (callback, reply) = js::one_shot();
    bx24.js()
        .call_method(method, &from_json(params), &callback)
        .map_err(js_error)?;
    let result = reply.await.ok_or(Bx24Error::CallbackDropped {
        command: "callMethod",
    })?;
    if !result.is_object() {
        return Err(Bx24Error::Decode(
            "BX24.callMethod answered without a result object".into(),
        ));
    }
    let ajax: AjaxResultJs = result.unchecked_into();
    let body = match ajax.answer() {
        v if v.is_undefined() || v.is_null() => String::new(),
        v => js_sys::JSON::stringify(&v)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default(),
    };
    // BX24.js reports the XHR status; copies without it only call back on success-like answers.
    let status = ajax
        .status()
        .as_f64()
        .filter(|s| *s >= 100.0)
        .map(|s| s as u16)
        .unwrap_or(200);
    Ok(RawResponse { status, body })
}

/// Turns the answer of a one-command batch back into the answer of that command.
fn unwrap_single_batch(raw: RawResponse) -> RawResponse {
    let Ok(outer) = serde_json::from_str::<Value>(&raw.body) else {
        return raw;
    };
    let Some(inner) = outer.get("result") else {
        return raw;
    };
    let pick = |part: &str| inner.get(part).and_then(|p| p.get("call")).cloned();
    let body = if let Some(error) = pick("result_error") {
        let (code, description) = match &error {
            Value::String(s) => (s.clone(), String::new()),
            other => (
                other
                    .get("error")
                    .and_then(Value::as_str)
                    .unwrap_or("ERROR")
                    .to_owned(),
                other
                    .get("error_description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            ),
        };
        json!({"error": code, "error_description": description})
    } else if let Some(result) = pick("result") {
        let mut answer = json!({"result": result, "time": pick("result_time").or_else(|| outer.get("time").cloned())});
        if let Some(total) = pick("result_total") {
            answer["total"] = total;
        }
        if let Some(next) = pick("result_next") {
            answer["next"] = next;
        }
        answer
    } else {
        return raw;
    };
    RawResponse {
        status: raw.status,
        body: body.to_string(),
    }
}

impl Bx24 {
    /// `BX24.callBatch(calls, cb, halt)`: BX24.js's own batch helper, for code that wants BX24.js to
    /// do the batching. Widgets use the `rest` client's [`rest::Batch`] instead (chunking, `$result`
    /// references, retries). Returns each command's answer (`{result, total, next}` or
    /// `{error, error_description}`) by name; commands the portal skipped after `halt` are absent.
    pub async fn call_batch(
        &self,
        calls: &[(&str, &str, Value)],
        halt: bool,
    ) -> Result<Vec<(String, Value)>, Bx24Error> {
        let mut map = serde_json::Map::new();
        for (name, method, params) in calls {
            map.insert(
                (*name).to_owned(),
                json!({"method": method, "params": params}),
            );
        }
        let calls_js = from_json(&Value::Object(map));
        let reply = call_with_callback("callBatch", self.timeouts().rest_ms, |cb| {
            self.js().call_batch(&calls_js, cb, halt).map(drop)
        })
        .await?;
        Ok(calls
            .iter()
            .filter_map(|(name, _, _)| {
                let result = js_sys::Reflect::get(&reply, &JsValue::from_str(name))
                    .ok()
                    .filter(|r| r.is_object())?;
                let answer = js_sys::Reflect::get(&result, &JsValue::from_str("answer"))
                    .unwrap_or(JsValue::NULL);
                Some(((*name).to_owned(), to_json(&answer)))
            })
            .collect())
    }
}

/// JavaScript truthiness of a JSON value (what BX24.js tests `start` with).
fn js_truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Value::String(s) => !s.is_empty(),
        _ => true,
    }
}

/// REST by direct `fetch` to `https://PORTAL/rest/<method>.json` with the frame's token.
///
/// Unlike BX24.callMethod it sees every HTTP status (no silent hang on 5xx). The body is PHP-style
/// form encoding with `Content-Type: application/x-www-form-urlencoded`, a CORS "simple" request, so
/// the portal needs no preflight.
#[derive(Debug, Clone)]
pub struct FetchTransport {
    endpoint: String,
}

impl FetchTransport {
    /// A transport posting to `endpoint` (e.g. `https://acme.bitrix24.com/rest`).
    pub fn new(endpoint: impl Into<String>) -> Self {
        Self {
            endpoint: endpoint.into().trim_end_matches('/').to_owned(),
        }
    }

    /// The REST endpoint of the portal this frame belongs to, from `window.name` (`DOMAIN|PROTOCOL|SID`,
    /// as BX24.js reads it). `None` outside a portal frame.
    pub fn from_frame() -> Option<Self> {
        let name = web_sys::window()?.name().ok()?;
        let identity = FrameIdentity::parse(&name)?;
        Some(Self::new(format!("{}/rest", identity.origin())))
    }

    /// Where requests go.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }
}

impl Transport for FetchTransport {
    fn send(
        &self,
        request: RestRequest,
    ) -> LocalBoxFuture<'static, Result<RawResponse, TransportError>> {
        let url = format!("{}/{}.json", self.endpoint, request.method);
        Box::pin(async move {
            let mut params = match request.params {
                Value::Object(map) => map,
                Value::Null => serde_json::Map::new(),
                other => {
                    return Err(TransportFailure::BadParams(format!(
                        "REST params must be an object, got {other}"
                    ))
                    .into());
                }
            };
            if let Some(token) = &request.auth {
                params.insert(
                    "auth".into(),
                    Value::String(token.expose_secret().to_owned()),
                );
            }
            let body = rest::form::encode(&Value::Object(params));
            let response = gloo_net::http::Request::post(&url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(body)
                .map_err(|e| TransportFailure::Fetch(e.to_string()))?
                .send()
                .await
                .map_err(|e| TransportFailure::Fetch(e.to_string()))?;
            let status = response.status();
            let body = response
                .text()
                .await
                .map_err(|e| TransportFailure::Fetch(e.to_string()))?;
            Ok(RawResponse { status, body })
        })
    }

    fn attaches_auth(&self) -> bool {
        false
    }

    fn name(&self) -> &'static str {
        "fetch"
    }
}

/// Either transport, chosen at start-up from the app's configuration.
#[derive(Debug, Clone)]
pub enum AnyTransport {
    /// Through BX24.callMethod (the default).
    Bx24(Bx24Transport),
    /// Direct fetch.
    Fetch(FetchTransport),
}

impl Transport for AnyTransport {
    fn send(
        &self,
        request: RestRequest,
    ) -> LocalBoxFuture<'static, Result<RawResponse, TransportError>> {
        match self {
            Self::Bx24(t) => t.send(request),
            Self::Fetch(t) => t.send(request),
        }
    }

    fn attaches_auth(&self) -> bool {
        match self {
            Self::Bx24(t) => t.attaches_auth(),
            Self::Fetch(t) => t.attaches_auth(),
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Self::Bx24(t) => t.name(),
            Self::Fetch(t) => t.name(),
        }
    }
}

/// The portal identity a frame carries in `window.name`: `DOMAIN|PROTOCOL|APP_SID`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameIdentity {
    /// Portal host (`:80`/`:443` stripped, other ports kept).
    pub domain: String,
    /// `PROTOCOL` = 1.
    pub https: bool,
    /// The layout's session id.
    pub app_sid: String,
}

impl FrameIdentity {
    /// Parses `window.name` the way BX24.js does; `None` when the domain or APP_SID is missing.
    pub fn parse(name: &str) -> Option<Self> {
        let mut parts = name.split('|');
        let domain = parts.next()?.trim();
        let https = parts
            .next()
            .map(|p| p.trim().parse::<i64>().unwrap_or(0) != 0)?;
        let app_sid = parts.next()?.trim();
        if domain.is_empty() || app_sid.is_empty() {
            return None;
        }
        let domain = domain
            .trim_end_matches(":80")
            .trim_end_matches(":443")
            .to_owned();
        Some(Self {
            domain,
            https,
            app_sid: app_sid.to_owned(),
        })
    }

    /// `http(s)://DOMAIN`: the portal's origin.
    pub fn origin(&self) -> String {
        format!(
            "{}://{}",
            if self.https { "https" } else { "http" },
            self.domain
        )
    }
}

/// The browser's clock and timers.
#[derive(Debug, Clone, Copy, Default)]
pub struct WasmRuntime;

impl Runtime for WasmRuntime {
    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    fn sleep(&self, ms: u64) -> LocalBoxFuture<'static, ()> {
        Box::pin(gloo_timers::future::TimeoutFuture::new(
            ms.min(u64::from(u32::MAX)) as u32,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_identity_like_bx24_js() {
        let id = FrameIdentity::parse("acme.bitrix24.com:443|1|9c33468728e1d2c8c97562475edfd96a")
            .unwrap();
        assert_eq!(id.origin(), "https://acme.bitrix24.com");
        assert_eq!(
            FrameIdentity::parse("localhost:9000|0|abc")
                .unwrap()
                .origin(),
            "http://localhost:9000"
        );
        assert!(FrameIdentity::parse("").is_none());
        assert!(FrameIdentity::parse("host|1|").is_none());
        assert!(FrameIdentity::parse("just-a-name").is_none());
    }

    #[test]
    fn single_batch_answers_unwrap_to_the_command_answer() {
        let ok = RawResponse {
            status: 200,
            body: json!({"result":{"result":{"call":[1,2]},"result_error":[],"result_total":{"call":120},"result_next":{"call":100},"result_time":{"call":{"start":1}}},"time":{}}).to_string(),
        };
        let v: Value = serde_json::from_str(&unwrap_single_batch(ok).body).unwrap();
        assert_eq!(
            v,
            json!({"result":[1,2],"time":{"start":1},"total":120,"next":100})
        );
        let err = RawResponse {
            status: 200,
            body: json!({"result":{"result":[],"result_error":{"call":{"error":"ACCESS_DENIED","error_description":"no"}}}}).to_string(),
        };
        let v: Value = serde_json::from_str(&unwrap_single_batch(err).body).unwrap();
        assert_eq!(v["error"], "ACCESS_DENIED");
    }

    #[test]
    fn truthiness_matches_javascript() {
        assert!(js_truthy(&json!(-1)) && js_truthy(&json!(50)) && js_truthy(&json!("0")));
        assert!(!js_truthy(&json!(0)) && !js_truthy(&json!("")) && !js_truthy(&Value::Null));
    }
}
