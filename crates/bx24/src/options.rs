//! Options the portal stores for the app (b24jssdk's `OptionsManager`): `BX24.appOption` (per portal,
//! admins write) and `BX24.userOption` (per user). Reads come from the copy in the frame's init data.

use crate::js::{call_with_callback, to_json};
use crate::{js_error, raw, Bx24, Bx24Error};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// App and user options; from [`Bx24::options`].
#[derive(Debug, Clone, Copy)]
pub struct OptionsManager<'a> {
    bx24: &'a Bx24,
}

impl<'a> OptionsManager<'a> {
    pub(crate) fn new(bx24: &'a Bx24) -> Self {
        Self { bx24 }
    }

    /// `BX24.userOption.get(name)`; unset is `None`.
    pub fn user(&self, name: &str) -> Option<Value> {
        option_value(self.bx24.js().user_option(), name)
    }

    /// `BX24.userOption.set(name, value)`: stored per user (fire-and-forget, as in BX24.js).
    pub fn set_user(&self, name: &str, value: &str) -> Result<(), Bx24Error> {
        let store = option_store(self.bx24.js().user_option())
            .ok_or_else(|| Bx24Error::Js("userOption is missing".into()))?;
        store
            .set(name, &JsValue::from_str(value), &JsValue::UNDEFINED)
            .map_err(js_error)
    }

    /// `BX24.appOption.get(name)`; unset is `None`.
    pub fn app(&self, name: &str) -> Option<Value> {
        option_value(self.bx24.js().app_option(), name)
    }

    /// `BX24.appOption.set(name, value)`: admins only (the portal does not answer others, so non-admins
    /// get a timeout).
    pub async fn set_app(&self, name: &str, value: &str) -> Result<(), Bx24Error> {
        let store = option_store(self.bx24.js().app_option())
            .ok_or_else(|| Bx24Error::Js("appOption is missing".into()))?;
        call_with_callback("appOption.set", self.bx24.timeouts().command_ms, |cb| {
            store.set(name, &JsValue::from_str(value), cb)
        })
        .await
        .map(drop)
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
