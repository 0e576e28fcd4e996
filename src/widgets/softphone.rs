//! `PAGE_BACKGROUND_WORKER`: the softphone of the docs' WebRTC scenario, in the hidden frame. It
//! follows the `BackgroundCallCard::*` events of the call card the portal raised for the call the app
//! registered (`telephony.externalCall.register`) and drives the card with its commands: title,
//! status line, UI state, timer, mute and hold; it finishes the call once
//! (`telephony.externalCall.finish`, with its talk time) and closes the card. The decisions are
//! `domain::softphone`'s; this module carries them out. Nothing is visible: a status line for
//! assistive technology says what the softphone is doing.

use crate::context::use_app;
use crate::i18n::{msg, Locale, Msg};
use bx24::call_card::{background, UiState};
use bx24::Bx24;
use domain::softphone::{finish_params, Action, CallPhase, CardEvent, CardState, Softphone};
use leptos::prelude::*;
use serde_json::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The events the softphone acts on.
const EVENTS: [&str; 7] = [
    background::INITIALIZED,
    background::ANSWER,
    background::HANGUP,
    background::MUTE,
    background::HOLD,
    background::CLOSE,
    background::ENTITY_CHANGED,
];

/// The card's status line for a phase, in the user's language.
fn phase_text(phase: CallPhase, locale: Locale) -> String {
    match phase {
        CallPhase::Ringing => Msg::SoftphoneRinging.text(locale).to_owned(),
        CallPhase::Connected => Msg::SoftphoneConnected.text(locale).to_owned(),
        CallPhase::OnHold => Msg::SoftphoneOnHold.text(locale).to_owned(),
        CallPhase::Ended { seconds } => {
            let (m, s) = domain::calls_report::minutes_seconds(seconds);
            msg::softphone_ended(locale, m, s)
        }
        CallPhase::Missed => Msg::SoftphoneMissed.text(locale).to_owned(),
    }
}

/// The card's UI state for the softphone's.
fn ui_state(state: CardState) -> UiState {
    match state {
        CardState::Incoming => UiState::Incoming,
        CardState::Connected => UiState::Connected,
    }
}

/// The hidden softphone.
#[component]
pub fn SoftphoneWorker() -> impl IntoView {
    let ctx = use_app();
    let (bx24, locale) = ctx.with_value(|c| (c.bx24.clone(), c.locale));
    let status = RwSignal::new(Msg::SoftphoneWaiting.text(locale).to_owned());
    let phone = Rc::new(RefCell::new(Softphone::default()));
    let subscriptions: Vec<_> = EVENTS
        .iter()
        .filter_map(|name| {
            let phone = phone.clone();
            let bx24 = bx24.clone();
            let name = *name;
            bx24.clone()
                .placement()
                .bind_event(name, move |payload: Value| {
                    let Some(event) = CardEvent::read(name, &payload) else {
                        return;
                    };
                    let actions = phone.borrow_mut().on(event, js_sys::Date::now());
                    let bx24 = bx24.clone();
                    let client = ctx.with_value(|c| c.rest.clone());
                    leptos::task::spawn_local(async move {
                        run(&bx24, &client, actions, locale, status).await;
                    });
                })
                .ok()
        })
        .collect();
    StoredValue::new_local(subscriptions);
    view! { <p class="b-sr-only" role="status" data-widget="softphone">{move || status.try_get()}</p> }
}

/// Carries out the actions in order; a failed command is reported in `status` and does not stop the
/// rest (the card may already be gone).
async fn run(
    bx24: &Bx24,
    client: &crate::context::RestClient,
    actions: Vec<Action>,
    locale: Locale,
    status: RwSignal<String>,
) {
    let card = bx24.call_card();
    for action in actions {
        let result = match action {
            Action::SetTitle { phone } => {
                card.set_title(&msg::softphone_title(locale, phone)).await
            }
            Action::SetStatus(phase) => {
                let text = phase_text(phase, locale);
                let _ = status.try_set(text.clone());
                card.set_status_text(&text).await
            }
            Action::SetUiState(state) => card.set_ui_state(ui_state(state), true).await,
            Action::StartTimer => card.start_timer(),
            Action::StopTimer => card.stop_timer(),
            Action::SetMute(muted) => card.set_mute(muted).await,
            Action::SetHold(held) => card.set_hold(held).await,
            Action::Finish {
                call_id,
                duration,
                status_code,
            } => {
                let me = client
                    .call::<domain::answers::User>("user.current", serde_json::json!({}))
                    .await
                    .ok()
                    .and_then(|u| u.id)
                    .unwrap_or(0);
                if let Err(e) = client
                    .call::<Value>(
                        "telephony.externalcall.finish",
                        finish_params(&call_id, me, duration, status_code),
                    )
                    .await
                {
                    let _ = status.try_set(msg::softphone_finish_failed(locale, e.to_string()));
                }
                Ok(())
            }
            Action::Close => card.close().await,
        };
        if let Err(e) = result {
            let _ = status.try_set(msg::softphone_command_failed(locale, e.to_string()));
        }
    }
}
