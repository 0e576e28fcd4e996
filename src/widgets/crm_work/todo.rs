//! `CRM_*_DETAIL_ACTIVITY`, classic mode: the app opens in a slider over the card with `{ID}`. A
//! to-do form (text, deadline, responsible) that creates the to-do with `crm.activity.todo.add`,
//! then asks the card to reload (`reloadData`, placements.md §4) and lists the element's open to-dos.
//!
//! A create whose outcome is unknown is never sent again by itself: the widget says so, re-reads the
//! open to-dos and leaves the decision (and the typed text) to the user.

use super::local_today;
use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{msg, Locale, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, AlertTone, Button, ButtonKind, Card, PersonLine};
use crate::widgets::crm_entity::entity_icon;
use crate::widgets::loaded_view;
use domain::crm_work::todo::{
    self, DraftProblem, DueChoice, OpenTodo, TodoAdded, TodoContext, TodoDraft, TodoRequest,
};
use domain::people::Person;
use domain::write::WriteFailure;
use leptos::prelude::*;
use placement::CrmRef;
use serde_json::json;

/// Loads the element and its open to-dos (one batch), then shows the form.
#[component]
pub fn TodoWidget(
    /// The element the to-do is for.
    target: CrmRef,
) -> impl IntoView {
    let context = use_loader(move |client| async move {
        let (batch, commands) = todo::plan(target);
        let results = client.batch(batch).await?;
        commands.read(target, &results)
    });
    view! {
        <div data-widget="crm-todo">
            {loaded_view(context, |context, _reload| view! { <TodoForm context=context /> }.into_any())}
        </div>
    }
}

/// Where the last create stands.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Nothing sent yet (or the user is editing again).
    Idle,
    /// `crm.activity.todo.add` is on its way.
    Saving,
    /// Created.
    Created(String),
    /// Refused by the portal: nothing was created; the text is kept.
    Refused(String),
    /// No answer: it may have been created. The open to-dos are re-read; the user decides.
    Unknown,
}

fn problem_text(problem: DraftProblem, locale: Locale) -> &'static str {
    match problem {
        DraftProblem::EmptyText => Msg::CrmTodoEmptyText.text(locale),
        DraftProblem::BadDeadline => Msg::CrmTodoBadDeadline.text(locale),
    }
}

