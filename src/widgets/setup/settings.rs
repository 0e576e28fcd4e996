//! The settings page and placement manager (`DEFAULT` with `{"view":"settings"}`, the *App settings*
//! slider): every widget the app offers with whether the portal has it bound (`placement.get`, and
//! `placement.list` for what this portal offers at all), bind/unbind per code applied through
//! `install::change_steps`, the app's options for everyone (`appOption.set`: default theme, REST
//! transport) and the user's own (`userOption.set`: theme). Non-admins see it read-only, except their
//! own options.

use super::runner;
use super::steps::RunSteps;
use super::{area_title, by_area, handler_url, labels, load_all_languages, ChoiceText, PortalView};
use crate::context::use_app;
use crate::context::RestClient;
use crate::hooks::{use_color_mode, use_loader};
use crate::i18n::{Locale, Msg};
use crate::theme::Theme;
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, AlertTone, Badge, BadgeTone, Button, ButtonKind, Card};
use crate::widgets::loaded_view;
use install::plan::{change_steps, choices, Choice, HandlerUrl};
use install::{Run, THEME_OPTION, TRANSPORT_OPTION};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Where a placement change is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    /// Nothing applied yet.
    Idle,
    /// Steps are being sent.
    Running,
    /// Nothing to do: the wanted set is what is bound.
    NothingToDo,
    /// Every step is settled.
    Applied,
    /// Some steps did not complete.
    Problems {
        /// Whether lost answers were settled by reading the portal again.
        rechecked: bool,
    },
    /// The page's address cannot be a handler URL.
    BadAddress,
}

/// The settings page.
#[component]
pub fn Settings() -> impl IntoView {
    let (locale, admin) = use_app().with_value(|c| (c.locale, c.init.is_admin));
    let portal = use_loader(|client| async move {
        super::read_portal(&client)
            .await
            .map_err(domain::LoadError::from)
    });
    let run = RwSignal::new(Run::new(Vec::new()));
    let change = RwSignal::new(Change::Idle);
    view! {
        <div class="b-setup b-stack" data-widget="setup-settings" data-admin=admin.then_some("true")>
            <Card icon=Icon::Settings title=Msg::SetupSettingsTitle.text(locale) subtitle=Some(Msg::SetupSettingsIntro.text(locale).to_owned())>
                <div class="b-stack">
                    {(!admin).then(|| view! { <AlertBox tone=AlertTone::Info title=Msg::SetupReadOnly.text(locale) /> })}
                    <h3 class="b-setup__section">{Msg::SetupPlaces.text(locale)}</h3>
                    {loaded_view(portal, move |view, reload| {
                        view! { <Places view=view run=run change=change reload=reload /> }.into_any()
                    })}
                </div>
            </Card>
            <AppOptions />
            <MyOptions />
        </div>
    }
}

