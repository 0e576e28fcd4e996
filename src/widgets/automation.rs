//! `CRM_*_ROBOT_DESIGNER_TOOLBAR`: the app's automation triggers, from the designer they appear in.
//!
//! The widget lists the triggers the app registered (`crm.automation.trigger.list`, one call), adds
//! one (name and a code proposed from it), deletes one, and fires one on an element of the
//! designer's type (`selectCRM` where the dialog offers the type, the element's number otherwise),
//! so an administrator can place a trigger on a stage and try it at once. Only administrators may
//! change triggers (the methods' documented rights), so others see the list read-only.
//!
//! Writes follow `docs/widget-guide.md` §3: a refused one keeps the form as it was, one whose outcome
//! is unknown is never resent; the widget says so and reads the list again.

use super::loaded_view;
use crate::context::{use_app, Ctx};
use crate::hooks::use_loader;
use crate::i18n::{msg, Locale, Msg};
use crate::ui::{Button, ButtonKind, TextInput, WriteState, WriteStatus};
use bx24::CrmSelectRequest;
use domain::automation::{self, NewTrigger, NewTriggerProblem, Trigger, TriggerCode};
use domain::write::WriteFailure;
use leptos::prelude::*;
use placement::{CrmEntityType, CrmRef, EntityId};
use rest::de::List;
use serde_json::Value;

/// Loads the app's triggers and shows the manager for the designer of `entity`.
#[component]
pub fn AutomationWidget(
    /// The designer's entity type.
    entity: CrmEntityType,
) -> impl IntoView {
    let data = use_loader(move |client| async move {
        let rows: List<automation::TriggerEntry> = client
            .call(automation::LIST_METHOD, serde_json::json!({}))
            .await?;
        Ok(automation::triggers(rows.0))
    });
    // Outside the loaded view: a reload after a write keeps the outcome and the form's input.
    let state = RwSignal::new(WriteState::Idle);
    let form = NewTriggerForm::new();
    let fire = FireForm::new();
    view! {
        <div data-widget="crm-automation">
            {loaded_view(data, move |triggers, reload| {
                view! { <AutomationView entity=entity triggers=triggers reload=reload state=state form=form fire=fire /> }.into_any()
            })}
        </div>
    }
}

/// The new-trigger form's input, kept across reloads and failures.
#[derive(Clone, Copy)]
struct NewTriggerForm {
    name: RwSignal<String>,
    code: RwSignal<String>,
    /// The code last proposed from the name: while the code field still holds it (or nothing), a
    /// new name proposes a new code; once the user typed their own, it stays.
    proposed: RwSignal<String>,
    problem: RwSignal<Option<NewTriggerProblem>>,
}

impl NewTriggerForm {
    fn new() -> Self {
        Self {
            name: RwSignal::new(String::new()),
            code: RwSignal::new(String::new()),
            proposed: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
        }
    }

    fn clear(self) {
        self.name.set(String::new());
        self.code.set(String::new());
        self.proposed.set(String::new());
        self.problem.set(None);
    }
}

/// The fire form's input, kept across reloads and failures like [`NewTriggerForm`].
#[derive(Clone, Copy)]
struct FireForm {
    /// The chosen trigger's code (empty: the first one).
    chosen: RwSignal<String>,
    /// The item's ID as typed or picked.
    element_id: RwSignal<String>,
    /// What the dialog picked, (ID, title): its title is shown while the field holds its ID.
    picked: RwSignal<Option<(String, String)>>,
    /// The ID is not a positive whole number.
    bad_id: RwSignal<bool>,
}

impl FireForm {
    fn new() -> Self {
        Self {
            chosen: RwSignal::new(String::new()),
            element_id: RwSignal::new(String::new()),
            picked: RwSignal::new(None),
            bad_id: RwSignal::new(false),
        }
    }
}

fn problem_text(problem: NewTriggerProblem, locale: Locale) -> &'static str {
    match problem {
        NewTriggerProblem::EmptyName => Msg::AutomationEmptyName,
        NewTriggerProblem::BadCode => Msg::AutomationBadCode,
        NewTriggerProblem::TakenCode => Msg::AutomationTakenCode,
    }
    .text(locale)
}

