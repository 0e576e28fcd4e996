//! The reference tables: stages per pipeline and entity type, plain status lists, currencies.

use super::seed::SMART_PROCESSES;
use super::*;

pub(super) struct StageDef(
    pub(super) &'static str,
    pub(super) &'static str,
    pub(super) &'static str,
    pub(super) Semantics,
);

use Semantics::{Apology, Failure, Process, Success};

pub(super) const LEAD_STATUSES: &[StageDef] = &[
    StageDef("NEW", "Unassigned", "#2FC6F6", Process),
    StageDef("IN_PROCESS", "In progress", "#55D0E0", Process),
    StageDef("PROCESSED", "Processed", "#FFA900", Process),
    StageDef("CONVERTED", "Good lead", "#7BD500", Success),
    StageDef("JUNK", "Junk lead", "#FF5752", Failure),
];
pub(super) const DEAL_STAGES: &[StageDef] = &[
    StageDef("NEW", "New", "#39A8EF", Process),
    StageDef("PREPARATION", "Document preparation", "#2FC6F6", Process),
    StageDef(
        "PREPAYMENT_INVOICE",
        "Prepayment invoice",
        "#55D0E0",
        Process,
    ),
    StageDef("EXECUTING", "In progress", "#47E4C2", Process),
    StageDef("FINAL_INVOICE", "Final invoice", "#FFA900", Process),
    StageDef("WON", "Deal successful", "#7BD500", Success),
    StageDef("LOSE", "Deal failed", "#FF5752", Failure),
    StageDef("APOLOGY", "Failure reason analysis", "#FF5752", Apology),
];
pub(super) const PARTNER_DEAL_STAGES: &[StageDef] = &[
    StageDef("C1:NEW", "Partner request", "#39A8EF", Process),
    StageDef("C1:PREPARATION", "Contract negotiation", "#2FC6F6", Process),
    StageDef("C1:EXECUTING", "Onboarding", "#47E4C2", Process),
    StageDef("C1:WON", "Partner signed", "#7BD500", Success),
    StageDef("C1:LOSE", "Declined", "#FF5752", Failure),
];
pub(super) const QUOTE_STATUSES: &[StageDef] = &[
    StageDef("DRAFT", "New", "#2FC6F6", Process),
    StageDef("SENT", "Sent to client", "#55D0E0", Process),
    StageDef("RECEIVED", "Received", "#FFA900", Process),
    StageDef("APPROVED", "Approved", "#7BD500", Success),
    StageDef("DECLAINED", "Declined", "#FF5752", Failure),
];
pub(super) const INVOICE_STAGES: &[StageDef] = &[
    StageDef("DT31_2:N", "New", "#39A8EF", Process),
    StageDef("DT31_2:S", "Sent to client", "#2FC6F6", Process),
    StageDef("DT31_2:P", "Paid", "#7BD500", Success),
    StageDef("DT31_2:D", "Not paid", "#FF5752", Failure),
];
/// The old invoices' statuses (`INVOICE_STATUS`), the ids `crm_work::OldInvoice` uses.
pub(super) const OLD_INVOICE_STATUSES: &[StageDef] = &[
    StageDef("N", "New", "#39A8EF", Process),
    StageDef("S", "Sent to client", "#2FC6F6", Process),
    StageDef("P", "Paid", "#7BD500", Success),
    StageDef("D", "Declined", "#FF5752", Failure),
];
pub(super) const CONTRACT_STAGES: &[StageDef] = &[
    StageDef("DT183_4:NEW", "Draft", "#39A8EF", Process),
    StageDef("DT183_4:REVIEW", "Legal review", "#FFA900", Process),
    StageDef("DT183_4:SIGNED", "Signed", "#7BD500", Success),
    StageDef("DT183_4:FAIL", "Rejected", "#FF5752", Failure),
];
pub(super) const SERVICE_REQUEST_STAGES: &[StageDef] = &[
    StageDef("DT1038_5:NEW", "New", "#39A8EF", Process),
    StageDef("DT1038_5:WORK", "In work", "#FFA900", Process),
    StageDef("DT1038_5:SUCCESS", "Resolved", "#7BD500", Success),
    StageDef("DT1038_5:FAIL", "Closed without fix", "#FF5752", Failure),
];
pub(super) const PROJECT_STAGES: &[StageDef] = &[
    StageDef("DT128_3:NEW", "Planned", "#39A8EF", Process),
    StageDef("DT128_3:PREPARATION", "Kick-off", "#2FC6F6", Process),
    StageDef("DT128_3:CLIENT", "In progress", "#47E4C2", Process),
    StageDef("DT128_3:SUCCESS", "Delivered", "#7BD500", Success),
    StageDef("DT128_3:FAIL", "Cancelled", "#FF5752", Failure),
];
/// Plain lists: (ENTITY_ID, [(STATUS_ID, NAME)]).
pub(super) const PLAIN_LISTS: &[(&str, &[(&str, &str)])] = &[
    (
        "SOURCE",
        &[
            ("CALL", "Call"),
            ("EMAIL", "E-Mail"),
            ("WEB", "Website"),
            ("ADVERTISING", "Advertising"),
            ("PARTNER", "Existing client"),
            ("RECOMMENDATION", "By recommendation"),
            ("TRADE_SHOW", "Show/Exhibition"),
            ("WEBFORM", "CRM form"),
            ("CALLBACK", "Callback"),
            ("OTHER", "Other"),
        ],
    ),
    (
        "DEAL_TYPE",
        &[
            ("SALE", "Sales"),
            ("COMPLEX", "Complex sale"),
            ("GOODS", "Merchandise sales"),
            ("SERVICES", "Services"),
        ],
    ),
    (
        "CONTACT_TYPE",
        &[
            ("CLIENT", "Clients"),
            ("SUPPLIER", "Suppliers"),
            ("PARTNER", "Partners"),
            ("OTHER", "Other"),
        ],
    ),
    (
        "COMPANY_TYPE",
        &[
            ("CUSTOMER", "Client"),
            ("SUPPLIER", "Supplier"),
            ("COMPETITOR", "Competitor"),
            ("PARTNER", "Partner"),
            ("OTHER", "Other"),
        ],
    ),
    (
        "INDUSTRY",
        &[
            ("IT", "Information Technology"),
            ("TELECOM", "Telecommunication"),
            ("MANUFACTURING", "Manufacturing"),
            ("BANKING", "Banking Services"),
            ("CONSULTING", "Consulting"),
            ("DELIVERY", "Delivery"),
            ("OTHER", "Other"),
        ],
    ),
    (
        "EMPLOYEES",
        &[
            ("EMPLOYEES_1", "less than 50"),
            ("EMPLOYEES_2", "50-250"),
            ("EMPLOYEES_3", "250-500"),
            ("EMPLOYEES_4", "over 500"),
        ],
    ),
];

