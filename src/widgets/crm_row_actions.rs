//! `CRM_*_LIST_MENU`: the row's card with actions on it: move it to another stage of its pipeline,
//! or give it to another responsible user (the portal's `selectUser` dialog). After a change the
//! widget asks the list to reload (`reloadData`, the placement's own command) and re-reads the row.
//!
//! A write whose outcome is unknown (no answer, network error, 5xx) is never sent again on its own:
//! the widget says so, re-reads the row and leaves the decision to the user. A refused write keeps
//! the user's choice on screen.

use super::crm_entity::EntityCardView;
use super::loaded_view;
use crate::context::{use_app, Ctx};
use crate::hooks::use_loader;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Button, ButtonKind, WriteState, WriteStatus};
use domain::crm_row_actions::{self, RowActions};
use leptos::prelude::*;
use placement::CrmRef;
use serde_json::{json, Value};

/// Loads the row (one batch) and shows its card with the actions.
#[component]
pub fn RowActionsWidget(
    /// The row the menu was opened on.
    target: CrmRef,
) -> impl IntoView {
    let data = use_loader(move |client| async move {
        let (batch, commands) = crm_row_actions::plan(target);
        let results = client.batch(batch).await?;
        commands.read(target, &results)
    });
    // Outside the loaded view: a reload after a write must not lose the outcome message.
    let state = RwSignal::new(WriteState::Idle);
    view! {
        <div data-widget="crm-row-actions">
            {loaded_view(data, move |actions, reload| view! { <RowActionsView actions=actions reload=reload state=state /> }.into_any())}
        </div>
    }
}

/// Sends one write and reports it in `state`; on success asks the list to reload and re-reads the
/// row, on an unknown outcome only re-reads it.
fn write(
    ctx: Ctx,
    state: RwSignal<WriteState>,
    reload: Callback<()>,
    update: (&'static str, Value),
    done: String,
) {
    if state.try_get_untracked() == Some(WriteState::Saving) {
        return;
    }
    state.set(WriteState::Saving);
    let (rest, bx24, locale) = ctx.with_value(|c| (c.rest.clone(), c.bx24.clone(), c.locale));
    leptos::task::spawn_local(async move {
        let (method, params) = update;
        match rest.call::<Value>(method, params).await {
            Ok(_) => {
                // The list behind the menu shows the old row until it reloads.
                let _ = bx24.placement().call("reloadData", &json!({})).await;
                let _ = state.try_set(WriteState::Done(done));
                reload.run(());
            }
            Err(error) if domain::write::outcome_unknown(&error) => {
                let _ = state.try_set(WriteState::Unknown);
                reload.run(());
            }
            Err(error) => {
                let _ = state.try_set(WriteState::Failed(msg::crm_row_save_failed(
                    locale,
                    error.to_string(),
                )));
            }
        }
    });
}

/// The card and the action panel.
#[component]
fn RowActionsView(
    actions: RowActions,
    reload: Callback<()>,
    state: RwSignal<WriteState>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let target = actions.card.target;
    let busy = Signal::derive(move || state.try_get() == Some(WriteState::Saving));
    let current = actions.stage_id.clone();
    let chosen = RwSignal::new(current.clone().unwrap_or_default());
    let stages = actions.stages.clone();
    let stage_panel = (!stages.is_empty()).then(|| {
        let options = stages
            .iter()
            .map(|s| {
                let selected = Some(&s.id) == current.as_ref();
                view! { <option value=s.id.clone() selected=selected>{s.name.clone()}</option> }
            })
            .collect_view();
        let names: Vec<(String, String)> = stages.iter().map(|s| (s.id.clone(), s.name.clone())).collect();
        let current = current.clone();
        let unchanged = Signal::derive(move || {
            chosen.try_get().as_ref() == current.as_ref() || busy.try_get().unwrap_or(true)
        });
        let move_to = Callback::new(move |_: ()| {
            let Some(stage) = chosen.try_get_untracked() else { return };
            let name = names
                .iter()
                .find(|(id, _)| *id == stage)
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| stage.clone());
            write(ctx, state, reload, crm_row_actions::stage_update(target, &stage), msg::crm_row_moved(locale, name));
        });
        view! {
            <div class="b-row b-row-actions__line">
                <label class="b-row-actions__label" for="row-stage">{Msg::CrmRowStage.text(locale)}</label>
                <select
                    id="row-stage"
                    class="b-row-actions__select"
                    data-testid="row-stage"
                    on:change=move |ev| chosen.set(event_target_value(&ev))
                >
                    {options}
                </select>
                // The kit's button, disabled while the choice is the current stage or a write is out.
                <button
                    type="button"
                    class=format!("ui-btn --air ui-btn-md b-btn {}", ButtonKind::Primary.as_str())
                    data-testid="row-move"
                    disabled=move || unchanged.get()
                    aria-busy=move || busy.try_get().unwrap_or(false).then_some("true")
                    on:click=move |_| move_to.run(())
                >
                    <span>{Msg::CrmRowMove.text(locale)}</span>
                </button>
            </div>
        }
    });
    let reassign = Callback::new(move |_: ()| {
        if busy.try_get_untracked().unwrap_or(true) {
            return;
        }
        let bx24 = ctx.with_value(|c| c.bx24.clone());
        leptos::task::spawn_local(async move {
            match bx24
                .dialogs()
                .select_user(Msg::CrmRowPickUser.text(locale))
                .await
            {
                Ok(Some(user)) => {
                    let name = user.name.clone();
                    write(
                        ctx,
                        state,
                        reload,
                        crm_row_actions::assign_update(target, placement::UserId(user.id)),
                        msg::crm_row_reassigned(locale, name),
                    );
                }
                // Closed without choosing: nothing to do.
                Ok(None) => {}
                Err(error) => {
                    let _ = state.try_set(WriteState::Failed(msg::crm_row_save_failed(
                        locale,
                        error.to_string(),
                    )));
                }
            }
        });
    });
    view! {
        <EntityCardView card=actions.card.clone() on_refresh=reload />
        <section class="b-card b-row-actions" data-testid="row-actions" aria-labelledby="row-actions-title">
            <div class="b-card__body">
                <h3 class="b-row-actions__title" id="row-actions-title">{Msg::CrmRowActions.text(locale)}</h3>
                {stage_panel}
                <div class="b-row b-row-actions__line">
                    <span class="b-row-actions__label">{Msg::Responsible.text(locale)}</span>
                    <Button kind=ButtonKind::Secondary label=Msg::CrmRowReassign.text(locale) icon=Icon::User busy=busy test_id="row-reassign" on_click=reassign />
                </div>
                <WriteStatus state=state saving=Msg::CrmRowSaving.text(locale) unknown=Msg::CrmRowUnknown.text(locale) test_prefix="row" />
            </div>
        </section>
    }
}
