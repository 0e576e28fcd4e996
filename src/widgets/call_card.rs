//! `CALL_CARD`: the call's facts, then the card of the CRM element the call is bound to (the shared
//! entity card), and the other elements it is linked to. Follows the call live: when the operator
//! binds the call to another element (`CallCard::EntityChanged`) the card switches to it, and the
//! call state follows `CallCard::CallStateChanged`. On load it asks the card for the call as it is
//! now (`getStatus`). A call note is saved as a to-do on the bound element (`crm.activity.todo.add`):
//! while the user writes, the card is kept open (`disableAutoClose`), and it may close by itself again
//! once the note is saved or discarded (`enableAutoClose`); when the card closes
//! (`CallCard::BeforeClose`, which may fire twice) an unsaved note is saved, once.

use super::crm_entity::{entity_icon, EntityCardWidget};
use super::{open_portal_path, Notice};
use crate::context::use_app;
use crate::i18n::{entity_name, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, AlertTone, IconSize, KitIcon};
use leptos::prelude::*;
use placement::{CallContext, CallDirection, CallState, CrmEntityType, CrmRef, EntityId};
use serde_json::Value;

/// Event the portal fires when the call is bound to another CRM element.
pub const ENTITY_CHANGED: &str = "CallCard::EntityChanged";
/// Event the portal fires when the call's state changes.
pub const STATE_CHANGED: &str = "CallCard::CallStateChanged";

/// Reads an `EntityChanged` payload (`{PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID}`); `None` when the
/// call is now unbound (`CRM_ENTITY_ID` 0) or the payload is malformed.
pub fn bound_entity(payload: &Value) -> Option<CrmRef> {
    domain::call_card::EntityChanged::from_payload(payload)?.target()
}

/// Reads a `CallStateChanged` payload: the state name (the only argument that crosses the frame).
pub fn call_state(payload: &Value) -> Option<CallState> {
    match payload.as_str()?.trim().to_ascii_lowercase().as_str() {
        "idle" => Some(CallState::Idle),
        "connecting" => Some(CallState::Connecting),
        "connected" => Some(CallState::Connected),
        _ => None,
    }
}

/// The call card panel.
#[component]
pub fn CallCardWidget(
    /// The call.
    call: CallContext,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let notice = RwSignal::new(None::<String>);
    let target = RwSignal::new(call.crm.or_else(|| call.bindings.first().copied()));
    let state = RwSignal::new(call.state);
    let bx24 = ctx.with_value(|c| c.bx24.clone());
    // Held for the widget's life; dropping them (on unmount) stops delivery.
    let subscriptions = [
        bx24.placement().bind_event(ENTITY_CHANGED, move |payload| {
            if let Some(bound) = bound_entity(&payload) {
                target.set(Some(bound));
            }
        }),
        bx24.placement().bind_event(STATE_CHANGED, move |payload| {
            if let Some(s) = call_state(&payload) {
                state.set(Some(s));
            }
        }),
    ];
    StoredValue::new_local(subscriptions);
    // The call as the card knows it now: the options were written when the frame opened.
    {
        let bx24 = bx24.clone();
        leptos::task::spawn_local(async move {
            if let Ok(status) = bx24.call_card().status().await {
                if let Some(s) = status
                    .call_state
                    .as_deref()
                    .and_then(|s| call_state(&Value::from(s)))
                {
                    let _ = state.try_set(Some(s));
                }
                let bound = status
                    .crm_entity_type
                    .as_deref()
                    .and_then(CrmEntityType::from_code_name)
                    .zip(status.crm_entity_id)
                    .map(|(entity, id)| CrmRef {
                        entity,
                        id: EntityId(id),
                    });
                if bound.is_some() {
                    let _ = target.try_set(bound);
                }
            }
        });
    }
    let (direction, icon) = match call.direction {
        CallDirection::Incoming => (Msg::IncomingCall, Icon::PhoneIncoming),
        CallDirection::Outgoing => (Msg::OutgoingCall, Icon::PhoneOutgoing),
        CallDirection::Callback => (Msg::Callback, Icon::Phone),
    };
    let line = call.line_name.clone().or_else(|| call.line_number.clone());
    let bindings = call.bindings.clone();
    let state_text = move || {
        state.try_get().flatten().map(|s| {
            let msg = match s {
                CallState::Idle => Msg::CallIdle,
                CallState::Connecting => Msg::CallConnecting,
                CallState::Connected => Msg::CallConnected,
            };
            format!(" · {}", msg.text(locale))
        })
    };
    view! {
        <div class="b-stack" data-widget="call-card">
            <div class="b-toolbar">
                <div class="b-toolbar__title b-row">
                    <KitIcon icon=icon size=IconSize::Large />
                    <div>
                        <p class="b-title" data-testid="call-phone">{call.phone.clone().unwrap_or_else(|| "—".into())}</p>
                        <p class="b-subtitle" data-testid="call-state">
                            {direction.text(locale)}
                            {line.map(|l| format!(" · {}: {l}", Msg::Line.text(locale)))}
                            {state_text}
                        </p>
                    </div>
                </div>
            </div>
            {move || match target.try_get().flatten() {
                Some(target) => view! { <EntityCardWidget target=target /> }.into_any(),
                None => view! { <AlertBox tone=AlertTone::Info title=Msg::NoCrmBinding.text(locale) /> }.into_any(),
            }}
            {move || {
                let primary = target.try_get().flatten();
                let others: Vec<CrmRef> = bindings.iter().copied().filter(|b| Some(*b) != primary).collect();
                (!others.is_empty()).then(|| view! {
                    <div class="b-stack">
                        <p class="b-subtitle">{Msg::AlsoLinked.text(locale)}</p>
                        <ul class="b-list">
                            {others.into_iter().map(|b| {
                                let path = b.entity.details_path(b.id);
                                let label = format!("{} #{}", entity_name(b.entity, locale), b.id);
                                view! {
                                    <li class="b-list__item">
                                        <KitIcon icon=entity_icon(b.entity) />
                                        {match path {
                                            Some(path) => view! {
                                                <button type="button" class="b-link" on:click=move |_| open_portal_path(ctx, path.clone(), notice)>{label}</button>
                                            }.into_any(),
                                            None => view! { <span>{label}</span> }.into_any(),
                                        }}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <super::call_note::CallNote target=target phone=call.phone.clone() />
            <Notice notice=notice />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn event_payloads() {
        assert_eq!(
            bound_entity(
                &json!({"PHONE_NUMBER": "+1", "CRM_ENTITY_TYPE": "CONTACT", "CRM_ENTITY_ID": 3})
            ),
            Some(CrmRef {
                entity: CrmEntityType::Contact,
                id: EntityId(3)
            })
        );
        assert_eq!(
            bound_entity(&json!({"CRM_ENTITY_TYPE": "CONTACT", "CRM_ENTITY_ID": 0})),
            None
        );
        assert_eq!(
            bound_entity(&json!({"CRM_ENTITY_TYPE": "NOPE", "CRM_ENTITY_ID": 3})),
            None
        );
        assert_eq!(call_state(&json!("Connected")), Some(CallState::Connected));
        assert_eq!(call_state(&json!({"failedCode": 1})), None);
    }
}
