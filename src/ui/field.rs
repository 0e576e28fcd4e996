//! [`Field`]: a label/value row of a `b-fields` list.

use leptos::prelude::*;

/// A label/value row of a `<dl class="b-fields">` list; an empty `b-fields__empty` value shows a muted
/// dash.
#[component]
pub fn Field(
    /// Label.
    #[prop(into)]
    label: String,
    /// Value.
    children: Children,
) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd>{children()}</dd>
    }
}
