//! The CRM list report (`CRM_*_LIST_TOOLBAR`, `CRM_ANALYTICS_MENU`/`_TOOLBAR`, `CRM_*FUNNELS_TOOLBAR`):
//! how many elements of one entity type sit in each stage of each pipeline, their amounts, and the
//! conversion through the funnel, over the whole list.
//!
//! Loading has two parts:
//! 1. **one `batch`** ([`plan`]) for the dictionaries and the size of the list: the pipelines
//!    (`crm.category.list`), the stages of the default pipeline and of up to [`MAX_PIPELINES`] more
//!    (`crm.status.list` filtered by `ENTITY_ID`, the pipeline id spliced in by a `$result`
//!    reference inside the text, as the portal's batch does it), and one counted page of the list
//!    whose `total` sizes the progress bar;
//! 2. the list itself through `rest::list` with the batched ID cursor ([`list_spec`]: 50 pages per
//!    request), selecting only what the report needs; each page goes into a [`Tally`].
//!
//! [`Report::build`] then lays the tally out along the dictionaries. Elements in a stage the
//! dictionaries do not list (a pipeline over the limit, a stage deleted meanwhile) are still counted,
//! under their stage id. Contacts and companies have no stages: their report is by type
//! (`CONTACT_TYPE`, `COMPANY_TYPE`, the `typeId` field).
//!
//! Old invoices and online-store orders are not in the universal API: their lists come from their
//! own methods ([`ListSource`]): `crm.invoice.list` by `STATUS_ID`, statuses named by
//! `crm.status.list` (`INVOICE_STATUS`), and `sale.order.list` by `statusId`, statuses from
//! `sale.status.list` (type `O`) named by `sale.statusLang.list` in the user's language.

use crate::entity_card::{HexColor, StageSemantics};
use crate::format::Money;
use crate::LoadError;
use placement::CrmEntityType;
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use rest::list::ListSpec;
use serde::Deserialize;
use serde_json::json;
use std::collections::BTreeMap;

/// How many pipelines besides the default one the report reads stages for in its batch.
pub const MAX_PIPELINES: usize = 20;

/// Names of the commands in the report's batch.
pub mod command {
    /// `crm.category.list`.
    pub const PIPELINES: &str = "pipelines";
    /// `crm.status.list` of the default pipeline (or the only dictionary).
    pub const STAGES: &str = "stages";
    /// `crm.item.list` counted first page: its `total`.
    pub const COUNT: &str = "count";
    /// Prefix of the `crm.status.list` of pipeline `k` (`stages_3`).
    pub const PIPELINE_STAGES: &str = "stages_";
    /// `sale.status.list` (orders).
    pub const ORDER_STATUSES: &str = "order_statuses";
    /// `sale.statusLang.list` (orders).
    pub const ORDER_STATUS_NAMES: &str = "order_status_names";
}

/// Where a type's list comes from: its list method, the key its rows sit under, its id field and
/// the fields the report reads (the id first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListSource {
    /// The list method.
    pub method: &'static str,
    /// The key of the rows in the answer (`None`: the answer is the list).
    pub items_key: Option<&'static str>,
    /// The id field, also the ID cursor's.
    pub id_key: &'static str,
    /// Whether rows are selected by `entityTypeId` (the universal API).
    pub universal: bool,
}

impl ListSource {
    /// The source of `entity`'s list.
    pub fn of(entity: CrmEntityType) -> Self {
        match entity {
            CrmEntityType::Invoice => Self {
                method: "crm.invoice.list",
                items_key: None,
                id_key: "ID",
                universal: false,
            },
            CrmEntityType::Order => Self {
                method: "sale.order.list",
                items_key: Some("orders"),
                id_key: "id",
                universal: false,
            },
            _ => Self {
                method: "crm.item.list",
                items_key: Some("items"),
                id_key: "id",
                universal: true,
            },
        }
    }

