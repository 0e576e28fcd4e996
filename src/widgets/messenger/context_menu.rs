//! `IM_CONTEXT_MENU`: turns a message into a task (`tasks.task.add`, bound to the chat's CRM element
//! when there is one) or into a to-do on that element (`crm.activity.todo.add`). The form starts from
//! the message; a refused write keeps the input; a write whose outcome is unknown is never resent by
//! itself: the widget says so and offers *Check*, which looks for what may have been created.

use super::binding_label;
use crate::context::{use_app, Ctx};
use crate::hooks::use_loader;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, AlertTone, Button, ButtonKind, InputKind, PersonLine, TextInput};
use crate::widgets::{loaded_view, open_portal_path, Notice};
use domain::messenger::{self, ChatBinding, MessageContext, NewId, TaskAdded};
use domain::write::WriteFailure;
use leptos::prelude::*;
use placement::{CrmRef, DialogId, MessageId, UserId};
use rest::batch::Batch;
use rest::de::List;
use serde::Deserialize;
use serde_json::json;

/// Loads the message and shows the form.
#[component]
pub fn MessageActions(
    /// The chat.
    dialog: DialogId,
    /// The message the menu was opened on.
    message: MessageId,
) -> impl IntoView {
    let id = dialog.clone();
    let context = use_loader(move |client| {
        let id = id.clone();
        async move {
            let mut batch = Batch::new();
            let commands = messenger::add_message_commands(&id, message, &mut batch);
            let results = client.batch(batch).await?;
            commands.read(&id, message, &results)
        }
    });
    view! {
        <div data-testid="im-message-actions">
            {loaded_view(context, |context, _| view! { <ActionForm context=context /> }.into_any())}
        </div>
    }
}

/// What the form creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// A task.
    Task,
    /// A to-do on this CRM element.
    Todo(CrmRef),
}

/// Where a write stands.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Nothing sent yet (or the user may send again).
    Idle,
    /// On its way.
    Saving,
    /// Created, with its id and (for tasks) its page.
    Created { target: Target, id: u64 },
    /// The portal refused: nothing was created.
    Refused(String),
    /// No answer: it may have been created.
    Unknown(Target),
    /// *Check* found nothing: sending again is safe.
    NotFound,
}

