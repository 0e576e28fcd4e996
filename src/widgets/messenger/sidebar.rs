//! `IM_SIDEBAR` and `IMMOBILE_CONTEXT_MENU`: the chat's context. What it belongs to (a CRM element or
//! a task, opened with `openPath`), and its members with *Write* (`imOpenMessenger`) and *Call*
//! (`imCallTo`). The mobile app cannot open portal paths, so the mobile variant shows no *Open*.

use super::binding_label;
use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Badge, BadgeTone, Button, ButtonKind, KitIcon, PersonLine};
use crate::widgets::{loaded_view, open_portal_path, Notice};
use domain::messenger::{self, ChatBinding, ChatContext};
use leptos::prelude::*;
use placement::{DialogId, UserId};
use rest::batch::Batch;

/// Loads the chat and shows its context.
#[component]
pub fn ChatSidebar(
    /// The chat.
    dialog: DialogId,
    /// In the mobile app (no portal paths).
    mobile: bool,
) -> impl IntoView {
    let id = dialog.clone();
    let context = use_loader(move |client| {
        let id = id.clone();
        async move {
            let mut batch = Batch::new();
            let commands = messenger::add_context_commands(&id, 1, &mut batch);
            let results = client.batch(batch).await?;
            commands.read(&id, &results)
        }
    });
    view! {
        <div data-testid="im-sidebar">
            {loaded_view(context, move |context, _| view! { <ChatInfo context=context mobile=mobile /> }.into_any())}
        </div>
    }
}

#[component]
fn ChatInfo(context: ChatContext, mobile: bool) -> impl IntoView {
    let ctx = use_app();
    let (bx24, locale) = ctx.with_value(|c| (c.bx24.clone(), c.locale));
    let notice = RwSignal::new(None::<String>);
    let me = context.me.unwrap_or(UserId(0));
    let binding = context.binding.map(|b| {
        let icon = match b {
            ChatBinding::Crm(r) => crate::widgets::crm_entity::entity_icon(r.entity),
            ChatBinding::Task(_) => Icon::Task,
        };
        let path = (!mobile).then(|| b.path(me)).flatten();
        view! {
            <div class="b-im__binding" data-testid="im-binding">
                <KitIcon icon=icon />
                <span class="b-grow">
                    <span class="b-muted-2">{Msg::ImBelongsTo.text(locale)}</span>
                    " "
                    <strong>{binding_label(b, locale)}</strong>
                </span>
                {path.map(|path| view! {
                    <Button kind=ButtonKind::Secondary label=Msg::Open.text(locale) icon=Icon::ExternalLink test_id="im-open-binding"
                        on_click=Callback::new(move |_| open_portal_path(ctx, path.clone(), notice)) />
                })}
            </div>
        }
    });
    let ordinary = context.binding.is_none().then(|| {
        let text = if context.kind == "private" {
            Msg::ImPrivateChat
        } else {
            Msg::ImOrdinaryChat
        };
        view! { <p class="b-muted-2">{text.text(locale)}</p> }
    });
    let total = context.member_total;
    let members = context.members.clone();
    view! {
        <div class="b-stack">
            <p class="b-title" data-testid="im-chat-title">{context.title.clone()}</p>
            {binding}
            {ordinary}
            <p class="b-subtitle" data-testid="im-member-count">{msg::im_members(locale, total)}</p>
            <ul class="b-list" data-testid="im-members">
                {members.into_iter().map(|m| {
                    let id = m.person.id;
                    let name = m.person.name.clone();
                    let write = bx24.clone();
                    let call = bx24.clone();
                    let write_label = msg::im_write_to(locale, name.clone());
                    let call_label = msg::im_call(locale, name);
                    view! {
                        <li class="b-list__item">
                            <span class="b-grow"><PersonLine person=m.person /></span>
                            {m.online.then(|| view! { <Badge tone=BadgeTone::Success label=Msg::ImOnline.text(locale) /> })}
                            {(id != me.0).then(|| view! {
                                <button type="button" class="b-link" aria-label=write_label data-testid="im-write"
                                    on:click=move |_| { let _ = write.messenger().open_messenger(&id.to_string()); }>{Msg::ImWrite.text(locale)}</button>
                                <button type="button" class="b-link" aria-label=call_label data-testid="im-call"
                                    on:click=move |_| { let _ = call.messenger().call_to(id, false); }>{Msg::ImCallShort.text(locale)}</button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Notice notice=notice />
        </div>
    }
}
