//! Sites (landing):
//!
//! - `LANDING_SETTINGS`: the site's title and description (`landing.site.getList` and the page the
//!   editor is on, one batch), saved with `landing.site.update`;
//! - `LANDING_BLOCK_*`: the block's texts, one field per text node of its manifest
//!   (`landing.block.getmanifest`); *Save* sends the filled ones (`landing.block.updatenodes`), then
//!   asks the editor to reload the block (`refreshBlock`). A save whose outcome is unknown is not
//!   repeated; the input survives a refusal.

use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{AlertBox, AlertTone, Button, ButtonKind, Card, InputKind, TextInput};
use crate::widgets::loaded_view;
use domain::landing::{self, ManifestAnswer, SiteSettings, TextNode};
use domain::write::WriteFailure;
use domain::LoadError;
use leptos::prelude::*;
use placement::{BlockId, LandingPlacement, PageId};
use rest::batch::Batch;
use serde_json::Value;

/// The landing widget of one placement.
#[component]
pub fn LandingWidget(
    /// Which landing place.
    place: LandingPlacement,
) -> impl IntoView {
    match place {
        LandingPlacement::Settings { site, page } => {
            let data = use_loader(move |client| async move {
                let mut batch = Batch::new();
                let commands = landing::add_site_commands(site, page, &mut batch);
                let results = client.batch(batch).await?;
                commands.read(site, &results)
            });
            view! {
                <div data-widget="landing-settings">
                    {loaded_view(data, |settings, _| view! { <SiteForm settings=settings /> }.into_any())}
                </div>
            }
            .into_any()
        }
        LandingPlacement::Block {
            block,
            block_code,
            page,
            ..
        } => {
            let data = use_loader(move |client| async move {
                let answer: ManifestAnswer = client
                    .call(
                        "landing.block.getmanifest",
                        landing::manifest_params(page, block),
                    )
                    .await
                    .map_err(LoadError::from)?;
                Ok(landing::text_nodes(&answer))
            });
            view! {
                <div data-widget="landing-block">
                    {loaded_view(data, move |nodes, _| view! { <BlockForm nodes=nodes block=block page=page code=block_code.clone() /> }.into_any())}
                </div>
            }
            .into_any()
        }
    }
}

/// Where a save stands.
#[derive(Debug, Clone, PartialEq)]
enum Save {
    Idle,
    Busy,
    Done(String),
    Refused(String),
    Unknown,
}

fn save_status(state: RwSignal<Save>, locale: crate::i18n::Locale) -> impl Fn() -> Option<AnyView> {
    move || {
        match state.get() {
        Save::Idle | Save::Busy => None,
        Save::Done(text) => Some(view! { <p role="status" class="b-landing__status" data-testid="landing-saved">{text}</p> }.into_any()),
        Save::Refused(reason) => Some(view! {
            <div role="alert" data-testid="landing-refused"><AlertBox tone=AlertTone::Alert title=msg::landing_refused(locale, reason) /></div>
        }.into_any()),
        Save::Unknown => Some(view! {
            <div role="alert" data-testid="landing-unknown"><AlertBox tone=AlertTone::Warning title=Msg::LandingUnknown.text(locale) /></div>
        }.into_any()),
    }
    }
}

