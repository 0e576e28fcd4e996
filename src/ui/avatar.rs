//! [`Avatar`]: a round photo, or initials.

use domain::people::Person;
use leptos::prelude::*;

/// How large an avatar is (`avatar.css`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AvatarSize {
    /// 24 px, for a person inside a field list.
    Small,
    /// 32 px (the default).
    #[default]
    Medium,
    /// 42 px, for a header.
    Large,
}

impl AvatarSize {
    /// The classes of this size.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Small => "b-avatar b-avatar--sm",
            Self::Medium => "b-avatar",
            Self::Large => "b-avatar b-avatar--lg",
        }
    }
}

/// A round avatar: the photo, or initials when there is none (or it fails to load).
#[component]
pub fn Avatar(
    /// Whose avatar.
    person: Person,
    /// Absolute photo URL, already resolved against the portal.
    photo: Option<String>,
    /// How large; [`AvatarSize::Medium`] by default.
    #[prop(optional)]
    size: AvatarSize,
) -> impl IntoView {
    let failed = RwSignal::new(false);
    let initials = person.initials();
    view! {
        <span class=size.as_str() aria-hidden="true">
            {move || match (&photo, failed.try_get().unwrap_or(true)) {
                (Some(url), false) => {
                    view! {
                        <img src=url.clone() alt="" referrerpolicy="no-referrer" on:error=move |_| failed.set(true) />
                    }
                        .into_any()
                }
                _ => view! { <span>{initials.clone()}</span> }.into_any(),
            }}
        </span>
    }
}
