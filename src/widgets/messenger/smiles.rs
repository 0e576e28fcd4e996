//! `IM_SMILES_SELECTOR`: deprecated since im 25.1600.0 (the messenger replaced emoji with stickers;
//! the portal still accepts the binding but never opens the frame: placements.md §6). If it is opened
//! anyway, it says so and offers emoji sets that go into the message input with
//! `im:setImTextareaContent`; a portal without an input here ignores the command, and the widget
//! reports that instead of pretending.

use super::{insert_text, StatusLine};
use crate::context::use_app;
use crate::i18n::Msg;
use crate::ui::{AlertBox, AlertTone};
use bx24::messenger::TextareaMode;
use leptos::prelude::*;

/// The sets: a name and its emoji.
const SETS: [(Msg, &[&str]); 3] = [
    (
        Msg::ImSmilesFaces,
        &["😀", "😂", "😊", "😍", "🤔", "😎", "😢", "😮"],
    ),
    (
        Msg::ImSmilesWork,
        &["✅", "📌", "📅", "📞", "📎", "💡", "🚀", "⏰"],
    ),
    (
        Msg::ImSmilesGestures,
        &["👍", "👎", "👏", "🙏", "🤝", "👋", "💪", "🙌"],
    ),
];

/// The deprecation notice and the emoji sets.
#[component]
pub fn SmilesPanel() -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let status = RwSignal::new(None::<String>);
    view! {
        <div class="b-stack" data-testid="im-smiles">
            <div data-testid="im-deprecated">
                <AlertBox tone=AlertTone::Warning title=Msg::ImSmilesDeprecated.text(locale) text=Msg::ImSmilesDeprecatedText.text(locale) />
            </div>
            {SETS.into_iter().map(|(name, emoji)| view! {
                <div class="b-stack">
                    <p class="b-subtitle">{name.text(locale)}</p>
                    <div class="b-row" role="group" aria-label=name.text(locale)>
                        {emoji.iter().map(|e| {
                            let e = (*e).to_owned();
                            let label = e.clone();
                            view! { <button type="button" class="b-im__emoji" on:click=move |_| insert_text(ctx, e.clone(), TextareaMode::Append, status)>{label}</button> }
                        }).collect_view()}
                    </div>
                </div>
            }).collect_view()}
            <StatusLine status=status />
        </div>
    }
}
