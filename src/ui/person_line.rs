//! [`PersonLine`]: a person with their photo, name and position.

use super::avatar::{Avatar, AvatarSize};
use crate::context::use_app;
use domain::people::Person;
use leptos::prelude::*;

/// A person: avatar, name and a muted second line (their position).
///
/// Resolves the photo itself from the person's own `photo` (as `user.get` / `user.current` answered it)
/// against the portal ([`crate::context::AppContext::portal_url`]: portal-relative paths become
/// absolute, unsafe schemes are dropped), so every widget shows people the same way and none repeats
/// the lookup. Makes no REST call.
#[component]
pub fn PersonLine(
    /// The person.
    person: Person,
) -> impl IntoView {
    let photo = person
        .photo
        .as_deref()
        .and_then(|url| use_app().with_value(|c| c.portal_url(url)));
    let meta = person.position.clone();
    let name = person.name.clone();
    view! {
        <span class="b-person">
            <Avatar person=person photo=photo size=AvatarSize::Small />
            <span class="b-person__body">
                <span class="b-person__name">{name}</span>
                {meta.map(|m| view! { <span class="b-person__meta">{m}</span> })}
            </span>
        </span>
    }
}
