//! The hidden search providers of CRM forms (`CRM_DETAIL_SEARCH`, `CRM_REQUISITE_AUTOCOMPLETE`,
//! `CRM_BANK_DETAIL_AUTOCOMPLETE`, placements.md §4): the portal loads the frame with what the user
//! typed, the app answers with `crmShowFoundEntities {data: [{id, name, phone?, email?, web?}]}`, and
//! when the user picks an option the portal fires `onCrmEntityIsNeedToCreate {appSid, data}`, answered
//! with `crmShowCreatedEntity {entityType, id, title, fields?}` (`fields` carries the `RQ_*` values
//! for the autocomplete fields).
//!
//! The source here is the portal's own directory: clients by name or phone, requisites by company
//! name or tax number, bank details by bank name or BIK; two filtered lists in one batch, merged.

use crate::answers::CrmItem;
use placement::CrmEntityType;
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

/// The fewest characters worth a search (the portal asks from 3 on).
pub const MIN_QUERY: usize = 3;
/// The most options reported.
pub const MAX_FOUND: usize = 10;

/// What is searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchKind {
    /// `CRM_DETAIL_SEARCH` on a contact field.
    Contact,
    /// `CRM_DETAIL_SEARCH` on a company field.
    Company,
    /// `CRM_REQUISITE_AUTOCOMPLETE`.
    Requisite,
    /// `CRM_BANK_DETAIL_AUTOCOMPLETE`.
    Bank,
}

impl SearchKind {
    /// The kind of a client search by its `entityTypeName` (contacts unless it is a company).
    pub fn client(entity: CrmEntityType) -> Self {
        if entity == CrmEntityType::Company {
            Self::Company
        } else {
            Self::Contact
        }
    }

    /// `entityType` of `crmShowCreatedEntity`.
    pub fn created_type(self) -> &'static str {
        match self {
            Self::Contact => "contact",
            Self::Company | Self::Requisite => "company",
            Self::Bank => "bank",
        }
    }
}

/// `crm.item.list`: `{items: [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ItemsAnswer {
    /// The items.
    #[serde(deserialize_with = "de::list")]
    pub items: Vec<CrmItem>,
}

/// A row of `crm.requisite.list`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct RequisiteRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `ENTITY_ID`: the company.
    #[serde(deserialize_with = "de::id")]
    pub entity_id: Option<u64>,
    /// `RQ_COMPANY_NAME`.
    #[serde(deserialize_with = "de::text")]
    pub rq_company_name: Option<String>,
    /// `RQ_INN`.
    #[serde(deserialize_with = "de::text")]
    pub rq_inn: Option<String>,
    /// `RQ_KPP`.
    #[serde(deserialize_with = "de::text")]
    pub rq_kpp: Option<String>,
    /// `RQ_OGRN`.
    #[serde(deserialize_with = "de::text")]
    pub rq_ogrn: Option<String>,
    /// `RQ_ADDR`.
    #[serde(deserialize_with = "de::text")]
    pub rq_addr: Option<String>,
}

/// A row of `crm.requisite.bankdetail.list`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct BankRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `RQ_BANK_NAME`.
    #[serde(deserialize_with = "de::text")]
    pub rq_bank_name: Option<String>,
    /// `RQ_BIK`.
    #[serde(deserialize_with = "de::text")]
    pub rq_bik: Option<String>,
    /// `RQ_ACC_NUM`.
    #[serde(deserialize_with = "de::text")]
    pub rq_acc_num: Option<String>,
    /// `RQ_COR_ACC_NUM`.
    #[serde(deserialize_with = "de::text")]
    pub rq_cor_acc_num: Option<String>,
    /// `RQ_SWIFT`.
    #[serde(deserialize_with = "de::text")]
    pub rq_swift: Option<String>,
}

/// One option of `crmShowFoundEntities`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct FoundEntity {
    /// The option's id (the contact's, company's, requisite's or bank detail's id).
    #[serde(deserialize_with = "de::text")]
    pub id: Option<String>,
    /// What the portal shows.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// A phone.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "de::text")]
    pub phone: Option<String>,
    /// An e-mail.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "de::text")]
    pub email: Option<String>,
    /// A web site.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "de::text")]
    pub web: Option<String>,
}

/// `crmShowFoundEntities`'s argument.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Found {
    /// The options (empty: nothing found, the portal disables the item).
    pub data: Vec<FoundEntity>,
}

/// `crmShowCreatedEntity`'s argument.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    /// `company`, `contact` or `bank`.
    pub entity_type: &'static str,
    /// The element's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// `RQ_*` values for the autocomplete fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Map<String, Value>>,
}

