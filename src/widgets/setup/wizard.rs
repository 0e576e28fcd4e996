//! The first-run wizard (`DEFAULT` with `INSTALL`, an admin): every widget the app offers, grouped by
//! area, with where it appears and what it does, a default set preselected; *Install* registers what
//! was picked and is missing, step by step, then calls `BX24.installFinish` (the portal then reloads
//! the app as installed). A rerun plans nothing already there; a partial failure lists what failed
//! with a retry that re-reads the portal first.

use super::runner;
use super::steps::RunSteps;
use super::{area_title, by_area, handler_url, labels, load_all_languages, ChoiceText, PortalView};
use crate::context::use_app;
use crate::context::RestClient;
use crate::hooks::use_loader;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, AlertTone, Badge, BadgeTone, Button, ButtonKind, Card};
use crate::widgets::loaded_view;
use install::plan::{choices, default_selection, install_steps, Choice, HandlerUrl};
use install::{PortalState, Run, LANDING_OPTION};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Where the wizard is.
#[derive(Debug, Clone, PartialEq)]
enum Phase {
    /// The admin picks widgets.
    Choosing,
    /// Steps are being sent (or the portal re-read).
    Running,
    /// Some steps did not complete; `rechecked`: the portal was re-read after lost answers.
    Problems {
        /// Whether unknown outcomes were settled by reading the portal again.
        rechecked: bool,
    },
    /// Everything is registered; `installFinish` is being sent.
    Finishing,
    /// `installFinish` went out: the portal reloads the app.
    Finished,
    /// `installFinish` failed.
    FinishFailed(String),
    /// The page's address cannot be a handler URL.
    BadAddress,
}

/// The wizard.
#[component]
pub fn Wizard() -> impl IntoView {
    let portal = use_loader(|client| async move {
        super::read_portal(&client)
            .await
            .map_err(domain::LoadError::from)
    });
    view! {
        <div class="b-setup" data-widget="setup-wizard">
            {loaded_view(portal, |view, _reload| view! { <WizardForm view=view /> }.into_any())}
        </div>
    }
}

