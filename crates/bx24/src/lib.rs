//! A typed, async Rust API over `window.BX24`, the library Bitrix24 app frames use to talk to the
//! portal (frame-protocol.md §7).
//!
//! - [`Bx24::detect`] finds the library or reports [`Bx24Error::NotInFrame`] (page opened outside
//!   Bitrix24); nothing here panics on a missing or misbehaving `BX24`.
//! - Every call that waits for the portal has a deadline ([`Timeouts`]): the portal silently ignores
//!   denied or unknown commands, and `BX24.callMethod` never calls back on 5xx.
//! - REST goes through the `rest` crate's client; this crate supplies its two transports
//!   ([`Bx24Transport`], [`FetchTransport`]), the browser [`WasmRuntime`] and the token source
//!   ([`FrameAuth`]).

mod error;
pub mod js;
mod model;
pub mod raw;
mod rest_glue;

pub use error::Bx24Error;
pub use model::*;
pub use rest_glue::{AnyTransport, Bx24Transport, FetchTransport, FrameAuth, WasmRuntime};

use js::{call_with_callback, describe_js_error, from_json, to_json};
use serde_json::{json, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
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

/// A handle on `window.BX24`. Cheap to clone.
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

    /// The same handle with other deadlines.
    pub fn with_timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// The deadlines in use.
    pub fn timeouts(&self) -> Timeouts {
        self.timeouts
    }

    /// Waits for `BX24.init` (the parent's answer to `getInitData`), then reads what the frame knows.
    pub async fn init(&self) -> Result<InitInfo, Bx24Error> {
        let ms = self.timeouts.init_ms;
        call_with_callback("init", ms, |cb| self.js.init(cb))
            .await
            .map_err(|e| match e {
                Bx24Error::Timeout { after_ms, .. } => Bx24Error::InitTimeout { after_ms },
                other => other,
            })?;
        let placement = self.placement_info()?;
        Ok(InitInfo {
            lang: self.lang(),
            domain: self.domain(),
            is_admin: self.is_admin(),
            placement: placement.code,
            placement_options: placement.options,
            member_id: self.auth().and_then(|a| a.member_id),
        })
    }

    /// Registers a first-run install handler; it must end with [`Bx24::install_finish`].
    pub fn install(&self, handler: impl FnOnce() + 'static) -> Result<(), Bx24Error> {
        let cb = Closure::once_into_js(handler);
        self.js.install(cb.unchecked_ref()).map_err(js_error)
    }

    /// Tells the portal the install page is done; the portal then reloads. No-op outside install mode.
    pub fn install_finish(&self) -> Result<(), Bx24Error> {
        self.js.install_finish().map_err(js_error)
    }

    /// `BX24.isAdmin()`: admin, or allowed to install apps.
    pub fn is_admin(&self) -> bool {
        self.js.is_admin().map(|v| v.is_truthy()).unwrap_or(false)
    }

    /// `BX24.getLang()`: the user's interface language (`en`, `ru`, `de`, ...); `en` if unknown.
    pub fn lang(&self) -> String {
        self.js
            .get_lang()
            .ok()
            .and_then(|v| v.as_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "en".into())
    }

    /// `BX24.getDomain()`: the portal's host (with port when not 80/443).
    pub fn domain(&self) -> String {
        self.js
            .get_domain()
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    /// `BX24.getAuth()`: the current token, or `None` before init / after expiry.
    pub fn auth(&self) -> Option<AuthInfo> {
        let value = self.js.get_auth().ok()?;
        AuthInfo::from_js_json(&to_json(&value))
    }

    /// `BX24.refreshAuth`: asks the portal for a new token.
    pub async fn refresh_auth(&self) -> Result<AuthInfo, Bx24Error> {
        let reply = call_with_callback("refreshAuth", self.timeouts.refresh_ms, |cb| {
            self.js.refresh_auth(cb)
        })
        .await?;
        AuthInfo::from_js_json(&to_json(&reply))
            .or_else(|| self.auth())
            .ok_or_else(|| Bx24Error::Decode("refreshAuth returned no token".into()))
    }

    /// `BX24.resizeWindow(width, height)`. Sliders ignore it (no reply → timeout error).
    pub async fn resize_window(&self, width: u32, height: u32) -> Result<FrameSize, Bx24Error> {
        let reply = call_with_callback("resizeWindow", self.timeouts.command_ms, |cb| {
            self.js.resize_window(width.max(1), height.max(1), cb)
        })
        .await?;
        Ok(FrameSize::from_json(&to_json(&reply)))
    }

    /// `BX24.fitWindow()`: sets the frame's height to the document's scroll height, width 100%.
    pub async fn fit_window(&self) -> Result<FrameSize, Bx24Error> {
        let reply = call_with_callback("fitWindow", self.timeouts.command_ms, |cb| {
            self.js.fit_window(cb)
        })
        .await?;
        Ok(FrameSize::from_json(&to_json(&reply)))
    }

    /// `BX24.reloadWindow()`: reloads the portal page (old portals deny it outside `DEFAULT`).
    pub fn reload_window(&self) -> Result<(), Bx24Error> {
        let noop = Closure::once_into_js(|| {});
        self.js
            .reload_window(noop.unchecked_ref())
            .map_err(js_error)
    }

    /// `BX24.setTitle(title)`: the in-page title of the app's page.
    pub async fn set_title(&self, title: &str) -> Result<(), Bx24Error> {
        call_with_callback("setTitle", self.timeouts.command_ms, |cb| {
            self.js.set_title(title, cb)
        })
        .await
        .map(drop)
    }

    /// `BX24.scrollParentWindow(scroll)`.
    pub async fn scroll_parent_window(&self, scroll: u32) -> Result<(), Bx24Error> {
        call_with_callback("scrollParentWindow", self.timeouts.command_ms, |cb| {
            self.js.scroll_parent_window(scroll, cb)
        })
        .await
        .map(drop)
    }

    /// `BX24.openApplication(params, cb, settings)`: opens the app's main page in a slider with
    /// `PLACEMENT=DEFAULT` and `PLACEMENT_OPTIONS = params`. Resolves when the slider closes, which may
    /// be never: drop the future to stop waiting.
    pub async fn open_application(
        &self,
        params: &Value,
        settings: &SliderSettings,
    ) -> Result<(), Bx24Error> {
        let (cb, closed) = js::one_shot();
        self.js
            .open_application(&from_json(params), &cb, &from_json(&settings.to_json()))
            .map_err(js_error)?;
        closed
            .await
            .map(drop)
            .ok_or_else(|| Bx24Error::Js("openApplication: callback dropped".into()))
    }

    /// `BX24.closeApplication()`: closes the slider this app runs in.
    pub async fn close_application(&self) -> Result<(), Bx24Error> {
        call_with_callback("closeApplication", self.timeouts.command_ms, |cb| {
            self.js.close_application(cb)
        })
        .await
        .map(drop)
    }

    /// `BX24.openPath(path)`: opens a portal page (`/crm/deal/details/5/`) in a slider; resolves when it
    /// closes. Paths outside the portal's allowed list fail with [`Bx24Error::PathNotAvailable`].
    pub async fn open_path(&self, path: &str) -> Result<(), Bx24Error> {
        let (cb, reply) = js::one_shot();
        self.js.open_path(path, &cb).map_err(js_error)?;
        let reply = reply
            .await
            .ok_or_else(|| Bx24Error::Js("openPath: callback dropped".into()))?;
        open_path_outcome(&to_json(&reply))
    }

    /// `BX24.selectUser(title)`: one user, or `None` when the answer was empty. Closing the dialog
    /// without a choice sends no reply: the call then ends with a timeout after [`Timeouts::dialog_ms`].
    pub async fn select_user(&self, title: &str) -> Result<Option<SelectedUser>, Bx24Error> {
        let reply = call_with_callback("selectUser", self.timeouts.dialog_ms, |cb| {
            self.js.select_user(title, cb)
        })
        .await?;
        Ok(SelectedUser::from_json(&to_json(&reply)))
    }

    /// `BX24.selectUsers(title)`: several users.
    pub async fn select_users(&self, title: &str) -> Result<Vec<SelectedUser>, Bx24Error> {
        let reply = call_with_callback("selectUsers", self.timeouts.dialog_ms, |cb| {
            self.js.select_users(title, cb)
        })
        .await?;
        Ok(SelectedUser::list_from_json(&to_json(&reply)))
    }

    /// `BX24.selectAccess(title, value)`: access codes (`U1`, `D5`, `G2`, ...) with names.
    pub async fn select_access(
        &self,
        title: &str,
        current: &[String],
    ) -> Result<Vec<AccessCode>, Bx24Error> {
        let value = from_json(&json!(current));
        let reply = call_with_callback("selectAccess", self.timeouts.dialog_ms, |cb| {
            self.js.select_access(title, &value, cb)
        })
        .await?;
        Ok(AccessCode::list_from_json(&to_json(&reply)))
    }

    /// `BX24.selectCRM({entityType, multiple, value})`.
    pub async fn select_crm(&self, request: &CrmSelectRequest) -> Result<CrmSelection, Bx24Error> {
        let params = from_json(&request.to_json());
        let reply = call_with_callback("selectCRM", self.timeouts.dialog_ms, |cb| {
            self.js.select_crm(&params, cb)
        })
        .await?;
        Ok(CrmSelection::from_json(&to_json(&reply)))
    }

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
        let reply = call_with_callback("callBatch", self.timeouts.rest_ms, |cb| {
            self.js.call_batch(&calls_js, cb, halt).map(drop)
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

    /// `BX24.placement.info()`: the placement code and its options, synchronously.
    pub fn placement_info(&self) -> Result<PlacementInfo, Bx24Error> {
        let info = self.placement_js()?.info().map_err(js_error)?;
        Ok(PlacementInfo::from_json(to_json(&info)))
    }

    /// `BX24.placement.getInterface()`: the placement's own commands and events.
    pub async fn placement_interface(&self) -> Result<PlacementInterface, Bx24Error> {
        let placement = self.placement_js()?;
        let reply = call_with_callback("placement.getInterface", self.timeouts.command_ms, |cb| {
            placement.get_interface(cb)
        })
        .await?;
        Ok(PlacementInterface::from_json(&to_json(&reply)))
    }

    /// `BX24.placement.call(command, params)`: a placement-specific command (`reloadData`, `setValue`,
    /// `getStatus`, ...). Errors the portal reports through the callback
    /// (`[{"result":"error","errorCode":…}]`) become [`Bx24Error::Command`].
    pub async fn placement_call(&self, command: &str, params: &Value) -> Result<Value, Bx24Error> {
        let placement = self.placement_js()?;
        let args = from_json(params);
        let reply = call_with_callback("placement.call", self.timeouts.command_ms, |cb| {
            placement.call(command, &args, cb)
        })
        .await?;
        let reply = to_json(&reply);
        match command_error(&reply) {
            Some(code) => Err(Bx24Error::Command {
                command: command.to_owned(),
                code,
            }),
            None => Ok(reply),
        }
    }

    /// `BX24.placement.bindEvent(event, handler)`: `handler` runs on every occurrence with the event's
    /// (only) argument until the returned subscription is dropped. Unknown events are silently ignored
    /// by the portal.
    pub fn bind_event(
        &self,
        event: &str,
        handler: impl FnMut(Value) + 'static,
    ) -> Result<EventSubscription, Bx24Error> {
        let placement = self.placement_js()?;
        let subscription = EventSubscription::new(handler);
        let slot = subscription.slot.clone();
        let alive = subscription.alive.clone();
        let trampoline = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
            if !alive.get() {
                return;
            }
            if let Ok(mut handler) = slot.try_borrow_mut() {
                if let Some(handler) = handler.as_mut() {
                    handler(to_json(&value));
                }
            }
        });
        placement
            .bind_event(event, trampoline.as_ref().unchecked_ref())
            .map_err(js_error)?;
        // The portal cannot unbind, so BX24 may call the trampoline for the page's life: it must never be
        // freed. It is a few bytes; the user's handler itself is freed when the subscription drops.
        trampoline.forget();
        Ok(subscription)
    }

    /// `BX24.userOption.get(name)`: from the init data's copy.
    pub fn user_option(&self, name: &str) -> Option<Value> {
        option_value(self.js.user_option(), name)
    }

    /// `BX24.userOption.set(name, value)`: stored per user (fire-and-forget, as in BX24.js).
    pub fn set_user_option(&self, name: &str, value: &str) -> Result<(), Bx24Error> {
        let store = option_store(self.js.user_option())
            .ok_or_else(|| Bx24Error::Js("userOption is missing".into()))?;
        store
            .set(name, &JsValue::from_str(value), &JsValue::UNDEFINED)
            .map_err(js_error)
    }

    /// `BX24.appOption.get(name)`.
    pub fn app_option(&self, name: &str) -> Option<Value> {
        option_value(self.js.app_option(), name)
    }

    /// `BX24.appOption.set(name, value)`: admins only (the portal does not answer others, so non-admins
    /// get a timeout).
    pub async fn set_app_option(&self, name: &str, value: &str) -> Result<(), Bx24Error> {
        let store = option_store(self.js.app_option())
            .ok_or_else(|| Bx24Error::Js("appOption is missing".into()))?;
        call_with_callback("appOption.set", self.timeouts.command_ms, |cb| {
            store.set(name, &JsValue::from_str(value), cb)
        })
        .await
        .map(drop)
    }

    /// `BX24.im.callTo(userId, video)`: starts a call in the messenger (no reply).
    pub fn im_call_to(&self, user_id: u64, video: bool) -> Result<(), Bx24Error> {
        self.im()?.call_to(user_id as f64, video).map_err(js_error)
    }

    /// `BX24.im.phoneTo(phone)`: dials a number through telephony (no reply).
    pub fn im_phone_to(&self, phone: &str) -> Result<(), Bx24Error> {
        self.im()?.phone_to(phone).map_err(js_error)
    }

    /// `BX24.im.openMessenger(dialogId)` (no reply).
    pub fn im_open_messenger(&self, dialog_id: &str) -> Result<(), Bx24Error> {
        self.im()?.open_messenger(dialog_id).map_err(js_error)
    }

    /// `BX24.im.openHistory(dialogId)` (no reply).
    pub fn im_open_history(&self, dialog_id: &str) -> Result<(), Bx24Error> {
        self.im()?.open_history(dialog_id).map_err(js_error)
    }

    /// The raw binding, for the REST transport.
    pub(crate) fn js(&self) -> &raw::Bx24Js {
        &self.js
    }

    fn placement_js(&self) -> Result<raw::PlacementJs, Bx24Error> {
        let value = self.js.placement();
        if value.is_object() {
            Ok(value.unchecked_into())
        } else {
            Err(Bx24Error::Js(
                "BX24.placement is missing (BX24.js too old)".into(),
            ))
        }
    }

    fn im(&self) -> Result<raw::ImJs, Bx24Error> {
        let value = self.js.im();
        if value.is_object() {
            Ok(value.unchecked_into())
        } else {
            Err(Bx24Error::Js("BX24.im is missing".into()))
        }
    }
}

/// `store.get(name)` of `BX24.userOption` / `BX24.appOption`; unset (`null`/`undefined`) is `None`.
fn option_value(store: JsValue, name: &str) -> Option<Value> {
    option_store(store)?
        .get(name)
        .ok()
        .map(|v| to_json(&v))
        .filter(|v| !v.is_null())
}

fn option_store(value: JsValue) -> Option<raw::OptionStoreJs> {
    value.is_object().then(|| value.unchecked_into())
}

fn js_error(err: JsValue) -> Bx24Error {
    Bx24Error::Js(describe_js_error(&err))
}

/// The user's event handler, shared with the JS trampoline until the subscription drops.
type HandlerSlot = Rc<RefCell<Option<Box<dyn FnMut(Value)>>>>;

/// A live `bindEvent` registration. Dropping it stops delivery and frees the handler.
pub struct EventSubscription {
    alive: Rc<Cell<bool>>,
    slot: HandlerSlot,
}

impl EventSubscription {
    fn new(handler: impl FnMut(Value) + 'static) -> Self {
        Self {
            alive: Rc::new(Cell::new(true)),
            slot: Rc::new(RefCell::new(Some(Box::new(handler)))),
        }
    }

    /// Whether events are still delivered.
    pub fn is_active(&self) -> bool {
        self.alive.get()
    }
}

impl Drop for EventSubscription {
    fn drop(&mut self) {
        self.alive.set(false);
        // If the handler is running right now (it dropped its own subscription), the flag is enough.
        if let Ok(mut slot) = self.slot.try_borrow_mut() {
            slot.take();
        }
    }
}

impl std::fmt::Debug for EventSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventSubscription")
            .field("active", &self.alive.get())
            .finish()
    }
}