/// `onCrmEntityIsNeedToCreate`'s payload: `{appSid, data: <the option chosen>}`.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(default)]
pub struct NeedToCreate {
    /// The option the user picked.
    #[serde(deserialize_with = "de::object")]
    pub data: Option<FoundEntity>,
}

/// What a search found: the options to report and what to answer for each when picked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResult {
    /// In report order.
    pub options: Vec<(FoundEntity, Created)>,
}

impl SearchResult {
    /// `crmShowFoundEntities`'s argument.
    pub fn found(&self) -> Found {
        Found {
            data: self.options.iter().map(|(f, _)| f.clone()).collect(),
        }
    }

    /// The answer for the option the portal says was picked (`None`: not one of ours).
    pub fn created(&self, picked: &NeedToCreate) -> Option<Created> {
        let id = picked.data.as_ref()?.id.as_deref()?;
        self.options
            .iter()
            .find(|(f, _)| f.id.as_deref() == Some(id))
            .map(|(_, c)| c.clone())
    }
}

/// The handles of the search batch.
#[derive(Debug, Clone)]
pub enum SearchCommands {
    /// Contacts by last name and by first name (`crm.item.list` twice).
    Contacts(CommandRef<ItemsAnswer>, CommandRef<ItemsAnswer>),
    /// Companies by title (`crm.item.list`) and by tax number (`crm.requisite.list`).
    Companies(CommandRef<ItemsAnswer>, CommandRef<List<RequisiteRow>>),
    /// Requisites by company name and by tax number.
    Requisites(
        CommandRef<List<RequisiteRow>>,
        CommandRef<List<RequisiteRow>>,
    ),
    /// Bank details by bank name and by BIK.
    Banks(CommandRef<List<BankRow>>, CommandRef<List<BankRow>>),
}

/// The one batch of a search for `query`; `None` when the query is too short to search.
pub fn plan(kind: SearchKind, query: &str) -> Option<(Batch, SearchCommands)> {
    let query = query.trim();
    if query.chars().count() < MIN_QUERY {
        return None;
    }
    let mut batch = Batch::new();
    let like = |key: &str| {
        let mut filter = Map::new();
        filter.insert(format!("%{key}"), json!(query));
        Value::Object(filter)
    };
    let select = json!(["id", "title", "name", "lastName", "fm"]);
    let commands = match kind {
        SearchKind::Contact => SearchCommands::Contacts(
            batch.add_as(
                "by_name",
                "crm.item.list",
                json!({"entityTypeId": 3, "filter": like("lastName"), "select": select.clone()}),
            ),
            batch.add_as(
                "by_code",
                "crm.item.list",
                json!({"entityTypeId": 3, "filter": like("name"), "select": select}),
            ),
        ),
        SearchKind::Company => SearchCommands::Companies(
            batch.add_as(
                "by_name",
                "crm.item.list",
                json!({"entityTypeId": 4, "filter": like("title"), "select": select}),
            ),
            batch.add_as(
                "by_code",
                "crm.requisite.list",
                json!({"filter": {"%RQ_INN": query, "ENTITY_TYPE_ID": 4}}),
            ),
        ),
        SearchKind::Requisite => SearchCommands::Requisites(
            batch.add_as(
                "by_name",
                "crm.requisite.list",
                json!({"filter": like("RQ_COMPANY_NAME")}),
            ),
            batch.add_as(
                "by_code",
                "crm.requisite.list",
                json!({"filter": like("RQ_INN")}),
            ),
        ),
        SearchKind::Bank => SearchCommands::Banks(
            batch.add_as(
                "by_name",
                "crm.requisite.bankdetail.list",
                json!({"filter": like("RQ_BANK_NAME")}),
            ),
            batch.add_as(
                "by_code",
                "crm.requisite.bankdetail.list",
                json!({"filter": like("RQ_BIK")}),
            ),
        ),
    };
    Some((batch, commands))
}

fn first_fm(item: &CrmItem, kind: &str) -> Option<String> {
    item.fm
        .iter()
        .find(|f| f.type_id.as_deref() == Some(kind))
        .and_then(|f| f.value.clone())
}

fn client_option(kind: SearchKind, item: &CrmItem) -> Option<(FoundEntity, Created)> {
    let id = item.id?.to_string();
    let name = if kind == SearchKind::Contact {
        item.full_name()
    } else {
        item.title.clone()
    }?;
    let found = FoundEntity {
        id: Some(id.clone()),
        name: Some(name.clone()),
        phone: first_fm(item, "PHONE"),
        email: first_fm(item, "EMAIL"),
        web: first_fm(item, "WEB"),
    };
    let created = Created {
        entity_type: kind.created_type(),
        id,
        title: name,
        fields: None,
    };
    Some((found, created))
}

