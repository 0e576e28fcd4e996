//! `CRM_*_DOCUMENTGENERATOR_BUTTON` (under *Document → Extensions*, opened in a slider): a printable
//! commercial offer for the element, from the entity card's one batch, with *Print* (the browser's
//! print of this frame; the toolbar is not printed) and *Download* (a stand-alone HTML file whose
//! every portal text is escaped, `domain::crm_work::document`).

use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{entity_name, msg, Locale, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Button, ButtonKind, ThemeToggle};
use crate::widgets::loaded_view;
use domain::crm_work::document::{self, OfferDocument};
use domain::entity_card::{self, EntityCard};
use domain::format::Timestamp;
use leptos::prelude::*;
use placement::CrmRef;
use wasm_bindgen::JsCast;

/// Loads the element and shows its offer.
#[component]
pub fn OfferWidget(
    /// The element.
    target: CrmRef,
) -> impl IntoView {
    let card = use_loader(move |client| async move {
        let results = client.batch(entity_card::plan(target)).await?;
        EntityCard::from_batch(target, &results)
    });
    view! {
        <div data-widget="crm-document">
            {loaded_view(card, |card, _| view! { <OfferView card=card /> }.into_any())}
        </div>
    }
}

/// The offer's texts for a loaded card.
fn offer(card: &EntityCard, locale: Locale) -> OfferDocument {
    let today = super::local_today();
    let issued = Timestamp {
        year: today.year,
        month: today.month,
        day: today.day,
        hour: 0,
        minute: 0,
        second: 0,
        offset_minutes: 0,
    };
    let mut rows = vec![
        (
            Msg::CrmDocIssued.text(locale).to_owned(),
            crate::fmt::date(locale, issued),
        ),
        (
            Msg::CrmDocSubject.text(locale).to_owned(),
            format!(
                "{} #{}",
                entity_name(card.target.entity, locale),
                card.target.id
            ),
        ),
    ];
    let client = card
        .company
        .as_ref()
        .map(|c| c.title.clone())
        .into_iter()
        .chain(card.contact.as_ref().map(|c| c.title.clone()))
        .collect::<Vec<_>>()
        .join(", ");
    if !client.is_empty() {
        rows.push((Msg::CrmDocClient.text(locale).to_owned(), client));
    }
    if let Some(stage) = &card.stage {
        rows.push((Msg::CrmDocStage.text(locale).to_owned(), stage.name.clone()));
    }
    if let Some(amount) = &card.amount {
        rows.push((
            Msg::Amount.text(locale).to_owned(),
            crate::fmt::money(locale, amount),
        ));
    }
    if let Some(closes) = card.closes {
        rows.push((
            Msg::CloseDate.text(locale).to_owned(),
            crate::fmt::date(locale, closes),
        ));
    }
    if let Some(person) = &card.responsible {
        rows.push((
            Msg::CrmDocPreparedBy.text(locale).to_owned(),
            person.name.clone(),
        ));
    }
    if !card.phones.is_empty() {
        rows.push((Msg::Phone.text(locale).to_owned(), card.phones.join(", ")));
    }
    if !card.emails.is_empty() {
        rows.push((Msg::Email.text(locale).to_owned(), card.emails.join(", ")));
    }
    let number = document::number(&card.target.entity.code_name(), card.target.id.get());
    OfferDocument {
        heading: Msg::CrmDocTitle.text(locale).to_owned(),
        title: card.title.clone(),
        number: msg::crm_doc_number(locale, &number),
        rows,
        note: Msg::CrmDocNote.text(locale).to_owned(),
    }
}

/// Saves `html` as `file` through a Blob URL (revoked right after the click).
fn download(html: &str, file: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(html));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/html;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file);
    link.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// The document and its toolbar.
#[component]
fn OfferView(card: EntityCard) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let doc = offer(&card, locale);
    let status = RwSignal::new(None::<String>);
    let file = document::file_name(&document::number(
        &card.target.entity.code_name(),
        card.target.id.get(),
    ));
    let html = doc.html(locale.tag(), locale.direction().as_str() == "rtl");
    let print = Callback::new(move |_| {
        if let Some(window) = web_sys::window() {
            if window.print().is_err() {
                status.set(Some(Msg::CrmDocPrintFailed.text(locale).to_owned()));
            }
        }
    });
    let save_name = file.clone();
    let save = Callback::new(move |_| {
        let text = match download(&html, &save_name) {
            Ok(()) => msg::crm_doc_downloaded(locale, &save_name),
            Err(_) => Msg::CrmDocDownloadFailed.text(locale).to_owned(),
        };
        status.set(Some(text));
    });
    let rows = doc
        .rows
        .iter()
        .map(|(label, value)| view! { <tr><th scope="row">{label.clone()}</th><td>{value.clone()}</td></tr> })
        .collect_view();
    view! {
        <div class="b-stack">
            <div class="crm-doc-toolbar b-row">
                <Button kind=ButtonKind::Primary label=Msg::CrmDocPrint.text(locale) icon=Icon::Expand test_id="doc-print" on_click=print />
                <Button kind=ButtonKind::Secondary label=Msg::CrmDocDownload.text(locale) icon=Icon::ExternalLink test_id="doc-download" on_click=save />
                <span class="b-grow"></span>
                <ThemeToggle />
            </div>
            {move || status.try_get().flatten().map(|s| view! { <p class="crm-work-note crm-doc-toolbar" role="status" data-testid="doc-status">{s}</p> })}
            <article class="crm-doc" data-testid="document">
                <h1 class="crm-doc__heading">{doc.heading.clone()}</h1>
                <p class="crm-doc__number">{doc.number.clone()}</p>
                <h2 class="crm-doc__title" data-testid="doc-title">{doc.title.clone()}</h2>
                <table class="crm-doc__rows"><tbody>{rows}</tbody></table>
                <p class="crm-doc__note">{doc.note.clone()}</p>
            </article>
        </div>
    }
}
