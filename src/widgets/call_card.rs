//! `CALL_CARD`: the call's facts, then the card of the CRM element the call is bound to (the shared
//! entity card), and the other elements it is linked to.

use super::crm_entity::{entity_icon, EntityCardWidget};
use super::{open_portal_path, Notice};
use crate::context::use_app;
use crate::i18n::{entity_name, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, SvgIcon};
use leptos::prelude::*;
use placement::{CallContext, CallDirection, CallState};

/// The call card panel.
#[component]
pub fn CallCardWidget(
    /// The call.
    call: CallContext,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let notice = RwSignal::new(None::<String>);
    let (direction, icon) = match call.direction {
        CallDirection::Incoming => (Msg::IncomingCall, Icon::PhoneIncoming),
        CallDirection::Outgoing => (Msg::OutgoingCall, Icon::PhoneOutgoing),
        CallDirection::Callback => (Msg::Callback, Icon::Phone),
    };
    let state = call.state.map(|s| match s {
        CallState::Idle => "idle",
        CallState::Connecting => "connecting",
        CallState::Connected => "connected",
    });
    let primary = call.crm.or_else(|| call.bindings.first().copied());
    let others: Vec<_> = call
        .bindings
        .iter()
        .copied()
        .filter(|b| Some(*b) != primary)
        .collect();
    let line = call.line_name.clone().or_else(|| call.line_number.clone());
    view! {
        <div class="b-stack" data-widget="call-card">
            <div class="b-toolbar">
                <div class="b-toolbar__title b-row">
                    <SvgIcon icon=icon class="b-icon--lg" />
                    <div>
                        <p class="b-title" data-testid="call-phone">{call.phone.clone().unwrap_or_else(|| "—".into())}</p>
                        <p class="b-subtitle">
                            {direction.text(locale)}
                            {line.map(|l| format!(" · {}: {l}", Msg::Line.text(locale)))}
                            {state.map(|s| format!(" · {s}"))}
                        </p>
                    </div>
                </div>
            </div>
            {match primary {
                Some(target) => view! { <EntityCardWidget target=target /> }.into_any(),
                None => view! { <AlertBox style="style-tinted" title=Msg::NoCrmBinding.text(locale) /> }.into_any(),
            }}
            {(!others.is_empty()).then(|| view! {
                <div class="b-stack">
                    <p class="b-subtitle">{Msg::AlsoLinked.text(locale)}</p>
                    <ul class="b-list">
                        {others.into_iter().map(|b| {
                            let path = b.entity.details_path(b.id);
                            let label = format!("{} #{}", entity_name(b.entity, locale), b.id);
                            view! {
                                <li class="b-list__item">
                                    <SvgIcon icon=entity_icon(b.entity) />
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
                    <Notice notice=notice />
                </div>
            })}
        </div>
    }
}
