//! Raw wasm-bindgen declarations of the `window.BX24` object (public docs:
//! <https://apidocs.bitrix24.com/sdk/bx24-js-sdk/index.html>).
//!
//! Every method is declared with `catch`, so a JavaScript exception (BX24 in a bad state, a method an
//! older BX24.js lacks) comes back as `Err(JsValue)` instead of trapping the wasm module. Nothing here is
//! async or typed: [`crate::Bx24`] builds the safe API on top.

use js_sys::Function;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The `window.BX24` object.
    #[derive(Debug, Clone)]
    pub type Bx24Js;

    /// `BX24.init(fn)`: runs `fn` once the parent answered `getInitData`.
    #[wasm_bindgen(method, catch)]
    pub fn init(this: &Bx24Js, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.install(fn)`: first-run handler; must end with `installFinish()`.
    #[wasm_bindgen(method, catch)]
    pub fn install(this: &Bx24Js, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.installFinish()`: tells the portal the install page is done (no-op outside install mode).
    #[wasm_bindgen(method, catch, js_name = installFinish)]
    pub fn install_finish(this: &Bx24Js) -> Result<(), JsValue>;

    /// `BX24.callMethod(method, params, cb)`: one REST call; `cb(ajaxResult)`, never on 5xx.
    #[wasm_bindgen(method, catch, js_name = callMethod)]
    pub fn call_method(
        this: &Bx24Js,
        method: &str,
        params: &JsValue,
        callback: &Function,
    ) -> Result<JsValue, JsValue>;

    /// `BX24.callBatch(calls, cb, halt)`: BX24.js's own batch helper.
    #[wasm_bindgen(method, catch, js_name = callBatch)]
    pub fn call_batch(
        this: &Bx24Js,
        calls: &JsValue,
        callback: &Function,
        halt: bool,
    ) -> Result<JsValue, JsValue>;

    /// `BX24.isAdmin()`.
    #[wasm_bindgen(method, catch, js_name = isAdmin)]
    pub fn is_admin(this: &Bx24Js) -> Result<JsValue, JsValue>;

    /// `BX24.getLang()`.
    #[wasm_bindgen(method, catch, js_name = getLang)]
    pub fn get_lang(this: &Bx24Js) -> Result<JsValue, JsValue>;

    /// `BX24.getDomain()`.
    #[wasm_bindgen(method, catch, js_name = getDomain)]
    pub fn get_domain(this: &Bx24Js) -> Result<JsValue, JsValue>;

    /// `BX24.getAuth()`: `{access_token, refresh_token, expires_in, domain, member_id}` or `false`.
    #[wasm_bindgen(method, catch, js_name = getAuth)]
    pub fn get_auth(this: &Bx24Js) -> Result<JsValue, JsValue>;

    /// `BX24.refreshAuth(cb)`.
    #[wasm_bindgen(method, catch, js_name = refreshAuth)]
    pub fn refresh_auth(this: &Bx24Js, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.resizeWindow(width, height, cb)`.
    #[wasm_bindgen(method, catch, js_name = resizeWindow)]
    pub fn resize_window(
        this: &Bx24Js,
        width: u32,
        height: u32,
        callback: &Function,
    ) -> Result<(), JsValue>;

    /// `BX24.fitWindow(cb)`: `resizeWindow {width:'100%', height: scrollHeight}`.
    #[wasm_bindgen(method, catch, js_name = fitWindow)]
    pub fn fit_window(this: &Bx24Js, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.reloadWindow(cb)`.
    #[wasm_bindgen(method, catch, js_name = reloadWindow)]
    pub fn reload_window(this: &Bx24Js, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.setTitle(title, cb)`.
    #[wasm_bindgen(method, catch, js_name = setTitle)]
    pub fn set_title(this: &Bx24Js, title: &str, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.scrollParentWindow(scroll, cb)`.
    #[wasm_bindgen(method, catch, js_name = scrollParentWindow)]
    pub fn scroll_parent_window(
        this: &Bx24Js,
        scroll: u32,
        callback: &Function,
    ) -> Result<(), JsValue>;

    /// `BX24.openApplication(params, cb, settings)`; `cb` runs when the slider closes.
    #[wasm_bindgen(method, catch, js_name = openApplication)]
    pub fn open_application(
        this: &Bx24Js,
        params: &JsValue,
        callback: &Function,
        settings: &JsValue,
    ) -> Result<(), JsValue>;

    /// `BX24.closeApplication(cb)`.
    #[wasm_bindgen(method, catch, js_name = closeApplication)]
    pub fn close_application(this: &Bx24Js, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.openPath(path, cb)`: `cb({result:'close'|'error', errorCode})`.
    #[wasm_bindgen(method, catch, js_name = openPath)]
    pub fn open_path(this: &Bx24Js, path: &str, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.selectUser(title, cb)`.
    #[wasm_bindgen(method, catch, js_name = selectUser)]
    pub fn select_user(this: &Bx24Js, title: &str, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.selectUsers(title, cb)`.
    #[wasm_bindgen(method, catch, js_name = selectUsers)]
    pub fn select_users(this: &Bx24Js, title: &str, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.selectAccess(title, value, cb)`.
    #[wasm_bindgen(method, catch, js_name = selectAccess)]
    pub fn select_access(
        this: &Bx24Js,
        title: &str,
        value: &JsValue,
        callback: &Function,
    ) -> Result<(), JsValue>;

    /// `BX24.selectCRM(params, cb)`.
    #[wasm_bindgen(method, catch, js_name = selectCRM)]
    pub fn select_crm(this: &Bx24Js, params: &JsValue, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.placement`: the placement sub-object.
    #[wasm_bindgen(method, getter)]
    pub fn placement(this: &Bx24Js) -> JsValue;

    /// `BX24.userOption`: `{get(name), set(name, value)}`.
    #[wasm_bindgen(method, getter, js_name = userOption)]
    pub fn user_option(this: &Bx24Js) -> JsValue;

    /// `BX24.appOption`: `{get(name), set(name, value, cb)}`.
    #[wasm_bindgen(method, getter, js_name = appOption)]
    pub fn app_option(this: &Bx24Js) -> JsValue;

    /// `BX24.im`: `{callTo, phoneTo, openMessenger, openHistory}`.
    #[wasm_bindgen(method, getter)]
    pub fn im(this: &Bx24Js) -> JsValue;
}

#[wasm_bindgen]
extern "C" {
    /// `BX24.placement`.
    #[derive(Debug, Clone)]
    pub type PlacementJs;

    /// `BX24.placement.info()` → `{placement, options}` (synchronous).
    #[wasm_bindgen(method, catch)]
    pub fn info(this: &PlacementJs) -> Result<JsValue, JsValue>;

    /// `BX24.placement.getInterface(cb)` → `{command:[...], event:[...]}`.
    #[wasm_bindgen(method, catch, js_name = getInterface)]
    pub fn get_interface(this: &PlacementJs, callback: &Function) -> Result<(), JsValue>;

    /// `BX24.placement.call(command, params, cb)`; `cb` may be `undefined` (no answer wanted).
    #[wasm_bindgen(method, catch)]
    pub fn call(
        this: &PlacementJs,
        command: &str,
        params: &JsValue,
        callback: &JsValue,
    ) -> Result<(), JsValue>;

    /// `BX24.placement.bindEvent(event, cb)`; `cb` fires on every occurrence.
    #[wasm_bindgen(method, catch, js_name = bindEvent)]
    pub fn bind_event(this: &PlacementJs, event: &str, callback: &Function) -> Result<(), JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// `BX24.userOption` / `BX24.appOption`.
    #[derive(Debug, Clone)]
    pub type OptionStoreJs;

    /// `get(name)`.
    #[wasm_bindgen(method, catch)]
    pub fn get(this: &OptionStoreJs, name: &str) -> Result<JsValue, JsValue>;

    /// `set(name, value[, cb])`.
    #[wasm_bindgen(method, catch)]
    pub fn set(
        this: &OptionStoreJs,
        name: &str,
        value: &JsValue,
        callback: &JsValue,
    ) -> Result<(), JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// `BX24.im`.
    #[derive(Debug, Clone)]
    pub type ImJs;

    /// `im.callTo(userId, video)`.
    #[wasm_bindgen(method, catch, js_name = callTo)]
    pub fn call_to(this: &ImJs, user_id: f64, video: bool) -> Result<(), JsValue>;

    /// `im.phoneTo(phone)`.
    #[wasm_bindgen(method, catch, js_name = phoneTo)]
    pub fn phone_to(this: &ImJs, phone: &str) -> Result<(), JsValue>;

    /// `im.openMessenger(dialogId)`.
    #[wasm_bindgen(method, catch, js_name = openMessenger)]
    pub fn open_messenger(this: &ImJs, dialog_id: &str) -> Result<(), JsValue>;

    /// `im.openHistory(dialogId)`.
    #[wasm_bindgen(method, catch, js_name = openHistory)]
    pub fn open_history(this: &ImJs, dialog_id: &str) -> Result<(), JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// The `ajaxResult` BX24.js passes to `callMethod` callbacks.
    #[derive(Debug, Clone)]
    pub type AjaxResultJs;

    /// The parsed JSON answer (`{result, time, total, next}` or `{error, error_description}`).
    #[wasm_bindgen(method, getter)]
    pub fn answer(this: &AjaxResultJs) -> JsValue;

    /// The HTTP status.
    #[wasm_bindgen(method, getter)]
    pub fn status(this: &AjaxResultJs) -> JsValue;
}
