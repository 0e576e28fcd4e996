//! Bitrix24 widgets in Rust: one Leptos (CSR) app that runs inside the portal's iframe, boots through
//! BX24.js, types the placement and routes it to a widget family.
//!
//! Data flow: [`boot`] (detect BX24 → init with a deadline → parse the placement → build the REST
//! client) → [`router`] (a `match` on the typed placement) → a widget in [`widgets`] (one batch of REST
//! calls, rendered with [`ui`] on the Bitrix24 UI kit) → [`hooks::use_auto_fit`] (the frame follows the
//! content).

pub mod app;
pub mod boot;
pub mod context;
pub mod fmt;
pub mod hooks;
pub mod i18n;
pub mod query;
pub mod router;
pub mod screens;
pub mod theme;
pub mod ui;
pub mod widgets;

pub use app::App;

/// Mounts the app into `#app` (replacing the static loading splash `index.html` shows before the wasm
/// is ready), or into `<body>` when there is no such element.
pub fn start() {
    console_error_panic_hook::set_once();
    theme::init();
    let document = web_sys::window().and_then(|w| w.document());
    match document.as_ref().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(
                wasm_bindgen::JsCast::unchecked_into(root),
                || leptos::view! { <App /> },
            )
            .forget();
        }
        None => leptos::mount::mount_to_body(|| leptos::view! { <App /> }),
    }
}
