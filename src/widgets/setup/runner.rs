//! Sends a run's steps and settles what is unclear, for the wizard and the settings page alike.
//!
//! Steps go one at a time, in the plan's order, each through the REST client (which never retries a
//! write), so the screen can show each step's state as it changes. An answer that does not say what
//! happened leaves its step [`install::StepState::Unknown`]; [`settle`] then reads the portal once
//! and lets [`install::Run::reconcile`] decide what landed. [`retry`] always reads the portal first,
//! so nothing is sent twice.

use super::read_portal;
use crate::context::RestClient;
use install::plan::HandlerUrl;
use install::{Answer, Run};
use leptos::prelude::*;
use serde_json::Value;

/// Sends every step that may be sent now, one after the other, updating `run` as answers arrive.
/// Stops early (leaving the rest pending) when the widget went away.
pub async fn send(client: &RestClient, run: RwSignal<Run>) {
    let Some(indexes) = run.try_with_untracked(Run::sendable) else {
        return;
    };
    for index in indexes {
        let Some(Some((method, params))) = run.try_with_untracked(|r| {
            r.steps()
                .get(index)
                .map(|(step, _)| (step.method, step.params.clone()))
        }) else {
            return;
        };
        if run.try_update(|r| r.start(index)).is_none() {
            return;
        }
        let outcome = client.call::<Value>(method, params).await;
        let answer = Answer::from_rest(outcome.as_ref().map(drop));
        if run.try_update(|r| r.finish(index, answer)).is_none() {
            return;
        }
    }
}

/// After a run: when some outcome is unknown, reads the portal and settles those steps from what it
/// holds (refusals stay listed with their reason). Returns whether it had to (the screen then says the portal was checked again). A failed
/// read leaves the steps unknown: the retry reads again before sending anything.
pub async fn settle(client: &RestClient, run: RwSignal<Run>, handler: &HandlerUrl) -> bool {
    if !run
        .try_with_untracked(Run::needs_reconcile)
        .unwrap_or(false)
    {
        return false;
    }
    if let Ok(view) = read_portal(client).await {
        run.try_update(|r| r.reconcile_unknown(&view.state, handler.as_str()));
    }
    true
}

/// The retry of a run that did not complete: reads the portal, settles every failed or unknown
/// step from it, then sends only what is still missing. Without a fresh read nothing is sent.
pub async fn retry(
    client: &RestClient,
    run: RwSignal<Run>,
    handler: &HandlerUrl,
) -> Result<(), rest::RestError> {
    let view = read_portal(client).await?;
    run.try_update(|r| r.reconcile(&view.state, handler.as_str()));
    send(client, run).await;
    Ok(())
}
