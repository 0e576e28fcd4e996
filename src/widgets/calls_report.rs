//! `TELEPHONY_ANALYTICS_MENU`: a calls report in the telephony statistics. The call log of the last
//! [`DAYS`] days (`voximplant.statistic.get`) is a long list: it comes through the batched ID cursor
//! (`rest::list`, 50 pages per request) with a progress bar and *Stop* (the report then shows what
//! was loaded, marked as partial); the employees' names follow in one `batch` of `user.get`. Shown:
//! calls by direction, missed, talk time, a bar per day and a table per employee.

use crate::context::use_app;
use crate::hooks::{use_loader_with_options, UseLoaderOptions};
use crate::i18n::{msg, Locale, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, AlertTone, Button, ButtonKind, ProgressBar, ThemeToggle};
use crate::widgets::loaded_view;
use domain::answers::User;
use domain::calls_report::{self, minutes_seconds, CallRow, CallsReport, DAYS};
use domain::people::Person;
use domain::LoadError;
use futures::StreamExt;
use leptos::prelude::*;
use rest::batch::Batch;
use rest::de::List;
use rest::{CancelToken, RestError};
use serde_json::json;
use std::pin::pin;

const DAY_MS: f64 = 86_400_000.0;

/// A loaded report: the summary and whether loading was stopped before the end.
#[derive(Debug, Clone)]
struct Loaded {
    report: CallsReport,
    partial: bool,
}

/// `YYYY-MM-DD` of `ms` (UTC), the report's first day.
fn day_string(ms: f64) -> String {
    let d = js_sys::Date::new(&ms.into());
    format!(
        "{:04}-{:02}-{:02}",
        d.get_utc_full_year(),
        d.get_utc_month() + 1,
        d.get_utc_date()
    )
}

/// The report page.
#[component]
pub fn CallsReportPage() -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let loaded_rows = RwSignal::new(0usize);
    let ratio = RwSignal::new(0.0f64);
    let loading = RwSignal::new(false);
    let stop = StoredValue::new_local(CancelToken::new());
    on_cleanup(move || {
        let _ = stop.try_with_value(CancelToken::cancel);
    });
    let report = use_loader_with_options(
        move |client| {
            let token = CancelToken::new();
            stop.set_value(token.clone());
            let client = client.with_cancel(&token);
            async move {
                loading.set(true);
                loaded_rows.set(0);
                let now = js_sys::Date::now();
                let since_ms = now - f64::from(DAYS) * DAY_MS;
                let mut pages =
                    pin!(client
                        .list_pages::<CallRow>(calls_report::list_spec(&day_string(since_ms))));
                let mut rows: Vec<CallRow> = Vec::new();
                let mut partial = false;
                while let Some(page) = pages.next().await {
                    match page {
                        Ok(page) => {
                            rows.extend(page);
                            let _ = loaded_rows.try_set(rows.len());
                            if let Some(last) = rows.last().and_then(|r| r.call_start_date) {
                                let _ = ratio
                                    .try_set((last.unix_ms() as f64 - since_ms) / (now - since_ms));
                            }
                        }
                        Err(RestError::Cancelled) => {
                            partial = true;
                            break;
                        }
                        Err(e) => {
                            let _ = loading.try_set(false);
                            return Err(LoadError::from(e));
                        }
                    }
                }
                let mut report = CallsReport::from_rows(&rows);
                // The names, one batch (up to 50 employees: beyond that they show as #id).
                let mut batch = Batch::new();
                let handles: Vec<_> = report
                    .users
                    .iter()
                    .take(50)
                    .map(|u| {
                        batch.add_as::<List<User>>(
                            &format!("u{}", u.user),
                            "user.get",
                            json!({"ID": u.user}),
                        )
                    })
                    .collect();
                if !partial && !handles.is_empty() {
                    if let Ok(results) = client.batch(batch).await {
                        report.people = handles
                            .iter()
                            .filter_map(|h| h.read(&results).ok())
                            .filter_map(|rows| Person::from_user_get(&rows.0))
                            .collect();
                    }
                }
                let _ = loading.try_set(false);
                let _ = ratio.try_set(1.0);
                Ok(Loaded { report, partial })
            }
        },
        UseLoaderOptions::default(),
    );
    let progress = move || {
        loading.get().then(|| {
            let label = msg::calls_loading(locale, loaded_rows.get());
            view! {
                <div class="b-stack" role="status" data-testid="calls-progress">
                    <ProgressBar ratio=ratio.get() label=label.clone() />
                    <div class="b-row">
                        <span class="b-grow b-calls__muted">{label}</span>
                        <Button kind=ButtonKind::Ghost label=Msg::CallsStop.text(locale) test_id="calls-stop"
                            on_click=Callback::new(move |_| stop.with_value(CancelToken::cancel)) />
                    </div>
                </div>
            }
        })
    };
    view! {
        <div class="b-stack b-calls" data-widget="calls-report">
            <div class="b-toolbar">
                <p class="b-title b-toolbar__title">{msg::calls_title(locale, DAYS)}</p>
                <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=report.reload />
                <ThemeToggle />
            </div>
            {progress}
            {loaded_view(report, move |loaded, _| view! { <ReportView loaded=loaded locale=locale /> }.into_any())}
        </div>
    }
}

