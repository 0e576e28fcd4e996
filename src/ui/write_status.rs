//! [`WriteStatus`]: where a widget's last write is, as one announced line, and [`WriteState`], the
//! state it shows. Shared by every widget that writes and reports the outcome in place (list-row
//! actions, automation triggers): saving, done, refused with the reason, or unknown (the portal did
//! not confirm; the widget re-read its data and never resends, `docs/widget-guide.md` §3).

use leptos::prelude::*;

/// Where a widget's last write is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum WriteState {
    /// Nothing sent yet.
    #[default]
    Idle,
    /// Waiting for the portal.
    Saving,
    /// Done: what happened, as a sentence.
    Done(String),
    /// Refused (or not sendable): why, as a sentence.
    Failed(String),
    /// Sent, but whether it landed is unknown; the widget read its data again.
    Unknown,
}

/// The status line of `state`: a polite live region while idle, saving or done, an alert when the
/// write failed or its outcome is unknown. Test ids: `<test_prefix>-status`, `-error`, `-unknown`.
#[component]
pub fn WriteStatus(
    /// The state shown.
    state: RwSignal<WriteState>,
    /// Shown while saving.
    #[prop(into)]
    saving: String,
    /// Shown when the outcome is unknown.
    #[prop(into)]
    unknown: String,
    /// Prefix of the line's `data-testid`.
    test_prefix: &'static str,
) -> impl IntoView {
    let (status, error, unknown_id) = (
        format!("{test_prefix}-status"),
        format!("{test_prefix}-error"),
        format!("{test_prefix}-unknown"),
    );
    move || {
        match state.try_get().unwrap_or_default() {
        WriteState::Idle => {
            view! { <p class="b-write-status" role="status" data-testid=status.clone()></p> }
                .into_any()
        }
        WriteState::Saving => view! {
            <p class="b-write-status" role="status" data-testid=status.clone()>{saving.clone()}</p>
        }
        .into_any(),
        WriteState::Done(text) => view! {
            <p class="b-write-status b-write-status--done" role="status" data-testid=status.clone()>{text}</p>
        }
        .into_any(),
        WriteState::Failed(text) => view! {
            <p class="b-write-status b-write-status--error" role="alert" data-testid=error.clone()>{text}</p>
        }
        .into_any(),
        WriteState::Unknown => view! {
            <p class="b-write-status b-write-status--error" role="alert" data-testid=unknown_id.clone()>{unknown.clone()}</p>
        }
        .into_any(),
    }
    }
}
