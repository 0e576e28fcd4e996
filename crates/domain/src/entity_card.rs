//! The CRM entity card: one shared view of a deal, lead, contact, company, quote, smart invoice or
//! smart-process item, loaded in one `batch` round trip.
//!
//! The batch (see [`plan`]) asks for the item (`crm.item.get`), its stage (`crm.status.list` filtered by
//! the item's `stageId` through a `$result` reference), the responsible user (`user.get`) and the
//! linked contact and company (`crm.item.get` again, by reference). Missing links come back as soft
//! errors inside the batch and simply leave the field empty.

use crate::format::{Money, Timestamp};
use crate::people::Person;
use crate::LoadError;
use placement::{CrmEntityType, CrmRef, EntityId, EntityTypeId};
use rest::batch::{Batch, BatchResults};
use rest::lenient;
use serde_json::{json, Value};

/// Names of the commands in the card's batch.
pub mod command {
    /// `crm.item.get` of the element itself.
    pub const ITEM: &str = "item";
    /// `crm.status.list` of its stage.
    pub const STAGE: &str = "stage";
    /// `user.get` of the responsible user.
    pub const RESPONSIBLE: &str = "responsible";
    /// `crm.item.get` of the linked contact.
    pub const CONTACT: &str = "contact";
    /// `crm.item.get` of the linked company.
    pub const COMPANY: &str = "company";
}

/// Whether the shared card can show this entity type (it needs `crm.item.*`).
pub fn supports(entity: CrmEntityType) -> bool {
    entity.supports_item_api()
}

/// The one batch that loads everything the card shows.
pub fn plan(target: CrmRef) -> Batch {
    let mut batch = Batch::new();
    let item = batch.add(
        command::ITEM,
        "crm.item.get",
        json!({"entityTypeId": target.entity.entity_type_id().get(), "id": target.id.get()}),
    );
    if has_stages(target.entity) {
        batch.add(
            command::STAGE,
            "crm.status.list",
            json!({"filter": {"STATUS_ID": item.field(&["item", "stageId"])}}),
        );
    }
    batch.add(
        command::RESPONSIBLE,
        "user.get",
        json!({"ID": item.field(&["item", "assignedById"])}),
    );
    if links_contact(target.entity) {
        batch.add(
            command::CONTACT,
            "crm.item.get",
            json!({"entityTypeId": 3, "id": item.field(&["item", "contactId"])}),
        );
    }
    if links_company(target.entity) {
        batch.add(
            command::COMPANY,
            "crm.item.get",
            json!({"entityTypeId": 4, "id": item.field(&["item", "companyId"])}),
        );
    }
    batch
}

fn has_stages(entity: CrmEntityType) -> bool {
    !matches!(entity, CrmEntityType::Contact | CrmEntityType::Company)
}

fn links_contact(entity: CrmEntityType) -> bool {
    !matches!(entity, CrmEntityType::Contact | CrmEntityType::Company)
}

fn links_company(entity: CrmEntityType) -> bool {
    entity != CrmEntityType::Company
}

/// Where an element is in its pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageSemantics {
    /// Still being worked on (`P`).
    InProgress,
    /// Won / converted / paid (`S`).
    Success,
    /// Lost / junk / declined (`F`).
    Failure,
}

impl StageSemantics {
    /// Reads `stageSemanticId` (`P`/`S`/`F`) or a status row's `SEMANTICS` (`S`/`F`/empty).
    pub fn from_code(code: Option<&str>) -> Self {
        match code.map(str::trim) {
            Some("S") => Self::Success,
            Some("F") => Self::Failure,
            _ => Self::InProgress,
        }
    }
}

/// A `#rrggbb` colour that is safe to put into a `style` attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HexColor(String);

impl HexColor {
    /// Accepts `#rgb` / `#rrggbb` (case-insensitive), normalised to lower case; anything else is `None`.
    pub fn parse(raw: &str) -> Option<Self> {
        let hex = raw.trim().strip_prefix('#')?;
        if !matches!(hex.len(), 3 | 6) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        Some(Self(format!("#{}", hex.to_ascii_lowercase())))
    }

    /// The colour, e.g. `#39a8ef`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The element's stage as the card shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct StageView {
    /// Stage name (`In progress`, `Won`, ...); the stage id when the name is unknown.
    pub name: String,
    /// Progress / success / failure.
    pub semantics: StageSemantics,
    /// Stage colour from the pipeline settings.
    pub color: Option<HexColor>,
}

/// A linked contact or company.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedEntity {
    /// Which element.
    pub target: CrmRef,
    /// Its display title.
    pub title: String,
}