/// A share as a whole percentage for CSS (integer formatting: no float formatting in the wasm).
fn percent(share: f64) -> String {
    let p = (share.clamp(0.0, 1.0) * 100.0).round() as u32;
    format!("{p}%")
}

fn duration(locale: Locale, seconds: u64) -> String {
    let (m, s) = minutes_seconds(seconds);
    msg::calls_duration(locale, m, s)
}

#[component]
fn ReportView(loaded: Loaded, locale: Locale) -> impl IntoView {
    let r = loaded.report;
    let tiles = [
        (
            Msg::CallsTotal,
            crate::fmt::number(locale, r.total as f64),
            "calls-total",
        ),
        (
            Msg::CallsIncoming,
            crate::fmt::number(locale, r.incoming as f64),
            "calls-incoming",
        ),
        (
            Msg::CallsOutgoing,
            crate::fmt::number(locale, r.outgoing as f64),
            "calls-outgoing",
        ),
        (
            Msg::CallsMissed,
            crate::fmt::number(locale, r.missed as f64),
            "calls-missed",
        ),
        (
            Msg::CallsTalkTime,
            duration(locale, r.talk_seconds),
            "calls-talk",
        ),
        (
            Msg::CallsAverage,
            duration(locale, r.average_seconds),
            "calls-average",
        ),
    ];
    let busiest = r.busiest_day().max(1) as f64;
    let empty = r.total == 0;
    let days = r.days.clone();
    let users = r.users.clone();
    view! {
        <div class="b-stack">
            {loaded.partial.then(|| view! {
                <div data-testid="calls-partial"><AlertBox tone=AlertTone::Warning title=Msg::CallsPartial.text(locale) /></div>
            })}
            {empty.then(|| view! { <p class="b-calls__muted" data-testid="calls-none">{Msg::CallsNone.text(locale)}</p> })}
            <dl class="b-calls__tiles">
                {tiles.into_iter().map(|(label, value, id)| view! {
                    <div class="b-calls__tile"><dt>{label.text(locale)}</dt><dd data-testid=id>{value}</dd></div>
                }).collect_view()}
            </dl>
            <p class="b-subtitle">{Msg::CallsPerDay.text(locale)}</p>
            <ul class="b-calls__chart" data-testid="calls-days">
                {days.into_iter().map(|d| {
                    let all = (d.answered + d.missed) as f64;
                    let label = msg::calls_day(locale, crate::fmt::date(locale, d.day), d.answered, d.missed);
                    let title = label.clone();
                    view! {
                        <li class="b-calls__day" title=title>
                            <span class="b-calls__bar" style:--b-calls-share=percent(all / busiest)>
                                <span class="b-calls__bar-missed" style:--b-calls-share=percent(d.missed as f64 / all.max(1.0))></span>
                            </span>
                            <span class="b-sr-only">{label}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="b-subtitle">{Msg::CallsPerUser.text(locale)}</p>
            <table class="b-calls__table" data-testid="calls-users">
                <thead><tr>
                    <th scope="col">{Msg::CallsEmployee.text(locale)}</th>
                    <th scope="col">{Msg::CallsTotal.text(locale)}</th>
                    <th scope="col">{Msg::CallsMissed.text(locale)}</th>
                    <th scope="col">{Msg::CallsTalkTime.text(locale)}</th>
                </tr></thead>
                <tbody>
                    {users.into_iter().map(|u| view! {
                        <tr>
                            <td>{r.name_of(u.user)}</td>
                            <td>{crate::fmt::number(locale, u.calls as f64)}</td>
                            <td>{crate::fmt::number(locale, u.missed as f64)}</td>
                            <td>{duration(locale, u.talk_seconds)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
