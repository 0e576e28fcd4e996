//! [`AlertBox`]: the kit's inline alert.

use super::icon::KitIcon;
use super::icon_data::Icon;
use leptos::prelude::*;

/// The colour and icon of an [`AlertBox`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AlertTone {
    /// Blue with an "i": a calm notice such as "not found" (the default).
    #[default]
    Info,
    /// Orange with a warning sign.
    Warning,
    /// Red with an alert sign: a failure.
    Alert,
}

impl AlertTone {
    /// The kit class of this tone.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "style-tinted",
            Self::Warning => "style-tinted-warning",
            Self::Alert => "style-tinted-alert",
        }
    }

    /// The icon of this tone.
    pub fn icon(self) -> Icon {
        match self {
            Self::Info => Icon::Info,
            Self::Warning => Icon::Warning,
            Self::Alert => Icon::Alert,
        }
    }
}

/// An inline alert (kit alert) for notices and errors inside a widget.
#[component]
pub fn AlertBox(
    /// Colour and icon; [`AlertTone::Info`] by default.
    #[prop(optional)]
    tone: AlertTone,
    /// Title.
    #[prop(into)]
    title: String,
    /// Text.
    #[prop(optional, into)]
    text: String,
    /// Actions.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class=format!("b-alert {}", tone.as_str()) role="alert">
            <span class="b-alert__icon"><KitIcon icon=tone.icon() /></span>
            <div class="b-alert__body">
                <p class="b-alert__title">{title}</p>
                {(!text.is_empty()).then(|| view! { <p>{text}</p> })}
                {children.map(|c| view! { <div class="b-alert__actions">{c()}</div> })}
            </div>
        </div>
    }
}
