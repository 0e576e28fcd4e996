//! Keeps an inline frame exactly as tall as its content (`BX24.fitWindow` whenever the content's height
//! changes), so a tab or panel never shows an inner scrollbar or a blank band.
//!
//! Only inline placements are fitted: sliders are sized by the portal, which ignores `resizeWindow`
//! there, and hidden workers have nothing to show.

use bx24::Bx24;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Starts observing `<body>`; each height change sends one `fitWindow` (coalesced per animation frame).
/// Failures (a portal that denies the command answers nothing) are ignored: the frame then simply keeps
/// the portal's size.
pub fn auto_fit(bx24: Bx24) {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let last_height = Rc::new(Cell::new(-1i32));
    let scheduled = Rc::new(Cell::new(false));
    let callback = Closure::<dyn FnMut()>::new(move || {
        if scheduled.replace(true) {
            return;
        }
        let (last_height, scheduled, bx24) = (last_height.clone(), scheduled.clone(), bx24.clone());
        let send = Closure::once_into_js(move || {
            scheduled.set(false);
            let height = document_height();
            if height == last_height.get() {
                return;
            }
            last_height.set(height);
            leptos::task::spawn_local(async move {
                let _ = bx24.frame().fit_window().await;
            });
        });
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(send.unchecked_ref());
        }
    });
    match web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(&body);
            // Stop when the app unmounts (tests mount many apps in one page).
            let observer = SendWrapper::new(observer);
            on_cleanup(move || observer.disconnect());
        }
        Err(_) => {
            // No ResizeObserver: fit once.
            let _ = callback
                .as_ref()
                .unchecked_ref::<js_sys::Function>()
                .call0(&JsValue::NULL);
        }
    }
    // The callback must outlive the observer, which the browser may still call it from.
    callback.forget();
}

fn document_height() -> i32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|e| e.scroll_height())
        .unwrap_or(0)
}
