//! [`Button`]: the kit's button with an optional icon and a busy state.

use super::icon::KitIcon;
use super::icon_data::Icon;
use leptos::prelude::*;

/// The kit's button colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonKind {
    /// The one main action of a view (filled blue).
    Primary,
    /// A secondary action (tinted blue).
    Secondary,
    /// A neutral action (outline, the kit's default).
    Neutral,
    /// A quiet action (no background).
    Ghost,
}

impl ButtonKind {
    /// The kit class of this colour.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Primary => "--style-filled",
            Self::Secondary => "--style-tinted",
            Self::Neutral => "--style-outline-no-accent",
            Self::Ghost => "--style-plain",
        }
    }
}

/// A button with an optional icon and a busy state.
#[component]
pub fn Button(
    /// Colour.
    kind: ButtonKind,
    /// Visible label.
    #[prop(into)]
    label: String,
    /// Leading icon.
    #[prop(optional)]
    icon: Option<Icon>,
    /// Shows a spinner and ignores clicks while true.
    #[prop(optional, into)]
    busy: Signal<bool>,
    /// Stable hook for tests and analytics.
    #[prop(optional)]
    test_id: &'static str,
    /// Click handler.
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=format!("ui-btn --air ui-btn-md b-btn {}", kind.as_str())
            aria-busy=move || busy.try_get().unwrap_or(false).then_some("true")
            data-testid=(!test_id.is_empty()).then_some(test_id)
            on:click=move |_| {
                if !busy.try_get_untracked().unwrap_or(true) {
                    on_click.run(());
                }
            }
        >
            {icon.map(|icon| view! { <span class="b-btn__icon"><KitIcon icon=icon /></span> })}
            <span>{label}</span>
        </button>
    }
}
