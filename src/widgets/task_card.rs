//! The task card: for the task card trio (`TASK_VIEW_TAB/SIDEBAR/TOP_PANEL`), the task list's row menu
//! and the legacy task codes that carry a task id.

use super::{loaded_view, open_portal_path, Notice};
use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{msg, task_status, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{
    Badge, BadgeTone, Button, ButtonKind, Card, Field, PersonLine, ProgressBar, ThemeToggle,
};
use domain::people::Person;
use domain::task_card::{self, TaskCard, TaskStatus};
use leptos::prelude::*;
use placement::TaskId;

/// How many checklist items the card lists before summarising the rest.
const CHECKLIST_PREVIEW: usize = 8;

/// Loads and shows one task (one `batch` round trip).
#[component]
pub fn TaskCardWidget(
    /// The task.
    task: TaskId,
) -> impl IntoView {
    let card = use_loader(move |client| async move {
        let results = client.batch(task_card::plan(task)).await?;
        TaskCard::from_batch(task, &results)
    });
    view! {
        <div data-widget="task-card">
            {loaded_view(card, |card, reload| view! { <TaskCardView card=card on_refresh=reload /> }.into_any())}
        </div>
    }
}

/// Renders a loaded task.
#[component]
pub fn TaskCardView(
    /// The data.
    card: TaskCard,
    /// Reloads the data.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let notice = RwSignal::new(None::<String>);
    let overdue = card.is_overdue(js_sys::Date::now() as i64);
    let status = card.status.map(|s| {
        let tone = match s {
            TaskStatus::Completed => BadgeTone::Success,
            TaskStatus::Declined => BadgeTone::Alert,
            TaskStatus::Deferred | TaskStatus::AwaitingReview => BadgeTone::Warning,
            _ => BadgeTone::Info,
        };
        view! { <Badge tone=tone label=task_status(s, locale) /> }
    });
    let badges = view! {
        {status}
        {overdue.then(|| view! { <Badge tone=BadgeTone::Alert label=Msg::Overdue.text(locale) /> })}
        {card.important.then(|| view! { <Badge tone=BadgeTone::Warning label=Msg::Important.text(locale) /> })}
    };
    let path = card.path();
    let footer = view! {
        <Button
            kind=ButtonKind::Primary
            label=Msg::Open.text(locale)
            icon=Icon::ExternalLink
            test_id="open-task"
            on_click=Callback::new(move |_| open_portal_path(ctx, path.clone(), notice))
        />
        <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=on_refresh />
        <span class="b-grow"></span>
        <ThemeToggle />
    };
    let person = |p: Option<Person>| {
        p.map(|p| view! { <PersonLine person=p /> }.into_any())
            .unwrap_or_else(|| view! { <span class="b-fields__empty"></span> }.into_any())
    };
    let deadline = card.deadline.map(|d| crate::fmt::date_time(locale, d));
    let group = card.group.clone().map(|g| {
        let path = g.path();
        view! { <button type="button" class="b-link" on:click=move |_| open_portal_path(ctx, path.clone(), notice)>{g.name}</button> }
    });
    let subtitle = format!("{} #{}", Msg::Task.text(locale), card.id);
    let (responsible, creator) = (card.responsible.clone(), card.creator.clone());
    view! {
        <Card icon=Icon::Task title=card.title.clone() subtitle=Some(subtitle) badges=badges.into_any() footer=footer.into_any()>
            <dl class="b-fields" data-testid="task-fields">
                <Field label=Msg::Deadline.text(locale)>
                    <span class:b-fields__empty=deadline.is_none() data-testid="deadline">{deadline.clone().unwrap_or_else(|| Msg::NotSet.text(locale).to_owned())}</span>
                </Field>
                <Field label=Msg::Responsible.text(locale)>{person(responsible)}</Field>
                <Field label=Msg::CreatedBy.text(locale)>{person(creator)}</Field>
                {group.map(|g| view! { <Field label=Msg::Project.text(locale)>{g}</Field> })}
            </dl>
            <ChecklistSummary card=card.clone() />
            <Notice notice=notice />
        </Card>
    }
}

/// Checklist progress and the first items.
#[component]
fn ChecklistSummary(card: TaskCard) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let progress = card.progress();
    if progress.total == 0 {
        return view! { <span></span> }.into_any();
    }
    let entries: Vec<_> = card
        .checklists
        .iter()
        .flat_map(|c| c.entries.iter().cloned())
        .collect();
    let more = entries.len().saturating_sub(CHECKLIST_PREVIEW);
    let label = msg::checklist_progress(locale, progress.done, progress.total);
    view! {
        <div class="b-stack" data-testid="checklist">
            <div class="b-row">
                <span class="b-grow">{Msg::Checklist.text(locale)}</span>
                <span class="b-muted" data-testid="checklist-count">{format!("{} / {}", progress.done, progress.total)}</span>
            </div>
            <ProgressBar ratio=progress.ratio() label=label />
            <ul class="b-list">
                {entries
                    .into_iter()
                    .take(CHECKLIST_PREVIEW)
                    .map(|e| {
                        let indent = format!("{}px", e.depth.min(4) * 20);
                        view! {
                            <li class="b-list__item" class:b-list__item--done=e.done style:padding-inline-start=indent>
                                <span class="b-muted">{if e.done { "✓" } else { "○" }}</span>
                                <span>{e.title}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p class="b-muted">{format!("+{more}")}</p> })}
        </div>
    }
    .into_any()
}