impl LinkedEntity {
    /// Portal path of the linked element's card.
    pub fn details_path(&self) -> Option<String> {
        self.target.entity.details_path(self.target.id)
    }
}

/// Everything the entity card renders.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityCard {
    /// The element.
    pub target: CrmRef,
    /// Title (deals, leads, quotes, ...) or full name (contacts).
    pub title: String,
    /// A second line: a contact's position and company, a lead's company name.
    pub subtitle: Option<String>,
    /// Pipeline stage (not for contacts and companies).
    pub stage: Option<StageView>,
    /// Amount (`opportunity` + `currencyId`), when the type has one and it is set.
    pub amount: Option<Money>,
    /// Responsible user.
    pub responsible: Option<Person>,
    /// Linked contact.
    pub contact: Option<LinkedEntity>,
    /// Linked company.
    pub company: Option<LinkedEntity>,
    /// Phones from the `fm` multi-field.
    pub phones: Vec<String>,
    /// E-mails from the `fm` multi-field.
    pub emails: Vec<String>,
    /// Created.
    pub created: Option<Timestamp>,
    /// Last modified.
    pub updated: Option<Timestamp>,
    /// Start date (`begindate`) for deals, quotes and invoices.
    pub begins: Option<Timestamp>,
    /// Expected close / due date (`closedate`).
    pub closes: Option<Timestamp>,
    /// Whether the element is closed (`closed` = Y).
    pub closed: bool,
}

impl EntityCard {
    /// Builds the card from the batch answer. Only the item itself is required: its failure is the
    /// card's failure (a soft "not found" included); every other part is optional.
    pub fn from_batch(target: CrmRef, results: &BatchResults) -> Result<Self, LoadError> {
        let answer: Value = results.get(command::ITEM)?;
        let item = answer
            .get("item")
            .filter(|i| i.is_object())
            .ok_or_else(|| LoadError::Missing {
                what: format!("{} {}", target.entity, target.id),
            })?;
        let optional = |name: &str| results.get::<Value>(name).ok();
        Ok(Self::assemble(
            target,
            item,
            optional(command::STAGE).as_ref(),
            optional(command::RESPONSIBLE).as_ref(),
            optional(command::CONTACT).as_ref(),
            optional(command::COMPANY).as_ref(),
        ))
    }

    /// Builds the card from the individual answers (`crm.item.get`'s `item`, and the `result` of the
    /// other commands when they succeeded).
    pub fn assemble(
        target: CrmRef,
        item: &Value,
        stages: Option<&Value>,
        responsible: Option<&Value>,
        contact: Option<&Value>,
        company: Option<&Value>,
    ) -> Self {
        let stage_id = lenient::text(item.get("stageId"));
        let stage = has_stages(target.entity)
            .then(|| stage_view(target, item, stage_id.as_deref(), stages))
            .flatten();
        let amount = lenient::number(item.get("opportunity"))
            .filter(|_| {
                !matches!(
                    target.entity,
                    CrmEntityType::Contact | CrmEntityType::Company
                )
            })
            .map(|amount| Money {
                amount,
                currency: lenient::text(item.get("currencyId")).unwrap_or_default(),
            });
        let (phones, emails) = multi_fields(item);
        Self {
            target,
            title: display_title(target.entity, item)
                .unwrap_or_else(|| format!("{} #{}", target.entity, target.id)),
            subtitle: subtitle(target.entity, item, company),
            stage,
            amount,
            responsible: responsible.and_then(Person::from_user_get),
            contact: contact.and_then(|c| linked(CrmEntityType::Contact, c)),
            company: company.and_then(|c| linked(CrmEntityType::Company, c)),
            phones,
            emails,
            created: Timestamp::from_json(item.get("createdTime")),
            updated: Timestamp::from_json(item.get("updatedTime")),
            begins: Timestamp::from_json(item.get("begindate")),
            closes: Timestamp::from_json(item.get("closedate")),
            closed: lenient::flag(item.get("closed")).unwrap_or(false),
        }
    }

    /// Portal path of this element's card, for `openPath`.
    pub fn details_path(&self) -> Option<String> {
        self.target.entity.details_path(self.target.id)
    }
}

/// Title of an item: `title`, or the person's name for contacts (and for leads without a title).
fn display_title(entity: CrmEntityType, item: &Value) -> Option<String> {
    let name = || {
        let parts: Vec<String> = ["name", "secondName", "lastName"]
            .iter()
            .filter_map(|k| lenient::text(item.get(*k)))
            .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    };
    match entity {
        CrmEntityType::Contact => name().or_else(|| lenient::text(item.get("title"))),
        _ => lenient::text(item.get("title")).or_else(name),
    }
}

