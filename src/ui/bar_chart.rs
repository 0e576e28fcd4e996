//! [`BarChart`]: horizontal bars, one row per category, each bar an SVG on the kit's tokens.
//!
//! Rows rather than one big SVG: labels stay real text (wrapping, any script, right to left), each
//! row can be a real `<button>` (keyboard, focus ring, screen readers), and the bar scales with the
//! frame. Bar lengths are whole per-mille of the largest value (no float formatting in the wasm).
//! In right-to-left documents the bars grow from the right (`bar_chart.css`).

use leptos::prelude::*;

/// The colour of a bar: meaning, not a raw colour, so both themes stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarTone {
    /// In progress (the kit's primary fill).
    Primary,
    /// Reached the goal (the kit's success fill).
    Success,
    /// Needs attention (the kit's warning accent).
    Warning,
    /// Failed (the kit's alert fill).
    Alert,
    /// Neutral / unknown (the kit's "no accent" fill).
    Neutral,
}

impl BarTone {
    /// The class of this tone.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Primary => "b-bars__bar--primary",
            Self::Success => "b-bars__bar--success",
            Self::Warning => "b-bars__bar--warning",
            Self::Alert => "b-bars__bar--alert",
            Self::Neutral => "b-bars__bar--neutral",
        }
    }
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Category label (untrusted text is fine: rendered as a text node).
    pub label: String,
    /// The value the length is proportional to (non-negative; others count as 0).
    pub value: f64,
    /// The value as the user reads it (formatted by the caller, e.g. `12 · $4,500`).
    pub value_text: String,
    /// A second line under the value (e.g. a conversion), if any.
    pub note: Option<String>,
    /// Colour.
    pub tone: BarTone,
    /// Stable hook for tests (`data-key`).
    pub key: String,
}

/// The length of `value` against `max` in per-mille (0..=1000); a non-zero value gets at least a
/// sliver so it stays visible.
pub fn per_mille(value: f64, max: f64) -> u32 {
    if !(value.is_finite() && max.is_finite()) || value <= 0.0 || max <= 0.0 {
        return 0;
    }
    ((value / max).min(1.0) * 1000.0).round().max(8.0) as u32
}

/// A list of horizontal bars. With `on_select`, each row is a button that reports its index; with
/// `caption`, the chart is a `<figure>` under that visible title. Each row carries its value's whole
/// part as `data-value` (a hook for tests, integer formatting only).
#[component]
pub fn BarChart(
    /// The bars, in display order.
    bars: Vec<Bar>,
    /// Accessible name of the chart.
    #[prop(into)]
    label: String,
    /// A visible title above the bars.
    #[prop(optional, into)]
    caption: Option<String>,
    /// `data-testid` of the chart.
    #[prop(optional)]
    test_id: Option<&'static str>,
    /// Called with the index of the row the user activates (`None`: the rows are not buttons).
    #[prop(default = None)]
    on_select: Option<Callback<usize>>,
) -> impl IntoView {
    let max = bars
        .iter()
        .map(|b| b.value)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(index, bar)| {
            let length = per_mille(bar.value, max);
            let body = view! {
                <span class="b-bars__label">{bar.label.clone()}</span>
                <svg class="b-bars__track" viewBox="0 0 1000 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="b-bars__rail" x="0" y="0" width="1000" height="12" rx="6"></rect>
                    <rect class=format!("b-bars__bar {}", bar.tone.as_str()) x="0" y="0" width=length.to_string() height="12" rx="6"></rect>
                </svg>
                <span class="b-bars__value">
                    <span data-testid="bar-value">{bar.value_text.clone()}</span>
                    {bar.note.clone().map(|n| view! { <span class="b-bars__note">{n}</span> })}
                </span>
            };
            let key = bar.key.clone();
            let whole = (bar.value as i64).to_string();
            match on_select {
                Some(select) => view! {
                    <li class="b-bars__item" data-value=whole>
                        <button type="button" class="b-bars__row b-bars__row--action" data-key=key on:click=move |_| select.run(index)>
                            {body}
                        </button>
                    </li>
                }
                .into_any(),
                None => view! {
                    <li class="b-bars__item" data-value=whole><div class="b-bars__row" data-key=key>{body}</div></li>
                }
                .into_any(),
            }
        })
        .collect_view();
    let list = view! { <ul class="b-bars" role="list" aria-label=label>{rows}</ul> };
    match caption {
        Some(caption) => view! {
            <figure class="b-bars__figure" data-testid=test_id>
                <figcaption class="b-bars__caption">{caption}</figcaption>
                {list}
            </figure>
        }
        .into_any(),
        None => view! { <div class="b-bars__figure" data-testid=test_id>{list}</div> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::per_mille;

    #[test]
    fn lengths_are_per_mille_of_the_largest_and_never_vanish() {
        assert_eq!(per_mille(5.0, 10.0), 500);
        assert_eq!(per_mille(10.0, 10.0), 1000);
        assert_eq!(per_mille(20.0, 10.0), 1000);
        assert_eq!(per_mille(0.001, 10.0), 8);
        assert_eq!(per_mille(0.0, 10.0), 0);
        assert_eq!(per_mille(1.0, 0.0), 0);
        assert_eq!(per_mille(f64::NAN, 10.0), 0);
    }
}
