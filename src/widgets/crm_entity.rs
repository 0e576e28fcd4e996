//! The CRM entity card: one component for deals, leads, contacts, companies, quotes, smart invoices and
//! smart processes, in every CRM slot (detail tab, activity, list menu, toolbar, timeline menu,
//! document generator) and in the call card.

use super::{loaded_view, open_portal_path, Notice};
use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::Locale;
use crate::i18n::{entity_name, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Badge, BadgeTone, Button, ButtonKind, Card, Field, PersonLine, ThemeToggle};
use bx24::SliderSettings;
use domain::entity_card::{self, EntityCard, LinkedEntity, StageSemantics};
use leptos::prelude::*;
use placement::{CrmEntityType, CrmRef};
use serde_json::json;

/// The icon of an entity type.
pub fn entity_icon(entity: CrmEntityType) -> Icon {
    match entity {
        CrmEntityType::Lead => Icon::Lead,
        CrmEntityType::Deal => Icon::Deal,
        CrmEntityType::Contact => Icon::Contact,
        CrmEntityType::Company => Icon::Company,
        CrmEntityType::Quote => Icon::Quote,
        CrmEntityType::SmartInvoice | CrmEntityType::Invoice => Icon::Invoice,
        CrmEntityType::Dynamic(_) => Icon::SmartProcess,
        CrmEntityType::Activity => Icon::Activity,
        CrmEntityType::Order => Icon::Catalog,
    }
}

/// Loads and shows the card of one CRM element (one `batch` round trip).
#[component]
pub fn EntityCardWidget(
    /// The element.
    target: CrmRef,
) -> impl IntoView {
    let card = use_loader(move |client| async move {
        let results = client.batch(entity_card::plan(target)).await?;
        EntityCard::from_batch(target, &results)
    });
    view! {
        <div data-widget="entity-card">
            {loaded_view(card, |card, reload| view! { <EntityCardView card=card on_refresh=reload /> }.into_any())}
        </div>
    }
}

/// Renders a loaded card.
#[component]
pub fn EntityCardView(
    /// The data.
    card: EntityCard,
    /// Reloads the data.
    on_refresh: Callback<()>,
    /// Offer the *Details* slider (off inside the details view itself).
    #[prop(default = true)]
    with_details: bool,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let notice = RwSignal::new(None::<String>);
    let target = card.target;
    let badges = stage_badges(&card, locale);
    let details_path = card.details_path();
    let title = card.title.clone();
    let open = details_path.clone().map(|path| {
        view! {
            <Button
                kind=ButtonKind::Primary
                label=Msg::Open.text(locale)
                icon=Icon::ExternalLink
                test_id="open-entity"
                on_click=Callback::new(move |_| open_portal_path(ctx, path.clone(), notice))
            />
        }
    });
    let details = with_details.then(|| {
        let title = title.clone();
        view! {
            <Button
                kind=ButtonKind::Secondary
                label=Msg::Details.text(locale)
                icon=Icon::Expand
                test_id="open-details"
                on_click=Callback::new(move |_| {
                    let bx24 = ctx.with_value(|c| c.bx24.clone());
                    let params = json!({"view": "entity", "entityTypeId": target.entity.entity_type_id().get(), "id": target.id.get()});
                    let settings = SliderSettings { width: Some(960), title: Some(title.clone()), ..Default::default() };
                    leptos::task::spawn_local(async move {
                        // Resolves when the slider closes; the card may have changed meanwhile.
                        if bx24.slider().open_application(&params, &settings).await.is_ok() {
                            on_refresh.run(());
                        }
                    });
                })
            />
        }
    });
    let footer = view! {
        {open}
        {details}
        <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=on_refresh />
        <span class="b-grow"></span>
        <ThemeToggle />
    };
    let subtitle = card.subtitle.clone().or_else(|| {
        Some(format!(
            "{} #{}",
            entity_name(target.entity, locale),
            target.id
        ))
    });
    view! {
        <Card icon=super::crm_entity::entity_icon(target.entity) title=title subtitle=subtitle badges=badges footer=footer.into_any()>
            <EntityFields card=card.clone() />
            <Notice notice=notice />
        </Card>
    }
}

