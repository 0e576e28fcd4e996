//! The frame itself: start-up (`BX24.init`, install mode) on [`Bx24`], and the [`FrameManager`] for
//! the frame's size, the page title, the parent's scroll and reloading the portal page (b24jssdk's
//! `ParentManager`).

use crate::js::{call_with_callback, to_json};
use crate::{js_error, Bx24, Bx24Error, FrameSize, InitInfo};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

impl Bx24 {
    /// Waits for `BX24.init` (the parent's answer to `getInitData`), then reads what the frame knows.
    pub async fn init(&self) -> Result<InitInfo, Bx24Error> {
        let ms = self.timeouts().init_ms;
        call_with_callback("init", ms, |cb| self.js().init(cb))
            .await
            .map_err(|e| match e {
                Bx24Error::Timeout { after_ms, .. } => Bx24Error::InitTimeout { after_ms },
                other => other,
            })?;
        let placement = self.placement().info()?;
        Ok(InitInfo {
            lang: self.lang(),
            domain: self.domain(),
            is_admin: self.auth().is_admin(),
            install: install_flag(),
            placement: placement.code,
            placement_options: placement.options,
            member_id: self.auth().current().and_then(|a| a.member_id),
        })
    }

    /// Registers a first-run install handler; it must end with [`Bx24::install_finish`].
    pub fn install(&self, handler: impl FnOnce() + 'static) -> Result<(), Bx24Error> {
        let cb = Closure::once_into_js(handler);
        self.js().install(cb.unchecked_ref()).map_err(js_error)
    }

    /// Tells the portal the install page is done; the portal then reloads. No-op outside install mode.
    pub fn install_finish(&self) -> Result<(), Bx24Error> {
        self.js().install_finish().map_err(js_error)
    }

    /// `BX24.getLang()`: the user's interface language (`en`, `ru`, `de`, ...); `en` if unknown.
    fn lang(&self) -> String {
        self.js()
            .get_lang()
            .ok()
            .and_then(|v| v.as_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "en".into())
    }

    /// `BX24.getDomain()`: the portal's host (with port when not 80/443).
    fn domain(&self) -> String {
        self.js()
            .get_domain()
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }
}

/// Size, title, scroll and reload of the frame; from [`Bx24::frame`].
#[derive(Debug, Clone, Copy)]
pub struct FrameManager<'a> {
    bx24: &'a Bx24,
}

impl<'a> FrameManager<'a> {
    pub(crate) fn new(bx24: &'a Bx24) -> Self {
        Self { bx24 }
    }

    /// `BX24.resizeWindow(width, height)`. Sliders ignore it (no reply → timeout error).
    pub async fn resize_window(&self, width: u32, height: u32) -> Result<FrameSize, Bx24Error> {
        let reply = call_with_callback("resizeWindow", self.bx24.timeouts().command_ms, |cb| {
            self.bx24
                .js()
                .resize_window(width.max(1), height.max(1), cb)
        })
        .await?;
        Ok(FrameSize::from_json(&to_json(&reply)))
    }

    /// `BX24.fitWindow()`: sets the frame's height to the document's scroll height, width 100%.
    pub async fn fit_window(&self) -> Result<FrameSize, Bx24Error> {
        let reply = call_with_callback("fitWindow", self.bx24.timeouts().command_ms, |cb| {
            self.bx24.js().fit_window(cb)
        })
        .await?;
        Ok(FrameSize::from_json(&to_json(&reply)))
    }

    /// `BX24.reloadWindow()`: reloads the portal page (old portals deny it outside `DEFAULT`). The page
    /// goes away, so nothing waits for a reply.
    pub fn reload_window(&self) -> Result<(), Bx24Error> {
        let noop = Closure::once_into_js(|| {});
        self.bx24
            .js()
            .reload_window(noop.unchecked_ref())
            .map_err(js_error)
    }

    /// `BX24.setTitle(title)`: the in-page title of the app's page.
    pub async fn set_title(&self, title: &str) -> Result<(), Bx24Error> {
        call_with_callback("setTitle", self.bx24.timeouts().command_ms, |cb| {
            self.bx24.js().set_title(title, cb)
        })
        .await
        .map(drop)
    }

    /// `BX24.scrollParentWindow(scroll)`: scrolls the portal page to `scroll` px from its top.
    pub async fn scroll_parent_window(&self, scroll: u32) -> Result<(), Bx24Error> {
        call_with_callback(
            "scrollParentWindow",
            self.bx24.timeouts().command_ms,
            |cb| self.bx24.js().scroll_parent_window(scroll, cb),
        )
        .await
        .map(drop)
    }
}

/// The global under which `index.html` records `INSTALL` from the portal's `getInitData` answer.
pub const INSTALL_FLAG_GLOBAL: &str = "__b24wInstall";

/// `INSTALL` of the init data. BX24.js keeps it private (it only makes `installFinish` a no-op when
/// false; frame-protocol.md §3.2), so the page's first inline script (`index.html`), which runs before
/// BX24.js sends `getInitData`, reads the portal's answer as it arrives (from the portal's origin
/// only) and keeps this one flag as `window.__b24wInstall`, nothing else of the answer (it carries
/// the tokens). Absent means false.
fn install_flag() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str(INSTALL_FLAG_GLOBAL)).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
