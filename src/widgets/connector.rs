//! The app's open-channel connector:
//!
//! - `CONTACT_CENTER`: the app's tile in the contact center. Lists the portal's open lines with the
//!   connector (one batch: `imconnector.list` + `imopenlines.config.list.get`); *Set up* opens the
//!   connector's setup for a line right there;
//! - `SETTING_CONNECTOR`: the connector's settings page of the open-channel tutorial, for the line the
//!   portal gives, its statuses from the options. *Connect* activates the connector on the line
//!   (`imconnector.activate` with `LINE` and `ACTIVE`) and sets the channel's data
//!   (`imconnector.connector.data.set`); *Disconnect* switches it off; the status is then read back
//!   (`imconnector.status`). A write whose outcome is unknown is not repeated: *Check status* re-reads.

use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, AlertTone, Badge, BadgeTone, Button, ButtonKind, Card, TextInput};
use crate::widgets::loaded_view;
use domain::connector::{self, LineStatus, StatusAnswer, APP_CONNECTOR};
use domain::write::WriteFailure;
use leptos::prelude::*;
use placement::{BindingId, ConnectorSettings, LineId};
use rest::batch::Batch;
use rest::RestError;
use serde_json::Value;

/// Which connector page.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectorPlace {
    /// `CONTACT_CENTER`, with the tile's registration id.
    Tile(BindingId),
    /// `SETTING_CONNECTOR`, with its options.
    Settings(ConnectorSettings),
}

/// The connector widget of one placement.
#[component]
pub fn ConnectorWidget(
    /// Which page.
    place: ConnectorPlace,
) -> impl IntoView {
    match place {
        ConnectorPlace::Tile(tile) => view! { <ContactCenterTile tile=tile /> }.into_any(),
        ConnectorPlace::Settings(settings) => {
            view! { <ConnectorSettingsPage settings=settings /> }.into_any()
        }
    }
}

/// `CONTACT_CENTER`: the tile's page.
#[component]
pub fn ContactCenterTile(
    /// The tile's registration id (`ID`).
    tile: BindingId,
) -> impl IntoView {
    let data = use_loader(move |client| async move {
        let mut batch = Batch::new();
        let commands = connector::add_tile_commands(&mut batch);
        let results = client.batch(batch).await?;
        commands.read(&results)
    });
    view! {
        <div data-widget="contact-center" data-tile=tile.to_string()>
            {loaded_view(data, |tile, _| view! { <TileView tile=tile /> }.into_any())}
        </div>
    }
}

