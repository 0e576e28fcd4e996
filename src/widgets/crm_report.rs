//! The CRM list report (`CRM_*_LIST_TOOLBAR`, `CRM_*FUNNELS_TOOLBAR`, `CRM_ANALYTICS_MENU`,
//! `CRM_ANALYTICS_TOOLBAR`): count and amount per stage of every pipeline over the whole list, the
//! conversion through the funnel, a bar chart; a stage opens the list filtered to it (`openPath`).
//!
//! The dictionaries and the list size come in one batch (`domain::crm_report::plan`), the list itself
//! through the batched ID cursor (`rest::list`, 50 pages per request) with a progress bar and a
//! *Stop* button; the numbers counted so far stay on screen, marked as partial.

use super::{open_portal_path, LoadErrorView, Notice};
use crate::context::{use_app, Ctx, RestClient};
use crate::i18n::{entity_name, msg, Locale, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{
    AlertBox, AlertTone, Bar, BarChart, BarTone, Button, ButtonKind, CardSkeleton, IconSize,
    KitIcon, ProgressBar, ThemeToggle,
};
use domain::crm_report::{self, Grouping, PipelineReport, Report, ReportRow, Tally};
use domain::entity_card::StageSemantics;
use domain::format::Money;
use domain::LoadError;
use futures::StreamExt;
use leptos::prelude::*;
use placement::{CrmEntityType, CrmSectionPlacement};
use rest::{CancelToken, RestError};
use std::pin::pin;

/// Which report a placement asks for: a fixed entity type (list and funnel toolbars) or one the
/// user picks (analytics, deals first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportScope {
    /// The entity type shown first.
    pub entity: CrmEntityType,
    /// Whether the user may switch the type (analytics pages belong to no type).
    pub switchable: bool,
}

impl ReportScope {
    /// The report a CRM section placement gets, if it is one of the report's spots.
    pub fn of(placement: &CrmSectionPlacement) -> Option<Self> {
        let fixed = |entity: CrmEntityType| {
            crm_report::grouping(entity).map(|_| ReportScope {
                entity,
                switchable: false,
            })
        };
        match placement {
            CrmSectionPlacement::ListToolbar { entity }
            | CrmSectionPlacement::FunnelsToolbar { entity } => fixed(*entity),
            CrmSectionPlacement::AnalyticsMenu | CrmSectionPlacement::AnalyticsToolbar => {
                Some(ReportScope {
                    entity: CrmEntityType::Deal,
                    switchable: true,
                })
            }
            _ => None,
        }
    }
}

/// The types an analytics page can switch between.
const SWITCHABLE: [CrmEntityType; 6] = [
    CrmEntityType::Deal,
    CrmEntityType::Lead,
    CrmEntityType::Quote,
    CrmEntityType::SmartInvoice,
    CrmEntityType::Contact,
    CrmEntityType::Company,
];

/// Where a load is.
#[derive(Clone)]
enum Phase {
    /// The batch or the pages are on their way: `done` counted of `total` (once known).
    Loading { done: u64, total: Option<u64> },
    /// Finished, or stopped by the user after the dictionaries arrived.
    Ready(Report),
    /// Stopped before the dictionaries arrived.
    Stopped,
    /// Failed.
    Failed(LoadError),
}

