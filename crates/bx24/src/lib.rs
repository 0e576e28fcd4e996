//! A typed, async Rust API over `window.BX24`, the library Bitrix24 app frames use to talk to the
//! portal (public docs: <https://apidocs.bitrix24.com/sdk/bx24-js-sdk/index.html>; what this binding
//! relies on is summarised in the repository's `docs/bx24-js.md`).
//!
//! - [`Bx24::detect`] finds the library or reports [`Bx24Error::NotInFrame`] (page opened outside
//!   Bitrix24); nothing here panics on a missing or misbehaving `BX24`.
//! - The API is split by concern, as the official SDK (`@bitrix24/b24jssdk`) splits its managers: each
//!   accessor on [`Bx24`] borrows the handle and returns a small manager ([`Bx24::frame`],
//!   [`Bx24::auth`], [`Bx24::slider`], [`Bx24::dialogs`], [`Bx24::placement`], [`Bx24::options`],
//!   [`Bx24::messenger`]), one module each.
//! - Every call that waits for the portal has a deadline ([`Timeouts`]): the portal silently ignores
//!   denied or unknown commands, and `BX24.callMethod` never calls back on 5xx.
//! - REST goes through the `rest` crate's client; this crate supplies its two transports
//!   ([`Bx24Transport`], [`FetchTransport`]), the browser [`WasmRuntime`] and the token source
//!   ([`FrameAuth`]).

pub mod auth;
pub mod call_card;
pub mod dialogs;
mod error;
pub mod frame;
pub mod js;
pub mod landing;
pub mod messenger;
mod model;
pub mod options;
pub mod placement;
pub mod raw;
mod rest_glue;
pub mod slider;

pub use auth::{AuthManager, FrameAuth};
pub use call_card::CallCardManager;
pub use dialogs::DialogManager;
pub use error::{Bx24Error, TransportFailure};
pub use frame::FrameManager;
pub use landing::LandingManager;
pub use messenger::MessengerManager;
pub use model::*;
pub use options::OptionsManager;
pub use placement::{EventSubscription, PlacementManager};
pub use rest_glue::{AnyTransport, Bx24Transport, FetchTransport, WasmRuntime};
pub use slider::SliderManager;

use js::describe_js_error;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Deadlines for calls that wait on the portal, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// `BX24.init`: the parent must answer `getInitData`.
    pub init_ms: u32,
    /// Ordinary commands (resize, title, getInterface, placement.call, options).
    pub command_ms: u32,
    /// `refreshAuth` (b24jssdk uses 10 s too).
    pub refresh_ms: u32,
    /// Dialogs wait on a person choosing; generous, but not forever.
    pub dialog_ms: u32,
    /// REST made directly through BX24.js ([`Bx24::call_batch`]); the `rest` client has its own.
    pub rest_ms: u32,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            init_ms: 10_000,
            command_ms: 5_000,
            refresh_ms: 10_000,
            dialog_ms: 10 * 60_000,
            rest_ms: 20_000,
        }
    }
}

/// A handle on `window.BX24`. Cheap to clone; the managers it hands out borrow it.
#[derive(Debug, Clone)]
pub struct Bx24 {
    js: raw::Bx24Js,
    timeouts: Timeouts,
}

impl Bx24 {
    /// Finds `window.BX24`. Fails with [`Bx24Error::NotInFrame`] when it is absent, `null` (BX24.js sets
    /// that when `window.name` carries no portal identity) or not an object with an `init` function.
    pub fn detect() -> Result<Self, Bx24Error> {
        let window = web_sys::window().ok_or(Bx24Error::NotInFrame)?;
        let value = js_sys::Reflect::get(&window, &JsValue::from_str("BX24"))
            .map_err(|_| Bx24Error::NotInFrame)?;
        if !value.is_object() {
            return Err(Bx24Error::NotInFrame);
        }
        let init =
            js_sys::Reflect::get(&value, &JsValue::from_str("init")).unwrap_or(JsValue::UNDEFINED);
        if !init.is_function() {
            return Err(Bx24Error::NotInFrame);
        }
        Ok(Self {
            js: value.unchecked_into(),
            timeouts: Timeouts::default(),
        })
    }

    /// The same handle with other deadlines (tests shorten them).
    pub fn with_timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// The deadlines in use.
    pub fn timeouts(&self) -> Timeouts {
        self.timeouts
    }

    /// The frame itself: size, title, scroll, reload.
    pub fn frame(&self) -> FrameManager<'_> {
        FrameManager::new(self)
    }

    /// The frame's token: read it, refresh it, and whether the user is an admin.
    pub fn auth(&self) -> AuthManager<'_> {
        AuthManager::new(self)
    }

    /// Sliders: the app's own page, portal pages, closing the slider the app runs in.
    pub fn slider(&self) -> SliderManager<'_> {
        SliderManager::new(self)
    }

    /// The portal's pickers: users, access codes, CRM elements.
    pub fn dialogs(&self) -> DialogManager<'_> {
        DialogManager::new(self)
    }

    /// The placement: its code and options, its commands and its events.
    pub fn placement(&self) -> PlacementManager<'_> {
        PlacementManager::new(self)
    }

    /// App and user options stored by the portal.
    pub fn options(&self) -> OptionsManager<'_> {
        OptionsManager::new(self)
    }

    /// The call card's commands (`CALL_CARD`, and the background worker's WebRTC card).
    pub fn call_card(&self) -> CallCardManager<'_> {
        CallCardManager::new(self)
    }

    /// Sites (landing) block commands.
    pub fn landing(&self) -> LandingManager<'_> {
        LandingManager::new(self)
    }

    /// Messenger and telephony commands (`BX24.im`).
    pub fn messenger(&self) -> MessengerManager<'_> {
        MessengerManager::new(self)
    }

    /// The raw binding, for the managers and the REST transport.
    pub(crate) fn js(&self) -> &raw::Bx24Js {
        &self.js
    }
}

/// A JavaScript exception as a typed error.
pub(crate) fn js_error(err: JsValue) -> Bx24Error {
    Bx24Error::Js(describe_js_error(&err))
}
