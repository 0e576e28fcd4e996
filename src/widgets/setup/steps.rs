//! A run's progress on screen: a progress bar, "n of m steps done", and each step with its state
//! (the portal's refusal or the lost answer spelled out), in a `role="status"` region.

use crate::context::use_app;
use crate::i18n::{msg, Locale, Msg};
use crate::ui::{Badge, BadgeTone, ProgressBar};
use install::{Run, StepState};
use leptos::prelude::*;

/// The state's word and badge tone.
fn state_badge(state: &StepState, locale: Locale) -> (&'static str, BadgeTone, &'static str) {
    match state {
        StepState::Pending => (
            Msg::SetupStatePending.text(locale),
            BadgeTone::NoAccent,
            "pending",
        ),
        StepState::Running => (
            Msg::SetupStateRunning.text(locale),
            BadgeTone::Info,
            "running",
        ),
        StepState::Done => (Msg::SetupStateDone.text(locale), BadgeTone::Success, "done"),
        StepState::AlreadyDone => (
            Msg::SetupStateAlready.text(locale),
            BadgeTone::Success,
            "already",
        ),
        StepState::Failed { .. } => (
            Msg::SetupStateFailed.text(locale),
            BadgeTone::Alert,
            "failed",
        ),
        StepState::Unknown { .. } => (
            Msg::SetupStateUnknown.text(locale),
            BadgeTone::Warning,
            "unknown",
        ),
    }
}

/// The steps of `run` with their states and the overall progress.
#[component]
pub fn RunSteps(
    /// The run.
    run: RwSignal<Run>,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let counts = move || {
        run.try_with(|r| {
            let done = r.steps().iter().filter(|(_, s)| s.is_settled()).count();
            (done, r.steps().len())
        })
        .unwrap_or((0, 0))
    };
    let rows = move || {
        run.try_with(|r| {
            r.steps()
                .iter()
                .map(|(step, state)| {
                    let (word, tone, key) = state_badge(state, locale);
                    let reason = match state {
                        StepState::Failed { code, description } => {
                            Some(if description.is_empty() {
                                code.clone()
                            } else {
                                format!("{description} ({code})")
                            })
                        }
                        StepState::Unknown { reason } => Some(reason.clone()),
                        _ => None,
                    };
                    view! {
                        <li class="b-setup__step" data-code=step.code.clone() data-state=key>
                            <span class="b-setup__step-text">
                                <code class="b-setup__code">{step.code.clone()}</code>
                                <span class="b-setup__method">{step.method}</span>
                                {reason.map(|r| view! { <span class="b-setup__reason">{r}</span> })}
                            </span>
                            <Badge tone=tone label=word />
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="b-stack" data-testid="run">
            {move || {
                let (done, total) = counts();
                let ratio = if total == 0 { 1.0 } else { done as f64 / total as f64 };
                let label = msg::setup_progress(locale, done, total);
                view! {
                    <ProgressBar ratio=ratio label=label.clone() />
                    <p class="b-setup__status" role="status" data-testid="progress">{label}</p>
                }
            }}
            <ul class="b-list b-setup__steps">{rows}</ul>
        </div>
    }
}
