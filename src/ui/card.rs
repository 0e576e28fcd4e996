//! [`Card`]: the kit's "outline" card.

use super::icon::{IconSize, KitIcon};
use super::icon_data::Icon;
use leptos::prelude::*;

/// A kit "outline" card with a header (icon, title, subtitle, badges), a body and a footer.
#[component]
pub fn Card(
    /// Header icon.
    icon: Icon,
    /// Title.
    #[prop(into)]
    title: String,
    /// Second header line.
    #[prop(optional_no_strip)]
    subtitle: Option<String>,
    /// Badges next to the title.
    #[prop(optional)]
    badges: Option<AnyView>,
    /// Footer actions.
    #[prop(optional)]
    footer: Option<AnyView>,
    /// Body.
    children: Children,
) -> impl IntoView {
    view! {
        <section class="b-card">
            <header class="b-card__header">
                <div class="b-row">
                    <KitIcon icon=icon size=IconSize::Large />
                    <div class="b-grow">
                        <h2 class="b-card__title">{title}</h2>
                        {subtitle.map(|s| view! { <p class="b-card__subtitle">{s}</p> })}
                    </div>
                </div>
                {badges.map(|b| view! { <div class="b-row">{b}</div> })}
            </header>
            <div class="b-card__body">{children()}</div>
            {footer.map(|f| view! { <footer class="b-card__footer b-row">{f}</footer> })}
        </section>
    }
}
