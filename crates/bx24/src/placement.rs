//! The placement (b24jssdk's `PlacementManager`): its code and options (`placement.info`), its own
//! commands (`placement.getInterface`, `placement.call`) and events (`placement.bindEvent`).

use crate::js::{call_with_callback, from_json, to_json};
use crate::model::command_error;
use crate::{js_error, raw, Bx24, Bx24Error, PlacementInfo, PlacementInterface};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Placement commands and events; from [`Bx24::placement`].
#[derive(Debug, Clone, Copy)]
pub struct PlacementManager<'a> {
    bx24: &'a Bx24,
}

impl<'a> PlacementManager<'a> {
    pub(crate) fn new(bx24: &'a Bx24) -> Self {
        Self { bx24 }
    }

    /// `BX24.placement.info()`: the placement code and its options, synchronously.
    pub fn info(&self) -> Result<PlacementInfo, Bx24Error> {
        let info = self.js()?.info().map_err(js_error)?;
        Ok(PlacementInfo::from_json(to_json(&info)))
    }

    /// `BX24.placement.getInterface()`: the placement's own commands and events.
    pub async fn interface(&self) -> Result<PlacementInterface, Bx24Error> {
        let placement = self.js()?;
        let ms = self.bx24.timeouts().command_ms;
        let reply = call_with_callback("placement.getInterface", ms, |cb| {
            placement.get_interface(cb)
        })
        .await?;
        Ok(PlacementInterface::from_json(&to_json(&reply)))
    }

    /// `BX24.placement.call(command, params)`: a placement-specific command (`reloadData`, `setValue`,
    /// `getStatus`, ...). Errors the portal reports through the callback
    /// (`[{"result":"error","errorCode":…}]`) become [`Bx24Error::Command`].
    pub async fn call(&self, command: &str, params: &Value) -> Result<Value, Bx24Error> {
        let placement = self.js()?;
        let args = from_json(params);
        let ms = self.bx24.timeouts().command_ms;
        let reply = call_with_callback("placement.call", ms, |cb| {
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

    /// `BX24.placement.call(command, params)` for commands that never answer on success (the
    /// background call card's `CallCardStartTimer` / `CallCardStopTimer`; `lock`, `unlock`, `finish`
    /// of the built-in activity interface, placements.md §4): sent, not awaited. Waiting on a
    /// callback the portal never sends would only end in a timeout.
    pub fn send(&self, command: &str, params: &Value) -> Result<(), Bx24Error> {
        let placement = self.js()?;
        let args = from_json(params);
        let noop = Closure::once_into_js(|_: JsValue| {});
        placement
            .call(command, &args, noop.unchecked_ref())
            .map_err(js_error)
    }

    /// `BX24.placement.call(command, params, handler)` for the callback-style commands whose
    /// callback fires on every occurrence (`bindPrimaryButtonClickCallback`,
    /// `bindValueChangeCallback`, ... of the built-in activity interface, placements.md §4):
    /// `handler` gets each answer until the returned subscription is dropped. BX24.js never forgets
    /// a callback id, so the portal can answer the same id again and again.
    pub fn bind_callback(
        &self,
        command: &str,
        params: &Value,
        handler: impl FnMut(Value) + 'static,
    ) -> Result<EventSubscription, Bx24Error> {
        let placement = self.js()?;
        let (subscription, trampoline) = EventSubscription::with_trampoline(handler);
        placement
            .call(command, &from_json(params), trampoline.as_ref())
            .map_err(js_error)?;
        // Same lifetime rule as `bind_event`: the portal may answer this id for the page's life.
        trampoline.forget();
        Ok(subscription)
    }

    /// `BX24.placement.bindEvent(event, handler)`: `handler` runs on every occurrence with the event's
    /// (only) argument until the returned subscription is dropped. Unknown events are silently ignored
    /// by the portal.
    pub fn bind_event(
        &self,
        event: &str,
        handler: impl FnMut(Value) + 'static,
    ) -> Result<EventSubscription, Bx24Error> {
        let placement = self.js()?;
        let (subscription, trampoline) = EventSubscription::with_trampoline(handler);
        placement
            .bind_event(event, trampoline.as_ref().unchecked_ref())
            .map_err(js_error)?;
        // The portal cannot unbind, so BX24 may call the trampoline for the page's life: it must never be
        // freed. It is a few bytes; the user's handler itself is freed when the subscription drops.
        trampoline.forget();
        Ok(subscription)
    }

    fn js(&self) -> Result<raw::PlacementJs, Bx24Error> {
        let value = self.bx24.js().placement();
        if value.is_object() {
            Ok(value.unchecked_into())
        } else {
            Err(Bx24Error::Js(
                "BX24.placement is missing (BX24.js too old)".into(),
            ))
        }
    }
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

    /// A subscription and the JS function that feeds it (a no-op once the subscription drops).
    fn with_trampoline(
        handler: impl FnMut(Value) + 'static,
    ) -> (Self, Closure<dyn FnMut(JsValue)>) {
        let subscription = Self::new(handler);
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
        (subscription, trampoline)
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
