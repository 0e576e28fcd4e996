//! The `setup` family: how the app installs itself into a portal and how an admin changes where it
//! appears. Reached only from `DEFAULT`: with `INSTALL` (the portal's install page) it is the
//! first-run [`wizard`]; with `{"view":"settings"}` (the *App settings* slider opened with
//! `openApplication`) it is the [`settings`] page and placement manager.
//!
//! The pure part (what is offered, the plan, the run's rules) is the `install` crate; this module is
//! the browser glue: it reads the portal in one batch, sends the plan's steps one by one through the
//! REST client, shows each step's state, and never resends a step whose outcome is unknown before it
//! has read the portal again (`install::Run::reconcile`).
//!
//! The app binds no events (`event.bind`): event handlers are server URLs the portal calls, and the
//! app is a static frame with no server side of its own; the events its widgets follow reach the
//! frames through `placement.bindEvent`.

mod runner;
pub mod settings;
mod steps;
mod text;
pub mod wizard;

use crate::context::use_app;
use crate::i18n::{Locale, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Screen, ScreenTone};
use install::plan::{Choice, HandlerUrl, Labels, LocalText};
use install::{Area, PortalState, LANDING_OPTION};
use leptos::prelude::*;
use rest::Batch;
use std::collections::BTreeMap;

/// The family's entry: the wizard on the install page, the settings page otherwise; a non-admin on
/// the install page gets the "ask your administrator" screen and nothing is sent.
#[component]
pub fn SetupPage(
    /// Whether the portal opened the install page (`INSTALL`).
    install: bool,
) -> impl IntoView {
    let (locale, admin) = use_app().with_value(|c| (c.locale, c.init.is_admin));
    match (install, admin) {
        (true, false) => view! {
            <div data-widget="setup-refused">
                <Screen
                    tone=ScreenTone::Warning
                    test_id="setup-refused"
                    icon=Icon::Settings
                    title=Msg::SetupNotAdminTitle.text(locale)
                    text=Msg::SetupNotAdminText.text(locale)
                />
            </div>
        }
        .into_any(),
        (true, true) => view! { <wizard::Wizard /> }.into_any(),
        (false, _) => view! { <settings::Settings /> }.into_any(),
    }
}

/// What the portal holds for the app, read in one batch: the bindings, field types, connectors,
/// smart processes, the recorded site placements, and (for the settings page) the codes the portal
/// offers the app (`placement.list`).
#[derive(Debug, Clone, PartialEq)]
pub struct PortalView {
    /// What is registered.
    pub state: PortalState,
    /// `placement.list`: the codes this portal lets the app bind (its scopes and modules); `None`
    /// when it could not be read (then nothing is marked unavailable).
    pub available: Option<Vec<String>>,
}

/// Reads the portal. `placement.get` is required (without it nothing can be planned safely); the
/// other answers fail soft (a portal without the open-lines scope refuses `imconnector.list`, which
/// then reads as no connector).
pub async fn read_portal(
    client: &crate::context::RestClient,
) -> Result<PortalView, rest::RestError> {
    let mut batch = Batch::new();
    let bound = batch.add("bound", "placement.get", serde_json::json!({}));
    let fields = batch.add("fields", "userfieldtype.list", serde_json::json!({}));
    let connectors = batch.add("connectors", "imconnector.list", serde_json::json!({}));
    let processes = batch.add("processes", "crm.type.list", serde_json::json!({}));
    let landing = batch.add(
        "landing",
        "app.option.get",
        serde_json::json!({ "option": LANDING_OPTION }),
    );
    let available =
        batch.add_as::<Vec<String>>("available", "placement.list", serde_json::json!({}));
    let results = client.batch(batch).await?;
    let bound = bound.read(&results)?;
    let soft = |c: &rest::CommandRef| c.read(&results).unwrap_or(serde_json::Value::Null);
    Ok(PortalView {
        state: PortalState::from_answers(
            &bound,
            &soft(&fields),
            &soft(&connectors),
            &soft(&processes),
            &soft(&landing),
        ),
        available: available
            .read(&results)
            .ok()
            .map(|codes| codes.into_iter().map(|c| c.to_ascii_uppercase()).collect()),
    })
}