/// The placements, with bind/unbind and the run that applies a change.
#[component]
fn Places(
    /// What the portal holds.
    view: PortalView,
    /// The last change's run.
    run: RwSignal<Run>,
    /// Where the last change is.
    change: RwSignal<Change>,
    /// Reads the portal again (after a change).
    reload: Callback<()>,
) -> impl IntoView {
    let ctx = use_app();
    let (locale, admin) = ctx.with_value(|c| (c.locale, c.init.is_admin));
    let all = choices(&view.state.smart_processes);
    let bound: BTreeSet<String> = view.state.registered_codes().into_iter().collect();
    let offered: BTreeSet<String> = all.iter().map(|c| c.code.clone()).collect();
    let wanted = RwSignal::new(
        bound
            .intersection(&offered)
            .cloned()
            .collect::<BTreeSet<String>>(),
    );
    let state = StoredValue::new(view.state.clone());
    let all = StoredValue::new(all);

    let apply = Callback::new(move |()| {
        // One change at a time: a second click while it runs sends nothing.
        if change.try_get_untracked() == Some(Change::Running) {
            return;
        }
        let Ok(handler) = handler_url() else {
            change.set(Change::BadAddress);
            return;
        };
        change.set(Change::Running);
        // Everything the change needs, taken now: the page may be gone before it ends.
        let target = wanted.get_untracked();
        let all = all.get_value();
        let state = state.get_value();
        let client = ctx.with_value(|c| c.rest.clone());
        leptos::task::spawn_local(async move {
            load_all_languages().await;
            let steps = change_steps(&all, &target, &state, &handler, &|c: &Choice| {
                labels(c, locale)
            });
            let nothing = steps.is_empty();
            if run.try_set(Run::new(steps)).is_some() {
                return;
            }
            if nothing {
                change.try_set(Change::NothingToDo);
                return;
            }
            runner::send(&client, run).await;
            finish_change(&client, &handler, run, change, reload).await;
        });
    });

    let retry = Callback::new(move |()| {
        // One change at a time: a second click while it runs sends nothing.
        if change.try_get_untracked() == Some(Change::Running) {
            return;
        }
        let Ok(handler) = handler_url() else {
            change.set(Change::BadAddress);
            return;
        };
        change.set(Change::Running);
        let client = ctx.with_value(|c| c.rest.clone());
        leptos::task::spawn_local(async move {
            if runner::retry(&client, run, &handler).await.is_err() {
                change.try_set(Change::Problems { rechecked: false });
                return;
            }
            finish_change(&client, &handler, run, change, reload).await;
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
                    let is_bound = bound.contains(&code);
                    let unavailable = view.unavailable(&choice);
                    let (badge, tone) = if is_bound {
                        (Msg::SetupBound, BadgeTone::Success)
                    } else if unavailable {
                        (Msg::SetupUnavailable, BadgeTone::Warning)
                    } else {
                        (Msg::SetupNotBound, BadgeTone::NoAccent)
                    };
                    let checked = {
                        let code = code.clone();
                        move || wanted.try_with(|w| w.contains(&code)).unwrap_or(false)
                    };
                    let toggle = {
                        let code = code.clone();
                        move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            wanted.update(|w| {
                                if on {
                                    w.insert(code.clone());
                                } else {
                                    w.remove(&code);
                                }
                            });
                        }
                    };
                    let disabled = !admin || (unavailable && !is_bound);
                    view! {
                        <li>
                            <label class="b-setup__item" data-code=code.clone() data-bound=is_bound.then_some("true")>
                                <input type="checkbox" class="b-setup__check" prop:checked=checked disabled=disabled on:change=toggle />
                                <ChoiceText choice=choice />
                                <Badge tone=tone label=badge.text(locale) />
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

    let status = move || {
        let now = change.try_get()?;
        let body = match now {
            Change::Idle => return None,
            Change::Running => view! { <RunSteps run=run /> }.into_any(),
            Change::NothingToDo => view! { <p class="b-setup__status" role="status" data-testid="change-status">{Msg::SetupNoChanges.text(locale)}</p> }.into_any(),
            Change::Applied => view! {
                <RunSteps run=run />
                <p class="b-setup__status b-setup__status--done" role="status" data-testid="change-status">{Msg::SetupApplied.text(locale)}</p>
            }.into_any(),
            Change::Problems { rechecked } => view! {
                <RunSteps run=run />
                <AlertBox
                    tone=AlertTone::Alert
                    title=Msg::SetupProblemsTitle.text(locale)
                    text=super::wizard::problems_text(rechecked, locale)
                >
                    <Button kind=ButtonKind::Primary label=Msg::Retry.text(locale) icon=Icon::Refresh on_click=retry test_id="retry-change" />
                </AlertBox>
            }.into_any(),
            Change::BadAddress => view! { <AlertBox tone=AlertTone::Alert title=Msg::SetupBadAddress.text(locale) /> }.into_any(),
        };
        Some(
            view! { <div class="b-stack" data-testid="change" data-phase=change_key(now)>{body}</div> },
        )
    };

    view! {
        <div class="b-stack">
            <div class="b-stack" data-testid="places">{list}</div>
            {admin.then(|| view! {
                <div class="b-row">
                    <Button kind=ButtonKind::Primary label=Msg::SetupApply.text(locale) on_click=apply test_id="apply" />
                </div>
            })}
            {status}
        </div>
    }
}

/// After a change's steps went out: settles lost answers from the portal and says how it went; once
/// everything is applied it reads the portal again, so the list shows what it now holds.
async fn finish_change(
    client: &RestClient,
    handler: &HandlerUrl,
    run: RwSignal<Run>,
    change: RwSignal<Change>,
    reload: Callback<()>,
) {
    let rechecked = runner::settle(client, run, handler).await;
    let Some(complete) = run.try_with_untracked(Run::is_complete) else {
        return;
    };
    if complete {
        change.try_set(Change::Applied);
        reload.run(());
    } else {
        // The admin's choices stay on screen (nothing is reloaded over them); the retry sends what
        // is still missing.
        change.try_set(Change::Problems { rechecked });
    }
}

/// A stable name of a change's phase for tests (`data-phase`).
fn change_key(change: Change) -> &'static str {
    match change {
        Change::Idle => "idle",
        Change::Running => "running",
        Change::NothingToDo => "nothing",
        Change::Applied => "applied",
        Change::Problems { .. } => "problems",
        Change::BadAddress => "bad-address",
    }
}

/// A theme choice as stored in an option: `light`, `dark`, or empty for the system's.
fn theme_choices(locale: Locale) -> [(&'static str, &'static str); 3] {
    [
        ("", Msg::SetupThemeAuto.text(locale)),
        (Theme::Light.class(), Msg::SetupThemeLight.text(locale)),
        (Theme::Dark.class(), Msg::SetupThemeDark.text(locale)),
    ]
}

/// A labelled `<select>` over `choices`, bound to `value`.
#[component]
fn OptionSelect(
    /// The visible label.
    label: &'static str,
    /// `data-testid` of the select.
    test_id: &'static str,
    /// Stored value and its text, in order.
    choices: Vec<(&'static str, &'static str)>,
    /// The value chosen.
    value: RwSignal<String>,
    /// Read-only.
    disabled: bool,
) -> impl IntoView {
    let options = choices
        .into_iter()
        .map(|(key, text)| {
            let selected = move || value.try_with(|v| v == key).unwrap_or(false);
            view! { <option value=key selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <label class="b-setup__option">
            <span class="b-setup__option-label">{label}</span>
            <select
                class="b-setup__select"
                data-testid=test_id
                disabled=disabled
                prop:value=move || value.try_get().unwrap_or_default()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {options}
            </select>
        </label>
    }
}

/// Text of an option in the frame's copy of the options (`None` when unset or not text).
fn option_text(value: Option<serde_json::Value>) -> String {
    value
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The app's options for everyone (admins write them with `appOption.set`).
#[component]
fn AppOptions() -> impl IntoView {
    let ctx = use_app();
    let (locale, admin, bx24) = ctx.with_value(|c| (c.locale, c.init.is_admin, c.bx24.clone()));
    let theme = RwSignal::new(option_text(bx24.options().app(THEME_OPTION)));
    let transport = RwSignal::new(option_text(bx24.options().app(TRANSPORT_OPTION)));
    let saved: RwSignal<Option<Result<(), String>>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let save = Callback::new(move |()| {
        let bx24 = ctx.with_value(|c| c.bx24.clone());
        busy.set(true);
        saved.set(None);
        leptos::task::spawn_local(async move {
            let options = bx24.options();
            let theme = theme.get_untracked();
            let transport = transport.get_untracked();
            let result = match options.set_app(THEME_OPTION, &theme).await {
                Ok(()) => options.set_app(TRANSPORT_OPTION, &transport).await,
                Err(error) => Err(error),
            };
            saved.try_set(Some(result.map_err(|e| e.to_string())));
            busy.try_set(false);
        });
    });
    let transports = vec![
        ("", Msg::SetupTransportBx24.text(locale)),
        ("fetch", Msg::SetupTransportFetch.text(locale)),
    ];
    view! {
        <Card icon=Icon::Settings title=Msg::SetupAppOptions.text(locale)>
            <div class="b-stack" data-testid="app-options">
                <OptionSelect label=Msg::SetupTheme.text(locale) test_id="app-theme" choices=theme_choices(locale).to_vec() value=theme disabled=!admin />
                <OptionSelect label=Msg::SetupTransport.text(locale) test_id="app-transport" choices=transports value=transport disabled=!admin />
                {admin.then(|| view! {
                    <div class="b-row">
                        <Button kind=ButtonKind::Secondary label=Msg::SetupSave.text(locale) busy=busy on_click=save test_id="save-app-options" />
                    </div>
                })}
                <SaveStatus saved=saved />
            </div>
        </Card>
    }
}

/// The user's own options (`userOption.set`): the theme, applied at once.
#[component]
fn MyOptions() -> impl IntoView {
    let ctx = use_app();
    let (locale, bx24) = ctx.with_value(|c| (c.locale, c.bx24.clone()));
    let mode = use_color_mode();
    let theme = RwSignal::new(option_text(bx24.options().user(THEME_OPTION)));
    let saved: RwSignal<Option<Result<(), String>>> = RwSignal::new(None);
    let save = Callback::new(move |()| {
        let value = theme.get_untracked();
        let result = ctx.with_value(|c| c.bx24.options().set_user(THEME_OPTION, &value));
        if result.is_ok() {
            match Theme::from_name(&value) {
                Some(chosen) => mode.set(chosen),
                None => {
                    mode.reset();
                    let app = ctx.with_value(|c| option_text(c.bx24.options().app(THEME_OPTION)));
                    if let Some(default) = crate::theme::from_options(None, Some(&app)) {
                        mode.adopt(default);
                    }
                }
            }
        }
        saved.set(Some(result.map_err(|e| e.to_string())));
    });
    view! {
        <Card icon=Icon::User title=Msg::SetupMyOptions.text(locale)>
            <div class="b-stack" data-testid="my-options">
                <OptionSelect label=Msg::SetupTheme.text(locale) test_id="my-theme" choices=theme_choices(locale).to_vec() value=theme disabled=false />
                <div class="b-row">
                    <Button kind=ButtonKind::Secondary label=Msg::SetupSave.text(locale) on_click=save test_id="save-my-options" />
                </div>
                <SaveStatus saved=saved />
            </div>
        </Card>
    }
}

/// "Saved." or why not.
#[component]
fn SaveStatus(
    /// The last save's outcome.
    saved: RwSignal<Option<Result<(), String>>>,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    move || {
        match saved.try_get().flatten() {
        None => None,
        Some(Ok(())) => Some(view! { <p class="b-setup__status b-setup__status--done" role="status" data-testid="saved">{Msg::SetupSaved.text(locale)}</p> }.into_any()),
        Some(Err(reason)) => Some(view! { <AlertBox tone=AlertTone::Alert title=Msg::SetupSaveFailed.text(locale) text=reason /> }.into_any()),
    }
    }
}
