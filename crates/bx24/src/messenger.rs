//! Messenger and telephony (`BX24.im`; b24jssdk keeps these in its `ParentManager`): calls, dialling a
//! number, opening a chat or its history (none of them replies); and the message input of the chat a
//! messenger widget sits in (`im:getImTextareaContent` / `im:setImTextareaContent`, namespaced parent
//! messages that travel as objects with a `requestId`: frame-protocol.md §4.1 (b), placements.md §4).

use crate::{js_error, raw, Bx24, Bx24Error};
use serde_json::{json, Value};
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// `im:getImTextareaContent`.
pub const GET_TEXTAREA: &str = "im:getImTextareaContent";
/// `im:setImTextareaContent`.
pub const SET_TEXTAREA: &str = "im:setImTextareaContent";

/// How [`MessengerManager::set_textarea_content`] puts its text into the message input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextareaMode {
    /// After what is there.
    Append,
    /// After what is there, on a new line (`withNewLine`).
    AppendOnNewLine,
    /// Instead of what is there (`replace`).
    Replace,
}

thread_local! {
    static REQUEST_SEQ: Cell<u32> = const { Cell::new(0) };
}

/// A fresh `requestId` for a textarea message (the reply echoes it).
fn request_id() -> String {
    let n = REQUEST_SEQ.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    let salt = (js_sys::Math::random() * 1e9) as u32;
    format!("rq{n}-{salt:x}")
}

/// Checks a textarea reply: an echoed `requestId` must be ours; `{message}` is the portal's error.
fn textarea_reply(command: &str, sent: &str, reply: &Value) -> Result<(), Bx24Error> {
    let error = |code: String| Bx24Error::Command {
        command: command.to_owned(),
        code,
    };
    if let Some(id) = reply.get("requestId").and_then(Value::as_str) {
        if id != sent {
            return Err(error(format!("reply for another request ({id})")));
        }
    }
    match reply.get("message").and_then(Value::as_str) {
        Some(message) if reply.get("success").and_then(Value::as_bool) != Some(true) => {
            Err(error(message.to_owned()))
        }
        _ => Ok(()),
    }
}

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

    /// `im:getImTextareaContent`: the text in the chat's message input (messenger placements only; the
    /// portal ignores it elsewhere, which shows as [`Bx24Error::Timeout`]).
    pub async fn textarea_content(&self) -> Result<String, Bx24Error> {
        let id = request_id();
        let reply = self
            .bx24
            .placement()
            .call(GET_TEXTAREA, &json!({ "requestId": id }))
            .await?;
        textarea_reply(GET_TEXTAREA, &id, &reply)?;
        match reply.get("text") {
            Some(Value::String(text)) => Ok(text.clone()),
            Some(Value::Null) | None => Ok(String::new()),
            Some(other) => Err(Bx24Error::Decode(format!(
                "{GET_TEXTAREA}: text is {other}"
            ))),
        }
    }

    /// `im:setImTextareaContent`: puts `text` into the chat's message input (the user still sends it).
    pub async fn set_textarea_content(
        &self,
        text: &str,
        mode: TextareaMode,
    ) -> Result<(), Bx24Error> {
        let id = request_id();
        let mut params = json!({ "requestId": id, "text": text });
        match mode {
            TextareaMode::Append => {}
            TextareaMode::AppendOnNewLine => params["withNewLine"] = Value::Bool(true),
            TextareaMode::Replace => params["replace"] = Value::Bool(true),
        }
        let reply = self.bx24.placement().call(SET_TEXTAREA, &params).await?;
        textarea_reply(SET_TEXTAREA, &id, &reply)
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
