//! `IM_TEXTAREA`: a panel above the message input. Quick replies (one mentions the chat's CRM element
//! or task) and a reply drafted from the latest message someone else wrote go into the input with
//! `im:setImTextareaContent` (appended on a new line, or replacing the text); *Read the input* shows
//! what is there (`im:getImTextareaContent`). The user still sends the message themselves.

use super::{binding_label, insert_text, StatusLine};
use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{msg, Locale, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Button, ButtonKind};
use crate::widgets::loaded_view;
use bx24::messenger::TextareaMode;
use bx24::Bx24Error;
use domain::messenger::{self, ChatContext};
use leptos::prelude::*;
use placement::DialogId;
use rest::batch::Batch;

/// How many latest messages the draft looks at.
const DRAFT_CONTEXT: u64 = 10;

/// Loads the chat and shows the panel.
#[component]
pub fn TextareaPanel(
    /// The open chat.
    dialog: DialogId,
) -> impl IntoView {
    let id = dialog.clone();
    let context = use_loader(move |client| {
        let id = id.clone();
        async move {
            let mut batch = Batch::new();
            let commands = messenger::add_context_commands(&id, DRAFT_CONTEXT, &mut batch);
            let results = client.batch(batch).await?;
            commands.read(&id, &results)
        }
    });
    view! {
        <div data-testid="im-textarea-panel">
            {loaded_view(context, |context, _| view! { <Replies context=context /> }.into_any())}
        </div>
    }
}

/// The quick replies of a chat, in the user's language.
fn templates(context: &ChatContext, locale: Locale) -> Vec<String> {
    let mut out = vec![
        Msg::ImTemplateThanks.text(locale).to_owned(),
        Msg::ImTemplateDetails.text(locale).to_owned(),
        Msg::ImTemplateCall.text(locale).to_owned(),
    ];
    if let Some(binding) = context.binding {
        out.push(msg::im_template_bound(
            locale,
            binding_label(binding, locale),
        ));
    }
    out
}

/// The drafted reply, when someone else wrote in the chat.
fn draft(context: &ChatContext, locale: Locale) -> Option<String> {
    let draft = messenger::reply_draft(context);
    let about = draft.about?;
    Some(match draft.name {
        Some(name) => msg::im_draft_reply(locale, name, about),
        None => msg::im_draft_reply_anonymous(locale, about),
    })
}

#[component]
fn Replies(context: ChatContext) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let status = RwSignal::new(None::<String>);
    let replace = RwSignal::new(false);
    let mode = move || {
        if replace.get_untracked() {
            TextareaMode::Replace
        } else {
            TextareaMode::AppendOnNewLine
        }
    };
    let read = Callback::new(move |_| {
        let bx24 = ctx.with_value(|c| c.bx24.clone());
        leptos::task::spawn_local(async move {
            let line = match bx24.messenger().textarea_content().await {
                Ok(text) if text.trim().is_empty() => Msg::ImInputEmpty.text(locale).to_owned(),
                Ok(text) => {
                    msg::im_input_text(locale, messenger::shorten(&text, 120), text.chars().count())
                }
                Err(Bx24Error::Timeout { .. }) => Msg::ImNoTextarea.text(locale).to_owned(),
                Err(other) => msg::im_insert_failed(locale, other.to_string()),
            };
            let _ = status.try_set(Some(line));
        });
    });
    let drafted = draft(&context, locale);
    view! {
        <div class="b-stack">
            <p class="b-subtitle">{Msg::ImTemplatesTitle.text(locale)}</p>
            <ul class="b-im__replies" data-testid="im-templates">
                {templates(&context, locale).into_iter().map(|text| {
                    let label = text.clone();
                    view! {
                        <li>
                            <button type="button" class="b-im__reply" on:click=move |_| insert_text(ctx, text.clone(), mode(), status)>{label}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="b-row">
                {drafted.map(|text| view! {
                    <Button kind=ButtonKind::Primary label=Msg::ImDraftButton.text(locale) icon=Icon::Chat test_id="im-draft"
                        on_click=Callback::new(move |_| insert_text(ctx, text.clone(), mode(), status)) />
                })}
                <Button kind=ButtonKind::Ghost label=Msg::ImReadInput.text(locale) test_id="im-read" on_click=read />
                <label class="b-im__check">
                    <input type="checkbox" data-testid="im-replace" prop:checked=move || replace.get()
                        on:change=move |ev| replace.set(event_target_checked(&ev)) />
                    {Msg::ImReplaceText.text(locale)}
                </label>
            </div>
            <StatusLine status=status />
        </div>
    }
}
