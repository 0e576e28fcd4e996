//! The hidden search providers (`CRM_DETAIL_SEARCH`, `CRM_REQUISITE_AUTOCOMPLETE`,
//! `CRM_BANK_DETAIL_AUTOCOMPLETE`): search the portal's directory for what the user typed (one
//! batch), report the options with `crmShowFoundEntities`, and answer the portal's
//! `onCrmEntityIsNeedToCreate` for a picked option with `crmShowCreatedEntity` (placements.md §4).
//!
//! The frame is invisible: the portal draws the options. A failed search reports no options at once
//! (the portal would otherwise wait ~20 s) and says why in the status line.

use crate::context::use_app;
use crate::i18n::{msg, Msg};
use bx24::EventSubscription;
use domain::crm_work::search::{self, Found, NeedToCreate, SearchKind, SearchResult};
use leptos::prelude::*;
use placement::CrmSearchPlacement;
use std::cell::RefCell;
use std::rc::Rc;

/// The search kind and query of a provider placement.
pub fn search_of(p: &CrmSearchPlacement) -> (SearchKind, String) {
    match p {
        CrmSearchPlacement::ClientSearch { entity, query } => {
            (SearchKind::client(*entity), query.clone())
        }
        CrmSearchPlacement::RequisiteAutocomplete { query } => {
            (SearchKind::Requisite, query.clone())
        }
        CrmSearchPlacement::BankDetailAutocomplete { query, .. } => {
            (SearchKind::Bank, query.clone())
        }
    }
}

/// Runs the search and answers the portal; renders only a status line.
#[component]
pub fn SearchProvider(
    /// What is searched.
    kind: SearchKind,
    /// What the user typed.
    query: String,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let status = RwSignal::new(Msg::CrmSearchRunning.text(locale).to_owned());
    let result: Rc<RefCell<SearchResult>> = Rc::new(RefCell::new(SearchResult::default()));
    let bx24 = ctx.with_value(|c| c.bx24.clone());

    let answers = result.clone();
    let answer_bx24 = bx24.clone();
    let subscription: Option<EventSubscription> = bx24
        .placement()
        .bind_event("onCrmEntityIsNeedToCreate", move |payload| {
            let picked: NeedToCreate = serde_json::from_value(payload).unwrap_or_default();
            let created = answers.borrow().created(&picked);
            match created.and_then(|c| serde_json::to_value(c).ok()) {
                Some(created) => {
                    let _ = answer_bx24
                        .placement()
                        .send("crmShowCreatedEntity", &created);
                    status.try_set(Msg::CrmSearchPicked.text(locale).to_owned());
                }
                None => {
                    status.try_set(Msg::CrmSearchUnknownPick.text(locale).to_owned());
                }
            }
        })
        .ok();
    let _keep = StoredValue::new_local(subscription);

    let client = ctx.with_value(|c| c.rest.clone());
    leptos::task::spawn_local(async move {
        let outcome = match search::plan(kind, &query) {
            None => Ok(SearchResult::default()),
            Some((batch, commands)) => match client.batch(batch).await {
                Ok(results) => commands.read(&results),
                Err(error) => Err(error),
            },
        };
        let (found, line) = match outcome {
            Ok(found) => {
                let count = found.options.len();
                let report = found.found();
                *result.borrow_mut() = found;
                (report, msg::crm_search_found(locale, count as u64))
            }
            Err(error) => (
                Found::default(),
                msg::crm_search_failed(locale, error.to_string()),
            ),
        };
        if let Ok(found) = serde_json::to_value(found) {
            let _ = bx24.placement().send("crmShowFoundEntities", &found);
        }
        status.try_set(line);
    });

    view! {
        <p class="b-sr-only" role="status" data-widget="crm-search">{move || status.try_get().unwrap_or_default()}</p>
    }
}