/// The report widget.
#[component]
pub fn CrmReportWidget(
    /// What to report on.
    scope: ReportScope,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let entity = RwSignal::new(scope.entity);
    let phase = RwSignal::new(Phase::Loading {
        done: 0,
        total: None,
    });
    let current = StoredValue::new_local(CancelToken::new());
    let start = Callback::new(move |_: ()| {
        let token = CancelToken::new();
        if let Some(old) = current.try_update_value(|t| std::mem::replace(t, token.clone())) {
            old.cancel();
        }
        let Some(target) = entity.try_get_untracked() else {
            return;
        };
        phase.set(Phase::Loading {
            done: 0,
            total: None,
        });
        let (client, lang) =
            ctx.with_value(|c| (c.rest.clone().with_cancel(&token), c.locale.lang_code()));
        leptos::task::spawn_local(async move {
            let outcome = load(client, target, lang, phase).await;
            if token.is_cancelled() && matches!(outcome, Phase::Failed(_)) {
                // Replaced by a newer load, or the widget is gone.
                return;
            }
            let _ = phase.try_set(outcome);
        });
    });
    let stop = Callback::new(move |_: ()| {
        current.with_value(CancelToken::cancel);
    });
    on_cleanup(move || {
        let _ = current.try_with_value(CancelToken::cancel);
    });
    start.run(());

    let switcher = scope.switchable.then(|| {
        let options = SWITCHABLE
            .iter()
            .map(|e| {
                let id = e.entity_type_id().get().to_string();
                view! { <option value=id.clone() selected=*e == scope.entity>{entity_name(*e, locale)}</option> }
            })
            .collect_view();
        view! {
            <label class="b-report__switch">
                <span>{Msg::CrmReportEntity.text(locale)}</span>
                <select
                    class="b-report__select"
                    data-testid="report-entity"
                    on:change=move |ev| {
                        let picked = event_target_value(&ev)
                            .parse::<u32>()
                            .ok()
                            .and_then(|id| SWITCHABLE.into_iter().find(|e| e.entity_type_id().get() == id));
                        if let Some(picked) = picked {
                            entity.set(picked);
                            start.run(());
                        }
                    }
                >
                    {options}
                </select>
            </label>
        }
    });

    let body = move || {
        match phase.try_get() {
        None => ().into_any(),
        Some(Phase::Loading { done, total }) => {
            view! { <ReportProgress done=done total=total on_stop=stop /> }.into_any()
        }
        Some(Phase::Stopped) => view! {
            <AlertBox tone=AlertTone::Info title=Msg::CrmReportStoppedEarly.text(locale)>
                <Button kind=ButtonKind::Neutral label=Msg::CrmReportCountAgain.text(locale) icon=Icon::Refresh on_click=start test_id="report-again" />
            </AlertBox>
        }
        .into_any(),
        Some(Phase::Failed(error)) => view! { <LoadErrorView error=error retry=start /> }.into_any(),
        Some(Phase::Ready(report)) => view! { <ReportView report=report /> }.into_any(),
    }
    };
    let title = move || {
        let shown = entity.try_get().unwrap_or(scope.entity);
        msg::crm_report_title(locale, entity_name(shown, locale))
    };
    let footer = view! {
        <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=start />
        <span class="b-grow"></span>
        <ThemeToggle />
    };
    view! {
        <div data-widget="crm-report">
            <section class="b-card">
                <header class="b-card__header">
                    <div class="b-row">
                        <KitIcon icon=Icon::Analytics size=IconSize::Large />
                        <h2 class="b-card__title b-grow">{title}</h2>
                        {switcher}
                    </div>
                </header>
                <div class="b-card__body">{body}</div>
                <footer class="b-card__footer b-row">{footer}</footer>
            </section>
        </div>
    }
}

/// Loads the report for `entity`, reporting progress into `phase`; `lang` names order statuses.
async fn load(
    client: RestClient,
    entity: CrmEntityType,
    lang: &'static str,
    phase: RwSignal<Phase>,
) -> Phase {
    let Some((batch, commands)) = crm_report::plan(entity, lang) else {
        return Phase::Failed(LoadError::Missing {
            what: entity.to_string(),
        });
    };
    let setup = match client.batch(batch).await {
        Ok(results) => match commands.read(&results) {
            Ok(setup) => setup,
            Err(error) => return Phase::Failed(error),
        },
        Err(RestError::Cancelled) => return Phase::Stopped,
        Err(error) => return Phase::Failed(error.into()),
    };
    let _ = phase.try_set(Phase::Loading {
        done: 0,
        total: Some(setup.total),
    });
    let mut tally = Tally::default();
    let mut partial = false;
    let mut pages = pin!(client.list_pages::<ReportRow>(crm_report::list_spec(entity)));
    while let Some(page) = pages.next().await {
        match page {
            Ok(rows) => {
                tally.add(setup.grouping, &rows);
                let _ = phase.try_set(Phase::Loading {
                    done: tally.rows(),
                    total: Some(setup.total.max(tally.rows())),
                });
            }
            Err(RestError::Cancelled) => {
                partial = true;
                break;
            }
            Err(error) => return Phase::Failed(error.into()),
        }
    }
    Phase::Ready(Report::build(&setup, &tally, partial))
}

/// The progress bar while the list is counted, with *Stop*.
#[component]
fn ReportProgress(done: u64, total: Option<u64>, on_stop: Callback<()>) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let text = match total {
        Some(total) => msg::crm_report_counting(locale, done, total),
        None => Msg::Loading.text(locale).to_owned(),
    };
    let ratio = match total {
        Some(total) if total > 0 => done as f64 / total as f64,
        _ => 0.0,
    };
    view! {
        <div class="b-report__progress" data-testid="report-progress">
            <p role="status" data-testid="report-progress-text">{text.clone()}</p>
            <ProgressBar ratio=ratio label=text />
            <div class="b-row">
                <Button kind=ButtonKind::Neutral label=Msg::CrmReportStop.text(locale) on_click=on_stop test_id="report-stop" />
            </div>
            {(total.is_none()).then(|| view! { <CardSkeleton /> })}
        </div>
    }
}

