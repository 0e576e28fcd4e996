//! Invisible frames (background worker, CRM search providers, the built-in activity interface, the
//! external product catalogue): nothing to show, only a status line for assistive technology.

use crate::context::use_app;
use crate::i18n::Msg;
use leptos::prelude::*;

/// Renders nothing visible.
#[component]
pub fn HiddenWorker() -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    view! { <p class="b-sr-only" role="status" data-widget="hidden">{Msg::BackgroundWorker.text(locale)}</p> }
}
