//! `IM_NAVIGATION`: a full page inside the messenger. The user's recent chats (`im.recent.list`) with
//! what each belongs to and how many messages are unread; *Open chat* (`imOpenMessenger`) and *Open*
//! for the CRM element or task (`openPath`).

use super::binding_label;
use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Badge, BadgeTone, Button, ButtonKind, KitIcon, ThemeToggle};
use crate::widgets::{loaded_view, open_portal_path, Notice};
use domain::answers::User;
use domain::messenger::{self, RecentChat, RECENT_LIMIT};
use leptos::prelude::*;
use placement::UserId;
use rest::batch::Batch;
use serde_json::json;

/// Loaded page data: the chats, whether there are more, and the current user (for task paths).
#[derive(Debug, Clone)]
struct Recent {
    chats: Vec<RecentChat>,
    more: bool,
    me: UserId,
}

/// Loads and lists the recent chats (one batch: `im.recent.list` + `user.current`).
#[component]
pub fn RecentChats() -> impl IntoView {
    let recent = use_loader(move |client| async move {
        let mut batch = Batch::new();
        let list = messenger::add_recent_command(&mut batch);
        let me = batch.add_as::<User>("me", "user.current", json!({}));
        let results = client.batch(batch).await?;
        let (chats, more) = messenger::recent_chats(&list.read(&results)?);
        let me = UserId(me.read(&results).ok().and_then(|u| u.id).unwrap_or(0));
        Ok(Recent { chats, more, me })
    });
    view! {
        <div data-testid="im-navigation">
            {loaded_view(recent, |recent, reload| view! { <ChatList recent=recent reload=reload /> }.into_any())}
        </div>
    }
}

#[component]
fn ChatList(recent: Recent, reload: Callback<()>) -> impl IntoView {
    let ctx = use_app();
    let (bx24, locale) = ctx.with_value(|c| (c.bx24.clone(), c.locale));
    let notice = RwSignal::new(None::<String>);
    let me = recent.me;
    let empty = recent.chats.is_empty();
    view! {
        <div class="b-stack">
            <div class="b-toolbar">
                <p class="b-title b-toolbar__title">{Msg::ImRecentTitle.text(locale)}</p>
                <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=reload />
                <ThemeToggle />
            </div>
            {empty.then(|| view! { <p class="b-muted-2">{Msg::ImNoChats.text(locale)}</p> })}
            <ul class="b-list" data-testid="im-chats">
                {recent.chats.into_iter().map(|chat| {
                    let dialog = chat.dialog.to_string();
                    let attr = dialog.clone();
                    let open = bx24.clone();
                    let path = chat.binding.and_then(|b| b.path(me));
                    let bound = chat.binding.map(|b| binding_label(b, locale));
                    let when = chat.last_date.map(|d| crate::fmt::date_time(locale, d));
                    view! {
                        <li class="b-list__item b-im__chat" data-dialog=attr>
                            <KitIcon icon=Icon::Chat />
                            <div class="b-grow">
                                <p class="b-im__chat-title">{chat.title.clone()}</p>
                                {bound.map(|b| view! { <p class="b-muted-2">{Msg::ImBelongsTo.text(locale)}" "{b}</p> })}
                                {chat.last.clone().map(|t| view! { <p class="b-muted-2 b-im__last">{t}{when.map(|w| format!(" · {w}"))}</p> })}
                            </div>
                            {(chat.unread > 0).then(|| view! { <Badge tone=BadgeTone::Info label=msg::im_unread(locale, chat.unread) /> })}
                            <button type="button" class="b-link" data-testid="im-open-chat"
                                on:click=move |_| { let _ = open.messenger().open_messenger(&dialog); }>{Msg::ImOpenChat.text(locale)}</button>
                            {path.map(|path| view! {
                                <button type="button" class="b-link" data-testid="im-open-element"
                                    on:click=move |_| open_portal_path(ctx, path.clone(), notice)>{Msg::Open.text(locale)}</button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {recent.more.then(|| view! { <p class="b-muted-2">{msg::im_more_chats(locale, RECENT_LIMIT)}</p> })}
            <Notice notice=notice />
        </div>
    }
}