fn text_fields(pairs: &[(&str, &Option<String>)]) -> Map<String, Value> {
    pairs
        .iter()
        .filter_map(|(k, v)| Some(((*k).to_owned(), Value::String((*v).clone()?))))
        .collect()
}

fn requisite_option(kind: SearchKind, r: &RequisiteRow) -> Option<(FoundEntity, Created)> {
    let name = r.rq_company_name.clone()?;
    let shown = match &r.rq_inn {
        Some(inn) => format!("{name}, {inn}"),
        None => name.clone(),
    };
    // A client search reports the company the requisite belongs to; the autocomplete the requisite.
    let (id, fields) = if kind == SearchKind::Company {
        (r.entity_id?.to_string(), None)
    } else {
        (
            r.id?.to_string(),
            Some(text_fields(&[
                ("RQ_COMPANY_NAME", &r.rq_company_name),
                ("RQ_INN", &r.rq_inn),
                ("RQ_KPP", &r.rq_kpp),
                ("RQ_OGRN", &r.rq_ogrn),
                ("RQ_ADDR", &r.rq_addr),
            ])),
        )
    };
    Some((
        FoundEntity {
            id: Some(id.clone()),
            name: Some(shown),
            ..FoundEntity::default()
        },
        Created {
            entity_type: kind.created_type(),
            id,
            title: name,
            fields,
        },
    ))
}

fn bank_option(b: &BankRow) -> Option<(FoundEntity, Created)> {
    let id = b.id?.to_string();
    let name = b.rq_bank_name.clone()?;
    let shown = match &b.rq_bik {
        Some(bik) => format!("{name}, {bik}"),
        None => name.clone(),
    };
    Some((
        FoundEntity {
            id: Some(id.clone()),
            name: Some(shown),
            ..FoundEntity::default()
        },
        Created {
            entity_type: SearchKind::Bank.created_type(),
            id,
            title: name,
            fields: Some(text_fields(&[
                ("RQ_BANK_NAME", &b.rq_bank_name),
                ("RQ_BIK", &b.rq_bik),
                ("RQ_ACC_NUM", &b.rq_acc_num),
                ("RQ_COR_ACC_NUM", &b.rq_cor_acc_num),
                ("RQ_SWIFT", &b.rq_swift),
            ])),
        },
    ))
}

/// Keeps the first option of each id, at most [`MAX_FOUND`].
fn merged(options: impl Iterator<Item = (FoundEntity, Created)>) -> SearchResult {
    let mut out: Vec<(FoundEntity, Created)> = Vec::new();
    for option in options {
        if out.len() == MAX_FOUND {
            break;
        }
        if !out.iter().any(|(f, _)| f.id == option.0.id) {
            out.push(option);
        }
    }
    SearchResult { options: out }
}