    /// The list's parameters selecting `fields`.
    fn params(self, entity: CrmEntityType, fields: serde_json::Value) -> serde_json::Value {
        if self.universal {
            json!({"entityTypeId": entity.entity_type_id().get(), "select": fields})
        } else {
            json!({ "select": fields })
        }
    }

    /// The fields the report reads of `entity`, the id first.
    fn fields(self, entity: CrmEntityType) -> serde_json::Value {
        match (entity, grouping(entity)) {
            (CrmEntityType::Invoice, _) => json!(["ID", "STATUS_ID", "PRICE", "CURRENCY"]),
            (CrmEntityType::Order, _) => json!(["id", "statusId", "price", "currency"]),
            (_, Some(Grouping::Types)) => json!(["id", "typeId"]),
            _ => json!(["id", "categoryId", "stageId", "opportunity", "currencyId"]),
        }
    }
}

/// What the report groups by: the field of an element and where its values are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// Stages of pipelines (`stageId` + `categoryId`).
    Stages {
        /// Whether the type has several pipelines (`crm.category.list`).
        pipelines: bool,
    },
    /// The `typeId` of contacts and companies.
    Types,
}

/// The grouping of an entity type; `None` for types the universal API cannot list.
pub fn grouping(entity: CrmEntityType) -> Option<Grouping> {
    match entity {
        CrmEntityType::Contact | CrmEntityType::Company => Some(Grouping::Types),
        CrmEntityType::Lead
        | CrmEntityType::Quote
        | CrmEntityType::Invoice
        | CrmEntityType::Order => Some(Grouping::Stages { pipelines: false }),
        CrmEntityType::Deal | CrmEntityType::SmartInvoice | CrmEntityType::Dynamic(_) => {
            Some(Grouping::Stages { pipelines: true })
        }
        CrmEntityType::Activity => None,
    }
}

/// The dictionary (`crm.status.list` `ENTITY_ID`) of a pipeline: `category` `None` is the type's
/// default dictionary. Deals: `DEAL_STAGE`, `DEAL_STAGE_<id>`; smart invoices and processes:
/// `SMART_INVOICE_STAGE_<id>`, `DYNAMIC_<type>_STAGE_<id>` (their default pipeline has an id too).
fn dictionary(entity: CrmEntityType, category: Option<&str>) -> Option<String> {
    Some(match (entity, category) {
        (CrmEntityType::Lead, _) => "STATUS".into(),
        (CrmEntityType::Quote, _) => "QUOTE_STATUS".into(),
        (CrmEntityType::Invoice, _) => "INVOICE_STATUS".into(),
        (CrmEntityType::Contact, _) => "CONTACT_TYPE".into(),
        (CrmEntityType::Company, _) => "COMPANY_TYPE".into(),
        (CrmEntityType::Deal, None) => "DEAL_STAGE".into(),
        (CrmEntityType::Deal, Some(c)) => format!("DEAL_STAGE_{c}"),
        (CrmEntityType::SmartInvoice, Some(c)) => format!("SMART_INVOICE_STAGE_{c}"),
        (CrmEntityType::Dynamic(t), Some(c)) => format!("DYNAMIC_{t}_STAGE_{c}"),
        _ => return None,
    })
}

/// `crm.category.list`: `{categories: [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PipelinesAnswer {
    /// The pipelines, in the portal's order (by `sort`).
    #[serde(deserialize_with = "de::list")]
    pub categories: Vec<PipelineRow>,
}

/// One row of `crm.category.list`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PipelineRow {
    /// `id` (0 is a real pipeline: the deals' default one), as a number.
    #[serde(deserialize_with = "de::number")]
    pub id: Option<f64>,
    /// `name`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `isDefault` (`Y`/`N`).
    #[serde(deserialize_with = "de::flag")]
    pub is_default: Option<bool>,
}