fn sums_text(locale: Locale, sums: &[Money]) -> String {
    sums.iter()
        .map(|m| crate::fmt::money(locale, m))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn percent(ratio: f64) -> u32 {
    if ratio.is_finite() {
        (ratio.clamp(0.0, 1.0) * 100.0).round() as u32
    } else {
        0
    }
}

/// A finished (or stopped) report.
#[component]
fn ReportView(report: Report) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let partial = report.partial.then(|| {
        view! {
            <p class="b-report__partial" role="status" data-testid="report-partial">
                {msg::crm_report_partial(locale, report.counted, report.total)}
            </p>
        }
    });
    let empty = (report.counted == 0).then(|| {
        view! { <AlertBox tone=AlertTone::Info title=Msg::CrmReportEmpty.text(locale) /> }
    });
    let several = report.pipelines.len() > 1;
    let entity = report.entity;
    let grouping = report.grouping;
    let pipelines = report
        .pipelines
        .into_iter()
        .filter(|p| p.count > 0 || !p.stages.is_empty())
        .map(|p| view! { <PipelineView pipeline=p entity=entity grouping=grouping titled=several /> })
        .collect_view();
    view! {
        {partial}
        <p class="b-report__counted" data-testid="report-counted">{msg::crm_report_counted(locale, report.counted)}</p>
        {empty}
        {pipelines}
    }
}

/// One pipeline: its totals, its chart, its stages as links to the filtered list.
#[component]
fn PipelineView(
    pipeline: PipelineReport,
    entity: CrmEntityType,
    grouping: Grouping,
    titled: bool,
) -> impl IntoView {
    let ctx: Ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let notice = RwSignal::new(None::<String>);
    let name = pipeline
        .name
        .clone()
        .unwrap_or_else(|| Msg::CrmReportPipeline.text(locale).to_owned());
    let by_stage = matches!(grouping, Grouping::Stages { .. });
    let bars: Vec<Bar> = pipeline
        .stages
        .iter()
        .map(|s| {
            let sums = sums_text(locale, &s.sums);
            let count = crate::fmt::number(locale, s.count as f64);
            Bar {
                label: s.stage.name.clone(),
                value: s.count as f64,
                value_text: if sums.is_empty() {
                    count
                } else {
                    format!("{count} · {sums}")
                },
                note: s
                    .conversion
                    .filter(|_| by_stage)
                    .map(|c| msg::crm_report_reached(locale, percent(c))),
                tone: match (by_stage, s.stage.semantics) {
                    (false, _) => BarTone::Neutral,
                    (true, StageSemantics::InProgress) => BarTone::Primary,
                    (true, StageSemantics::Success) => BarTone::Success,
                    (true, StageSemantics::Failure) => BarTone::Alert,
                },
                key: s.stage.id.clone(),
            }
        })
        .collect();
    let paths: Vec<Option<String>> = pipeline
        .stages
        .iter()
        .map(|s| crm_report::stage_list_path(entity, pipeline.id, &s.stage.id))
        .collect();
    // Stages open their filtered list only where the portal has one `openPath` may open (not for
    // old invoices and store orders): elsewhere the bars are not buttons and no hint says so.
    let openable = paths.iter().any(Option::is_some);
    let select = openable.then(|| {
        Callback::new(move |index: usize| {
            if let Some(Some(path)) = paths.get(index) {
                open_portal_path(ctx, path.clone(), notice);
            }
        })
    });
    let win_rate = pipeline.win_rate().filter(|_| by_stage).map(|rate| {
        view! {
            <div class="b-report__stat">
                <dt>{Msg::CrmReportWinRate.text(locale)}</dt>
                <dd data-testid="win-rate">{msg::crm_report_percent(locale, percent(rate))}</dd>
            </div>
        }
    });
    let sums = sums_text(locale, &pipeline.sums);
    let amount = (!sums.is_empty()).then(|| {
        view! {
            <div class="b-report__stat">
                <dt>{Msg::Amount.text(locale)}</dt>
                <dd data-testid="pipeline-amount">{sums}</dd>
            </div>
        }
    });
    let won_lost = by_stage.then(|| {
        view! {
            <div class="b-report__stat">
                <dt>{Msg::CrmReportWon.text(locale)}</dt>
                <dd data-testid="pipeline-won">{crate::fmt::number(locale, pipeline.won as f64)}</dd>
            </div>
            <div class="b-report__stat">
                <dt>{Msg::CrmReportLost.text(locale)}</dt>
                <dd data-testid="pipeline-lost">{crate::fmt::number(locale, pipeline.lost as f64)}</dd>
            </div>
        }
    });
    let chart_label = msg::crm_report_chart(locale, name.clone());
    view! {
        <section class="b-report__pipeline" data-testid="report-pipeline" data-pipeline=pipeline.id.map(|id| id.to_string())>
            {titled.then(|| view! { <h3 class="b-report__pipeline-title">{name.clone()}</h3> })}
            <dl class="b-report__stats">
                <div class="b-report__stat">
                    <dt>{Msg::CrmReportTotal.text(locale)}</dt>
                    <dd data-testid="pipeline-count">{crate::fmt::number(locale, pipeline.count as f64)}</dd>
                </div>
                {amount}
                {won_lost}
                {win_rate}
            </dl>
            <BarChart bars=bars label=chart_label on_select=select />
            {openable.then(|| view! { <p class="b-report__hint">{Msg::CrmReportOpenHint.text(locale)}</p> })}
            <Notice notice=notice />
        </section>
    }
}