#[component]
fn TileView(tile: connector::ContactCenter) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let open = RwSignal::new(None::<LineId>);
    let Some(name) = tile.connector_name.clone() else {
        return view! {
            <div data-testid="connector-missing"><AlertBox tone=AlertTone::Warning title=Msg::ConnectorNotRegistered.text(locale) /></div>
        }
        .into_any();
    };
    let lines = tile.lines.clone();
    view! {
        <Card icon=Icon::ContactCenter title=msg::connector_title(locale, name)>
            <p class="b-subtitle">{Msg::ConnectorLines.text(locale)}</p>
            <ul class="b-list" data-testid="connector-lines">
                {lines.into_iter().map(|line| {
                    let id = line.id;
                    view! {
                        <li class="b-list__item b-connector__line">
                            <div class="b-row">
                                <span class="b-grow">{line.name.clone()}</span>
                                {(!line.active).then(|| view! { <Badge tone=BadgeTone::Warning label=Msg::ConnectorLineInactive.text(locale) /> })}
                                <Button kind=ButtonKind::Secondary label=Msg::ConnectorSetup.text(locale) icon=Icon::Settings test_id="connector-open-setup"
                                    on_click=Callback::new(move |_| open.set(Some(id))) />
                            </div>
                            {move || (open.get() == Some(id)).then(|| view! {
                                <ConnectorSetup connector=APP_CONNECTOR.to_owned() line=id initial=None wants=None />
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Card>
    }
    .into_any()
}

/// `SETTING_CONNECTOR`: the settings page for the portal's line.
#[component]
pub fn ConnectorSettingsPage(
    /// The options: connector, line, statuses.
    settings: ConnectorSettings,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let status = LineStatus::from_options(&settings);
    view! {
        <div data-widget="connector-settings">
            <Card icon=Icon::Connector title=msg::connector_line_id(locale, settings.line.0)>
                <ConnectorSetup connector=settings.connector.clone() line=settings.line initial=Some(status) wants=Some(settings.active) />
            </Card>
        </div>
    }
}

/// Where a write stands.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Idle,
    Busy,
    Refused(String),
    Unknown,
}

/// The status and the form of one connector on one line.
#[component]
fn ConnectorSetup(
    /// The connector id.
    connector: String,
    /// The open line.
    line: LineId,
    /// Statuses already known (from `SETTING_CONNECTOR`'s options); read with `imconnector.status`
    /// when `None`.
    initial: Option<LineStatus>,
    /// What the user asked for in the portal (`ACTIVE_STATUS`), when known.
    wants: Option<bool>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let status = RwSignal::new(initial);
    let step = RwSignal::new(Step::Idle);
    let problem = RwSignal::new(None::<String>);
    let name = RwSignal::new(Msg::ConnectorDefaultName.text(locale).to_owned());
    let url = RwSignal::new(String::new());
    let connector = StoredValue::new(connector);

    let read_status = move || {
        let client = ctx.with_value(|c| c.rest.clone());
        let params = connector::status_params(&connector.get_value(), line);
        leptos::task::spawn_local(async move {
            match client
                .call::<StatusAnswer>("imconnector.status", params)
                .await
            {
                Ok(answer) => {
                    let _ = status.try_set(Some(answer.into()));
                    let _ = step.try_set(Step::Idle);
                }
                Err(e) => {
                    let _ = problem.try_set(Some(e.to_string()));
                }
            }
        });
    };
    if initial.is_none() {
        read_status();
    }

    let write = move |on: bool| {
        if on && name.get_untracked().trim().is_empty() {
            problem.set(Some(Msg::ConnectorNameRequired.text(locale).to_owned()));
            return;
        }
        if !connector::url_ok(&url.get_untracked()) {
            problem.set(Some(Msg::ConnectorUrlInvalid.text(locale).to_owned()));
            return;
        }
        problem.set(None);
        step.set(Step::Busy);
        let client = ctx.with_value(|c| c.rest.clone());
        let id = connector.get_value();
        let (n, u) = (name.get_untracked(), url.get_untracked());
        leptos::task::spawn_local(async move {
            let result: Result<(), RestError> = async {
                client
                    .call::<Value>(
                        "imconnector.activate",
                        connector::activate_params(&id, line, on),
                    )
                    .await?;
                if on {
                    client
                        .call::<Value>(
                            "imconnector.connector.data.set",
                            connector::data_params(&id, line, &n, &u),
                        )
                        .await?;
                }
                Ok(())
            }
            .await;
            match result {
                Ok(()) => read_status(),
                Err(e) => {
                    let next = match WriteFailure::classify(e) {
                        WriteFailure::Unknown(_) => Step::Unknown,
                        WriteFailure::Refused(e) => Step::Refused(e.to_string()),
                    };
                    let _ = step.try_set(next);
                }
            }
        });
    };

    let busy = Signal::derive(move || step.get() == Step::Busy);
    let badges = move || {
        status.get().map(|s| {
            let badge = |on: bool, yes: Msg, no: Msg| {
                let tone = if on { BadgeTone::Success } else { BadgeTone::Warning };
                view! { <Badge tone=tone label=if on { yes.text(locale) } else { no.text(locale) } /> }
            };
            view! {
                <div class="b-row" data-testid="connector-status" data-ok=s.ok.to_string()>
                    {badge(s.active, Msg::ConnectorActive, Msg::ConnectorInactive)}
                    {badge(s.configured, Msg::ConnectorConfigured, Msg::ConnectorNotConfigured)}
                    {s.error.then(|| view! { <Badge tone=BadgeTone::Alert label=Msg::ConnectorError.text(locale) /> })}
                    {s.ok.then(|| view! { <Badge tone=BadgeTone::Success label=Msg::ConnectorOk.text(locale) /> })}
                </div>
            }
        })
    };
    let hint = move || {
        let s = status.get()?;
        let text = match wants {
            Some(true) if !s.ok => Msg::ConnectorWantsOn,
            Some(false) if s.active => Msg::ConnectorWantsOff,
            _ if s.ok => Msg::ConnectorWorks,
            _ => return None,
        };
        Some(
            view! { <p class="b-connector__hint" data-testid="connector-hint">{text.text(locale)}</p> },
        )
    };
    let outcome = move || {
        match step.get() {
        Step::Refused(reason) => Some(view! {
            <div role="alert" data-testid="connector-refused"><AlertBox tone=AlertTone::Alert title=msg::connector_refused(locale, reason) /></div>
        }.into_any()),
        Step::Unknown => Some(view! {
            <div role="alert" data-testid="connector-unknown">
                <AlertBox tone=AlertTone::Warning title=Msg::ConnectorUnknown.text(locale)>
                    <Button kind=ButtonKind::Secondary label=Msg::ConnectorCheck.text(locale) icon=Icon::Refresh test_id="connector-check"
                        on_click=Callback::new(move |_| read_status()) />
                </AlertBox>
            </div>
        }.into_any()),
        Step::Idle | Step::Busy => None,
    }
    };
    view! {
        <div class="b-stack b-connector" data-testid="connector-setup">
            {badges}
            {hint}
            <TextInput label=Msg::ConnectorChannelName.text(locale) value=name disabled=busy test_id="connector-name" />
            <TextInput label=Msg::ConnectorChannelUrl.text(locale) value=url disabled=busy test_id="connector-url" />
            {move || problem.get().map(|p| view! { <p class="b-connector__problem" role="alert" data-testid="connector-problem">{p}</p> })}
            <div class="b-row">
                <Show when=move || step.get() != Step::Unknown>
                    <Button kind=ButtonKind::Primary label=Msg::ConnectorConnect.text(locale) icon=Icon::Connector busy=busy test_id="connector-connect"
                        on_click=Callback::new(move |_| write(true)) />
                    {move || status.get().is_some_and(|s| s.active).then(|| view! {
                        <Button kind=ButtonKind::Ghost label=Msg::ConnectorDisconnect.text(locale) busy=busy test_id="connector-disconnect"
                            on_click=Callback::new(move |_| write(false)) />
                    })}
                </Show>
            </div>
            <div role="status" class="b-sr-only">{move || status.get().map(|s| if s.ok { Msg::ConnectorWorks.text(locale) } else { Msg::ConnectorInactive.text(locale) })}</div>
            {outcome}
        </div>
    }
}
