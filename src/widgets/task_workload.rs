//! The workload report of a task list: the user's or project's tasks by status, overdue, due this
//! week and per responsible person, with charts. The header (owner, count) comes in one `batch`; the
//! tasks follow through `rest::list` ID-cursor batches with a progress bar and a *Stop* button.

use super::{loaded_view, open_portal_path, Notice};
use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{msg, task_status, Locale, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{
    AlertBox, AlertTone, Bar, BarChart, BarTone, Button, ButtonKind, Card, ProgressBar, Stat,
    StatTiles, StatTone, ThemeToggle,
};
use domain::answers::Task;
use domain::task_card::TaskStatus;
use domain::task_workload::{self, Clock, Workload, WorkloadHeader, WorkloadScope};
use futures::StreamExt;
use leptos::prelude::*;
use rest::{CancelToken, RestError};

/// People the per-person chart lists before it stops.
const PEOPLE_SHOWN: usize = 8;

/// Loads the report's header (one `batch`), then the tasks page by page.
#[component]
pub fn WorkloadWidget(
    /// Whose tasks.
    scope: WorkloadScope,
) -> impl IntoView {
    let header = use_loader(move |client| async move {
        let (batch, commands) = task_workload::header_plan(scope);
        let results = client.batch(batch).await?;
        commands.read(&results)
    });
    view! {
        <div data-widget="task-workload">
            {loaded_view(header, |header, reload| view! { <WorkloadReport header=header on_refresh=reload /> }.into_any())}
        </div>
    }
}

/// Where the task loading stands.
#[derive(Debug, Clone, PartialEq)]
enum Phase {
    Loading,
    Done,
    Stopped,
    Failed(String),
}

/// The user's clock: now and the UTC offset (JS `getTimezoneOffset` is west-positive).
pub fn clock() -> Clock {
    Clock {
        now_ms: js_sys::Date::now() as i64,
        offset_minutes: -(js_sys::Date::new_0().get_timezone_offset() as i32),
    }
}

/// The report over the tasks loaded so far, updating as pages arrive.
#[component]
fn WorkloadReport(
    /// Owner and count.
    header: WorkloadHeader,
    /// Reloads the header and the tasks.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let scope = header.scope;
    let total = header.total;
    let tasks = RwSignal::new(Vec::<Task>::new());
    let phase = RwSignal::new(Phase::Loading);
    let running = StoredValue::new_local(None::<CancelToken>);
    let notice = RwSignal::new(None::<String>);

    let start = move || {
        let token = CancelToken::new();
        if let Some(previous) = running
            .try_update_value(|r| r.replace(token.clone()))
            .flatten()
        {
            previous.cancel();
        }
        tasks.set(Vec::new());
        phase.set(Phase::Loading);
        let client = ctx.with_value(|c| c.rest.clone()).with_cancel(&token);
        leptos::task::spawn_local(async move {
            let mut pages =
                std::pin::pin!(client.list_pages::<Task>(task_workload::list_spec(scope)));
            while let Some(page) = pages.next().await {
                match page {
                    Ok(rows) => {
                        if tasks.try_update(|t| t.extend(rows)).is_none() {
                            return;
                        }
                    }
                    Err(RestError::Cancelled) => {
                        let _ = phase.try_set(Phase::Stopped);
                        return;
                    }
                    Err(error) => {
                        let _ = phase.try_set(Phase::Failed(error.to_string()));
                        return;
                    }
                }
            }
            let _ = phase.try_set(Phase::Done);
        });
    };
    start();
    on_cleanup(move || {
        if let Some(Some(token)) = running.try_get_value() {
            token.cancel();
        }
    });
    let stop = Callback::new(move |_| {
        if let Some(Some(token)) = running.try_get_value() {
            token.cancel();
        }
        phase.set(Phase::Stopped);
    });
    let again = Callback::new(move |_| start());

    let title = match &header.owner_name {
        Some(name) => msg::workload_title(locale, name),
        None => Msg::WorkloadTitleVisible.text(locale).to_owned(),
    };
    let subtitle = msg::workload_tasks_total(locale, total);
    let list_path = match scope {
        WorkloadScope::User(user) => Some(format!("/company/personal/user/{user}/tasks/")),
        WorkloadScope::Group(group) => Some(format!("/workgroups/group/{group}/tasks/")),
        WorkloadScope::Visible => None,
    };
    let footer = view! {
        {list_path.map(|path| view! {
            <Button
                kind=ButtonKind::Primary
                label=Msg::WorkloadOpenList.text(locale)
                icon=Icon::ExternalLink
                test_id="open-task-list"
                on_click=Callback::new(move |_| open_portal_path(ctx, path.clone(), notice))
            />
        })}
        <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=on_refresh />
        <span class="b-grow"></span>
        <ThemeToggle />
    };

    let status_line = move || {
        let loaded = tasks.try_with(Vec::len)?;
        Some(match phase.try_get()? {
            Phase::Loading => {
                let label = msg::workload_progress(locale, loaded, total);
                let ratio = if total == 0 { 0.0 } else { loaded as f64 / total as f64 };
                view! {
                    <div class="b-stack" data-testid="workload-loading">
                        <ProgressBar ratio=ratio label=label.clone() />
                        <div class="b-row">
                            <span class="b-grow" role="status" data-testid="workload-progress">{label}</span>
                            <Button kind=ButtonKind::Neutral label=Msg::WorkloadStop.text(locale) test_id="stop-loading" on_click=stop />
                        </div>
                    </div>
                }
                .into_any()
            }
            Phase::Done => view! { <span role="status" class="b-sr-only">{msg::workload_tasks_total(locale, loaded)}</span> }.into_any(),
            Phase::Stopped => view! {
                <div data-testid="workload-stopped">
                    <AlertBox tone=AlertTone::Warning title=Msg::WorkloadStopped.text(locale) text=msg::workload_partial(locale, loaded, total)>
                        <Button kind=ButtonKind::Neutral label=Msg::WorkloadLoadAgain.text(locale) icon=Icon::Refresh test_id="load-again" on_click=again />
                    </AlertBox>
                </div>
            }
            .into_any(),
            Phase::Failed(reason) => view! {
                <div data-testid="workload-failed">
                    <AlertBox tone=AlertTone::Alert title=Msg::LoadFailed.text(locale) text=format!("{reason} {}", msg::workload_partial(locale, loaded, total))>
                        <Button kind=ButtonKind::Neutral label=Msg::Retry.text(locale) icon=Icon::Refresh test_id="retry" on_click=again />
                    </AlertBox>
                </div>
            }
            .into_any(),
        })
    };
    let figures = move || {
        let report = tasks.try_with(|t| Workload::from_tasks(t, clock()))?;
        // "No tasks" only once the whole list is known to be empty, never for a load cut short.
        let done = phase.try_with(|p| *p == Phase::Done)?;
        (done || report.total > 0)
            .then(|| view! { <WorkloadFigures report=report locale=locale /> })
    };
    view! {
        <Card icon=Icon::Analytics title=title subtitle=Some(subtitle) footer=footer.into_any()>
            {status_line}
            {figures}
            <Notice notice=notice />
        </Card>
    }
}

/// The numbers and the two charts of a report.
#[component]
fn WorkloadFigures(report: Workload, locale: Locale) -> impl IntoView {
    let n = |v: usize| crate::fmt::number(locale, v as f64);
    if report.total == 0 {
        return view! { <p data-testid="workload-empty">{Msg::WorkloadEmpty.text(locale)}</p> }
            .into_any();
    }
    let mut stats = super::task_counts::task_counts(
        locale,
        report.open as u64,
        report.overdue as u64,
        report.due_this_week as u64,
    );
    stats.push(Stat {
        label: Msg::WorkloadNoDeadline.text(locale).to_owned(),
        value: n(report.without_deadline),
        tone: StatTone::Plain,
        test_id: "stat-no-deadline",
    });
    let mut by_status: Vec<Bar> = report
        .by_status
        .iter()
        .map(|(status, count)| Bar {
            label: task_status(*status, locale).to_owned(),
            value: *count as f64,
            value_text: n(*count),
            note: None,
            key: status.code().to_string(),
            tone: match status {
                TaskStatus::Completed => BarTone::Success,
                TaskStatus::AwaitingReview => BarTone::Warning,
                TaskStatus::Deferred | TaskStatus::Declined => BarTone::Neutral,
                _ => BarTone::Primary,
            },
        })
        .collect();
    if report.other_status > 0 {
        by_status.push(Bar {
            label: Msg::WorkloadOtherStatus.text(locale).to_owned(),
            value: report.other_status as f64,
            value_text: n(report.other_status),
            note: None,
            key: "other".to_owned(),
            tone: BarTone::Neutral,
        });
    }
    let people: Vec<Bar> = report
        .people
        .iter()
        .take(PEOPLE_SHOWN)
        .map(|p| Bar {
            label: p.person.name.clone(),
            value: p.open as f64,
            key: p.person.id.to_string(),
            note: None,
            value_text: if p.overdue > 0 {
                msg::workload_person_load(locale, p.open, p.overdue)
            } else {
                n(p.open)
            },
            tone: if p.overdue > 0 {
                BarTone::Alert
            } else {
                BarTone::Primary
            },
        })
        .collect();
    view! {
        <StatTiles stats=stats />
        <BarChart label=Msg::WorkloadByStatus.text(locale) caption=Msg::WorkloadByStatus.text(locale) bars=by_status test_id="chart-status" />
        {(!people.is_empty()).then(|| view! {
            <BarChart label=Msg::WorkloadPerPerson.text(locale) caption=Msg::WorkloadPerPerson.text(locale) bars=people test_id="chart-people" />
        })}
    }
    .into_any()
}