/// One element as the report reads it from `crm.item.list` (or, under their own names, from
/// `crm.invoice.list` and `sale.order.list`: [`ListSource`]).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ReportRow {
    /// `id` (`ID` of old invoices).
    #[serde(alias = "ID", deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `categoryId`.
    #[serde(deserialize_with = "de::id")]
    pub category_id: Option<u64>,
    /// `stageId` (`STATUS_ID` of old invoices, `statusId` of orders).
    #[serde(alias = "STATUS_ID", alias = "statusId", deserialize_with = "de::text")]
    pub stage_id: Option<String>,
    /// `typeId` (contacts, companies).
    #[serde(deserialize_with = "de::text")]
    pub type_id: Option<String>,
    /// `opportunity` (`PRICE` of old invoices, `price` of orders).
    #[serde(alias = "PRICE", alias = "price", deserialize_with = "de::number")]
    pub opportunity: Option<f64>,
    /// `currencyId` (`CURRENCY` of old invoices, `currency` of orders).
    #[serde(alias = "CURRENCY", alias = "currency", deserialize_with = "de::text")]
    pub currency_id: Option<String>,
}

/// `sale.status.list`: `{statuses: [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SaleStatusesAnswer {
    /// The statuses.
    #[serde(deserialize_with = "de::list")]
    pub statuses: Vec<SaleStatusRow>,
}

/// One row of `sale.status.list`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SaleStatusRow {
    /// `id` (`N`, `P`, `F`, ...).
    #[serde(deserialize_with = "de::text")]
    pub id: Option<String>,
    /// `sort`.
    #[serde(deserialize_with = "de::id")]
    pub sort: Option<u64>,
    /// `color`.
    #[serde(deserialize_with = "de::text")]
    pub color: Option<String>,
}

/// `sale.statusLang.list`: `{statusLangs: [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SaleStatusNamesAnswer {
    /// The names.
    #[serde(rename = "statusLangs", deserialize_with = "de::list")]
    pub names: Vec<SaleStatusNameRow>,
}

/// One row of `sale.statusLang.list`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SaleStatusNameRow {
    /// `statusId`.
    #[serde(deserialize_with = "de::text")]
    pub status_id: Option<String>,
    /// `name`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
}

/// A `crm.status.list` row with its sort order (the shared [`crate::answers::StatusEntry`] plus `SORT`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct StageRow {
    /// `ENTITY_ID`.
    #[serde(deserialize_with = "de::text")]
    pub entity_id: Option<String>,
    /// `STATUS_ID`.
    #[serde(deserialize_with = "de::text")]
    pub status_id: Option<String>,
    /// `NAME`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `SORT`.
    #[serde(deserialize_with = "de::id")]
    pub sort: Option<u64>,
    /// `COLOR`.
    #[serde(deserialize_with = "de::text")]
    pub color: Option<String>,
    /// `SEMANTICS`: `S`, `F` or empty.
    #[serde(deserialize_with = "de::text")]
    pub semantics: Option<String>,
}

/// The report's batch handles.
#[derive(Debug, Clone)]
pub struct ReportCommands {
    entity: CrmEntityType,
    grouping: Grouping,
    pipelines: Option<CommandRef<PipelinesAnswer>>,
    default_stages: Option<CommandRef<List<StageRow>>>,
    pipeline_stages: Vec<CommandRef<List<StageRow>>>,
    order_statuses: Option<(
        CommandRef<SaleStatusesAnswer>,
        CommandRef<SaleStatusNamesAnswer>,
    )>,
    count: CommandRef<serde_json::Value>,
}

