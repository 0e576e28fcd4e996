//! [`ThemeToggle`]: the light/dark switch.

use super::icon::KitIcon;
use super::icon_data::Icon;
use crate::context::use_app;
use crate::hooks::use_color_mode;
use crate::i18n::Msg;
use crate::theme::Theme;
use leptos::prelude::*;

/// The light/dark toggle (a ghost icon button). Reads and flips the app's one colour mode
/// ([`use_color_mode`]), so every toggle on the page shows the same state.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let mode = use_color_mode();
    view! {
        <button
            type="button"
            class="b-toggle"
            title=Msg::ToggleTheme.text(locale)
            aria-label=Msg::ToggleTheme.text(locale)
            data-testid="theme-toggle"
            on:click=move |_| mode.toggle()
        >
            {move || match mode.theme.try_get().unwrap_or(Theme::Light) {
                Theme::Light => view! { <KitIcon icon=Icon::Moon /> },
                Theme::Dark => view! { <KitIcon icon=Icon::Sun /> },
            }}
        </button>
    }
}
