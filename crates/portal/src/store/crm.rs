//! CRM data: companies, contacts, leads, deals (two pipelines), quotes, smart invoices, one smart
//! process ("Projects"), activities, and the reference tables behind them (stages, sources, currencies).
//!
//! Records are kept typed and in one shape for every entity type ([`CrmRecord`]); the REST layer renders
//! them either as legacy UPPER_CASE rows (`crm.deal.get`) or as camelCase items (`crm.item.get`).

use super::prng::Prng;
use super::time::{portal_midnight, DAY, HOUR};
use placement::{CrmEntityType, EntityTypeId};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// `entityTypeId` of leads (the ids of the built-in types are `placement::CrmEntityType`'s).
pub const LEAD: u32 = CrmEntityType::Lead.entity_type_id().0;
/// `entityTypeId` of deals.
pub const DEAL: u32 = CrmEntityType::Deal.entity_type_id().0;
/// `entityTypeId` of contacts.
pub const CONTACT: u32 = CrmEntityType::Contact.entity_type_id().0;
/// `entityTypeId` of companies.
pub const COMPANY: u32 = CrmEntityType::Company.entity_type_id().0;
/// `entityTypeId` of quotes (estimates).
pub const QUOTE: u32 = CrmEntityType::Quote.entity_type_id().0;
/// `entityTypeId` of smart invoices.
pub const SMART_INVOICE: u32 = CrmEntityType::SmartInvoice.entity_type_id().0;
/// `entityTypeId` of the demo smart process "Projects".
pub const PROJECTS: u32 = 128;
/// `entityTypeId` of the demo smart process "Contracts" (the id the placement catalogue's samples use).
pub const CONTRACTS: u32 = 183;
/// `entityTypeId` of the demo smart process "Service requests": 10 000 items, the large table the list
/// benchmark and the paging tests walk (1038 is the example id in the placement catalogue's notes).
pub const SERVICE_REQUESTS: u32 = 1038;
/// Items of [`SERVICE_REQUESTS`].
pub const SERVICE_REQUEST_COUNT: u64 = 10_000;
/// Every entity type the store holds, in `crm.item.*` order.
pub const ENTITY_TYPES: [u32; 9] = [
    LEAD,
    DEAL,
    CONTACT,
    COMPANY,
    QUOTE,
    SMART_INVOICE,
    PROJECTS,
    CONTRACTS,
    SERVICE_REQUESTS,
];

/// Whether an entity type is a smart process (not one of the built-in types), as
/// `placement::CrmEntityType` classifies it.
pub fn is_dynamic(entity_type_id: u32) -> bool {
    matches!(
        CrmEntityType::from_entity_type_id(EntityTypeId(entity_type_id)),
        CrmEntityType::Dynamic(_)
    )
}

/// Deal without contact and company (edge case for widgets).
pub const DEAL_WITHOUT_CLIENT: u64 = 7;
/// Deal whose title contains a `<script>` tag (must be shown as text, never rendered).
pub const DEAL_WITH_SCRIPT_TITLE: u64 = 5;
/// Deal with a very long title.
pub const DEAL_WITH_LONG_TITLE: u64 = 13;

/// Stage group of a status (`SEMANTICS` / `STAGE_SEMANTIC_ID`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Semantics {
    /// In progress (`P`, `EXTRA.SEMANTICS = process`).
    Process,
    /// Won / successful (`S`, `success`).
    Success,
    /// Lost (`F`, `failure`).
    Failure,
    /// Lost, "analyse failure" stage (`F`, `apology`).
    Apology,
}

impl Semantics {
    /// The one-letter code (`P`, `S`, `F`).
    pub fn letter(self) -> &'static str {
        match self {
            Semantics::Process => "P",
            Semantics::Success => "S",
            Semantics::Failure | Semantics::Apology => "F",
        }
    }

    /// The word in `EXTRA.SEMANTICS`.
    pub fn word(self) -> &'static str {
        match self {
            Semantics::Process => "process",
            Semantics::Success => "success",
            Semantics::Failure => "failure",
            Semantics::Apology => "apology",
        }
    }
}

/// One row of `crm.status.list`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusEntry {
    /// `ID` (numeric, unique over all entities).
    pub id: u64,
    /// `ENTITY_ID`, e.g. `DEAL_STAGE_1`.
    pub entity_id: String,
    /// `STATUS_ID`, e.g. `C1:NEW`.
    pub status_id: String,
    /// `NAME`.
    pub name: String,
    /// `SORT`.
    pub sort: u32,
    /// `SYSTEM`.
    pub system: bool,
    /// `CATEGORY_ID` (pipeline of a stage; `None` for the default pipeline and plain lists).
    pub category_id: Option<u32>,
    /// `COLOR` (stages only).
    pub color: Option<String>,
    /// Stage semantics (stages only; plain lists like `SOURCE` have none).
    pub semantics: Option<Semantics>,
}

/// A pipeline (`crm.category.list`).
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// `id`.
    pub id: u32,
    /// The entity type it belongs to.
    pub entity_type_id: u32,
    /// `name`.
    pub name: String,
    /// `sort`.
    pub sort: u32,
    /// `isDefault`.
    pub is_default: bool,
}

/// A smart-process type (`crm.type.list`).
#[derive(Debug, Clone, PartialEq)]
pub struct CrmType {
    /// `id` (the type's own id; also the number in its `UF_CRM_<id>_…` field names).
    pub id: u32,
    /// `entityTypeId`.
    pub entity_type_id: u32,
    /// `title`.
    pub title: String,
    /// `code`.
    pub code: String,
    /// Created at (Unix time).
    pub created: i64,
}