/// The form, the outcome line and the open to-dos.
#[component]
fn TodoForm(context: TodoContext) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let target = context.target;
    let text = RwSignal::new(String::new());
    let deadline = RwSignal::new(DueChoice::Tomorrow.deadline(local_today()).input_value());
    let responsible = RwSignal::new(None::<bx24::SelectedUser>);
    let problems = RwSignal::new(Vec::<DraftProblem>::new());
    let outcome = RwSignal::new(Outcome::Idle);
    let open = RwSignal::new((context.open.clone(), context.open_total));

    let reread = move || {
        // Also runs after a write finished, when the widget may be gone already.
        let Some(client) = ctx.try_with_value(|c| c.rest.clone()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let (batch, todos) = todo::recheck_plan(target);
            if let Ok(results) = client.batch(batch).await {
                if let Ok(rows) = todos.read(&results) {
                    let total = todos.total(&results).unwrap_or(rows.0.len() as u64);
                    open.try_set((todo::open_todos(&rows.0), total));
                }
            }
        });
    };

    let submit = move |_| {
        if outcome.try_get_untracked() == Some(Outcome::Saving) {
            return;
        }
        let draft = TodoDraft {
            description: text.get_untracked(),
            deadline: deadline.get_untracked(),
            responsible: responsible.get_untracked().map(|u| u.id),
        };
        let request: TodoRequest = match draft.validate(target) {
            Ok(request) => request,
            Err(found) => {
                problems.set(found);
                return;
            }
        };
        problems.set(Vec::new());
        outcome.set(Outcome::Saving);
        let (client, bx24) = ctx.with_value(|c| (c.rest.clone(), c.bx24.clone()));
        leptos::task::spawn_local(async move {
            let answer = client
                .call::<TodoAdded>(TodoRequest::METHOD, request.params())
                .await;
            match answer {
                Ok(_) => {
                    outcome.try_set(Outcome::Created(request.description.clone()));
                    text.try_set(String::new());
                    // The card redraws its timeline; its answer carries nothing.
                    let _ = bx24.placement().call("reloadData", &json!({})).await;
                    reread();
                }
                Err(error) => match WriteFailure::classify(error) {
                    WriteFailure::Refused(error) => {
                        outcome.try_set(Outcome::Refused(error.to_string()));
                    }
                    WriteFailure::Unknown(_) => {
                        outcome.try_set(Outcome::Unknown);
                        reread();
                    }
                },
            }
        });
    };

    let choose = move |_| {
        let bx24 = ctx.with_value(|c| c.bx24.clone());
        leptos::task::spawn_local(async move {
            if let Ok(Some(user)) = bx24
                .dialogs()
                .select_user(Msg::CrmTodoResponsible.text(locale))
                .await
            {
                responsible.try_set(Some(user));
            }
        });
    };

    let saving = Signal::derive(move || outcome.try_get() == Some(Outcome::Saving));
    let create_label = move || {
        if outcome.try_get() == Some(Outcome::Unknown) {
            Msg::CrmTodoCreateAgain.text(locale)
        } else {
            Msg::CrmTodoCreate.text(locale)
        }
    };
    let has = move |p: DraftProblem| problems.try_get().unwrap_or_default().contains(&p);
    let subtitle = Some(msg::crm_todo_for(locale, &context.title));

    let footer = view! {
        {move || view! {
            <Button kind=ButtonKind::Primary label=create_label() icon=Icon::Activity busy=saving test_id="todo-create" on_click=Callback::new(submit) />
        }}
    };
    view! {
        <Card icon=entity_icon(target.entity) title=Msg::CrmTodoTitle.text(locale) subtitle=subtitle footer=footer.into_any()>
            <div class="b-stack crm-work-form">
                <label class="crm-work-field">
                    <span class="crm-work-field__label">{Msg::CrmTodoText.text(locale)}</span>
                    <textarea
                        class="crm-work-input"
                        rows="3"
                        data-testid="todo-text"
                        placeholder=Msg::CrmTodoTextPlaceholder.text(locale)
                        aria-invalid=move || has(DraftProblem::EmptyText).then_some("true")
                        prop:value=move || text.try_get().unwrap_or_default()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                    {move || has(DraftProblem::EmptyText).then(|| view! {
                        <span class="crm-work-field__error" role="alert">{problem_text(DraftProblem::EmptyText, locale)}</span>
                    })}
                </label>
                <label class="crm-work-field">
                    <span class="crm-work-field__label">{Msg::CrmTodoDeadline.text(locale)}</span>
                    <input
                        type="datetime-local"
                        class="crm-work-input"
                        data-testid="todo-deadline"
                        aria-invalid=move || has(DraftProblem::BadDeadline).then_some("true")
                        prop:value=move || deadline.try_get().unwrap_or_default()
                        on:input=move |ev| deadline.set(event_target_value(&ev))
                    />
                    {move || has(DraftProblem::BadDeadline).then(|| view! {
                        <span class="crm-work-field__error" role="alert">{problem_text(DraftProblem::BadDeadline, locale)}</span>
                    })}
                </label>
                <div class="crm-work-field">
                    <span class="crm-work-field__label">{Msg::CrmTodoResponsible.text(locale)}</span>
                    <div class="b-row">
                        {move || match responsible.try_get().flatten() {
                            Some(user) => view! { <PersonLine person=Person { id: user.id, name: user.name, photo: user.photo, position: user.position } /> }.into_any(),
                            None => view! { <span data-testid="todo-responsible">{Msg::CrmTodoMe.text(locale)}</span> }.into_any(),
                        }}
                        <Button kind=ButtonKind::Ghost label=Msg::CrmTodoChooseUser.text(locale) icon=Icon::User test_id="todo-choose-user" on_click=Callback::new(choose) />
                    </div>
                </div>
                <OutcomeLine outcome=outcome locale=locale />
                <OpenTodos open=open locale=locale />
            </div>
        </Card>
    }
}

/// What happened to the last create.
#[component]
fn OutcomeLine(outcome: RwSignal<Outcome>, locale: Locale) -> impl IntoView {
    move || {
        match outcome.try_get().unwrap_or(Outcome::Idle) {
        Outcome::Idle => None,
        Outcome::Saving => Some(
            view! { <p class="crm-work-note" role="status" data-testid="todo-saving">{Msg::CrmTodoSaving.text(locale)}</p> }
                .into_any(),
        ),
        Outcome::Created(text) => Some(
            view! { <p class="crm-work-note crm-work-note--success" role="status" data-testid="todo-created">{msg::crm_todo_created(locale, &text)}</p> }
                .into_any(),
        ),
        Outcome::Refused(reason) => Some(
            view! { <div data-testid="todo-refused"><AlertBox tone=AlertTone::Alert title=Msg::CrmTodoFailedTitle.text(locale) text=reason /></div> }
                .into_any(),
        ),
        Outcome::Unknown => Some(
            view! { <div data-testid="todo-unknown"><AlertBox tone=AlertTone::Warning title=Msg::CrmTodoUnknownTitle.text(locale) text=Msg::CrmTodoUnknown.text(locale) /></div> }
                .into_any(),
        ),
    }
    }
}

/// The element's open to-dos.
#[component]
fn OpenTodos(open: RwSignal<(Vec<OpenTodo>, u64)>, locale: Locale) -> impl IntoView {
    move || {
        let (todos, total) = open.try_get().unwrap_or_default();
        if todos.is_empty() {
            return view! { <p class="crm-work-note" data-testid="todo-open-none">{Msg::CrmTodoOpenNone.text(locale)}</p> }.into_any();
        }
        let items = todos
            .into_iter()
            .map(|t| {
                let when = t.deadline.map(|d| crate::fmt::date_time(locale, d));
                view! { <li><span>{t.text}</span>{when.map(|w| view! { <span class="crm-work-note">" · "{w}</span> })}</li> }
            })
            .collect_view();
        view! {
            <section data-testid="todo-open">
                <h3 class="crm-work-subtitle">{msg::crm_todo_open(locale, total)}</h3>
                <ul class="crm-work-list">{items}</ul>
            </section>
        }
        .into_any()
    }
}
