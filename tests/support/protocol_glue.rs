//! The wire knowledge of the BX24 mock (`tests/support/mock_bx24.js`) is the `protocol` crate itself,
//! built to wasm with the test: [`expose`] hands the mock the PHP form decoder and the batch
//! `$result` resolver as `window.__protocol`, so the mock, the emulator and the native fake portal
//! cannot disagree on how a form body reads or what a reference resolves to.
//!
//! Shared by the app's and the `bx24` crate's component tests (`#[path]` module).

use serde_json::Value;
use wasm_bindgen::prelude::*;

/// Installs `window.__protocol = {decodeQuery(text), resolveRefs(paramsJson, answersJson)}` once per
/// test binary; both functions take and return JSON text.
pub fn expose() {
    thread_local! {
        static EXPOSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if EXPOSED.with(|e| e.replace(true)) {
        return;
    }
    let decode = Closure::<dyn Fn(String) -> String>::new(|query: String| {
        protocol::form::decode(&query).to_string()
    });
    let resolve =
        Closure::<dyn Fn(String, String) -> String>::new(|params: String, answers: String| {
            let mut params: Value = serde_json::from_str(&params).unwrap_or(Value::Null);
            let given: Value = serde_json::from_str(&answers).unwrap_or(Value::Null);
            let part = |name: &str| {
                given
                    .get(name)
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default()
            };
            let answers = protocol::batch::Answers {
                result: part("result"),
                result_error: part("result_error"),
                result_total: part("result_total"),
                result_next: part("result_next"),
                result_time: part("result_time"),
            };
            protocol::batch::resolve(&mut params, &answers);
            params.to_string()
        });
    let glue = js_sys::Object::new();
    let window = js_sys::global();
    let set = |target: &JsValue, key: &str, value: &JsValue| {
        js_sys::Reflect::set(target, &JsValue::from_str(key), value)
            .expect("a plain object takes properties");
    };
    set(&glue, "decodeQuery", decode.as_ref());
    set(&glue, "resolveRefs", resolve.as_ref());
    set(&window, "__protocol", &glue);
    // Lives as long as the test page: the mock calls them from every later test.
    decode.forget();
    resolve.forget();
}
