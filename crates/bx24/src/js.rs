//! Small bridges between BX24's callback style and Rust: JSON conversion, one-shot callbacks as
//! futures, deadlines.

use crate::Bx24Error;
use futures::channel::oneshot;
use futures::future::{self, Either};
use js_sys::Function;
use serde_json::Value;
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Converts a JS value to JSON through `JSON.stringify` (BX24 only ever hands us plain data).
/// `undefined` and functions become `Value::Null`.
pub fn to_json(value: &JsValue) -> Value {
    if value.is_undefined() || value.is_null() {
        return Value::Null;
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(Value::Null)
}

/// Converts JSON to a JS value through `JSON.parse`.
pub fn from_json(value: &Value) -> JsValue {
    // serde_json always produces valid JSON, so JSON.parse cannot fail here.
    js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL)
}

/// Text of a JS exception, for error messages.
pub fn describe_js_error(err: &JsValue) -> String {
    if let Some(e) = err.dyn_ref::<js_sys::Error>() {
        return String::from(e.message());
    }
    err.as_string().unwrap_or_else(|| to_json(err).to_string())
}

/// A one-shot JS callback and the future that resolves with its (first) argument.
///
/// The callback is a `Closure::once_into_js`: JavaScript owns it and frees it when it runs. If the
/// portal never calls it (denied command, dialog closed without a choice) it stays allocated, which is
/// the price of never having a dropped closure called from JS later.
pub fn one_shot() -> (Function, impl Future<Output = Option<JsValue>>) {
    let (tx, rx) = oneshot::channel::<JsValue>();
    let callback = Closure::once_into_js(move |value: JsValue| {
        let _ = tx.send(value);
    });
    (callback.unchecked_into(), async move { rx.await.ok() })
}

/// Races `fut` against a timer of `ms` milliseconds.
pub async fn with_deadline<T>(fut: impl Future<Output = T>, ms: u32) -> Option<T> {
    let timer = gloo_timers::future::TimeoutFuture::new(ms);
    futures::pin_mut!(fut);
    match future::select(fut, timer).await {
        Either::Left((value, _)) => Some(value),
        Either::Right(_) => None,
    }
}

/// Registers a one-shot callback through `register`, then waits for it with a deadline.
/// `command` names the call in the timeout error.
pub async fn call_with_callback(
    command: &'static str,
    timeout_ms: u32,
    register: impl FnOnce(&Function) -> Result<(), JsValue>,
) -> Result<JsValue, Bx24Error> {
    let (callback, reply) = one_shot();
    register(&callback).map_err(|e| Bx24Error::Js(describe_js_error(&e)))?;
    match with_deadline(reply, timeout_ms).await {
        Some(Some(value)) => Ok(value),
        Some(None) => Err(Bx24Error::CallbackDropped { command }),
        None => Err(Bx24Error::Timeout {
            command,
            after_ms: timeout_ms,
        }),
    }
}