/// Sends one write and reports it in `state`: on success `done` and a reload, on an unknown outcome
/// only a reload (never a resend), on a refusal the reason. Nothing is sent while another write is
/// out.
fn write(
    ctx: Ctx,
    state: RwSignal<WriteState>,
    reload: Callback<()>,
    call: (&'static str, Value),
    done: String,
    on_success: impl FnOnce() + 'static,
) {
    if state.try_get_untracked() == Some(WriteState::Saving) {
        return;
    }
    state.set(WriteState::Saving);
    let (rest, locale) = ctx.with_value(|c| (c.rest.clone(), c.locale));
    leptos::task::spawn_local(async move {
        let (method, params) = call;
        match rest.call::<Value>(method, params).await {
            Ok(_) => {
                on_success();
                let _ = state.try_set(WriteState::Done(done));
                reload.run(());
            }
            Err(error) => match WriteFailure::classify(error) {
                WriteFailure::Unknown(_) => {
                    let _ = state.try_set(WriteState::Unknown);
                    reload.run(());
                }
                WriteFailure::Refused(error) => {
                    let _ = state.try_set(WriteState::Failed(msg::automation_failed(
                        locale,
                        error.to_string(),
                    )));
                }
            },
        }
    });
}

/// The list, the form that adds a trigger and the one that fires one.
#[component]
fn AutomationView(
    entity: CrmEntityType,
    triggers: Vec<Trigger>,
    reload: Callback<()>,
    state: RwSignal<WriteState>,
    form: NewTriggerForm,
    fire: FireForm,
) -> impl IntoView {
    let ctx = use_app();
    let (locale, admin) = ctx.with_value(|c| (c.locale, c.init.is_admin));
    let busy = Signal::derive(move || state.try_get() == Some(WriteState::Saving));
    let rows = if triggers.is_empty() {
        view! { <p class="b-automation__empty" data-testid="automation-empty">{Msg::AutomationEmpty.text(locale)}</p> }.into_any()
    } else {
        let items = triggers
            .iter()
            .map(|trigger| {
                let delete = admin.then(|| {
                    let Trigger { code, name } = trigger.clone();
                    let label = msg::automation_delete_label(locale, name.clone());
                    let on_click = move |_| {
                        if busy.get_untracked() {
                            return;
                        }
                        let done = msg::automation_deleted(locale, name.clone());
                        write(ctx, state, reload, automation::delete_call(&code), done, || {});
                    };
                    view! {
                        <button type="button" class=format!("ui-btn --air ui-btn-sm b-btn {}", ButtonKind::Ghost.as_str())
                            aria-label=label data-testid="automation-delete" on:click=on_click>
                            <span>{Msg::AutomationDelete.text(locale)}</span>
                        </button>
                    }
                });
                view! {
                    <li class="b-automation__row" data-testid="automation-trigger" data-code=trigger.code.as_str().to_owned()>
                        <span class="b-automation__name">{trigger.name.clone()}</span>
                        <code class="b-automation__code">{trigger.code.as_str().to_owned()}</code>
                        {delete}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="b-automation__list" aria-labelledby="automation-title">{items}</ul> }
            .into_any()
    };
    let manage = if admin {
        let existing = triggers.clone();
        view! {
            <AddTriggerForm existing=existing form=form state=state reload=reload busy=busy />
            {(!triggers.is_empty()).then(|| view! { <FireTriggerForm entity=entity triggers=triggers.clone() form=fire state=state reload=reload busy=busy /> })}
        }
        .into_any()
    } else {
        view! { <p class="b-automation__note" data-testid="automation-admin-only">{Msg::AutomationAdminOnly.text(locale)}</p> }.into_any()
    };
    view! {
        <section class="b-card b-automation">
            <header class="b-card__header">
                <div class="b-grow">
                    <h2 class="b-card__title" id="automation-title">{Msg::AutomationTitle.text(locale)}</h2>
                    <p class="b-card__subtitle">{Msg::AutomationHint.text(locale)}</p>
                </div>
            </header>
            <div class="b-card__body b-stack">
                {rows}
                {manage}
                <WriteStatus state=state saving=Msg::AutomationSaving.text(locale) unknown=Msg::AutomationUnknown.text(locale) test_prefix="automation" />
            </div>
        </section>
    }
}

/// Name and code of a new trigger; the code follows the name until the user edits it.
#[component]
fn AddTriggerForm(
    existing: Vec<Trigger>,
    form: NewTriggerForm,
    state: RwSignal<WriteState>,
    reload: Callback<()>,
    busy: Signal<bool>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let proposals = existing.clone();
    Effect::new(move |_| {
        let name = form.name.get();
        let proposed = if name.trim().is_empty() {
            String::new()
        } else {
            automation::code_from_name(&name, &proposals)
                .as_str()
                .to_owned()
        };
        let code = form.code.get_untracked();
        if code.is_empty() || code == form.proposed.get_untracked() {
            form.code.set(proposed.clone());
        }
        form.proposed.set(proposed);
    });
    let add = Callback::new(move |_: ()| {
        match NewTrigger::check(
            &form.name.get_untracked(),
            &form.code.get_untracked(),
            &existing,
        ) {
            Err(problem) => form.problem.set(Some(problem)),
            Ok(new) => {
                form.problem.set(None);
                let done = msg::automation_added(locale, new.name.clone());
                // Adding an existing code only renames it, so even an unknown outcome is harmless; the
                // form is cleared only once the portal confirmed.
                write(ctx, state, reload, new.add_call(), done, move || {
                    form.clear()
                });
            }
        }
    });
    let invalid_name =
        Signal::derive(move || form.problem.get() == Some(NewTriggerProblem::EmptyName));
    let invalid_code = Signal::derive(move || {
        matches!(
            form.problem.get(),
            Some(NewTriggerProblem::BadCode | NewTriggerProblem::TakenCode)
        )
    });
    view! {
        <form class="b-automation__form" aria-labelledby="automation-add-title" on:submit=move |ev| { ev.prevent_default(); add.run(()); }>
            <h3 class="b-automation__subtitle" id="automation-add-title">{Msg::AutomationAddTitle.text(locale)}</h3>
            <TextInput label=Msg::AutomationName.text(locale) value=form.name invalid=invalid_name disabled=busy test_id="automation-name" />
            <TextInput label=Msg::AutomationCode.text(locale) value=form.code invalid=invalid_code disabled=busy test_id="automation-code" />
            <p class="b-automation__note">{Msg::AutomationCodeHint.text(locale)}</p>
            {move || form.problem.get().map(|p| view! { <p class="b-automation__problem" role="alert" data-testid="automation-problem">{problem_text(p, locale)}</p> })}
            <div class="b-row">
                <Button kind=ButtonKind::Primary label=Msg::AutomationAdd.text(locale) busy=busy test_id="automation-add" on_click=add />
            </div>
        </form>
    }
}

/// Picks a trigger and an element of the designer's type, and fires the trigger on it once.
#[component]
fn FireTriggerForm(
    entity: CrmEntityType,
    triggers: Vec<Trigger>,
    form: FireForm,
    state: RwSignal<WriteState>,
    reload: Callback<()>,
    busy: Signal<bool>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    if !automation::fires_on(entity) {
        return view! { <p class="b-automation__note">{Msg::AutomationNoFire.text(locale)}</p> }
            .into_any();
    }
    let FireForm {
        chosen,
        element_id,
        picked,
        bad_id,
    } = form;
    // The chosen trigger, or the first one when none is chosen or it is gone.
    let first = triggers
        .first()
        .map(|t| t.code.as_str().to_owned())
        .unwrap_or_default();
    let known: Vec<String> = triggers
        .iter()
        .map(|t| t.code.as_str().to_owned())
        .collect();
    let effective = Signal::derive(move || {
        let code = chosen.get();
        if known.contains(&code) {
            code
        } else {
            first.clone()
        }
    });
    let picked_title = move || {
        picked
            .get()
            .filter(|(id, _)| *id == element_id.get().trim())
            .map(|(_, title)| title)
    };
    let names: Vec<(TriggerCode, String)> = triggers
        .iter()
        .map(|t| (t.code.clone(), t.name.clone()))
        .collect();
    let fire = Callback::new(move |_: ()| {
        let Some(id) = element_id
            .get_untracked()
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|id| *id > 0)
        else {
            bad_id.set(true);
            return;
        };
        bad_id.set(false);
        let Some((code, name)) = names
            .iter()
            .find(|(c, _)| c.as_str() == effective.get_untracked())
            .cloned()
        else {
            return;
        };
        let element = picked
            .get_untracked()
            .filter(|(picked_id, _)| *picked_id == id.to_string())
            .map(|(_, title)| title)
            .unwrap_or_else(|| format!("#{id}"));
        let target = CrmRef {
            entity,
            id: EntityId(id),
        };
        let done = msg::automation_fired(locale, name, element);
        write(
            ctx,
            state,
            reload,
            automation::execute_call(&code, target),
            done,
            || {},
        );
    });
    let pick = automation::picker_kind(entity).map(|kind| {
        let on_pick = Callback::new(move |_: ()| {
            let bx24 = ctx.with_value(|c| c.bx24.clone());
            leptos::task::spawn_local(async move {
                let request = CrmSelectRequest { entity_types: vec![kind.to_owned()], ..Default::default() };
                match bx24.dialogs().select_crm(&request).await {
                    Ok(selection) => {
                        if let Some(item) = selection.items.into_iter().find(|i| i.kind == kind) {
                            if let Some(id) = item.numeric_id() {
                                let title = Some(item.title).filter(|t| !t.is_empty()).unwrap_or_else(|| format!("#{id}"));
                                let _ = picked.try_set(Some((id.to_string(), title)));
                                let _ = element_id.try_set(id.to_string());
                                let _ = bad_id.try_set(false);
                            }
                        }
                    }
                    Err(error) => {
                        let _ = state.try_set(WriteState::Failed(msg::automation_failed(locale, error.to_string())));
                    }
                }
            });
        });
        view! { <Button kind=ButtonKind::Secondary label=Msg::AutomationFirePick.text(locale) busy=busy test_id="automation-pick" on_click=on_pick /> }
    });
    let options = triggers
        .iter()
        .map(|t| {
            let code = t.code.as_str().to_owned();
            let selected = {
                let code = code.clone();
                move || effective.get() == code
            };
            view! { <option value=code selected=selected>{t.name.clone()}</option> }
        })
        .collect_view();
    view! {
        <form class="b-automation__form" aria-labelledby="automation-fire-title" on:submit=move |ev| { ev.prevent_default(); fire.run(()); }>
            <h3 class="b-automation__subtitle" id="automation-fire-title">{Msg::AutomationFireTitle.text(locale)}</h3>
            <label class="b-input">
                <span class="b-input__label">{Msg::AutomationFireTrigger.text(locale)}</span>
                <select class="b-input__control" data-testid="automation-fire-trigger" disabled=move || busy.get()
                    on:change=move |ev| chosen.set(event_target_value(&ev))>
                    {options}
                </select>
            </label>
            <TextInput label=Msg::AutomationFireElement.text(locale) value=element_id invalid=bad_id disabled=busy test_id="automation-element" />
            {move || picked_title().map(|title| view! { <p class="b-automation__note" data-testid="automation-picked">{msg::automation_picked(locale, title)}</p> })}
            {move || bad_id.get().then(|| view! { <p class="b-automation__problem" role="alert">{Msg::AutomationBadId.text(locale)}</p> })}
            <div class="b-row">
                {pick}
                <Button kind=ButtonKind::Primary label=Msg::AutomationFire.text(locale) busy=busy test_id="automation-fire" on_click=fire />
            </div>
        </form>
    }
    .into_any()
}