pub(super) fn seed_statuses() -> Vec<StatusEntry> {
    let mut out = Vec::new();
    let mut next_id = 1;
    let mut stage_lists: Vec<(String, Option<u32>, &[StageDef])> = vec![
        ("STATUS".into(), None, LEAD_STATUSES),
        ("DEAL_STAGE".into(), None, DEAL_STAGES),
        ("DEAL_STAGE_1".into(), Some(1), PARTNER_DEAL_STAGES),
        ("QUOTE_STATUS".into(), None, QUOTE_STATUSES),
        ("INVOICE_STATUS".into(), None, OLD_INVOICE_STATUSES),
        ("SMART_INVOICE_STAGE_2".into(), Some(2), INVOICE_STAGES),
    ];
    for sp in &SMART_PROCESSES {
        stage_lists.push((
            format!("DYNAMIC_{}_STAGE_{}", sp.entity_type_id, sp.category_id),
            Some(sp.category_id),
            sp.stages,
        ));
    }
    for (entity, category, stages) in stage_lists {
        for (i, StageDef(code, name, color, sem)) in stages.iter().enumerate() {
            out.push(StatusEntry {
                id: next_id,
                entity_id: entity.clone(),
                status_id: (*code).into(),
                name: (*name).into(),
                sort: (i as u32 + 1) * 10,
                system: i == 0 || *sem == Success || (*sem == Failure && i + 1 >= stages.len() - 1),
                category_id: category,
                color: Some((*color).into()),
                semantics: Some(*sem),
            });
            next_id += 1;
        }
    }
    for (entity, items) in PLAIN_LISTS {
        for (i, (code, name)) in items.iter().enumerate() {
            out.push(StatusEntry {
                id: next_id,
                entity_id: (*entity).into(),
                status_id: (*code).into(),
                name: (*name).into(),
                sort: (i as u32 + 1) * 10,
                system: false,
                category_id: None,
                color: None,
                semantics: None,
            });
            next_id += 1;
        }
    }
    out
}

pub(super) fn seed_currencies() -> Vec<Currency> {
    let f = |lang, format_string, full_name, dec_point, thousands_sep, thousands_variant| {
        CurrencyFormat {
            lang,
            format_string,
            full_name,
            dec_point,
            thousands_sep,
            thousands_variant,
        }
    };
    vec![
        Currency {
            code: "USD",
            amount: 1.0,
            sort: 100,
            base: true,
            formats: vec![
                f("en", "$#", "US Dollar", ".", None, "C"),
                f("de", "# $", "US-Dollar", ",", Some("&nbsp;"), "B"),
                f("ru", "$#", "Доллар США", ".", None, "C"),
            ],
        },
        Currency {
            code: "EUR",
            amount: 1.08,
            sort: 200,
            base: false,
            formats: vec![
                f("en", "&euro;#", "Euro", ".", None, "C"),
                f("de", "# &euro;", "Euro", ",", Some("&nbsp;"), "B"),
                f("ru", "# &euro;", "Евро", ",", Some("&nbsp;"), "B"),
            ],
        },
        Currency {
            code: "RUB",
            amount: 0.011,
            sort: 300,
            base: false,
            formats: vec![
                f("en", "# &#8381;", "Russian Ruble", ".", None, "C"),
                f(
                    "de",
                    "# &#8381;",
                    "Russischer Rubel",
                    ",",
                    Some("&nbsp;"),
                    "B",
                ),
                f(
                    "ru",
                    "# &#8381;",
                    "Российский рубль",
                    ",",
                    Some("&nbsp;"),
                    "B",
                ),
            ],
        },
    ]
}
