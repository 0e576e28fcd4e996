//! Places the docs do not describe well enough for a widget: `HCMLINK_SALARY_VACATION` (mentioned
//! only; the HR module's salary and vacation slider, options unknown) and `CATALOG_EXTERNAL_PRODUCT`
//! (a hidden frame of the product selector whose commands and events exist only in the portal's
//! code). Each gets a screen that says what the spot is and why nothing more is shown, plus what the
//! portal sent (placements.md §5.9, §6).

use crate::context::use_app;
use crate::i18n::Msg;
use crate::ui::icon_data::Icon;
use crate::ui::{KeyValues, Screen};
use leptos::prelude::*;
use serde_json::{Map, Value};

/// Which spot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    /// `HCMLINK_SALARY_VACATION`.
    HrSalaryVacation,
    /// `CATALOG_EXTERNAL_PRODUCT`.
    CatalogExternalProduct,
}

/// The explanation screen.
#[component]
pub fn SpotNotice(
    /// The spot.
    spot: Spot,
    /// The options as received (shown as text, never as HTML).
    options: Map<String, Value>,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let (icon, title, text, id) = match spot {
        Spot::HrSalaryVacation => (Icon::Hr, Msg::SpotHrTitle, Msg::SpotHrText, "spot-hr"),
        Spot::CatalogExternalProduct => (
            Icon::Catalog,
            Msg::SpotCatalogTitle,
            Msg::SpotCatalogText,
            "spot-catalog",
        ),
    };
    let rows: Vec<(String, String)> = options
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                v.as_str().map_or_else(|| v.to_string(), str::to_owned),
            )
        })
        .collect();
    view! {
        <div data-widget="spot-notice">
            <Screen icon=icon title=title.text(locale) text=text.text(locale) test_id=id>
                {(!rows.is_empty()).then(|| view! {
                    <div class="b-stack">
                        <p class="b-subtitle">{Msg::SpotOptions.text(locale)}</p>
                        <KeyValues rows=rows />
                    </div>
                })}
            </Screen>
        </div>
    }
}
