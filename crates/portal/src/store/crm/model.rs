//! The CRM record types, in one shape for every entity type, and their lookups.

use super::*;
use serde_json::Value;
use std::collections::BTreeMap;

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
    pub(super) fn blank(entity_type_id: u32, id: u64, created: i64, user: u64) -> Self {
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
