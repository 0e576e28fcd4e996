//! Messenger widgets (`IM_*`, `IMMOBILE_CONTEXT_MENU`), each on the chat's real data
//! (`domain::messenger`):
//!
//! - `IM_TEXTAREA`: quick replies and a reply drafted from the chat's latest message, put into the
//!   message input with `im:setImTextareaContent`; reads the input back with `im:getImTextareaContent`;
//! - `IM_SIDEBAR` and `IMMOBILE_CONTEXT_MENU`: the chat's context: the CRM element or task it belongs
//!   to, its members (write to them, call them);
//! - `IM_CONTEXT_MENU`: turns the message into a task (`tasks.task.add`) or a to-do on the chat's CRM
//!   element (`crm.activity.todo.add`);
//! - `IM_NAVIGATION`: a full page in the messenger: the user's recent chats and what they belong to;
//! - `IM_SMILES_SELECTOR`: an emoji set, with the notice that the portal no longer opens this place.

mod context_menu;
mod navigation;
mod sidebar;
mod smiles;
mod textarea;

use crate::context::Ctx;
use crate::i18n::{entity_name, msg, Msg};
use bx24::messenger::TextareaMode;
use bx24::Bx24Error;
use domain::messenger::ChatBinding;
use leptos::prelude::*;
use placement::MessengerPlacement;

/// The widget of one messenger placement.
#[component]
pub fn MessengerWidget(
    /// Which messenger place, with its dialog.
    place: MessengerPlacement,
) -> impl IntoView {
    let body = match place {
        MessengerPlacement::Textarea { dialog } => {
            view! { <textarea::TextareaPanel dialog=dialog /> }.into_any()
        }
        MessengerPlacement::Sidebar { dialog } => {
            view! { <sidebar::ChatSidebar dialog=dialog mobile=false /> }.into_any()
        }
        MessengerPlacement::MobileContextMenu { dialog } => {
            view! { <sidebar::ChatSidebar dialog=dialog mobile=true /> }.into_any()
        }
        MessengerPlacement::ContextMenu { dialog, message } => {
            view! { <context_menu::MessageActions dialog=dialog message=message /> }.into_any()
        }
        MessengerPlacement::Navigation => view! { <navigation::RecentChats /> }.into_any(),
        MessengerPlacement::SmilesSelector => view! { <smiles::SmilesPanel /> }.into_any(),
    };
    view! { <div class="b-im" data-widget="messenger">{body}</div> }
}

/// "Deal #5", "Task #12": what a chat belongs to, for labels.
pub fn binding_label(binding: ChatBinding, locale: crate::i18n::Locale) -> String {
    match binding {
        ChatBinding::Crm(r) => format!("{} #{}", entity_name(r.entity, locale), r.id),
        ChatBinding::Task(t) => msg::im_task_ref(locale, t.0),
    }
}

/// Puts `text` into the chat's message input and reports the outcome in `status` (a timeout means
/// the portal has no input here: it ignores the command silently).
pub fn insert_text(ctx: Ctx, text: String, mode: TextareaMode, status: RwSignal<Option<String>>) {
    let (bx24, locale) = ctx.with_value(|c| (c.bx24.clone(), c.locale));
    leptos::task::spawn_local(async move {
        let result = bx24.messenger().set_textarea_content(&text, mode).await;
        let line = match result {
            Ok(()) => Msg::ImInserted.text(locale).to_owned(),
            Err(Bx24Error::Timeout { .. }) => Msg::ImNoTextarea.text(locale).to_owned(),
            Err(other) => msg::im_insert_failed(locale, other.to_string()),
        };
        // The widget may be gone by now.
        let _ = status.try_set(Some(line));
    });
}

/// A status line (`role="status"`) for the outcome of a frame command.
#[component]
pub fn StatusLine(
    /// The line, if any.
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="b-im__status" role="status" data-testid="im-status">
            {move || status.try_get().flatten()}
        </p>
    }
}
