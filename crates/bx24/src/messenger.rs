//! Messenger and telephony (`BX24.im`; b24jssdk keeps these in its `ParentManager`): calls, dialling a
//! number, opening a chat or its history. None of them replies.

use crate::{js_error, raw, Bx24, Bx24Error};
use wasm_bindgen::JsCast;

/// `BX24.im` commands; from [`Bx24::messenger`].
#[derive(Debug, Clone, Copy)]
pub struct MessengerManager<'a> {
    bx24: &'a Bx24,
}

impl<'a> MessengerManager<'a> {
    pub(crate) fn new(bx24: &'a Bx24) -> Self {
        Self { bx24 }
    }

    /// `BX24.im.callTo(userId, video)`: starts a call with a user in the messenger.
    pub fn call_to(&self, user_id: u64, video: bool) -> Result<(), Bx24Error> {
        self.js()?.call_to(user_id as f64, video).map_err(js_error)
    }

    /// `BX24.im.phoneTo(phone)`: dials a number through the portal's telephony.
    pub fn phone_to(&self, phone: &str) -> Result<(), Bx24Error> {
        self.js()?.phone_to(phone).map_err(js_error)
    }

    /// `BX24.im.openMessenger(dialogId)`: opens a chat (`chat5`, a user id, ...).
    pub fn open_messenger(&self, dialog_id: &str) -> Result<(), Bx24Error> {
        self.js()?.open_messenger(dialog_id).map_err(js_error)
    }

    /// `BX24.im.openHistory(dialogId)`: opens a chat's history.
    pub fn open_history(&self, dialog_id: &str) -> Result<(), Bx24Error> {
        self.js()?.open_history(dialog_id).map_err(js_error)
    }

    fn js(&self) -> Result<raw::ImJs, Bx24Error> {
        let value = self.bx24.js().im();
        if value.is_object() {
            Ok(value.unchecked_into())
        } else {
            Err(Bx24Error::Js("BX24.im is missing".into()))
        }
    }
}