/// The wizard once the portal has been read.
#[component]
fn WizardForm(
    /// What the portal holds.
    view: PortalView,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let all = choices(&view.state.smart_processes);
    let handler = handler_url();
    let registered: BTreeSet<String> = all
        .iter()
        .filter(|c| {
            handler
                .as_ref()
                .is_ok_and(|h| view.state.has(&c.code, h.as_str()))
        })
        .map(|c| c.code.clone())
        .collect();
    // What this portal does not offer is neither preselected nor selectable: binding it could only
    // fail and hold up the installation.
    let unavailable: BTreeSet<String> = all
        .iter()
        .filter(|c| view.unavailable(c) && !registered.contains(&c.code))
        .map(|c| c.code.clone())
        .collect();
    let mut preselected = default_selection(&all);
    preselected.retain(|code| !unavailable.contains(code));
    preselected.extend(registered.iter().cloned());
    let unavailable = StoredValue::new(unavailable);
    let picked = RwSignal::new(preselected);
    let phase = RwSignal::new(Phase::Choosing);
    let run = RwSignal::new(Run::new(Vec::new()));
    let registered = StoredValue::new(registered);
    let state = StoredValue::new(view.state.clone());
    let all = StoredValue::new(all);

    let install = Callback::new(move |()| {
        // One run at a time: a second click while it runs sends nothing.
        if phase.try_get_untracked() != Some(Phase::Choosing) {
            return;
        }
        let Ok(handler) = handler_url() else {
            phase.set(Phase::BadAddress);
            return;
        };
        phase.set(Phase::Running);
        // Everything the run needs, taken now: the component may be gone before it ends.
        let wanted = picked.get_untracked();
        let all = all.get_value();
        let state = state.get_value();
        let (client, bx24) = ctx.with_value(|c| (c.rest.clone(), c.bx24.clone()));
        leptos::task::spawn_local(async move {
            load_all_languages().await;
            let steps = install_steps(&all, &wanted, &state, &handler, &|c: &Choice| {
                labels(c, locale)
            });
            if run.try_set(Run::new(steps)).is_some() {
                return;
            }
            runner::send(&client, run).await;
            conclude(&client, &bx24, &handler, &state, run, phase).await;
        });
    });

    let retry = Callback::new(move |()| {
        if !matches!(
            phase.try_get_untracked(),
            Some(Phase::Problems { .. } | Phase::FinishFailed(_))
        ) {
            return;
        }
        let Ok(handler) = handler_url() else {
            phase.set(Phase::BadAddress);
            return;
        };
        phase.set(Phase::Running);
        let state = state.get_value();
        let (client, bx24) = ctx.with_value(|c| (c.rest.clone(), c.bx24.clone()));
        leptos::task::spawn_local(async move {
            if runner::retry(&client, run, &handler).await.is_err() {
                // The portal could not be read: nothing was sent; the same problems stay listed.
                phase.try_set(Phase::Problems { rechecked: false });
                return;
            }
            conclude(&client, &bx24, &handler, &state, run, phase).await;
        });
    });

    let groups = all.with_value(|all| by_area(all));
    let list = groups
        .into_iter()
        .map(|(area, choices)| {
            let items = choices
                .into_iter()
                .map(|choice| {
                    let code = choice.code.clone();
                    let is_registered = registered.with_value(|r| r.contains(&code));
                    let is_unavailable = unavailable.with_value(|u| u.contains(&code));
                    let checked = {
                        let code = code.clone();
                        move || picked.try_with(|p| p.contains(&code)).unwrap_or(false)
                    };
                    let toggle = {
                        let code = code.clone();
                        move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            picked.update(|p| {
                                if on {
                                    p.insert(code.clone());
                                } else {
                                    p.remove(&code);
                                }
                            });
                        }
                    };
                    view! {
                        <li>
                            <label class="b-setup__item" data-code=code.clone()>
                                <input
                                    type="checkbox"
                                    class="b-setup__check"
                                    prop:checked=checked
                                    disabled=is_registered || is_unavailable
                                    on:change=toggle
                                />
                                <ChoiceText choice=choice />
                                {is_registered.then(|| view! { <Badge tone=BadgeTone::Success label=Msg::SetupInstalled.text(locale) /> })}
                                {is_unavailable.then(|| view! { <Badge tone=BadgeTone::Warning label=Msg::SetupUnavailable.text(locale) /> })}
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="b-setup__group" data-area=area.as_str()>
                    <legend class="b-setup__area">{area_title(area, locale)}</legend>
                    <ul class="b-list">{items}</ul>
                </fieldset>
            }
        })
        .collect_view();

    let count = move || {
        let n = picked.try_with(|p| p.len()).unwrap_or(0);
        msg::setup_selected(locale, n)
    };
    let choosing = move || phase.try_with(|p| *p == Phase::Choosing).unwrap_or(false);
    let footer = view! {
        <span class="b-grow b-setup__status" role="status" data-testid="selected">{count}</span>
        <Button kind=ButtonKind::Primary label=Msg::SetupInstall.text(locale) icon=Icon::Settings on_click=install test_id="install" />
    };

    let progress = move || {
        let phase = phase.try_get()?;
        let key = phase_key(&phase);
        let alert = match phase {
            Phase::Choosing => return None,
            Phase::Running => None,
            Phase::Problems { rechecked } => Some(view! {
                <AlertBox
                    tone=AlertTone::Alert
                    title=Msg::SetupProblemsTitle.text(locale)
                    text=problems_text(rechecked, locale)
                >
                    <Button kind=ButtonKind::Primary label=Msg::Retry.text(locale) icon=Icon::Refresh on_click=retry test_id="retry-install" />
                </AlertBox>
            }.into_any()),
            Phase::Finishing => Some(view! { <p class="b-setup__status" role="status" data-testid="finishing">{Msg::SetupFinishing.text(locale)}</p> }.into_any()),
            Phase::Finished => {
                let text = if run.try_with(|r| r.steps().is_empty()).unwrap_or(false) {
                    format!("{} {}", Msg::SetupNothingNew.text(locale), Msg::SetupFinished.text(locale))
                } else {
                    Msg::SetupFinished.text(locale).to_owned()
                };
                Some(view! { <p class="b-setup__status b-setup__status--done" role="status" data-testid="finished">{text}</p> }.into_any())
            }
            Phase::FinishFailed(reason) => Some(view! {
                <AlertBox tone=AlertTone::Alert title=Msg::SetupFinishFailed.text(locale) text=reason>
                    <Button kind=ButtonKind::Primary label=Msg::Retry.text(locale) icon=Icon::Refresh on_click=retry test_id="retry-install" />
                </AlertBox>
            }.into_any()),
            Phase::BadAddress => Some(view! { <AlertBox tone=AlertTone::Alert title=Msg::SetupBadAddress.text(locale) /> }.into_any()),
        };
        Some(view! {
            <div class="b-stack" data-testid="install-run" data-phase=key>
                <RunSteps run=run />
                {alert}
            </div>
        })
    };

    let not_choosing = move || !choosing();
    view! {
        <Card icon=Icon::Settings title=Msg::SetupTitle.text(locale) subtitle=Some(Msg::SetupIntro.text(locale).to_owned()) footer=view! { <div class="b-row b-grow" hidden=not_choosing>{footer}</div> }.into_any()>
            <div class="b-stack" data-testid="choices" hidden=not_choosing>
                // The defaults are a click away without scrolling the whole list.
                <div class="b-row b-setup__top">
                    <span class="b-grow b-setup__status">{count}</span>
                    <Button kind=ButtonKind::Primary label=Msg::SetupInstall.text(locale) icon=Icon::Settings on_click=install test_id="install-top" />
                </div>
                {list}
            </div>
            {progress}
        </Card>
    }
}

/// After the steps went out: settles lost answers from a fresh read of the portal, then either lists
/// the problems or records the site placements (no portal method lists them) and calls
/// `BX24.installFinish`, after which the portal reloads the app.
async fn conclude(
    client: &RestClient,
    bx24: &bx24::Bx24,
    handler: &HandlerUrl,
    state: &PortalState,
    run: RwSignal<Run>,
    phase: RwSignal<Phase>,
) {
    let rechecked = runner::settle(client, run, handler).await;
    let Some(complete) = run.try_with_untracked(Run::is_complete) else {
        return;
    };
    if !complete {
        phase.try_set(Phase::Problems { rechecked });
        return;
    }
    phase.try_set(Phase::Finishing);
    let landing: Vec<String> = run
        .try_with_untracked(|r| {
            r.steps()
                .iter()
                .filter(|(s, st)| s.method == "landing.repo.bind" && st.is_settled())
                .map(|(s, _)| s.code.clone())
                .collect()
        })
        .unwrap_or_default();
    if !landing.is_empty() {
        let mut codes = state.landing.clone();
        codes.extend(landing);
        codes.sort();
        codes.dedup();
        let text = serde_json::to_string(&codes).unwrap_or_else(|_| "[]".into());
        if let Err(error) = bx24.options().set_app(LANDING_OPTION, &text).await {
            phase.try_set(Phase::FinishFailed(error.to_string()));
            return;
        }
    }
    match bx24.install_finish() {
        Ok(()) => phase.try_set(Phase::Finished),
        Err(error) => phase.try_set(Phase::FinishFailed(error.to_string())),
    };
}

/// The alert text under a run's problems.
pub(super) fn problems_text(rechecked: bool, locale: crate::i18n::Locale) -> &'static str {
    if rechecked {
        Msg::SetupRecheckedText.text(locale)
    } else {
        Msg::SetupProblemsText.text(locale)
    }
}

/// A stable name of the phase for tests (`data-phase`).
fn phase_key(phase: &Phase) -> &'static str {
    match phase {
        Phase::Choosing => "choosing",
        Phase::Running => "running",
        Phase::Problems { .. } => "problems",
        Phase::Finishing => "finishing",
        Phase::Finished => "finished",
        Phase::FinishFailed(_) => "finish-failed",
        Phase::BadAddress => "bad-address",
    }
}