/// Per-language currency format (`LANG.<lid>` of `crm.currency.get`).
#[derive(Debug, Clone, PartialEq)]
pub struct CurrencyFormat {
    /// Language id (`en`, `de`, `ru`).
    pub lang: &'static str,
    /// `FORMAT_STRING`, with HTML entities exactly like the real portal (e.g. `&euro;#`).
    pub format_string: &'static str,
    /// `FULL_NAME`.
    pub full_name: &'static str,
    /// `DEC_POINT`.
    pub dec_point: &'static str,
    /// `THOUSANDS_SEP` (`None` = JSON null, the variant decides).
    pub thousands_sep: Option<&'static str>,
    /// `THOUSANDS_VARIANT`.
    pub thousands_variant: &'static str,
}

/// A currency (`crm.currency.list`).
#[derive(Debug, Clone, PartialEq)]
pub struct Currency {
    /// `CURRENCY` code.
    pub code: &'static str,
    /// `AMOUNT` (rate against the base currency).
    pub amount: f64,
    /// `SORT`.
    pub sort: u32,
    /// `BASE`.
    pub base: bool,
    /// Per-language formats.
    pub formats: Vec<CurrencyFormat>,
}

/// A multi-field value (phone, e-mail, web) of a contact, company or lead.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiField {
    /// Record id (unique over the portal).
    pub id: u64,
    /// `PHONE`, `EMAIL`, `WEB`, `IM`.
    pub type_id: &'static str,
    /// `WORK`, `MOBILE`, `HOME`, ...
    pub value_type: &'static str,
    /// The value.
    pub value: String,
}

/// One CRM record of any entity type. Fields an entity type doesn't have stay empty / `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct CrmRecord {
    /// Entity type (see the constants).
    pub entity_type_id: u32,
    /// Id, unique within the entity type.
    pub id: u64,
    /// `TITLE` (all but contacts).
    pub title: String,
    /// Person name parts (contacts, leads).
    pub name: String,
    /// `SECOND_NAME`.
    pub second_name: String,
    /// `LAST_NAME`.
    pub last_name: String,
    /// `POST` (job title of a contact / lead).
    pub post: String,
    /// `COMPANY_TITLE` (leads).
    pub company_title: String,
    /// `TYPE_ID` of deals / contacts, `COMPANY_TYPE` of companies.
    pub type_id: Option<String>,
    /// `INDUSTRY` (companies).
    pub industry: Option<String>,
    /// Pipeline (`CATEGORY_ID`), for entity types with pipelines.
    pub category_id: Option<u32>,
    /// Stage / status (`STAGE_ID`, lead and quote `STATUS_ID`).
    pub stage_id: Option<String>,
    /// Stage before the last move.
    pub previous_stage_id: Option<String>,
    /// `OPPORTUNITY`.
    pub opportunity: f64,
    /// `CURRENCY_ID`.
    pub currency_id: String,
    /// `TAX_VALUE`.
    pub tax_value: f64,
    /// `IS_MANUAL_OPPORTUNITY`.
    pub is_manual_opportunity: bool,
    /// `COMPANY_ID` (`None` = no company, deliberately).
    pub company_id: Option<u64>,
    /// `CONTACT_IDS` (first = `CONTACT_ID`).
    pub contact_ids: Vec<u64>,
    /// Linked deal (`DEAL_ID` of quotes, `parentId2` of invoices / projects).
    pub deal_id: Option<u64>,
    /// `LEAD_ID`.
    pub lead_id: Option<u64>,
    /// `MYCOMPANY_ID`.
    pub mycompany_id: Option<u64>,
    /// `ASSIGNED_BY_ID`.
    pub assigned_by_id: u64,
    /// `CREATED_BY_ID`.
    pub created_by: u64,
    /// `MODIFY_BY_ID`.
    pub updated_by: u64,
    /// `MOVED_BY_ID`.
    pub moved_by: u64,
    /// `DATE_CREATE` (Unix time).
    pub created: i64,
    /// `DATE_MODIFY`.
    pub updated: i64,
    /// `MOVED_TIME`.
    pub moved: i64,
    /// `BEGINDATE` (date).
    pub begindate: Option<i64>,
    /// `CLOSEDATE` (date).
    pub closedate: Option<i64>,
    /// `BIRTHDATE` (contacts).
    pub birthdate: Option<i64>,
    /// `SOURCE_ID`.
    pub source_id: Option<String>,
    /// `SOURCE_DESCRIPTION`.
    pub source_description: Option<String>,
    /// `COMMENTS` (BB-code text).
    pub comments: String,
    /// `OPENED`.
    pub opened: bool,
    /// `CLOSED` (deals, quotes).
    pub closed: bool,
    /// `PROBABILITY` (deals).
    pub probability: Option<u32>,
    /// `IS_MY_COMPANY` (companies).
    pub is_my_company: bool,
    /// `REVENUE` (companies).
    pub revenue: f64,
    /// `EMPLOYEES` (companies).
    pub employees: Option<String>,
    /// `QUOTE_NUMBER` / invoice account number.
    pub number: Option<String>,
    /// Phones, e-mails, web sites.
    pub fm: Vec<MultiField>,
    /// `OBSERVERS`.
    pub observers: Vec<u64>,
    /// Custom fields under their original names (`UF_CRM_…`).
    pub uf: BTreeMap<String, Value>,
    /// `LAST_ACTIVITY_TIME`.
    pub last_activity: i64,
}

