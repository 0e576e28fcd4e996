//! [`CodeBlock`]: JSON shown as text.

use leptos::prelude::*;

/// Pretty-printed JSON shown as text (never interpreted as HTML).
#[component]
pub fn CodeBlock(
    /// The value.
    value: serde_json::Value,
) -> impl IntoView {
    let text = serde_json::to_string_pretty(&value).unwrap_or_else(|_| value.to_string());
    view! { <pre class="b-code">{text}</pre> }
}
