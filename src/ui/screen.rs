//! [`Screen`]: a full-frame message.

use super::icon::{IconSize, KitIcon};
use super::icon_data::Icon;
use leptos::prelude::*;

/// The mood of a [`Screen`]: the colour of its icon circle and whether it is announced as an alert.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ScreenTone {
    /// Blue, not announced: information (the default).
    #[default]
    Neutral,
    /// Orange, announced: something to fix.
    Warning,
    /// Red, announced: a failure.
    Error,
}

impl ScreenTone {
    /// The classes of this tone.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Neutral => "b-screen",
            Self::Warning => "b-screen b-screen--warning",
            Self::Error => "b-screen b-screen--error",
        }
    }

    /// The ARIA role: warnings and errors are alerts.
    pub fn role(self) -> Option<&'static str> {
        (self != Self::Neutral).then_some("alert")
    }
}

/// A full-frame message: boot states and failures.
#[component]
pub fn Screen(
    /// Icon in the circle.
    icon: Icon,
    /// Mood; [`ScreenTone::Neutral`] by default.
    #[prop(optional)]
    tone: ScreenTone,
    /// Title.
    #[prop(into)]
    title: String,
    /// Explanation.
    #[prop(into)]
    text: String,
    /// Stable hook for tests.
    test_id: &'static str,
    /// Buttons and details under the text.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <section class=tone.as_str() data-testid=test_id role=tone.role()>
            <div class="b-screen__icon">
                <KitIcon icon=icon size=IconSize::ExtraLarge />
            </div>
            <h1 class="b-screen__title">{title}</h1>
            <p class="b-screen__text">{text}</p>
            {children.map(|c| view! { <div class="b-screen__actions">{c()}</div> })}
        </section>
    }
}
