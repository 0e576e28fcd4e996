//! [`Badge`]: a pill label.

use leptos::prelude::*;

/// The kit's label colours (`style-tinted-*`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BadgeTone {
    /// Blue: neutral information, work in progress (the default).
    #[default]
    Info,
    /// Green: done, won.
    Success,
    /// Orange: needs attention.
    Warning,
    /// Red: failed, overdue.
    Alert,
    /// Grey: closed, inactive.
    NoAccent,
}

impl BadgeTone {
    /// The kit class of this tone.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "style-tinted",
            Self::Success => "style-tinted-success",
            Self::Warning => "style-tinted-warning",
            Self::Alert => "style-tinted-alert",
            Self::NoAccent => "style-tinted-no-accent",
        }
    }
}

/// A pill label in one of the kit's tones, optionally with a colour dot.
#[component]
pub fn Badge(
    /// Colour.
    tone: BadgeTone,
    /// Text.
    #[prop(into)]
    label: String,
    /// A validated `#rrggbb` colour for the dot.
    #[prop(optional_no_strip)]
    dot: Option<String>,
) -> impl IntoView {
    view! {
        <span class=format!("ui-label__scope --air ui-label-md b-badge {}", tone.as_str())>
            {dot.map(|c| view! { <span class="b-badge__dot" style:--b-dot=c></span> })}
            <span class="b-badge__label">{label}</span>
        </span>
    }
}