impl PortalView {
    /// Whether the portal does not offer `choice` at all (`placement.list` does not list it: a module
    /// or scope the portal lacks). Only `placement.bind` codes are listed there; when the list could
    /// not be read, nothing counts as unavailable.
    pub fn unavailable(&self, choice: &Choice) -> bool {
        choice.offer.registration == install::offer::Registration::PlacementBind
            && self
                .available
                .as_ref()
                .is_some_and(|codes| !codes.contains(&choice.code))
    }
}

/// The app's handler URL: this page's origin and path (the portal loads every widget from it).
pub fn handler_url() -> Result<HandlerUrl, install::plan::HandlerUrlError> {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    HandlerUrl::new(&origin, &path)
}

/// The translation part (`i18n::parts`) the widget names and lines live in.
const TEXTS_PART: &str = "setup";

/// Makes every shipped language's texts available, for `LANG_ALL`: the shared texts and the setup
/// part the widget names are in. A language whose files cannot be had is left out (the portal then
/// shows the admin's language there), never sent empty or in English.
pub async fn load_all_languages() {
    futures::future::join_all(Locale::ALL.iter().map(|l| async move {
        if crate::i18n::load(*l).await.is_ok() {
            let _ = crate::i18n::load_part(*l, TEXTS_PART).await;
        }
    }))
    .await;
}

/// Whether `locale`'s widget names are loaded (its shared texts and its own setup part; a missing
/// part would read as English).
fn names_loaded(locale: Locale) -> bool {
    i18n::installed(locale) && crate::i18n::part_ready(locale, TEXTS_PART)
}

/// A registration's texts: the widget's name and line in the admin's language and in every language
/// whose texts are loaded (by Bitrix24 language code).
pub fn labels(choice: &Choice, locale: Locale) -> Labels {
    let (title, line) = text::purpose(choice.offer.purpose);
    let local = |l: Locale| LocalText {
        title: title.text(l).to_owned(),
        description: line.text(l).to_owned(),
    };
    let all: BTreeMap<String, LocalText> = Locale::ALL
        .iter()
        .filter(|l| names_loaded(**l))
        .map(|l| (l.lang_code().to_owned(), local(*l)))
        .collect();
    Labels {
        main: local(locale),
        all,
    }
}

/// The offered widgets by area, in the wizard's order, areas without any left out.
pub fn by_area(choices: &[Choice]) -> Vec<(Area, Vec<Choice>)> {
    Area::ALL
        .iter()
        .map(|area| {
            (
                *area,
                choices
                    .iter()
                    .filter(|c| c.offer.area == *area)
                    .cloned()
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// One offered widget as a list row: its name, where it appears, what it does, its code.
#[component]
pub fn ChoiceText(
    /// The widget.
    choice: Choice,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let (title, line) = text::purpose(choice.offer.purpose);
    let location = install::locate(&choice.code);
    let spot = text::spot(location.spot, locale);
    let place = match location.subject {
        Some(subject) => {
            let process = choice.smart_process.as_ref().map(|p| p.title.as_str());
            format!("{} · {spot}", text::subject(subject, process, locale))
        }
        None => spot.to_owned(),
    };
    view! {
        <span class="b-setup__text">
            <span class="b-setup__name">{title.text(locale)}</span>
            <span class="b-setup__where" data-testid="where">{place}</span>
            <span class="b-setup__line">{line.text(locale)}</span>
            <code class="b-setup__code">{choice.code.clone()}</code>
        </span>
    }
}

/// The group heading of an area.
pub fn area_title(area: Area, locale: Locale) -> &'static str {
    text::area(area, locale)
}
