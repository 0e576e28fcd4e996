//! [`TextInput`]: a labelled text, date or multi-line input bound to a signal.

use leptos::prelude::*;

/// What a [`TextInput`] edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    /// One line of text.
    #[default]
    Text,
    /// A date and time (`datetime-local`, the browser's own picker).
    DateTime,
    /// Several lines (`<textarea>`).
    MultiLine,
}

/// A label above an input whose value lives in `value` (kept on failures: the user's text survives).
#[component]
pub fn TextInput(
    /// Visible label (also the input's accessible name).
    #[prop(into)]
    label: String,
    /// The value, read and written.
    value: RwSignal<String>,
    /// Single line, date-time or multi-line.
    #[prop(optional)]
    kind: InputKind,
    /// Disabled (while saving).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Marks the input invalid (`aria-invalid`) when true.
    #[prop(optional, into)]
    invalid: Signal<bool>,
    /// `data-testid` of the control.
    #[prop(optional)]
    test_id: &'static str,
) -> impl IntoView {
    let on_input = move |ev| value.set(event_target_value(&ev));
    let test_id = (!test_id.is_empty()).then_some(test_id);
    let control = match kind {
        InputKind::MultiLine => view! {
            <textarea class="b-input__control b-input__control--area" rows="4"
                prop:value=move || value.try_get().unwrap_or_default() on:input=on_input
                disabled=move || disabled.get() aria-invalid=move || invalid.get().then_some("true") data-testid=test_id></textarea>
        }
        .into_any(),
        InputKind::Text | InputKind::DateTime => view! {
            <input class="b-input__control" type=if kind == InputKind::DateTime { "datetime-local" } else { "text" }
                prop:value=move || value.try_get().unwrap_or_default() on:input=on_input
                disabled=move || disabled.get() aria-invalid=move || invalid.get().then_some("true") data-testid=test_id />
        }
        .into_any(),
    };
    view! {
        <label class="b-input">
            <span class="b-input__label">{label}</span>
            {control}
        </label>
    }
}