fn subtitle(entity: CrmEntityType, item: &Value, company: Option<&Value>) -> Option<String> {
    match entity {
        CrmEntityType::Contact => {
            let post = lenient::text(item.get("post"));
            let company = company
                .and_then(|c| c.get("item"))
                .and_then(|c| lenient::text(c.get("title")));
            match (post, company) {
                (Some(p), Some(c)) => Some(format!("{p}, {c}")),
                (p, c) => p.or(c),
            }
        }
        CrmEntityType::Lead => lenient::text(item.get("companyTitle")),
        _ => None,
    }
}

fn stage_view(
    target: CrmRef,
    item: &Value,
    stage_id: Option<&str>,
    stages: Option<&Value>,
) -> Option<StageView> {
    let stage_id = stage_id?;
    let semantics = StageSemantics::from_code(item.get("stageSemanticId").and_then(Value::as_str));
    let category = lenient::id(item.get("categoryId"));
    let row = stages.and_then(|rows| pick_stage_row(target.entity, category, stage_id, rows));
    let name = row
        .and_then(|r| lenient::text(r.get("NAME")))
        .unwrap_or_else(|| stage_id.to_owned());
    let color = row
        .and_then(|r| {
            lenient::text(r.get("COLOR"))
                .or_else(|| lenient::text(r.get("EXTRA").and_then(|e| e.get("COLOR"))))
        })
        .and_then(|c| HexColor::parse(&c));
    let semantics = match row.and_then(|r| r.get("SEMANTICS")).and_then(Value::as_str) {
        Some(code) if item.get("stageSemanticId").is_none() => {
            StageSemantics::from_code(Some(code))
        }
        _ => semantics,
    };
    Some(StageView {
        name,
        semantics,
        color,
    })
}

/// `crm.status.list` filtered by `STATUS_ID` can match several dictionaries (lead status `NEW` and deal
/// stage `NEW`); pick the row of this entity's dictionary.
fn pick_stage_row<'a>(
    entity: CrmEntityType,
    category: Option<u64>,
    stage_id: &str,
    rows: &'a Value,
) -> Option<&'a Value> {
    let rows: Vec<&Value> = lenient::list(Some(rows))
        .into_iter()
        .filter(|r| r.get("STATUS_ID").and_then(Value::as_str) == Some(stage_id))
        .collect();
    let expected = expected_dictionaries(entity, category);
    rows.iter()
        .find(|r| {
            r.get("ENTITY_ID")
                .and_then(Value::as_str)
                .is_some_and(|e| expected.iter().any(|x| x == e))
        })
        .or_else(|| if rows.len() == 1 { rows.first() } else { None })
        .copied()
}

fn expected_dictionaries(entity: CrmEntityType, category: Option<u64>) -> Vec<String> {
    let cat = category.unwrap_or(0);
    match entity {
        CrmEntityType::Lead => vec!["STATUS".into()],
        CrmEntityType::Deal if cat == 0 => vec!["DEAL_STAGE".into()],
        CrmEntityType::Deal => vec![format!("DEAL_STAGE_{cat}")],
        CrmEntityType::Quote => vec!["QUOTE_STATUS".into()],
        CrmEntityType::SmartInvoice => vec![format!("SMART_INVOICE_STAGE_{cat}")],
        CrmEntityType::Dynamic(EntityTypeId(id)) => vec![format!("DYNAMIC_{id}_STAGE_{cat}")],
        _ => Vec::new(),
    }
}

fn linked(entity: CrmEntityType, answer: &Value) -> Option<LinkedEntity> {
    let item = answer.get("item")?;
    let id = lenient::id(item.get("id"))?;
    Some(LinkedEntity {
        target: CrmRef {
            entity,
            id: EntityId(id),
        },
        title: display_title(entity, item).unwrap_or_else(|| format!("#{id}")),
    })
}