impl CrmRecord {
    fn blank(entity_type_id: u32, id: u64, created: i64, user: u64) -> Self {
        CrmRecord {
            entity_type_id,
            id,
            title: String::new(),
            name: String::new(),
            second_name: String::new(),
            last_name: String::new(),
            post: String::new(),
            company_title: String::new(),
            type_id: None,
            industry: None,
            category_id: None,
            stage_id: None,
            previous_stage_id: None,
            opportunity: 0.0,
            currency_id: "USD".into(),
            tax_value: 0.0,
            is_manual_opportunity: false,
            company_id: None,
            contact_ids: Vec::new(),
            deal_id: None,
            lead_id: None,
            mycompany_id: None,
            assigned_by_id: user,
            created_by: user,
            updated_by: user,
            moved_by: user,
            created,
            updated: created,
            moved: created,
            begindate: None,
            closedate: None,
            birthdate: None,
            source_id: None,
            source_description: None,
            comments: String::new(),
            opened: true,
            closed: false,
            probability: None,
            is_my_company: false,
            revenue: 0.0,
            employees: None,
            number: None,
            fm: Vec::new(),
            observers: Vec::new(),
            uf: BTreeMap::new(),
            last_activity: created,
        }
    }

    /// "First Last" of a contact or lead person.
    pub fn person_name(&self) -> String {
        [self.name.as_str(), self.last_name.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A CRM activity (`crm.activity.list`), bound to an owner record.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// `ID`.
    pub id: u64,
    /// `OWNER_TYPE_ID` (entity type of the owner).
    pub owner_type_id: u32,
    /// `OWNER_ID`.
    pub owner_id: u64,
    /// `TYPE_ID`: 1 meeting, 2 call, 4 e-mail, 6 provider (to-do).
    pub type_id: u32,
    /// `PROVIDER_ID`.
    pub provider_id: &'static str,
    /// `PROVIDER_TYPE_ID`.
    pub provider_type_id: &'static str,
    /// `SUBJECT`.
    pub subject: String,
    /// `DESCRIPTION`.
    pub description: String,
    /// `START_TIME`.
    pub start: i64,
    /// `END_TIME`.
    pub end: i64,
    /// `DEADLINE`.
    pub deadline: i64,
    /// `COMPLETED`.
    pub completed: bool,
    /// `RESPONSIBLE_ID`.
    pub responsible_id: u64,
    /// `DIRECTION`: 0 none, 1 incoming, 2 outgoing.
    pub direction: u32,
    /// `PRIORITY`: 1 low, 2 medium, 3 high.
    pub priority: u32,
    /// `CREATED`.
    pub created: i64,
    /// `LAST_UPDATED`.
    pub updated: i64,
}

/// All CRM tables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrmData {
    /// Records of every entity type, keyed by `entityTypeId`, each sorted by id.
    pub records: BTreeMap<u32, Vec<CrmRecord>>,
    /// Activities, sorted by id.
    pub activities: Vec<Activity>,
    /// Every status list / stage list.
    pub statuses: Vec<StatusEntry>,
    /// Pipelines.
    pub categories: Vec<Category>,
    /// Smart-process types.
    pub types: Vec<CrmType>,
    /// Currencies.
    pub currencies: Vec<Currency>,
}

impl CrmData {
    /// The records of one entity type (empty for unknown types).
    pub fn of(&self, entity_type_id: u32) -> &[CrmRecord] {
        self.records
            .get(&entity_type_id)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// One record.
    pub fn get(&self, entity_type_id: u32, id: u64) -> Option<&CrmRecord> {
        self.of(entity_type_id).iter().find(|r| r.id == id)
    }

    /// One record, for an update.
    pub fn get_mut(&mut self, entity_type_id: u32, id: u64) -> Option<&mut CrmRecord> {
        self.records
            .get_mut(&entity_type_id)?
            .iter_mut()
            .find(|r| r.id == id)
    }

    /// The `ENTITY_ID` of the stage list of an entity type's pipeline (`None`: no stages).
    pub fn stage_entity_id(entity_type_id: u32, category_id: Option<u32>) -> Option<String> {
        let cat = category_id.unwrap_or(0);
        match entity_type_id {
            LEAD => Some("STATUS".into()),
            QUOTE => Some("QUOTE_STATUS".into()),
            DEAL if cat == 0 => Some("DEAL_STAGE".into()),
            DEAL => Some(format!("DEAL_STAGE_{cat}")),
            SMART_INVOICE => Some(format!("SMART_INVOICE_STAGE_{cat}")),
            CONTACT | COMPANY => None,
            dynamic => Some(format!("DYNAMIC_{dynamic}_STAGE_{cat}")),
        }
    }

    /// The stages of an entity type's pipeline, in `SORT` order.
    pub fn stages(&self, entity_type_id: u32, category_id: Option<u32>) -> Vec<&StatusEntry> {
        let Some(entity) = Self::stage_entity_id(entity_type_id, category_id) else {
            return Vec::new();
        };
        let mut out: Vec<&StatusEntry> = self
            .statuses
            .iter()
            .filter(|s| s.entity_id == entity)
            .collect();
        out.sort_by_key(|s| s.sort);
        out
    }

    /// The semantics of a record's current stage (`P` when unknown).
    pub fn semantics_of(&self, record: &CrmRecord) -> Semantics {
        let Some(stage) = record.stage_id.as_deref() else {
            return Semantics::Process;
        };
        self.stages(record.entity_type_id, record.category_id)
            .into_iter()
            .find(|s| s.status_id == stage)
            .and_then(|s| s.semantics)
            .unwrap_or(Semantics::Process)
    }

    /// Whether an entity type exists on this portal.
    pub fn has_entity_type(&self, entity_type_id: u32) -> bool {
        self.records.contains_key(&entity_type_id)
    }

    /// The smart-process type behind an `entityTypeId`, if it is one.
    pub fn dynamic_type(&self, entity_type_id: u32) -> Option<&CrmType> {
        self.types
            .iter()
            .find(|t| t.entity_type_id == entity_type_id)
    }
}

struct StageDef(&'static str, &'static str, &'static str, Semantics);

use Semantics::{Apology, Failure, Process, Success};

const LEAD_STATUSES: &[StageDef] = &[
    StageDef("NEW", "Unassigned", "#2FC6F6", Process),
    StageDef("IN_PROCESS", "In progress", "#55D0E0", Process),
    StageDef("PROCESSED", "Processed", "#FFA900", Process),
    StageDef("CONVERTED", "Good lead", "#7BD500", Success),
    StageDef("JUNK", "Junk lead", "#FF5752", Failure),
];
const DEAL_STAGES: &[StageDef] = &[
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
const PARTNER_DEAL_STAGES: &[StageDef] = &[
    StageDef("C1:NEW", "Partner request", "#39A8EF", Process),
    StageDef("C1:PREPARATION", "Contract negotiation", "#2FC6F6", Process),
    StageDef("C1:EXECUTING", "Onboarding", "#47E4C2", Process),
    StageDef("C1:WON", "Partner signed", "#7BD500", Success),
    StageDef("C1:LOSE", "Declined", "#FF5752", Failure),
];
const QUOTE_STATUSES: &[StageDef] = &[
    StageDef("DRAFT", "New", "#2FC6F6", Process),
    StageDef("SENT", "Sent to client", "#55D0E0", Process),
    StageDef("RECEIVED", "Received", "#FFA900", Process),
    StageDef("APPROVED", "Approved", "#7BD500", Success),
    StageDef("DECLAINED", "Declined", "#FF5752", Failure),
];
const INVOICE_STAGES: &[StageDef] = &[
    StageDef("DT31_2:N", "New", "#39A8EF", Process),
    StageDef("DT31_2:S", "Sent to client", "#2FC6F6", Process),
    StageDef("DT31_2:P", "Paid", "#7BD500", Success),
    StageDef("DT31_2:D", "Not paid", "#FF5752", Failure),
];
const CONTRACT_STAGES: &[StageDef] = &[
    StageDef("DT183_4:NEW", "Draft", "#39A8EF", Process),
    StageDef("DT183_4:REVIEW", "Legal review", "#FFA900", Process),
    StageDef("DT183_4:SIGNED", "Signed", "#7BD500", Success),
    StageDef("DT183_4:FAIL", "Rejected", "#FF5752", Failure),
];
const SERVICE_REQUEST_STAGES: &[StageDef] = &[
    StageDef("DT1038_5:NEW", "New", "#39A8EF", Process),
    StageDef("DT1038_5:WORK", "In work", "#FFA900", Process),
    StageDef("DT1038_5:SUCCESS", "Resolved", "#7BD500", Success),
    StageDef("DT1038_5:FAIL", "Closed without fix", "#FF5752", Failure),
];
const PROJECT_STAGES: &[StageDef] = &[
    StageDef("DT128_3:NEW", "Planned", "#39A8EF", Process),
    StageDef("DT128_3:PREPARATION", "Kick-off", "#2FC6F6", Process),
    StageDef("DT128_3:CLIENT", "In progress", "#47E4C2", Process),
    StageDef("DT128_3:SUCCESS", "Delivered", "#7BD500", Success),
    StageDef("DT128_3:FAIL", "Cancelled", "#FF5752", Failure),
];
/// Plain lists: (ENTITY_ID, [(STATUS_ID, NAME)]).
const PLAIN_LISTS: &[(&str, &[(&str, &str)])] = &[
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

fn seed_statuses() -> Vec<StatusEntry> {
    let mut out = Vec::new();
    let mut next_id = 1;
    let mut stage_lists: Vec<(String, Option<u32>, &[StageDef])> = vec![
        ("STATUS".into(), None, LEAD_STATUSES),
        ("DEAL_STAGE".into(), None, DEAL_STAGES),
        ("DEAL_STAGE_1".into(), Some(1), PARTNER_DEAL_STAGES),
        ("QUOTE_STATUS".into(), None, QUOTE_STATUSES),
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

fn seed_currencies() -> Vec<Currency> {
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

const COMPANY_ROOTS: &[&str] = &[
    "Northwind",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Hooli",
    "Vandelay",
    "Soylent",
    "Cyberdyne",
    "Tyrell",
    "Wonka",
    "Aperture",
    "Gringotts",
    "Oscorp",
    "Massive Dynamic",
    "Blue Sun",
    "Monarch",
    "Pied Piper",
    "Dunder Mifflin",
];
const COMPANY_SUFFIXES: &[&str] = &[
    "Ltd",
    "Inc.",
    "GmbH",
    "LLC",
    "S.A.",
    "Group",
    "Holdings",
    "Logistics",
    "Software",
    "Consulting",
];
const CYRILLIC_COMPANIES: &[&str] = &[
    "ООО «Ромашка»",
    "АО «Северсталь-Сервис»",
    "ИП Кузнецов А. В.",
];
const FIRST_NAMES: &[&str] = &[
    "John",
    "Anna",
    "Michael",
    "Olga",
    "David",
    "Elena",
    "Robert",
    "Yuki",
    "Carlos",
    "Fatima",
    "Peter",
    "Ingrid",
    "Mohammed",
    "Chloe",
    "Ivan",
    "Zoe",
    "Liam",
    "Светлана",
    "Алексей",
    "Мария",
];
const LAST_NAMES: &[&str] = &[
    "Smith",
    "Garcia",
    "Müller",
    "Ivanova",
    "Brown",
    "Nakamura",
    "Rossi",
    "Novak",
    "Andersson",
    "Dubois",
    "Wilson",
    "Petrov",
    "Kim",
    "Haddad",
    "O'Neil",
    "Соколов",
    "Морозова",
    "Lee",
    "Schmidt",
    "Costa",
];
const POSTS: &[&str] = &[
    "CEO",
    "Procurement Manager",
    "CFO",
    "Head of IT",
    "Office Manager",
    "Project Manager",
    "Главный инженер",
];
const DEAL_TITLES: &[&str] = &[
    "{co}: annual license",
    "{co}: implementation",
    "Website redesign for {co}",
    "{co} — support contract",
    "CRM rollout ({co})",
    "Hardware supply: {co}",
    "{co} consulting hours",
    "Renewal 2027 — {co}",
];
const LEAD_TITLES: &[&str] = &[
    "Inquiry from website",
    "Call back request",
    "Trade show contact",
    "Pricing question",
    "Demo request",
    "Partnership proposal",
];
/// A demo smart process: its type, pipeline, stages and how its items are made.
struct SmartProcessDef {
    entity_type_id: u32,
    /// The type's own id (`crm.type.list` `id`, the `<id>` in `UF_CRM_<id>_…`).
    type_id: u32,
    title: &'static str,
    code: &'static str,
    category_id: u32,
    stages: &'static [StageDef],
    weights: &'static [u64],
    count: u64,
    titles: &'static [&'static str],
    assignees: &'static [u64],
    /// (custom field, value prefix): e.g. `PRJ-` makes `PRJ-0101`.
    uf: (&'static str, &'static str),
}

const SMART_PROCESSES: [SmartProcessDef; 3] = [
    SmartProcessDef {
        entity_type_id: PROJECTS,
        type_id: 1,
        title: "Projects",
        code: "projects",
        category_id: 3,
        stages: PROJECT_STAGES,
        weights: &[20, 20, 35, 15, 10],
        count: 40,
        titles: &[
            "Onboarding",
            "Data migration",
            "Integration",
            "Staff training",
            "Security audit",
        ],
        assignees: &[9, 10, 11, 13, 2],
        uf: ("UF_CRM_1_1700000000101", "PRJ-"),
    },
    SmartProcessDef {
        entity_type_id: CONTRACTS,
        type_id: 2,
        title: "Contracts",
        code: "contracts",
        category_id: 4,
        stages: CONTRACT_STAGES,
        weights: &[30, 30, 30, 10],
        count: 15,
        titles: &[
            "Service agreement",
            "NDA",
            "Supply contract",
            "Договор поставки",
        ],
        assignees: &[2, 17, 18],
        uf: ("UF_CRM_2_1700000000201", "CT-"),
    },
    SmartProcessDef {
        entity_type_id: SERVICE_REQUESTS,
        type_id: 3,
        title: "Service requests",
        code: "service_requests",
        category_id: 5,
        stages: SERVICE_REQUEST_STAGES,
        weights: &[20, 30, 40, 10],
        count: SERVICE_REQUEST_COUNT,
        titles: &[
            "Printer jam",
            "VPN access",
            "New laptop",
            "Password reset",
            "Заявка на ремонт",
        ],
        assignees: &[9, 10, 11],
        uf: ("UF_CRM_3_1700000000301", "SR-"),
    },
];
const COMMENTS: &[&str] = &[
    "",
    "[B]Important:[/B] call before noon.",
    "Client asked for a discount of 5%.",
    "Needs approval from the CFO & legal.",
    "Клиент просит перезвонить после праздников.",
];
/// Sales people: the users deals, leads, contacts and companies are assigned to (incl. the one who left).
pub const SALES_USERS: &[u64] = &[2, 3, 4, 5, 16, 20];

fn weighted<'a>(rng: &mut Prng, stages: &'a [StageDef], weights: &[u64]) -> &'a StageDef {
    let total: u64 = weights.iter().sum();
    let mut roll = rng.below(total);
    for (stage, w) in stages.iter().zip(weights) {
        if roll < *w {
            return stage;
        }
        roll -= w;
    }
    &stages[0]
}

fn phone(rng: &mut Prng) -> String {
    format!(
        "+{} {:03} {:03} {:04}",
        rng.pick(&[1u32, 44, 49, 7, 33]),
        rng.range(200, 999),
        rng.range(100, 999),
        rng.range(0, 9999)
    )
}

fn mail_slug(s: &str) -> String {
    let ascii: String = s
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    if ascii.is_empty() {
        "client".into()
    } else {
        ascii
    }
}

struct Seeder<'a> {
    rng: &'a mut Prng,
    anchor: i64,
    next_fm: u64,
}

impl Seeder<'_> {
    fn created(&mut self, max_days: i64) -> i64 {
        self.anchor - self.rng.range(1, max_days) * DAY
            + self.rng.range(8, 19) * HOUR
            + self.rng.range(0, 59) * 60
    }

    fn fm(&mut self, type_id: &'static str, value_type: &'static str, value: String) -> MultiField {
        self.next_fm += 1;
        MultiField {
            id: self.next_fm,
            type_id,
            value_type,
            value,
        }
    }

    fn touch(&mut self, r: &mut CrmRecord) {
        r.updated = r.created + self.rng.range(0, 20) * DAY;
        r.updated = r.updated.min(self.anchor);
        r.moved = r.updated;
        r.last_activity = r.updated;
        r.updated_by = r.assigned_by_id;
        r.moved_by = r.assigned_by_id;
    }
}

/// Seeds every CRM table. `anchor` is "today, 00:00 portal time".
pub fn seed(rng: &mut Prng, anchor: i64) -> CrmData {
    let mut s = Seeder {
        rng,
        anchor,
        next_fm: 100,
    };
    let mut records = BTreeMap::new();

    let companies = seed_companies(&mut s);
    let contacts = seed_contacts(&mut s, &companies);
    let leads = seed_leads(&mut s);
    let deals = seed_deals(&mut s, &companies, &contacts);
    let quotes = seed_linked(&mut s, QUOTE, 40, &deals);
    let invoices = seed_linked(&mut s, SMART_INVOICE, 30, &deals);
    let smart: Vec<(u32, Vec<CrmRecord>)> = SMART_PROCESSES
        .iter()
        .map(|sp| {
            (
                sp.entity_type_id,
                seed_smart_process(&mut s, sp, &companies, &deals),
            )
        })
        .collect();
    let activities = seed_activities(&mut s, &deals, &contacts);

    records.insert(COMPANY, companies);
    records.insert(CONTACT, contacts);
    records.insert(LEAD, leads);
    records.insert(DEAL, deals);
    records.insert(QUOTE, quotes);
    records.insert(SMART_INVOICE, invoices);
    records.extend(smart);

    CrmData {
        records,
        activities,
        statuses: seed_statuses(),
        categories: vec![
            Category {
                id: 0,
                entity_type_id: DEAL,
                name: "General".into(),
                sort: 100,
                is_default: true,
            },
            Category {
                id: 1,
                entity_type_id: DEAL,
                name: "Partners".into(),
                sort: 200,
                is_default: false,
            },
            Category {
                id: 2,
                entity_type_id: SMART_INVOICE,
                name: "Invoices".into(),
                sort: 100,
                is_default: true,
            },
        ]
        .into_iter()
        .chain(SMART_PROCESSES.iter().map(|sp| Category {
            id: sp.category_id,
            entity_type_id: sp.entity_type_id,
            name: "Default".into(),
            sort: 100,
            is_default: true,
        }))
        .collect(),
        types: SMART_PROCESSES
            .iter()
            .map(|sp| CrmType {
                id: sp.type_id,
                entity_type_id: sp.entity_type_id,
                title: sp.title.into(),
                code: sp.code.into(),
                created: anchor - 400 * DAY,
            })
            .collect(),
        currencies: seed_currencies(),
    }
}

fn seed_companies(s: &mut Seeder) -> Vec<CrmRecord> {
    let types = [
        "CUSTOMER",
        "CUSTOMER",
        "CUSTOMER",
        "PARTNER",
        "SUPPLIER",
        "COMPETITOR",
        "OTHER",
    ];
    let industries = [
        "IT",
        "TELECOM",
        "MANUFACTURING",
        "BANKING",
        "CONSULTING",
        "DELIVERY",
        "OTHER",
    ];
    (1..=60u64)
        .map(|id| {
            let created = s.created(700);
            let user = *s.rng.pick(SALES_USERS);
            let mut r = CrmRecord::blank(COMPANY, id, created, user);
            r.title = if id == 1 {
                "Acme Corporation".into()
            } else if id % 20 == 0 {
                CYRILLIC_COMPANIES[(id / 20 - 1) as usize % CYRILLIC_COMPANIES.len()].into()
            } else {
                format!(
                    "{} {}",
                    COMPANY_ROOTS[id as usize % 20],
                    COMPANY_SUFFIXES[(id as usize / 20 + id as usize * 3) % 10]
                )
            };
            r.is_my_company = id == 1;
            r.type_id = Some((*s.rng.pick(&types)).into());
            r.industry = Some((*s.rng.pick(&industries)).into());
            r.employees = Some(format!("EMPLOYEES_{}", s.rng.range(1, 4)));
            r.revenue = (s.rng.range(1, 500) * 10_000) as f64;
            r.currency_id = (*s.rng.pick(&["USD", "USD", "EUR", "RUB"])).into();
            r.comments = (*s.rng.pick(COMMENTS)).into();
            let domain = format!("{}.example", mail_slug(&r.title));
            let p = phone(s.rng);
            r.fm = vec![
                s.fm("PHONE", "WORK", p),
                s.fm("EMAIL", "WORK", format!("info@{domain}")),
                s.fm("WEB", "WORK", format!("https://{domain}")),
            ];
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_contacts(s: &mut Seeder, companies: &[CrmRecord]) -> Vec<CrmRecord> {
    let types = ["CLIENT", "CLIENT", "SUPPLIER", "PARTNER", "OTHER"];
    (1..=120u64)
        .map(|id| {
            let created = s.created(600);
            let user = *s.rng.pick(SALES_USERS);
            let mut r = CrmRecord::blank(CONTACT, id, created, user);
            r.name = (*s.rng.pick(FIRST_NAMES)).into();
            r.last_name = (*s.rng.pick(LAST_NAMES)).into();
            r.post = (*s.rng.pick(POSTS)).into();
            r.type_id = Some((*s.rng.pick(&types)).into());
            r.source_id = Some(
                (*s.rng
                    .pick(&["CALL", "EMAIL", "WEB", "RECOMMENDATION", "TRADE_SHOW"]))
                .into(),
            );
            r.company_id = if s.rng.chance(85) {
                Some(companies[1 + s.rng.below(59) as usize].id)
            } else {
                None
            };
            if s.rng.chance(60) {
                r.birthdate = Some(
                    super::time::days_from_civil(
                        s.rng.range(1960, 2000),
                        s.rng.range(1, 12) as u32,
                        s.rng.range(1, 28) as u32,
                    ) * DAY,
                );
            }
            let mail = format!(
                "{}.{}{}@mail.example",
                mail_slug(&r.name),
                mail_slug(&r.last_name),
                id
            );
            let p = phone(s.rng);
            r.fm = vec![
                s.fm("PHONE", if id % 2 == 0 { "MOBILE" } else { "WORK" }, p),
                s.fm("EMAIL", "WORK", mail),
            ];
            if id % 9 == 0 {
                let extra = phone(s.rng);
                r.fm.push(s.fm("PHONE", "HOME", extra));
            }
            r.comments = (*s.rng.pick(COMMENTS)).into();
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_leads(s: &mut Seeder) -> Vec<CrmRecord> {
    (1..=80u64)
        .map(|id| {
            let created = s.created(200);
            let user = *s.rng.pick(SALES_USERS);
            let mut r = CrmRecord::blank(LEAD, id, created, user);
            r.title = format!("{} #{id}", s.rng.pick(LEAD_TITLES));
            r.name = (*s.rng.pick(FIRST_NAMES)).into();
            r.last_name = (*s.rng.pick(LAST_NAMES)).into();
            r.post = (*s.rng.pick(POSTS)).into();
            r.company_title = format!(
                "{} {}",
                s.rng.pick(COMPANY_ROOTS),
                s.rng.pick(COMPANY_SUFFIXES)
            );
            let stage = weighted(s.rng, LEAD_STATUSES, &[30, 30, 15, 15, 10]);
            r.stage_id = Some(stage.0.into());
            r.source_id = Some(
                (*s.rng
                    .pick(&["CALL", "EMAIL", "WEB", "ADVERTISING", "WEBFORM", "CALLBACK"]))
                .into(),
            );
            r.opportunity = (s.rng.range(0, 200) * 100) as f64;
            r.currency_id = (*s.rng.pick(&["USD", "EUR", "RUB"])).into();
            let mail = format!("{}{}@lead.example", mail_slug(&r.last_name), id);
            let p = phone(s.rng);
            r.fm = vec![s.fm("PHONE", "WORK", p), s.fm("EMAIL", "WORK", mail)];
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_deals(s: &mut Seeder, companies: &[CrmRecord], contacts: &[CrmRecord]) -> Vec<CrmRecord> {
    (1..=150u64)
        .map(|id| {
            let created = s.created(365);
            let user = *s.rng.pick(SALES_USERS);
            let mut r = CrmRecord::blank(DEAL, id, created, user);
            let partner = s.rng.chance(33);
            let stage = if partner {
                weighted(s.rng, PARTNER_DEAL_STAGES, &[25, 25, 20, 20, 10])
            } else {
                weighted(s.rng, DEAL_STAGES, &[20, 15, 10, 15, 10, 15, 10, 5])
            };
            r.category_id = Some(u32::from(partner));
            r.stage_id = Some(stage.0.into());
            r.closed = stage.3 != Process;
            r.type_id = Some((*s.rng.pick(&["SALE", "SALE", "COMPLEX", "GOODS", "SERVICES"])).into());
            r.probability = Some(match stage.3 {
                Process => s.rng.range(1, 9) as u32 * 10,
                Success => 100,
                _ => 0,
            });
            let company = &companies[1 + s.rng.below(59) as usize];
            r.company_id = Some(company.id);
            let of_company: Vec<u64> = contacts.iter().filter(|c| c.company_id == Some(company.id)).map(|c| c.id).collect();
            r.contact_ids = if of_company.is_empty() || s.rng.chance(15) {
                vec![contacts[s.rng.below(contacts.len() as u64) as usize].id]
            } else {
                of_company.into_iter().take(1 + s.rng.below(2) as usize).collect()
            };
            r.title = s.rng.pick(DEAL_TITLES).replace("{co}", &company.title);
            r.opportunity = (s.rng.range(5, 2_000) * 50) as f64;
            r.currency_id = (*s.rng.pick(&["USD", "USD", "EUR", "RUB"])).into();
            if r.currency_id == "RUB" {
                r.opportunity *= 90.0;
            }
            r.tax_value = (r.opportunity * 0.2 * 100.0).round() / 100.0;
            r.is_manual_opportunity = s.rng.chance(50);
            r.source_id = Some((*s.rng.pick(&["CALL", "EMAIL", "WEB", "PARTNER", "RECOMMENDATION"])).into());
            let begin = portal_midnight(created);
            r.begindate = Some(begin);
            r.closedate = Some(begin + s.rng.range(7, 120) * DAY);
            r.comments = (*s.rng.pick(COMMENTS)).into();
            r.observers = if s.rng.chance(30) { vec![1] } else { Vec::new() };
            r.mycompany_id = Some(1);
            r.uf.insert(
                "UF_CRM_1700000000001".into(),
                if s.rng.chance(70) { json!(format!("{} Main St, Springfield", s.rng.range(1, 999))) } else { Value::Null },
            );
            r.uf.insert("UF_CRM_1700000000002".into(), json!(s.rng.range(0, 15)));
            s.touch(&mut r);
            match id {
                DEAL_WITH_SCRIPT_TITLE => r.title = "Website redesign <script>alert('xss')</script> & \"quotes\"".into(),
                DEAL_WITHOUT_CLIENT => {
                    r.title = "Walk-in customer, no contact data".into();
                    r.company_id = None;
                    r.contact_ids.clear();
                }
                DEAL_WITH_LONG_TITLE => {
                    r.title = "Framework agreement for the supply, installation, configuration, staff training and three years of \
                               premium support of the distributed warehouse management system across all regional branches \
                               including the new logistics hub"
                        .into()
                }
                21 => r.title = "Поставка оборудования для ООО «Ромашка» — этап 2".into(),
                _ => {}
            }
            r
        })
        .collect()
}

/// Quotes and smart invoices: each belongs to a deal and takes its client from it.
fn seed_linked(
    s: &mut Seeder,
    entity_type_id: u32,
    count: u64,
    deals: &[CrmRecord],
) -> Vec<CrmRecord> {
    (1..=count)
        .map(|id| {
            let deal = &deals[s.rng.below(deals.len() as u64) as usize];
            let created = (deal.created + s.rng.range(1, 30) * DAY).min(s.anchor - HOUR);
            let mut r = CrmRecord::blank(entity_type_id, id, created, deal.assigned_by_id);
            r.deal_id = Some(deal.id);
            r.company_id = deal.company_id;
            r.contact_ids = deal.contact_ids.clone();
            r.currency_id = deal.currency_id.clone();
            r.opportunity = (deal.opportunity * (0.5 + s.rng.below(50) as f64 / 100.0)).round();
            r.mycompany_id = Some(1);
            let begin = portal_midnight(created);
            r.begindate = Some(begin);
            r.closedate = Some(begin + s.rng.range(10, 45) * DAY);
            if entity_type_id == QUOTE {
                let st = weighted(s.rng, QUOTE_STATUSES, &[25, 25, 20, 20, 10]);
                r.stage_id = Some(st.0.into());
                r.closed = st.3 != Process;
                r.number = Some(format!("Q-{:05}", 1000 + id));
                r.title = format!(
                    "Commercial offer {}",
                    r.number.as_deref().unwrap_or_default()
                );
            } else {
                let st = weighted(s.rng, INVOICE_STAGES, &[25, 30, 35, 10]);
                r.category_id = Some(2);
                r.stage_id = Some(st.0.into());
                r.number = Some(format!("INV-{:05}", 2000 + id));
                r.title = format!("Invoice {}", r.number.as_deref().unwrap_or_default());
            }
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_smart_process(
    s: &mut Seeder,
    sp: &SmartProcessDef,
    companies: &[CrmRecord],
    deals: &[CrmRecord],
) -> Vec<CrmRecord> {
    (1..=sp.count)
        .map(|id| {
            let created = s.created(300);
            let user = *s.rng.pick(sp.assignees);
            let mut r = CrmRecord::blank(sp.entity_type_id, id, created, user);
            let company = &companies[1 + s.rng.below(59) as usize];
            r.company_id = Some(company.id);
            r.title = format!("{} — {}", s.rng.pick(sp.titles), company.title);
            r.category_id = Some(sp.category_id);
            r.stage_id = Some(weighted(s.rng, sp.stages, sp.weights).0.into());
            r.deal_id = deals
                .iter()
                .find(|d| d.company_id == Some(company.id))
                .map(|d| d.id);
            r.opportunity = (s.rng.range(10, 400) * 100) as f64;
            let begin = portal_midnight(created);
            r.begindate = Some(begin);
            r.closedate = Some(begin + s.rng.range(30, 180) * DAY);
            r.observers = vec![9];
            r.uf.insert(sp.uf.0.into(), json!(format!("{}{:04}", sp.uf.1, 100 + id)));
            s.touch(&mut r);
            r
        })
        .collect()
}

fn seed_activities(s: &mut Seeder, deals: &[CrmRecord], contacts: &[CrmRecord]) -> Vec<Activity> {
    let mut out = Vec::new();
    for deal in deals.iter().take(100) {
        for _ in 0..s.rng.below(4) {
            let kind = s.rng.below(4);
            let (type_id, provider_id, provider_type_id, direction) = match kind {
                0 => (1, "CRM_MEETING", "MEETING", 0),
                1 => (2, "VOXIMPLANT_CALL", "CALL", 1 + s.rng.below(2) as u32),
                2 => (4, "CRM_EMAIL", "EMAIL", 2),
                _ => (6, "CRM_TODO", "TODO", 0),
            };
            let contact = deal
                .contact_ids
                .first()
                .and_then(|id| contacts.iter().find(|c| c.id == *id));
            let who = contact
                .map(CrmRecord::person_name)
                .unwrap_or_else(|| "client".into());
            let subject = match kind {
                0 => format!("Meeting: {}", deal.title),
                1 => format!("Call with {who}"),
                2 => "Commercial proposal sent".to_owned(),
                _ => format!("Follow up with {who}"),
            };
            let start = s.anchor + s.rng.range(-20, 14) * DAY + s.rng.range(9, 17) * HOUR;
            let id = out.len() as u64 + 1;
            out.push(Activity {
                id,
                owner_type_id: DEAL,
                owner_id: deal.id,
                type_id,
                provider_id,
                provider_type_id,
                subject,
                description: if kind == 2 {
                    "Please find the proposal attached.".into()
                } else {
                    String::new()
                },
                start,
                end: start + HOUR,
                deadline: start + HOUR,
                completed: start < s.anchor && s.rng.chance(80),
                responsible_id: deal.assigned_by_id,
                direction,
                priority: 1 + s.rng.below(3) as u32,
                created: start - 3 * DAY,
                updated: start - DAY,
            });
        }
    }
    out
}
