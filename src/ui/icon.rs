//! [`SvgIcon`]: a kit icon drawn from its path data.

use super::icon_data::Icon;
use leptos::prelude::*;

/// How large an icon is drawn (`icon.css`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum IconSize {
    /// 1em: follows the surrounding text (the default).
    #[default]
    Text,
    /// 24 px, for card headers and toolbars.
    Large,
    /// 48 px, for full-frame screens.
    ExtraLarge,
}

impl IconSize {
    /// The classes of this size.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Text => "b-icon",
            Self::Large => "b-icon b-icon--lg",
            Self::ExtraLarge => "b-icon b-icon--xl",
        }
    }
}

/// An icon from the kit, drawn from its path data (no `innerHTML`). Decorative: hidden from screen
/// readers; give the surrounding control a label.
#[component]
pub fn SvgIcon(
    /// Which icon.
    icon: Icon,
    /// How large; [`IconSize::Text`] by default.
    #[prop(optional)]
    size: IconSize,
) -> impl IntoView {
    let data = icon.data();
    view! {
        <svg class=size.as_str() viewBox=data.view_box aria-hidden="true" focusable="false">
            {data
                .paths
                .iter()
                .map(|p| view! { <path d=p.d fill="currentColor" fill-rule=p.fill_rule clip-rule=p.clip_rule></path> })
                .collect_view()}
        </svg>
    }
}