/// `datetime-local`'s `2026-12-24T18:00` with seconds, the form the REST methods document.
fn rest_datetime(value: &str) -> String {
    let v = value.trim();
    if v.len() == 16 {
        format!("{v}:00")
    } else {
        v.to_owned()
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FoundTasks {
    #[serde(deserialize_with = "rest::de::list")]
    tasks: Vec<NewId>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FoundActivity {
    #[serde(rename = "ID", deserialize_with = "rest::de::id")]
    id: Option<u64>,
}

#[component]
fn ActionForm(context: MessageContext) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let me = context.me.unwrap_or(UserId(0));
    let author = context
        .message
        .author
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_else(|| "—".into());
    let footer = msg::im_from_message(locale, author, context.chat_title.clone());
    let title = RwSignal::new(context.suggested_title());
    let description = RwSignal::new(format!(
        "{}\n\n{footer}",
        messenger::plain_text(&context.message.text)
    ));
    let deadline = RwSignal::new(String::new());
    let outcome = RwSignal::new(Outcome::Idle);
    let problem = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<String>);
    let binding = context.binding;
    let crm = match binding {
        Some(ChatBinding::Crm(r)) => Some(r),
        _ => None,
    };
    let saving = Signal::derive(move || outcome.get() == Outcome::Saving);
    let done = move || matches!(outcome.get(), Outcome::Created { .. } | Outcome::Unknown(_));

    let send = move |target: Target| {
        let (t, d, when) = (
            title.get_untracked(),
            description.get_untracked(),
            rest_datetime(&deadline.get_untracked()),
        );
        if t.trim().is_empty() {
            problem.set(Some(Msg::ImTitleRequired.text(locale).to_owned()));
            return;
        }
        if matches!(target, Target::Todo(_)) && when.is_empty() {
            problem.set(Some(Msg::ImDeadlineRequired.text(locale).to_owned()));
            return;
        }
        problem.set(None);
        outcome.set(Outcome::Saving);
        let client = ctx.with_value(|c| c.rest.clone());
        leptos::task::spawn_local(async move {
            let result = match target {
                Target::Task => client
                    .call::<TaskAdded>(
                        "tasks.task.add",
                        messenger::task_add_params(&t, &d, me, &when, binding),
                    )
                    .await
                    .map(|a| a.task.and_then(|t| t.id)),
                Target::Todo(r) => client
                    .call::<NewId>(
                        "crm.activity.todo.add",
                        messenger::todo_add_params(r, &t, &d, &when, me),
                    )
                    .await
                    .map(|a| a.id),
            };
            let next = match result {
                Ok(Some(id)) => Outcome::Created { target, id },
                // A success without an id: created, but we cannot say which; same as unknown.
                Ok(None) => Outcome::Unknown(target),
                Err(e) => match WriteFailure::classify(e) {
                    WriteFailure::Unknown(_) => Outcome::Unknown(target),
                    WriteFailure::Refused(e) => Outcome::Refused(e.to_string()),
                },
            };
            let _ = outcome.try_set(next);
        });
    };
    let check = move |target: Target| {
        let t = title.get_untracked();
        let client = ctx.with_value(|c| c.rest.clone());
        outcome.set(Outcome::Saving);
        leptos::task::spawn_local(async move {
            let found = match target {
                Target::Task => client
                    .call::<FoundTasks>("tasks.task.list", json!({"filter": {"TITLE": t.trim(), "CREATED_BY": me.0}, "select": ["ID"], "order": {"ID": "desc"}}))
                    .await
                    .map(|f| f.tasks.first().and_then(|t| t.id)),
                Target::Todo(r) => client
                    .call::<List<FoundActivity>>("crm.activity.list", json!({"filter": {"OWNER_TYPE_ID": r.entity.entity_type_id().0, "OWNER_ID": r.id.0, "PROVIDER_ID": "CRM_TODO", "SUBJECT": t.trim()}, "select": ["ID"], "order": {"ID": "DESC"}}))
                    .await
                    .map(|f| f.0.first().and_then(|a| a.id)),
            };
            let next = match found {
                Ok(Some(id)) => Outcome::Created { target, id },
                Ok(None) => Outcome::NotFound,
                // The check itself failed: still unknown.
                Err(_) => Outcome::Unknown(target),
            };
            let _ = outcome.try_set(next);
        });
    };

    let result_view = move || {
        match outcome.get() {
        Outcome::Idle | Outcome::Saving => None,
        Outcome::Created { target, id } => Some(created_view(ctx, target, id, me, notice)),
        Outcome::Refused(reason) => Some(view! {
            <div role="alert" data-testid="im-refused"><AlertBox tone=AlertTone::Alert title=msg::im_write_refused(locale, reason) /></div>
        }.into_any()),
        Outcome::Unknown(target) => Some(view! {
            <div role="alert" data-testid="im-unknown">
                <AlertBox tone=AlertTone::Warning title=Msg::ImWriteUnknown.text(locale)>
                    <Button kind=ButtonKind::Secondary label=Msg::ImCheck.text(locale) icon=Icon::Search test_id="im-check"
                        on_click=Callback::new(move |_| check(target)) />
                </AlertBox>
            </div>
        }.into_any()),
        Outcome::NotFound => Some(view! {
            <p role="status" data-testid="im-not-found">{Msg::ImCheckNotFound.text(locale)}</p>
        }.into_any()),
    }
    };
    let message = context.message.clone();
    view! {
        <div class="b-stack">
            <div class="b-im__quote" data-testid="im-message">
                {message.author.map(|p| view! { <PersonLine person=p /> })}
                <p class="b-im__quote-text">{messenger::plain_text(&message.text)}</p>
            </div>
            {crm.map(|r| view! { <p class="b-muted-2">{Msg::ImBelongsTo.text(locale)}" "<strong>{binding_label(ChatBinding::Crm(r), locale)}</strong></p> })}
            <TextInput label=Msg::ImFieldTitle.text(locale) value=title disabled=saving test_id="im-title" />
            <TextInput label=Msg::ImFieldDescription.text(locale) value=description kind=InputKind::MultiLine disabled=saving test_id="im-description" />
            <TextInput label=Msg::ImFieldDeadline.text(locale) value=deadline kind=InputKind::DateTime disabled=saving test_id="im-deadline" />
            {move || problem.get().map(|p| view! { <p class="b-im__problem" role="alert" data-testid="im-problem">{p}</p> })}
            <div class="b-row">
                <Show when=move || !done()>
                    <Button kind=ButtonKind::Primary label=Msg::ImMakeTask.text(locale) icon=Icon::Task busy=saving test_id="im-make-task"
                        on_click=Callback::new(move |_| send(Target::Task)) />
                    {crm.map(|r| view! {
                        <Button kind=ButtonKind::Secondary label=Msg::ImMakeActivity.text(locale) icon=Icon::Activity busy=saving test_id="im-make-activity"
                            on_click=Callback::new(move |_| send(Target::Todo(r))) />
                    })}
                </Show>
            </div>
            {crm.is_none().then(|| view! { <p class="b-muted-2">{Msg::ImNoCrmBinding.text(locale)}</p> })}
            {result_view}
            <Notice notice=notice />
        </div>
    }
}

/// "Task #N created" with *Open*, or "Activity #N added to Deal #5".
fn created_view(
    ctx: Ctx,
    target: Target,
    id: u64,
    me: UserId,
    notice: RwSignal<Option<String>>,
) -> AnyView {
    let locale = ctx.with_value(|c| c.locale);
    match target {
        Target::Task => {
            let path = ChatBinding::Task(placement::TaskId(id)).path(me);
            view! {
                <div role="status" class="b-row" data-testid="im-created">
                    <span>{msg::im_task_created(locale, id)}</span>
                    {path.map(|path| view! {
                        <Button kind=ButtonKind::Ghost label=Msg::Open.text(locale) icon=Icon::ExternalLink test_id="im-open-created"
                            on_click=Callback::new(move |_| open_portal_path(ctx, path.clone(), notice)) />
                    })}
                </div>
            }
            .into_any()
        }
        Target::Todo(r) => view! {
            <p role="status" data-testid="im-created">{msg::im_activity_created(locale, id, binding_label(ChatBinding::Crm(r), locale))}</p>
        }
        .into_any(),
    }
}
