//! `REST_APP_URI`: a link `/marketplace/view/<APP>/?params[...]` opens the object its params name in
//! the app's own view. The router sends links that name a CRM element, a task or a user straight to
//! the entity, task or employee card (`domain::app_link::LinkTarget`), so a link frame loads only
//! that card's code; this module is the rest: a link that names nothing the app can open gets a
//! screen that says so and lists what arrived.

use crate::context::use_app;
use crate::i18n::Msg;
use crate::ui::{AlertBox, AlertTone, KeyValues};
use leptos::prelude::*;
use placement::RestAppLink;

/// "This link names nothing the app can open", with the params it brought (as text).
#[component]
pub fn AppLinkWidget(
    /// The link's params.
    link: RestAppLink,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let params: Vec<(String, String)> = link.params.into_iter().collect();
    let empty = params.is_empty();
    view! {
        <div data-widget="app-link" class="b-stack" data-testid="unknown-link">
            <AlertBox tone=AlertTone::Warning title=Msg::LinkUnknownTitle.text(locale) text=Msg::LinkUnknownText.text(locale) />
            {if empty {
                view! { <p class="b-secondary">{Msg::LinkNoParams.text(locale)}</p> }.into_any()
            } else {
                view! { <KeyValues rows=params /> }.into_any()
            }}
        </div>
    }
}