/// The report's one batch for `entity` and its handles; `None` for a type it cannot list. `lang`:
/// the user's Bitrix24 language code, for the names of order statuses.
pub fn plan(entity: CrmEntityType, lang: &str) -> Option<(Batch, ReportCommands)> {
    let grouping = grouping(entity)?;
    let type_id = entity.entity_type_id().get();
    let mut batch = Batch::new();
    let order = json!({"SORT": "ASC"});
    let stages = |batch: &mut Batch, name: String, dict: String| {
        batch.add_as::<List<StageRow>>(
            name,
            "crm.status.list",
            json!({"filter": {"ENTITY_ID": dict}, "order": order}),
        )
    };
    let mut pipelines = None;
    let mut default_stages = None;
    let mut pipeline_stages = Vec::new();
    let mut order_statuses = None;
    match grouping {
        Grouping::Stages { pipelines: true } => {
            let list: CommandRef<PipelinesAnswer> = batch.add_as(
                command::PIPELINES,
                "crm.category.list",
                json!({"entityTypeId": type_id}),
            );
            if entity == CrmEntityType::Deal {
                default_stages = dictionary(entity, None)
                    .map(|dict| stages(&mut batch, command::STAGES.into(), dict));
            }
            for k in 0..=MAX_PIPELINES {
                let id = list.field(&["categories", &k.to_string(), "id"]);
                if let Some(dict) = dictionary(entity, Some(id.as_str())) {
                    pipeline_stages.push(stages(
                        &mut batch,
                        format!("{}{k}", command::PIPELINE_STAGES),
                        dict,
                    ));
                }
            }
            pipelines = Some(list);
        }
        _ if entity == CrmEntityType::Order => {
            let statuses = batch.add_as(
                command::ORDER_STATUSES,
                "sale.status.list",
                json!({"filter": {"type": "O"}, "order": {"sort": "asc"}}),
            );
            let names = batch.add_as(
                command::ORDER_STATUS_NAMES,
                "sale.statusLang.list",
                json!({"filter": {"lid": lang}}),
            );
            order_statuses = Some((statuses, names));
        }
        _ => {
            default_stages = dictionary(entity, None)
                .map(|dict| stages(&mut batch, command::STAGES.into(), dict));
        }
    }
    let source = ListSource::of(entity);
    let mut count_params = source.params(entity, json!([source.id_key]));
    count_params["start"] = json!(0);
    let count = batch.add_as(command::COUNT, source.method, count_params);
    Some((
        batch,
        ReportCommands {
            entity,
            grouping,
            pipelines,
            default_stages,
            pipeline_stages,
            order_statuses,
            count,
        },
    ))
}

/// The paged list the report reads: only the fields it groups and sums by, batched ID cursor.
pub fn list_spec(entity: CrmEntityType) -> ListSpec {
    let source = ListSource::of(entity);
    let spec = ListSpec::new(source.method, source.params(entity, source.fields(entity)));
    match source.items_key {
        Some(key) => spec.items_key(key),
        None => spec,
    }
    .id_cursor_batch(source.id_key)
}

/// One stage (or type) of a dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct StageDef {
    /// `STATUS_ID`.
    pub id: String,
    /// Its name; the id when the portal sent none.
    pub name: String,
    /// In progress, success or failure.
    pub semantics: StageSemantics,
    /// Its colour, if a safe one.
    pub color: Option<HexColor>,
}

/// A pipeline and its stages, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineDef {
    /// `categoryId`; `None` for types without pipelines.
    pub id: Option<u64>,
    /// Its name (`None`: the type has a single, unnamed one).
    pub name: Option<String>,
    /// Its stages, by `SORT`.
    pub stages: Vec<StageDef>,
}

/// What the batch told: the dictionaries and how many elements the list holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportSetup {
    /// The entity type.
    pub entity: CrmEntityType,
    /// By stage or by type.
    pub grouping: Grouping,
    /// Pipelines (one for types without).
    pub pipelines: Vec<PipelineDef>,
    /// Elements in the list when it was counted (sizes the progress bar).
    pub total: u64,
}

