//! [`CardSkeleton`]: a loading placeholder.

use leptos::prelude::*;

/// A loading placeholder shaped like a card: title line, avatar and a few field lines.
#[component]
pub fn CardSkeleton() -> impl IntoView {
    view! {
        <section class="b-card" aria-busy="true" data-testid="skeleton">
            <div class="b-card__header">
                <div class="b-skeleton b-skeleton--title"></div>
            </div>
            <div class="b-card__body b-stack">
                <div class="b-row">
                    <div class="b-skeleton b-skeleton--avatar"></div>
                    <div class="b-skeleton b-skeleton--line b-grow"></div>
                </div>
                <div class="b-skeleton b-skeleton--line"></div>
                <div class="b-skeleton b-skeleton--line"></div>
                <div class="b-skeleton b-skeleton--line"></div>
            </div>
        </section>
    }
}
