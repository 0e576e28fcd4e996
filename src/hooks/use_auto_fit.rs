//! [`use_auto_fit`]: keeps an inline frame exactly as tall as its content (`BX24.fitWindow` whenever
//! the content's height changes), so a tab or panel never shows an inner scrollbar or a blank band.
//!
//! Only inline placements should be fitted: sliders are sized by the portal, which ignores
//! `resizeWindow` there, and hidden workers have nothing to show.

use crate::context::use_app;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Options of [`use_auto_fit`].
#[derive(Debug, Clone, Default)]
pub struct UseAutoFitOptions {
    /// The element whose size changes trigger a fit. Default: `None`, the document's `<body>`.
    pub target: Option<web_sys::Element>,
}

/// What [`use_auto_fit`] returns.
#[derive(Clone)]
pub struct UseAutoFitReturn {
    /// Whether the browser has `ResizeObserver`; without it the frame is fitted once.
    pub is_supported: bool,
    /// The document height of the last `fitWindow` sent (`None` before the first).
    pub height: Signal<Option<i32>>,
    /// Stops observing now instead of at unmount.
    pub stop: Rc<dyn Fn()>,
}

/// The observer and its callback, kept together so both go at once (the callback must outlive the
/// observer, which the browser may still call it from).
struct Observing {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

/// Observes the target; each height change sends one `fitWindow` through the app's BX24 (coalesced per
/// animation frame). Failures (a portal that denies the command answers nothing) are ignored: the frame
/// then keeps the portal's size. Observing stops, and the callback is dropped, when the calling
/// component unmounts or `stop` is called.
pub fn use_auto_fit(options: UseAutoFitOptions) -> UseAutoFitReturn {
    let bx24 = use_app().with_value(|c| c.bx24.clone());
    let height = RwSignal::new(None::<i32>);
    let stopped = Rc::new(Cell::new(false));
    let observing = Rc::new(RefCell::new(None::<Observing>));
    let stop: Rc<dyn Fn()> = {
        let (stopped, observing) = (stopped.clone(), observing.clone());
        Rc::new(move || {
            stopped.set(true);
            if let Some(o) = observing.borrow_mut().take() {
                o.observer.disconnect();
            }
        })
    };
    let target = options.target.or_else(|| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
            .map(Into::into)
    });
    let Some(target) = target else {
        return UseAutoFitReturn {
            is_supported: false,
            height: height.into(),
            stop,
        };
    };

    let scheduled = Rc::new(Cell::new(false));
    let on_resize = {
        let stopped = stopped.clone();
        move || {
            if stopped.get() || scheduled.replace(true) {
                return;
            }
            let (scheduled, stopped, bx24) = (scheduled.clone(), stopped.clone(), bx24.clone());
            let send = Closure::once_into_js(move || {
                scheduled.set(false);
                let now = document_height();
                if stopped.get() || height.try_get_untracked().flatten() == Some(now) {
                    return;
                }
                height.set(Some(now));
                leptos::task::spawn_local(async move {
                    let _ = bx24.frame().fit_window().await;
                });
            });
            if let Some(window) = web_sys::window() {
                let _ = window.request_animation_frame(send.unchecked_ref());
            }
        }
    };
    let callback = Closure::<dyn FnMut()>::new(on_resize.clone());
    let is_supported = match web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(&target);
            *observing.borrow_mut() = Some(Observing {
                observer,
                _callback: callback,
            });
            true
        }
        Err(_) => {
            // No ResizeObserver: fit once.
            on_resize();
            false
        }
    };
    let on_unmount = SendWrapper::new(stop.clone());
    on_cleanup(move || {
        let stop: &Rc<dyn Fn()> = &on_unmount;
        stop();
    });
    UseAutoFitReturn {
        is_supported,
        height: height.into(),
        stop,
    }
}

fn document_height() -> i32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|e| e.scroll_height())
        .unwrap_or(0)
}