impl ReportCommands {
    /// Reads the batch. The count is required (it fails the report, e.g. without access to the
    /// type); a dictionary that failed leaves its stages to be shown by id.
    pub fn read(&self, results: &BatchResults) -> Result<ReportSetup, LoadError> {
        self.count.read(results)?;
        let total = self.count.total(results).unwrap_or(0);
        let to_stages = |command: &CommandRef<List<StageRow>>, dict: &str| {
            let mut rows: Vec<StageRow> = command
                .read(results)
                .map(|l| l.0)
                .unwrap_or_default()
                .into_iter()
                .filter(|r| r.entity_id.as_deref().is_none_or(|e| e == dict))
                .collect();
            rows.sort_by_key(|r| r.sort.unwrap_or(u64::MAX));
            rows.into_iter().filter_map(stage_def).collect::<Vec<_>>()
        };
        let mut pipelines = Vec::new();
        match &self.pipelines {
            Some(list) => {
                let rows = list.read(results).map(|a| a.categories).unwrap_or_default();
                for (k, row) in rows.iter().enumerate() {
                    let Some(id) = row
                        .id
                        .filter(|id| id.is_finite() && *id >= 0.0 && id.fract() == 0.0)
                        .map(|id| id as u64)
                    else {
                        continue;
                    };
                    let default_deal = self.entity == CrmEntityType::Deal && id == 0;
                    let stages = match (default_deal, &self.default_stages) {
                        (true, Some(command)) => to_stages(command, "DEAL_STAGE"),
                        _ => match (
                            self.pipeline_stages.get(k),
                            dictionary(self.entity, Some(&id.to_string())),
                        ) {
                            (Some(command), Some(dict)) => to_stages(command, &dict),
                            _ => Vec::new(),
                        },
                    };
                    pipelines.push(PipelineDef {
                        id: Some(id),
                        name: row.name.clone(),
                        stages,
                    });
                }
            }
            None => {
                let stages = match (&self.default_stages, dictionary(self.entity, None)) {
                    (Some(command), Some(dict)) => to_stages(command, &dict),
                    _ => self
                        .order_statuses
                        .as_ref()
                        .map(|(statuses, names)| order_stages(results, statuses, names))
                        .unwrap_or_default(),
                };
                pipelines.push(PipelineDef {
                    id: None,
                    name: None,
                    stages,
                });
            }
        }
        Ok(ReportSetup {
            entity: self.entity,
            grouping: self.grouping,
            pipelines,
            total,
        })
    }
}

/// The order statuses by `sort`, named in the user's language (the id where no name came).
/// `F` (finished) is the store's one final status; orders have no failure status.
fn order_stages(
    results: &BatchResults,
    statuses: &CommandRef<SaleStatusesAnswer>,
    names: &CommandRef<SaleStatusNamesAnswer>,
) -> Vec<StageDef> {
    let names: BTreeMap<String, String> = names
        .read(results)
        .map(|a| a.names)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|row| Some((row.status_id?, row.name.filter(|n| !n.is_empty())?)))
        .collect();
    let mut rows = statuses
        .read(results)
        .map(|a| a.statuses)
        .unwrap_or_default();
    rows.sort_by_key(|r| r.sort.unwrap_or(u64::MAX));
    rows.into_iter()
        .filter_map(|row| {
            let id = row.id?;
            Some(StageDef {
                name: names.get(&id).cloned().unwrap_or_else(|| id.clone()),
                semantics: StageSemantics::from_code((id == "F").then_some("S")),
                color: row.color.as_deref().and_then(HexColor::parse),
                id,
            })
        })
        .collect()
}

fn stage_def(row: StageRow) -> Option<StageDef> {
    let id = row.status_id?;
    Some(StageDef {
        name: row
            .name
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| id.clone()),
        semantics: StageSemantics::from_code(row.semantics.as_deref()),
        color: row.color.as_deref().and_then(HexColor::parse),
        id,
    })
}

/// Where one element counts: its pipeline and stage (or type).
type Key = (Option<u64>, String);

/// Count and amounts (per currency) of one group.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bucket {
    /// Elements.
    pub count: u64,
    /// Sum of `opportunity` per currency.
    pub sums: BTreeMap<String, f64>,
}

/// Running totals while the pages arrive.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    buckets: BTreeMap<Key, Bucket>,
    rows: u64,
}

