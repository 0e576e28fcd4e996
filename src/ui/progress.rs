//! [`ProgressBar`]: a share done.

use leptos::prelude::*;

/// A progress bar (0.0..=1.0) with an accessible value; green when complete.
#[component]
pub fn ProgressBar(
    /// Share done.
    ratio: f64,
    /// Accessible label.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let ratio = if ratio.is_finite() {
        ratio.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let done = ratio >= 1.0;
    view! {
        <div
            class="b-progress"
            class:b-progress--success=done
            role="progressbar"
            aria-label=label
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=format!("{:.0}", ratio * 100.0)
            style:--b-progress=format!("{ratio:.4}")
        >
            <div class="b-progress__bar"></div>
        </div>
    }
}
