//! [`KitIcon`]: a kit icon, drawn by CSS from its file (`assets/icons/`, see `icon_data.rs`).

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

/// An icon from the kit: an empty element whose class draws the icon's file as a mask in the text
/// colour (`icon.css`, `icons.css`), so the wasm holds no geometry and the browser fetches only the
/// icons on screen. Decorative: hidden from screen readers; give the surrounding control a label.
#[component]
pub fn KitIcon(
    /// Which icon.
    icon: Icon,
    /// How large; [`IconSize::Text`] by default.
    #[prop(optional)]
    size: IconSize,
) -> impl IntoView {
    let class = format!("{} {}", size.as_str(), icon.class());
    view! { <span class=class aria-hidden="true"></span> }
}