fn multi_fields(item: &Value) -> (Vec<String>, Vec<String>) {
    let mut phones = Vec::new();
    let mut emails = Vec::new();
    for field in lenient::list(item.get("fm")) {
        let Some(value) = lenient::text(field.get("value")) else {
            continue;
        };
        match field.get("typeId").and_then(Value::as_str) {
            Some("PHONE") => phones.push(value),
            Some("EMAIL") => emails.push(value),
            _ => {}
        }
    }
    if phones.is_empty() {
        phones.extend(lenient::text(item.get("phone")));
    }
    if emails.is_empty() {
        emails.extend(lenient::text(item.get("email")));
    }
    (phones, emails)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deal() -> CrmRef {
        CrmRef {
            entity: CrmEntityType::Deal,
            id: EntityId(8061),
        }
    }

    #[test]
    fn stage_colours_are_validated() {
        assert_eq!(HexColor::parse("#39A8EF").unwrap().as_str(), "#39a8ef");
        assert_eq!(HexColor::parse("#fff").unwrap().as_str(), "#fff");
        for bad in [
            "39a8ef",
            "#39a8e",
            "red",
            "#12345g",
            "#fff;background:url(x)",
            "",
        ] {
            assert!(HexColor::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn picks_the_stage_row_of_the_right_dictionary() {
        let rows = json!([
            {"ENTITY_ID":"STATUS","STATUS_ID":"NEW","NAME":"Unassigned lead"},
            {"ENTITY_ID":"DEAL_STAGE","STATUS_ID":"NEW","NAME":"New deal","COLOR":"#39A8EF"},
            {"ENTITY_ID":"DEAL_STAGE_1","STATUS_ID":"NEW","NAME":"Other pipeline"}
        ]);
        let item = json!({"stageId":"NEW","stageSemanticId":"P","categoryId":0});
        let stage = stage_view(deal(), &item, Some("NEW"), Some(&rows)).unwrap();
        assert_eq!(stage.name, "New deal");
        assert_eq!(stage.color.unwrap().as_str(), "#39a8ef");
        let lead = CrmRef {
            entity: CrmEntityType::Lead,
            id: EntityId(1),
        };
        assert_eq!(
            stage_view(lead, &item, Some("NEW"), Some(&rows))
                .unwrap()
                .name,
            "Unassigned lead"
        );
        let item1 = json!({"stageId":"NEW","categoryId":"1","stageSemanticId":"S"});
        let s = stage_view(deal(), &item1, Some("NEW"), Some(&rows)).unwrap();
        assert_eq!(
            (s.name.as_str(), s.semantics),
            ("Other pipeline", StageSemantics::Success)
        );
        let unknown = stage_view(
            deal(),
            &json!({"stageId":"C9:X"}),
            Some("C9:X"),
            Some(&json!([])),
        )
        .unwrap();
        assert_eq!(unknown.name, "C9:X");
    }

    #[test]
    fn contacts_get_names_and_positions() {
        let contact = CrmRef {
            entity: CrmEntityType::Contact,
            id: EntityId(3),
        };
        let item = json!({"id":3,"name":"Anna","secondName":"","lastName":"Petrova","post":"CFO","companyId":4,"assignedById":1,
            "fm":[{"typeId":"PHONE","value":"+49 30 1"},{"typeId":"EMAIL","value":"a@p.de"},{"typeId":"WEB","value":"x"}]});
        let company = json!({"item":{"id":4,"title":"Daisy GmbH"}});
        let card = EntityCard::assemble(contact, &item, None, None, None, Some(&company));
        assert_eq!(card.title, "Anna Petrova");
        assert_eq!(card.subtitle.as_deref(), Some("CFO, Daisy GmbH"));
        assert_eq!(card.company.as_ref().unwrap().target.id, EntityId(4));
        assert_eq!(card.phones, ["+49 30 1"]);
        assert_eq!(card.emails, ["a@p.de"]);
        assert!(card.stage.is_none() && card.amount.is_none());
    }

    #[test]
    fn a_deal_with_everything() {
        let item = json!({"id":8061,"title":"Website redesign","stageId":"PREPARATION","stageSemanticId":"P","categoryId":0,
            "opportunity":15000.5,"currencyId":"EUR","assignedById":1,"contactId":3,"companyId":0,
            "createdTime":"2026-11-01T10:00:00+01:00","closedate":"2026-12-15T00:00:00+01:00","closed":"N"});
        let stages = json!([{"ENTITY_ID":"DEAL_STAGE","STATUS_ID":"PREPARATION","NAME":"Preparing documents","EXTRA":{"COLOR":"#2FC6F6","SEMANTICS":"process"}}]);
        let user = json!([{"ID":"1","NAME":"Ivan","LAST_NAME":"Ivanov"}]);
        let contact = json!({"item":{"id":3,"name":"Anna","lastName":"Petrova"}});
        let card = EntityCard::assemble(
            deal(),
            &item,
            Some(&stages),
            Some(&user),
            Some(&contact),
            None,
        );
        assert_eq!(card.title, "Website redesign");
        assert_eq!(card.stage.as_ref().unwrap().name, "Preparing documents");
        assert_eq!(
            card.stage
                .as_ref()
                .unwrap()
                .color
                .as_ref()
                .unwrap()
                .as_str(),
            "#2fc6f6"
        );
        assert_eq!(
            card.amount,
            Some(Money {
                amount: 15000.5,
                currency: "EUR".into()
            })
        );
        assert_eq!(card.responsible.as_ref().unwrap().name, "Ivan Ivanov");
        assert_eq!(card.contact.as_ref().unwrap().title, "Anna Petrova");
        assert_eq!(
            card.contact.as_ref().unwrap().details_path().as_deref(),
            Some("/crm/contact/details/3/")
        );
        assert!(card.company.is_none());
        assert_eq!(card.closes.unwrap().day, 15);
        assert_eq!(
            card.details_path().as_deref(),
            Some("/crm/deal/details/8061/")
        );
    }

    /// The decoded parameters of one command of a planned batch.
    fn command_params(batch: &Batch, name: &str) -> (String, Value) {
        let chunks = batch.plan().unwrap();
        assert_eq!(chunks.len(), 1, "the card is one round trip");
        let text = chunks[0].params["cmd"][name].as_str().unwrap().to_owned();
        let (method, query) = text.split_once('?').unwrap();
        (method.to_owned(), rest::form::decode(query))
    }

    #[test]
    fn one_batch_with_references_to_the_item() {
        let batch = plan(deal());
        let chunks = batch.plan().unwrap();
        let names: Vec<&String> = chunks[0].params["cmd"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(
            names,
            ["item", "stage", "responsible", "contact", "company"],
            "dependents after the item"
        );
        assert_eq!(
            command_params(&batch, "item"),
            (
                "crm.item.get".into(),
                json!({"entityTypeId": "2", "id": "8061"})
            )
        );
        assert_eq!(
            command_params(&batch, "stage").1,
            json!({"filter": {"STATUS_ID": "$result[item][item][stageId]"}})
        );
        assert_eq!(
            command_params(&batch, "responsible"),
            (
                "user.get".into(),
                json!({"ID": "$result[item][item][assignedById]"})
            )
        );
        assert_eq!(
            command_params(&batch, "contact").1["id"],
            "$result[item][item][contactId]"
        );
        let contact_batch = plan(CrmRef {
            entity: CrmEntityType::Contact,
            id: EntityId(3),
        });
        assert_eq!(contact_batch.names(), ["item", "responsible", "company"]);
        let company_batch = plan(CrmRef {
            entity: CrmEntityType::Company,
            id: EntityId(4),
        });
        assert_eq!(company_batch.names(), ["item", "responsible"]);
    }

    #[test]
    fn from_batch_needs_the_item_and_tolerates_missing_links() {
        let batch = plan(deal());
        let mut results = BatchResults::new(batch.names());
        results.absorb(
            &json!({
                "result": {"item": {"item": {"id": 8061, "title": "T", "stageId": "NEW", "assignedById": 1}}, "stage": [], "responsible": [{"ID": "1", "NAME": "Ivan"}]},
                "result_error": {"contact": {"error": "NOT_FOUND", "error_description": "Element not found"}, "company": "NOT_FOUND"},
                "result_total": [], "result_next": [], "result_time": []
            }),
            None,
        );
        let card = EntityCard::from_batch(deal(), &results).unwrap();
        assert_eq!(
            (card.title.as_str(), card.responsible.unwrap().name.as_str()),
            ("T", "Ivan")
        );
        assert!(card.contact.is_none() && card.company.is_none());
        assert_eq!(
            card.stage.unwrap().name,
            "NEW",
            "unknown stage names fall back to the id"
        );

        let mut missing = BatchResults::new(batch.names());
        missing.absorb(&json!({"result": [], "result_error": {"item": {"error": "NOT_FOUND", "error_description": "Element not found"}}}), None);
        let error = EntityCard::from_batch(deal(), &missing).unwrap_err();
        assert!(error.is_soft(), "{error:?}");
    }

    #[test]
    fn untitled_items_fall_back_to_type_and_id() {
        let dynamic = CrmRef {
            entity: CrmEntityType::Dynamic(EntityTypeId(183)),
            id: EntityId(5),
        };
        let card = EntityCard::assemble(dynamic, &json!({"id":5}), None, None, None, None);
        assert_eq!(card.title, "DYNAMIC_183 #5");
        assert_eq!(
            card.details_path().as_deref(),
            Some("/crm/type/183/details/5/")
        );
    }
}