impl Tally {
    /// Counts one page of [`list_spec`] rows.
    pub fn add(&mut self, grouping: Grouping, rows: &[ReportRow]) {
        for row in rows {
            self.rows += 1;
            let key = match grouping {
                Grouping::Types => (None, row.type_id.clone().unwrap_or_default()),
                Grouping::Stages { pipelines } => (
                    if pipelines {
                        Some(row.category_id.unwrap_or(0))
                    } else {
                        None
                    },
                    row.stage_id.clone().unwrap_or_default(),
                ),
            };
            let bucket = self.buckets.entry(key).or_default();
            bucket.count += 1;
            if let Some(amount) = row.opportunity.filter(|a| a.is_finite() && *a != 0.0) {
                let currency = row.currency_id.clone().unwrap_or_default();
                *bucket.sums.entry(currency).or_default() += amount;
            }
        }
    }

    /// Rows counted so far.
    pub fn rows(&self) -> u64 {
        self.rows
    }
}

/// One stage of a pipeline in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct StageReport {
    /// The stage (a made-up one named by its id for stages the dictionaries do not list).
    pub stage: StageDef,
    /// Elements in it now.
    pub count: u64,
    /// Their amounts, one per currency.
    pub sums: Vec<Money>,
    /// Elements that reached this stage: in it or in any later in-progress stage or a success stage
    /// (in-progress stages only; `None` for success and failure stages).
    pub reached: Option<u64>,
    /// `reached` as a share of the pipeline's elements that entered the funnel (0..=1).
    pub conversion: Option<f64>,
}

/// One pipeline in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineReport {
    /// `categoryId`.
    pub id: Option<u64>,
    /// Name.
    pub name: Option<String>,
    /// Stages in order, unknown ones last.
    pub stages: Vec<StageReport>,
    /// Elements in the pipeline.
    pub count: u64,
    /// In success stages.
    pub won: u64,
    /// In failure stages.
    pub lost: u64,
    /// Amounts of all its elements, one per currency.
    pub sums: Vec<Money>,
}

impl PipelineReport {
    /// Won as a share of the closed ones (won + lost); `None` while nothing is closed.
    pub fn win_rate(&self) -> Option<f64> {
        let closed = self.won + self.lost;
        (closed > 0).then(|| self.won as f64 / closed as f64)
    }

    /// The largest stage count (the chart's scale).
    pub fn max_count(&self) -> u64 {
        self.stages.iter().map(|s| s.count).max().unwrap_or(0)
    }
}

/// The whole report.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The entity type.
    pub entity: CrmEntityType,
    /// By stage or by type.
    pub grouping: Grouping,
    /// One per pipeline (that is listed, or that holds elements).
    pub pipelines: Vec<PipelineReport>,
    /// Elements counted.
    pub counted: u64,
    /// Elements the list held when counted.
    pub total: u64,
    /// Whether the user stopped the paging: the numbers cover only `counted` elements.
    pub partial: bool,
}

fn money_list(sums: &BTreeMap<String, f64>) -> Vec<Money> {
    sums.iter()
        .map(|(currency, amount)| Money {
            amount: *amount,
            currency: currency.clone(),
        })
        .collect()
}

fn merge(into: &mut BTreeMap<String, f64>, from: &BTreeMap<String, f64>) {
    for (currency, amount) in from {
        *into.entry(currency.clone()).or_default() += amount;
    }
}

impl Report {
    /// Lays `tally` out along `setup`'s dictionaries. `partial`: the paging was stopped.
    pub fn build(setup: &ReportSetup, tally: &Tally, partial: bool) -> Report {
        let mut buckets = tally.buckets.clone();
        let mut pipelines = Vec::new();
        for def in &setup.pipelines {
            let mut stages: Vec<(StageDef, Bucket)> = def
                .stages
                .iter()
                .map(|s| {
                    let bucket = buckets.remove(&(def.id, s.id.clone())).unwrap_or_default();
                    (s.clone(), bucket)
                })
                .collect();
            let unknown: Vec<Key> = buckets
                .keys()
                .filter(|(p, _)| *p == def.id)
                .cloned()
                .collect();
            for key in unknown {
                if let Some(bucket) = buckets.remove(&key) {
                    stages.push((unknown_stage(&key.1), bucket));
                }
            }
            pipelines.push(pipeline_report(def.id, def.name.clone(), stages));
        }
        // Pipelines the batch did not list (over the limit, or added meanwhile).
        let mut rest: BTreeMap<Option<u64>, Vec<(StageDef, Bucket)>> = BTreeMap::new();
        for ((pipeline, stage), bucket) in buckets {
            rest.entry(pipeline)
                .or_default()
                .push((unknown_stage(&stage), bucket));
        }
        for (id, stages) in rest {
            pipelines.push(pipeline_report(id, None, stages));
        }
        Report {
            entity: setup.entity,
            grouping: setup.grouping,
            pipelines,
            counted: tally.rows,
            total: setup.total.max(tally.rows),
            partial,
        }
    }
}