#[component]
fn SiteForm(settings: SiteSettings) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let title = RwSignal::new(settings.title.clone());
    let description = RwSignal::new(settings.description.clone());
    let state = RwSignal::new(Save::Idle);
    let site = settings.site;
    let busy = Signal::derive(move || matches!(state.get(), Save::Busy | Save::Unknown));
    let save = move |_| {
        if title.get_untracked().trim().is_empty() {
            state.set(Save::Refused(
                Msg::LandingTitleRequired.text(locale).to_owned(),
            ));
            return;
        }
        state.set(Save::Busy);
        let client = ctx.with_value(|c| c.rest.clone());
        let params =
            landing::site_update_params(site, &title.get_untracked(), &description.get_untracked());
        leptos::task::spawn_local(async move {
            let next = match client.call::<Value>("landing.site.update", params).await {
                Ok(_) => Save::Done(Msg::LandingSiteSaved.text(locale).to_owned()),
                Err(e) => match WriteFailure::classify(e) {
                    WriteFailure::Unknown(_) => Save::Unknown,
                    WriteFailure::Refused(e) => Save::Refused(e.to_string()),
                },
            };
            let _ = state.try_set(next);
        });
    };
    let subtitle = settings.page_title.map(|p| msg::landing_page(locale, p));
    view! {
        <Card icon=Icon::Site title=Msg::LandingSiteSettings.text(locale) subtitle=subtitle>
            <div class="b-stack">
                <TextInput label=Msg::LandingSiteTitle.text(locale) value=title disabled=busy test_id="landing-title" />
                <TextInput label=Msg::LandingSiteDescription.text(locale) value=description kind=InputKind::MultiLine disabled=busy test_id="landing-description" />
                <div class="b-row">
                    <Button kind=ButtonKind::Primary label=Msg::LandingSave.text(locale) busy=busy test_id="landing-save" on_click=Callback::new(save) />
                </div>
                {save_status(state, locale)}
            </div>
        </Card>
    }
}

#[component]
fn BlockForm(nodes: Vec<TextNode>, block: BlockId, page: PageId, code: String) -> impl IntoView {
    let ctx = use_app();
    let (bx24, locale) = ctx.with_value(|c| (c.bx24.clone(), c.locale));
    let fields: Vec<(TextNode, RwSignal<String>)> = nodes
        .into_iter()
        .map(|n| (n, RwSignal::new(String::new())))
        .collect();
    let values = StoredValue::new(
        fields
            .iter()
            .map(|(n, v)| (n.selector.clone(), *v))
            .collect::<Vec<_>>(),
    );
    let state = RwSignal::new(Save::Idle);
    let busy = Signal::derive(move || matches!(state.get(), Save::Busy | Save::Unknown));
    let bx24 = StoredValue::new_local(bx24);
    let save = move |_| {
        let filled: Vec<(String, String)> = values.with_value(|v| {
            v.iter()
                .map(|(sel, s)| (sel.clone(), s.get_untracked()))
                .collect()
        });
        let Some(params) = landing::update_nodes_params(page, block, &filled) else {
            state.set(Save::Refused(
                Msg::LandingNothingToSave.text(locale).to_owned(),
            ));
            return;
        };
        state.set(Save::Busy);
        let client = ctx.with_value(|c| c.rest.clone());
        let bx24 = bx24.get_value();
        leptos::task::spawn_local(async move {
            let next = match client
                .call::<Value>("landing.block.updatenodes", params)
                .await
            {
                Ok(_) => match bx24.landing().refresh_block(block.0).await {
                    Ok(()) => Save::Done(Msg::LandingBlockSaved.text(locale).to_owned()),
                    Err(e) => {
                        Save::Done(msg::landing_block_saved_no_refresh(locale, e.to_string()))
                    }
                },
                Err(e) => match WriteFailure::classify(e) {
                    WriteFailure::Unknown(_) => Save::Unknown,
                    WriteFailure::Refused(e) => Save::Refused(e.to_string()),
                },
            };
            let _ = state.try_set(next);
        });
    };
    let empty = fields.is_empty();
    view! {
        <Card icon=Icon::Site title=Msg::LandingBlockSettings.text(locale) subtitle=Some(code)>
            <div class="b-stack">
                <p class="b-landing__status">{Msg::LandingBlockHint.text(locale)}</p>
                {empty.then(|| view! { <p class="b-landing__status" data-testid="landing-no-nodes">{Msg::LandingNoTextNodes.text(locale)}</p> })}
                {fields.into_iter().map(|(node, value)| view! {
                    <TextInput label=node.name.clone() value=value disabled=busy test_id="landing-node" />
                }).collect_view()}
                <div class="b-row">
                    <Button kind=ButtonKind::Primary label=Msg::LandingSave.text(locale) busy=busy test_id="landing-save" on_click=Callback::new(save) />
                </div>
                {save_status(state, locale)}
            </div>
        </Card>
    }
}