impl SearchCommands {
    /// Reads both lists and merges them; a failed list counts as empty unless both failed.
    pub fn read(&self, results: &BatchResults) -> Result<SearchResult, rest::RestError> {
        fn both<A, B>(
            a: Result<A, rest::RestError>,
            b: Result<B, rest::RestError>,
        ) -> Result<(Option<A>, Option<B>), rest::RestError> {
            match (a, b) {
                (Err(e), Err(_)) => Err(e),
                (a, b) => Ok((a.ok(), b.ok())),
            }
        }
        Ok(match self {
            Self::Contacts(a, b) => {
                let (a, b) = both(a.read(results), b.read(results))?;
                let items = a.into_iter().chain(b).flat_map(|l| l.items);
                merged(items.filter_map(|i| client_option(SearchKind::Contact, &i)))
            }
            Self::Companies(a, b) => {
                let (a, b) = both(a.read(results), b.read(results))?;
                let by_title = a
                    .into_iter()
                    .flat_map(|l| l.items)
                    .filter_map(|i| client_option(SearchKind::Company, &i));
                let by_code = b
                    .into_iter()
                    .flat_map(|l| l.0)
                    .filter_map(|r| requisite_option(SearchKind::Company, &r));
                merged(by_title.chain(by_code))
            }
            Self::Requisites(a, b) => {
                let (a, b) = both(a.read(results), b.read(results))?;
                let rows = a.into_iter().chain(b).flat_map(|l| l.0);
                merged(rows.filter_map(|r| requisite_option(SearchKind::Requisite, &r)))
            }
            Self::Banks(a, b) => {
                let (a, b) = both(a.read(results), b.read(results))?;
                let rows = a.into_iter().chain(b).flat_map(|l| l.0);
                merged(rows.filter_map(|r| bank_option(&r)))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(by_name: Value, by_code: Value) -> BatchResults {
        let mut r = BatchResults::new(vec!["by_name".into(), "by_code".into()]);
        r.absorb(
            &json!({"result": {"by_name": by_name, "by_code": by_code}}),
            None,
        )
        .unwrap();
        r
    }

    #[test]
    fn short_queries_are_not_searched() {
        assert!(plan(SearchKind::Company, " ab ").is_none());
        assert!(plan(SearchKind::Company, "abc").is_some());
    }

    #[test]
    fn companies_by_title_and_tax_number_merge_without_duplicates() {
        let (batch, commands) = plan(SearchKind::Company, "Daisy").unwrap();
        assert_eq!(
            batch.names(),
            vec!["by_name".to_owned(), "by_code".to_owned()]
        );
        let result = commands
            .read(&answer(
                json!({"items": [{"id": 4, "title": "Daisy GmbH", "fm": [{"typeId": "PHONE", "value": "+4930 1"}, {"typeId": "EMAIL", "value": "hi@daisy.test"}]}]}),
                json!([{"ID": "9", "ENTITY_ID": "4", "RQ_COMPANY_NAME": "Daisy GmbH", "RQ_INN": "7701"}, {"ID": "10", "ENTITY_ID": "5", "RQ_COMPANY_NAME": "Other", "RQ_INN": "77019"}]),
            ))
            .unwrap();
        let found = serde_json::to_value(result.found()).unwrap();
        assert_eq!(
            found,
            json!({"data": [
                {"id": "4", "name": "Daisy GmbH", "phone": "+4930 1", "email": "hi@daisy.test"},
                {"id": "5", "name": "Other, 77019"}
            ]})
        );
        let picked: NeedToCreate = serde_json::from_value(
            json!({"appSid": "x", "data": {"id": "5", "name": "Other, 77019"}}),
        )
        .unwrap();
        let created = serde_json::to_value(result.created(&picked).unwrap()).unwrap();
        assert_eq!(
            created,
            json!({"entityType": "company", "id": "5", "title": "Other"})
        );
        let stranger: NeedToCreate = serde_json::from_value(json!({"data": {"id": "77"}})).unwrap();
        assert_eq!(result.created(&stranger), None);
    }

    #[test]
    fn autocomplete_answers_carry_the_rq_fields() {
        let (_, commands) = plan(SearchKind::Requisite, "7701").unwrap();
        let result = commands
            .read(&answer(json!([]), json!([{"ID": "9", "ENTITY_ID": "4", "RQ_COMPANY_NAME": "Daisy GmbH", "RQ_INN": "7701", "RQ_KPP": "7701001"}])))
            .unwrap();
        let picked: NeedToCreate = serde_json::from_value(json!({"data": {"id": "9"}})).unwrap();
        let created = serde_json::to_value(result.created(&picked).unwrap()).unwrap();
        assert_eq!(
            created["fields"],
            json!({"RQ_COMPANY_NAME": "Daisy GmbH", "RQ_INN": "7701", "RQ_KPP": "7701001"})
        );
        assert_eq!(created["entityType"], "company");

        let (_, commands) = plan(SearchKind::Bank, "0445").unwrap();
        let result = commands
            .read(&answer(json!([{"ID": "2", "RQ_BANK_NAME": "Baltic Trade Bank", "RQ_BIK": "044030653", "RQ_SWIFT": "BTBKRU2P"}]), json!([])))
            .unwrap();
        let (found, created) = &result.options[0];
        assert_eq!(found.name.as_deref(), Some("Baltic Trade Bank, 044030653"));
        assert_eq!(created.entity_type, "bank");
        assert_eq!(created.fields.as_ref().unwrap()["RQ_SWIFT"], "BTBKRU2P");
    }

    #[test]
    fn one_failed_list_is_empty_both_failed_is_an_error() {
        let (_, commands) = plan(SearchKind::Contact, "Lee").unwrap();
        let mut r = BatchResults::new(vec!["by_name".into(), "by_code".into()]);
        r.absorb(&json!({"result": {"by_name": {"items": [{"id": 3, "name": "Anna", "lastName": "Lee"}]}}, "result_error": {"by_code": {"error": "ACCESS_DENIED", "error_description": ""}}}), None).unwrap();
        let result = commands.read(&r).unwrap();
        assert_eq!(result.options[0].0.name.as_deref(), Some("Anna Lee"));
        let mut r = BatchResults::new(vec!["by_name".into(), "by_code".into()]);
        r.absorb(&json!({"result": [], "result_error": {"by_name": {"error": "ACCESS_DENIED", "error_description": ""}, "by_code": {"error": "ACCESS_DENIED", "error_description": ""}}}), None).unwrap();
        assert!(commands.read(&r).is_err());
    }
}