fn stage_badges(card: &EntityCard, locale: Locale) -> AnyView {
    let stage = card.stage.clone().map(|stage| {
        let tone = match stage.semantics {
            StageSemantics::InProgress => BadgeTone::Info,
            StageSemantics::Success => BadgeTone::Success,
            StageSemantics::Failure => BadgeTone::Alert,
        };
        view! { <Badge tone=tone label=stage.name dot=stage.color.map(|c| c.as_str().to_owned()) /> }
    });
    let closed = card
        .closed
        .then(|| view! { <Badge tone=BadgeTone::NoAccent label=Msg::ClosedItem.text(locale) /> });
    view! { {stage} {closed} }.into_any()
}

/// The label/value list of a card.
#[component]
fn EntityFields(card: EntityCard) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let date = move |t: Option<domain::format::Timestamp>| t.map(|t| crate::fmt::date(locale, t));
    let amount = card.amount.as_ref().map(|m| crate::fmt::money(locale, m));
    let responsible = card
        .responsible
        .clone()
        .map(|p| view! { <PersonLine person=p /> });
    let phones = card.phones.clone();
    let emails = card.emails.clone();
    let is_party = matches!(
        card.target.entity,
        CrmEntityType::Contact | CrmEntityType::Company
    );
    view! {
        <dl class="b-fields" data-testid="entity-fields">
            {amount.map(|a| view! { <Field label=Msg::Amount.text(locale)><span data-testid="amount">{a}</span></Field> })}
            <Field label=Msg::Responsible.text(locale)>{responsible.map(IntoAny::into_any).unwrap_or_else(|| empty().into_any())}</Field>
            {card.contact.clone().map(|c| view! { <Field label=Msg::Contact.text(locale)><LinkedLink linked=c /></Field> })}
            {card.company.clone().map(|c| view! { <Field label=Msg::Company.text(locale)><LinkedLink linked=c /></Field> })}
            {(!phones.is_empty()).then(|| view! { <Field label=Msg::Phone.text(locale)><PhoneLinks phones=phones /></Field> })}
            {(!emails.is_empty()).then(|| view! { <Field label=Msg::Email.text(locale)>{emails.join(", ")}</Field> })}
            {(!is_party).then(|| card.begins.map(|_| view! { <Field label=Msg::StartDate.text(locale)>{date(card.begins)}</Field> }))}
            {(!is_party).then(|| card.closes.map(|_| view! { <Field label=Msg::CloseDate.text(locale)>{date(card.closes)}</Field> }))}
            <Field label=Msg::Created.text(locale)>{date(card.created).unwrap_or_default()}</Field>
            {card.updated.map(|_| view! { <Field label=Msg::Modified.text(locale)>{date(card.updated)}</Field> })}
        </dl>
    }
}

fn empty() -> impl IntoView {
    view! { <span class="b-fields__empty"></span> }
}

/// A linked contact/company that opens its card in the portal.
#[component]
fn LinkedLink(linked: LinkedEntity) -> impl IntoView {
    let ctx = use_app();
    let notice = RwSignal::new(None::<String>);
    let title = linked.title.clone();
    match linked.details_path() {
        Some(path) => view! {
            <button type="button" class="b-link" on:click=move |_| open_portal_path(ctx, path.clone(), notice)>{title}</button>
            <Notice notice=notice />
        }
        .into_any(),
        None => view! { <span>{title}</span> }.into_any(),
    }
}

/// Phone numbers that dial through the portal's telephony (`im.phoneTo`).
#[component]
fn PhoneLinks(phones: Vec<String>) -> impl IntoView {
    let ctx = use_app();
    phones
        .into_iter()
        .map(|phone| {
            let label = phone.clone();
            view! {
                <button
                    type="button"
                    class="b-link"
                    on:click=move |_| {
                        let _ = ctx.with_value(|c| c.bx24.messenger().phone_to(&phone));
                    }
                >
                    {label}
                </button>
                " "
            }
        })
        .collect_view()
}