fn unknown_stage(id: &str) -> StageDef {
    StageDef {
        id: id.to_owned(),
        name: if id.is_empty() {
            "—".into()
        } else {
            id.to_owned()
        },
        semantics: StageSemantics::InProgress,
        color: None,
    }
}

fn pipeline_report(
    id: Option<u64>,
    name: Option<String>,
    stages: Vec<(StageDef, Bucket)>,
) -> PipelineReport {
    let count = stages.iter().map(|(_, b)| b.count).sum();
    let of = |sem: StageSemantics| {
        stages
            .iter()
            .filter(|(s, _)| s.semantics == sem)
            .map(|(_, b)| b.count)
            .sum::<u64>()
    };
    let (won, lost) = (of(StageSemantics::Success), of(StageSemantics::Failure));
    let mut sums = BTreeMap::new();
    for (_, bucket) in &stages {
        merge(&mut sums, &bucket.sums);
    }
    // Funnel: an element in an in-progress stage has passed every in-progress stage before it; a
    // won element has passed them all. Lost elements left the funnel at an unknown point and are
    // not counted in it.
    let entered = count - lost;
    let mut later = won;
    let mut reached = vec![None; stages.len()];
    for (i, (stage, bucket)) in stages.iter().enumerate().rev() {
        if stage.semantics == StageSemantics::InProgress {
            later += bucket.count;
            reached[i] = Some(later);
        }
    }
    let stages = stages
        .into_iter()
        .zip(reached)
        .map(|((stage, bucket), reached)| StageReport {
            conversion: reached
                .filter(|_| entered > 0)
                .map(|r| r as f64 / entered as f64),
            reached,
            count: bucket.count,
            sums: money_list(&bucket.sums),
            stage,
        })
        .collect();
    PipelineReport {
        id,
        name,
        stages,
        count,
        won,
        lost,
        sums: money_list(&sums),
    }
}

/// The portal list of `entity` filtered to one stage (or type), for `openPath`. Inferred: the list
/// pages accept the filter preset `apply_filter=Y&<FIELD>[]=<value>` of `main.ui.filter`; the path
/// prefixes are those `openPath` allows (`placement::path::is_open_path_allowed`), quotes and smart
/// invoices through `/crm/type/<id>/`. `None` for types without a list page the portal can open.
pub fn stage_list_path(
    entity: CrmEntityType,
    pipeline: Option<u64>,
    stage: &str,
) -> Option<String> {
    let cat = pipeline.unwrap_or(0);
    let (path, field) = match entity {
        CrmEntityType::Lead => ("/crm/lead/list/".to_owned(), "STATUS_ID"),
        CrmEntityType::Deal => (format!("/crm/deal/list/category/{cat}/"), "STAGE_ID"),
        CrmEntityType::Contact => ("/crm/contact/list/".to_owned(), "TYPE_ID"),
        CrmEntityType::Company => ("/crm/company/list/".to_owned(), "COMPANY_TYPE"),
        CrmEntityType::Quote | CrmEntityType::SmartInvoice | CrmEntityType::Dynamic(_) => (
            format!("/crm/type/{}/list/category/{cat}/", entity.entity_type_id()),
            "STAGE_ID",
        ),
        _ => return None,
    };
    Some(format!(
        "{path}?apply_filter=Y&{field}%5B%5D={}",
        url_encode(stage)
    ))
}

/// Percent-encodes everything but unreserved characters.
fn url_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(byte & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests;
