//! What every component test uses: the BX24 mock and its fixtures, mounting the app, waiting on
//! conditions (never fixed sleeps as synchronisation), reading what the mock received.

use b24_widgets::boot::AppConfig;
use b24_widgets::App;
use leptos::prelude::*;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;

pub const MOCK: &str = include_str!("../support/mock_bx24.js");

#[path = "../support/protocol_glue.rs"]
mod protocol_glue;
pub const FIXTURES: &str = include_str!("../fixtures/portal.json");

/// Short deadlines so failure paths are tested in milliseconds, not the production seconds.
pub fn test_config() -> AppConfig {
    AppConfig {
        timeouts: bx24::Timeouts {
            init_ms: 400,
            command_ms: 400,
            ..Default::default()
        },
        rest: rest::ClientConfig {
            timeout_ms: 500,
            max_retries: 0,
            ..Default::default()
        },
    }
}

/// Installs the mock for `placement` with `options`, plus `extra` settings.
pub fn install(placement: &str, options: Value, extra: Value) {
    let fixtures: Value = serde_json::from_str(FIXTURES).expect("fixtures are valid JSON");
    let mut cfg = json!({"placement": placement, "options": options, "lang": "en", "fixtures": fixtures["fixtures"]});
    if let (Some(cfg), Value::Object(extra)) = (cfg.as_object_mut(), extra) {
        cfg.extend(extra);
    }
    js_sys::eval(&format!("window.__bx24mock = {cfg};")).expect("config");
    protocol_glue::expose();
    js_sys::eval(MOCK).expect("mock installs");
}

pub fn remove_bx24() {
    js_sys::eval("delete window.BX24; delete window.__bx24mock;").expect("cleanup");
}

/// The app mounted in a fresh element; unmounted and removed on drop.
pub struct Mounted {
    pub host: web_sys::HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.host.remove();
    }
}

pub fn mount() -> Mounted {
    // The app fetches its user's language file; tests have the files compiled in instead.
    b24_widgets::i18n::install_embedded();
    let document = document();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), || {
        view! { <App config=test_config() /> }.into_any()
    });
    Mounted {
        host,
        _handle: handle,
    }
}

/// One poll interval of the `wait_*` helpers (never used on its own as synchronisation).
pub async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

/// Waits (up to 3 s) until `condition` holds; `what` says what was awaited when it never does.
pub async fn wait_until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..150 {
        if condition() {
            return;
        }
        sleep(20).await;
    }
    panic!("{what} never happened");
}

/// Waits (up to 3 s) for `selector` to match inside the app and returns the element.
pub async fn wait_for(app: &Mounted, selector: &str) -> web_sys::Element {
    for _ in 0..150 {
        if let Ok(Some(el)) = app.host.query_selector(selector) {
            return el;
        }
        sleep(20).await;
    }
    panic!(
        "`{selector}` never appeared; the app shows: {}",
        app.host.inner_html()
    );
}

/// Waits until the app's text contains `needle`.
pub async fn wait_for_text(app: &Mounted, needle: &str) {
    for _ in 0..150 {
        if app.host.text_content().unwrap_or_default().contains(needle) {
            return;
        }
        sleep(20).await;
    }
    panic!(
        "text `{needle}` never appeared; the app shows: {}",
        app.host.text_content().unwrap_or_default()
    );
}

pub fn text(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

/// Every call the mock recorded.
pub fn calls() -> Vec<Value> {
    let raw = js_sys::eval("JSON.stringify(window.__bx24mock.calls)")
        .unwrap()
        .as_string()
        .unwrap();
    serde_json::from_str(&raw).unwrap()
}

pub fn calls_named(name: &str) -> Vec<Value> {
    calls().into_iter().filter(|c| c["name"] == name).collect()
}

pub fn click(el: &web_sys::Element) {
    el.unchecked_ref::<web_sys::HtmlElement>().click();
}

/// How many panics this test binary has seen, including those inside spawned tasks, which
/// wasm-bindgen-test reports but does not charge to the running test.
pub fn panics_so_far() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static PANICS: AtomicUsize = AtomicUsize::new(0);
    static COUNTING: std::sync::Once = std::sync::Once::new();
    COUNTING.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICS.fetch_add(1, Ordering::SeqCst);
            previous(info);
        }));
    });
    PANICS.load(Ordering::SeqCst)
}

/// Starts recording the `src` of every `<img>` added to the page.
///
/// An avatar whose photo fails to load swaps its `<img>` for initials, and whether the photo host
/// answers (or even resolves) depends on the machine, so polling for the `<img>` races the error.
/// A `MutationObserver` callback runs as a microtask right after the insertion, before any load
/// or error task, so the recording never misses an image.
pub fn record_added_images() {
    js_sys::eval(
        "window.__addedImages = [];
         window.__imageObserver?.disconnect();
         window.__imageObserver = new MutationObserver(records => {
           for (const record of records) for (const node of record.addedNodes) {
             if (node.nodeType !== Node.ELEMENT_NODE) continue;
             const images = node.matches('img') ? [node] : node.querySelectorAll('img');
             for (const img of images) window.__addedImages.push(img.getAttribute('src'));
           }
         });
         window.__imageObserver.observe(document.body, { childList: true, subtree: true });",
    )
    .expect("observer installs");
}

/// Waits (up to 3 s) for an image recorded by [`record_added_images`], stops recording and
/// returns every `src` seen.
pub async fn added_images() -> Vec<String> {
    let read = || {
        let raw = js_sys::eval("JSON.stringify(window.__addedImages)")
            .unwrap()
            .as_string()
            .unwrap();
        serde_json::from_str::<Vec<String>>(&raw).unwrap()
    };
    for _ in 0..150 {
        if !read().is_empty() {
            break;
        }
        sleep(20).await;
    }
    js_sys::eval("window.__imageObserver?.disconnect();").unwrap();
    read()
}

/// The REST calls of `method` the mock received, in order.
pub fn rest_calls(method: &str) -> Vec<Value> {
    calls_named("callMethod")
        .into_iter()
        .filter(|c| c["args"]["method"] == method)
        .collect()
}

/// Sets a control's value and fires `event` (`input`, `change`) as a user's typing would.
pub fn type_into(el: &web_sys::Element, value: &str, event: &str) {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::set(&window, &"__control".into(), el).unwrap();
    js_sys::eval(&format!(
        "window.__control.value = {}; window.__control.dispatchEvent(new Event('{event}', {{bubbles: true}}));",
        serde_json::to_string(value).unwrap()
    ))
    .unwrap();
}

/// Puts `fixtures` in front of the installed ones (the first match wins).
pub fn prepend(fixtures: Value) {
    js_sys::eval(&format!(
        "window.__bx24mock.fixtures.unshift(...{fixtures});"
    ))
    .unwrap();
}
