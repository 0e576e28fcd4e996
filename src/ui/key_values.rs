//! [`KeyValues`]: a key/value table.

use leptos::prelude::*;

/// A key/value table for developer information (placement code, options).
#[component]
pub fn KeyValues(
    /// Rows.
    rows: Vec<(String, String)>,
) -> impl IntoView {
    view! {
        <table class="b-kv">
            <tbody>
                {rows.into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td>{v}</td></tr> }).collect_view()}
            </tbody>
        </table>
    }
}
