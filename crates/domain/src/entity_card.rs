//! The CRM entity card: one shared view of a deal, lead, contact, company, quote, smart invoice or
//! smart-process item, loaded in one `batch` round trip.
//!
//! The batch (see [`plan`]) asks for the item (`crm.item.get`), its stage (`crm.status.list` filtered by
//! the item's `stageId` through a `$result` reference), the responsible user (`user.get`) and the
//! linked contact and company (`crm.item.get` again, by reference). Missing links come back as soft
//! errors inside the batch and simply leave the field empty.
//!
//! Every answer is read through the typed handle its command got ([`CardCommands`]) into the serde
//! types of [`crate::answers`]; nothing here looks an answer up by name or walks JSON by key.

use crate::answers::{CrmItem, ItemAnswer, StatusEntry, User};
use crate::format::{Money, Timestamp};
use crate::people::Person;
use crate::LoadError;
use placement::{CrmEntityType, CrmRef, EntityId, EntityTypeId};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::List;
use serde_json::json;

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
    add_commands(target, &mut batch);
    batch
}

/// The card's commands in a batch: typed handles to read their answers with.
#[derive(Debug, Clone)]
pub struct CardCommands {
    /// `crm.item.get` of the element.
    pub item: CommandRef<ItemAnswer>,
    /// `crm.status.list` of its stage (types with stages only).
    pub stage: Option<CommandRef<List<StatusEntry>>>,
    /// `user.get` of the responsible user.
    pub responsible: CommandRef<List<User>>,
    /// `crm.item.get` of the linked contact (types that link one).
    pub contact: Option<CommandRef<ItemAnswer>>,
    /// `crm.item.get` of the linked company (types that link one).
    pub company: Option<CommandRef<ItemAnswer>>,
}

/// Adds the card's commands to `batch` (what [`plan`] sends; the details view adds its own after
/// them) and returns their handles.
pub fn add_commands(target: CrmRef, batch: &mut Batch) -> CardCommands {
    let item: CommandRef<ItemAnswer> = batch.add_as(
        command::ITEM,
        "crm.item.get",
        json!({"entityTypeId": target.entity.entity_type_id().get(), "id": target.id.get()}),
    );
    let stage = has_stages(target.entity).then(|| {
        batch.add_as(
            command::STAGE,
            "crm.status.list",
            json!({"filter": {"STATUS_ID": item.field(&["item", "stageId"])}}),
        )
    });
    let responsible = batch.add_as(
        command::RESPONSIBLE,
        "user.get",
        json!({"ID": item.field(&["item", "assignedById"])}),
    );
    let contact = links_contact(target.entity).then(|| {
        batch.add_as(
            command::CONTACT,
            "crm.item.get",
            json!({"entityTypeId": 3, "id": item.field(&["item", "contactId"])}),
        )
    });
    let company = links_company(target.entity).then(|| {
        batch.add_as(
            command::COMPANY,
            "crm.item.get",
            json!({"entityTypeId": 4, "id": item.field(&["item", "companyId"])}),
        )
    });
    CardCommands {
        item,
        stage,
        responsible,
        contact,
        company,
    }
}

impl CardCommands {
    /// Builds the card from the batch answer. Only the item itself is required: its failure is the
    /// card's failure (a soft "not found" included), an answer without an item is
    /// [`LoadError::Missing`]; every other part is optional.
    pub fn read(&self, target: CrmRef, results: &BatchResults) -> Result<EntityCard, LoadError> {
        let item = self
            .item
            .read(results)?
            .item
            .ok_or_else(|| LoadError::Missing {
                what: format!("{} {}", target.entity, target.id),
            })?;
        let stages = self.stage.as_ref().and_then(|c| c.read(results).ok());
        let responsible = self.responsible.read(results).ok();
        let linked = |command: &Option<CommandRef<ItemAnswer>>| {
            command
                .as_ref()
                .and_then(|c| c.read(results).ok())
                .and_then(|answer| answer.item)
        };
        let (contact, company) = (linked(&self.contact), linked(&self.company));
        Ok(EntityCard::assemble(
            target,
            &item,
            stages.as_ref().map(|rows| rows.0.as_slice()),
            responsible.as_ref().map(|rows| rows.0.as_slice()),
            contact.as_ref(),
            company.as_ref(),
        ))
    }
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
    /// Builds the card from the answer to [`plan`]`(target)`, read through the handles of that plan
    /// (see [`CardCommands::read`]).
    pub fn from_batch(target: CrmRef, results: &BatchResults) -> Result<Self, LoadError> {
        add_commands(target, &mut Batch::new()).read(target, results)
    }

    /// Builds the card from the individual answers: the item, and the other commands' answers when
    /// they succeeded (the stage rows, the responsible user's rows, the linked contact and company).
    pub fn assemble(
        target: CrmRef,
        item: &CrmItem,
        stages: Option<&[StatusEntry]>,
        responsible: Option<&[User]>,
        contact: Option<&CrmItem>,
        company: Option<&CrmItem>,
    ) -> Self {
        let stage = has_stages(target.entity)
            .then(|| stage_view(target, item, stages))
            .flatten();
        let amount = item
            .opportunity
            .filter(|_| {
                !matches!(
                    target.entity,
                    CrmEntityType::Contact | CrmEntityType::Company
                )
            })
            .map(|amount| Money {
                amount,
                currency: item.currency_id.clone().unwrap_or_default(),
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
            created: item.created_time,
            updated: item.updated_time,
            begins: item.begin_date,
            closes: item.close_date,
            closed: item.closed.unwrap_or(false),
        }
    }

    /// Portal path of this element's card, for `openPath`.
    pub fn details_path(&self) -> Option<String> {
        self.target.entity.details_path(self.target.id)
    }
}

/// Title of an item: `title`, or the person's name for contacts (and for leads without a title).
pub(crate) fn display_title(entity: CrmEntityType, item: &CrmItem) -> Option<String> {
    match entity {
        CrmEntityType::Contact => item.full_name().or_else(|| item.title.clone()),
        _ => item.title.clone().or_else(|| item.full_name()),
    }
}

fn subtitle(entity: CrmEntityType, item: &CrmItem, company: Option<&CrmItem>) -> Option<String> {
    match entity {
        CrmEntityType::Contact => {
            let post = item.post.clone();
            let company = company.and_then(|c| c.title.clone());
            match (post, company) {
                (Some(p), Some(c)) => Some(format!("{p}, {c}")),
                (p, c) => p.or(c),
            }
        }
        CrmEntityType::Lead => item.company_title.clone(),
        _ => None,
    }
}

fn stage_view(target: CrmRef, item: &CrmItem, stages: Option<&[StatusEntry]>) -> Option<StageView> {
    let stage_id = item.stage_id.as_deref()?;
    let semantics = StageSemantics::from_code(item.stage_semantic_id.as_deref());
    let row =
        stages.and_then(|rows| pick_stage_row(target.entity, item.category_id, stage_id, rows));
    let name = row
        .and_then(|r| r.name.clone())
        .unwrap_or_else(|| stage_id.to_owned());
    let color = row.and_then(StatusEntry::colour).and_then(HexColor::parse);
    let semantics = match row.and_then(|r| r.semantics.as_deref()) {
        Some(code) if item.stage_semantic_id.is_none() => StageSemantics::from_code(Some(code)),
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
    rows: &'a [StatusEntry],
) -> Option<&'a StatusEntry> {
    let rows: Vec<&StatusEntry> = rows
        .iter()
        .filter(|r| r.status_id.as_deref() == Some(stage_id))
        .collect();
    let expected = expected_dictionaries(entity, category);
    rows.iter()
        .find(|r| {
            r.entity_id
                .as_deref()
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

fn linked(entity: CrmEntityType, item: &CrmItem) -> Option<LinkedEntity> {
    let id = item.id?;
    Some(LinkedEntity {
        target: CrmRef {
            entity,
            id: EntityId(id),
        },
        title: display_title(entity, item).unwrap_or_else(|| format!("#{id}")),
    })
}

fn multi_fields(item: &CrmItem) -> (Vec<String>, Vec<String>) {
    let mut phones = Vec::new();
    let mut emails = Vec::new();
    for field in &item.fm {
        let Some(value) = field.value.clone() else {
            continue;
        };
        match field.type_id.as_deref() {
            Some("PHONE") => phones.push(value),
            Some("EMAIL") => emails.push(value),
            _ => {}
        }
    }
    if phones.is_empty() {
        phones.extend(item.phone.clone());
    }
    if emails.is_empty() {
        emails.extend(item.email.clone());
    }
    (phones, emails)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn item(object: Value) -> CrmItem {
        serde_json::from_value(object).unwrap()
    }

    /// The `item` of a `crm.item.get` answer.
    fn answer_item(answer: Value) -> CrmItem {
        serde_json::from_value::<ItemAnswer>(answer)
            .unwrap()
            .item
            .unwrap()
    }

    fn rows<T: serde::de::DeserializeOwned>(answer: Value) -> Vec<T> {
        serde_json::from_value::<List<T>>(answer).unwrap().0
    }

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
        let stages: Vec<StatusEntry> = rows(json!([
            {"ENTITY_ID":"STATUS","STATUS_ID":"NEW","NAME":"Unassigned lead"},
            {"ENTITY_ID":"DEAL_STAGE","STATUS_ID":"NEW","NAME":"New deal","COLOR":"#39A8EF"},
            {"ENTITY_ID":"DEAL_STAGE_1","STATUS_ID":"NEW","NAME":"Other pipeline"}
        ]));
        let new = item(json!({"stageId":"NEW","stageSemanticId":"P","categoryId":0}));
        let stage = stage_view(deal(), &new, Some(&stages)).unwrap();
        assert_eq!(stage.name, "New deal");
        assert_eq!(stage.color.unwrap().as_str(), "#39a8ef");
        let lead = CrmRef {
            entity: CrmEntityType::Lead,
            id: EntityId(1),
        };
        assert_eq!(
            stage_view(lead, &new, Some(&stages)).unwrap().name,
            "Unassigned lead"
        );
        let item1 = item(json!({"stageId":"NEW","categoryId":"1","stageSemanticId":"S"}));
        let s = stage_view(deal(), &item1, Some(&stages)).unwrap();
        assert_eq!(
            (s.name.as_str(), s.semantics),
            ("Other pipeline", StageSemantics::Success)
        );
        let unknown = stage_view(deal(), &item(json!({"stageId":"C9:X"})), Some(&[])).unwrap();
        assert_eq!(unknown.name, "C9:X");
        let from_row = item(json!({"stageId":"WON"}));
        let won: Vec<StatusEntry> = rows(json!([{"STATUS_ID":"WON","SEMANTICS":"S"}]));
        assert_eq!(
            stage_view(deal(), &from_row, Some(&won)).unwrap().semantics,
            StageSemantics::Success,
            "without stageSemanticId the row's SEMANTICS decides"
        );
        assert!(stage_view(deal(), &item(json!({})), Some(&won)).is_none());
    }

    #[test]
    fn contacts_get_names_and_positions() {
        let contact = CrmRef {
            entity: CrmEntityType::Contact,
            id: EntityId(3),
        };
        let anna = item(
            json!({"id":3,"name":"Anna","secondName":"","lastName":"Petrova","post":"CFO","companyId":4,"assignedById":1,
            "fm":[{"typeId":"PHONE","value":"+49 30 1"},{"typeId":"EMAIL","value":"a@p.de"},{"typeId":"WEB","value":"x"}]}),
        );
        let company = answer_item(json!({"item":{"id":4,"title":"Daisy GmbH"}}));
        let card = EntityCard::assemble(contact, &anna, None, None, None, Some(&company));
        assert_eq!(card.title, "Anna Petrova");
        assert_eq!(card.subtitle.as_deref(), Some("CFO, Daisy GmbH"));
        assert_eq!(card.company.as_ref().unwrap().target.id, EntityId(4));
        assert_eq!(card.phones, ["+49 30 1"]);
        assert_eq!(card.emails, ["a@p.de"]);
        assert!(card.stage.is_none() && card.amount.is_none());
    }

    #[test]
    fn a_deal_with_everything() {
        let redesign = item(
            json!({"id":8061,"title":"Website redesign","stageId":"PREPARATION","stageSemanticId":"P","categoryId":0,
            "opportunity":15000.5,"currencyId":"EUR","assignedById":1,"contactId":3,"companyId":0,
            "createdTime":"2026-11-01T10:00:00+01:00","closedate":"2026-12-15T00:00:00+01:00","closed":"N"}),
        );
        let stages: Vec<StatusEntry> = rows(
            json!([{"ENTITY_ID":"DEAL_STAGE","STATUS_ID":"PREPARATION","NAME":"Preparing documents","EXTRA":{"COLOR":"#2FC6F6","SEMANTICS":"process"}}]),
        );
        let user: Vec<User> = rows(json!([{"ID":"1","NAME":"Ivan","LAST_NAME":"Ivanov"}]));
        let contact = answer_item(json!({"item":{"id":3,"name":"Anna","lastName":"Petrova"}}));
        let card = EntityCard::assemble(
            deal(),
            &redesign,
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
        )
        .unwrap();
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
        missing.absorb(&json!({"result": [], "result_error": {"item": {"error": "NOT_FOUND", "error_description": "Element not found"}}}), None).unwrap();
        let error = EntityCard::from_batch(deal(), &missing).unwrap_err();
        assert!(error.is_soft(), "{error:?}");

        let mut empty = BatchResults::new(batch.names());
        empty
            .absorb(&json!({"result": {"item": []}}), None)
            .unwrap();
        assert!(
            matches!(EntityCard::from_batch(deal(), &empty), Err(LoadError::Missing { ref what }) if what == "DEAL 8061"),
            "an answer without an item is missing, not a portal error"
        );
        let mut garbage = BatchResults::new(batch.names());
        garbage
            .absorb(&json!({"result": {"item": "nonsense"}}), None)
            .unwrap();
        let error = EntityCard::from_batch(deal(), &garbage).unwrap_err();
        assert!(
            matches!(error, LoadError::Rest(rest::RestError::BadJson { .. })),
            "{error:?}"
        );
    }

    #[test]
    fn untitled_items_fall_back_to_type_and_id() {
        let dynamic = CrmRef {
            entity: CrmEntityType::Dynamic(EntityTypeId(183)),
            id: EntityId(5),
        };
        let card = EntityCard::assemble(dynamic, &item(json!({"id":5})), None, None, None, None);
        assert_eq!(card.title, "DYNAMIC_183 #5");
        assert_eq!(
            card.details_path().as_deref(),
            Some("/crm/type/183/details/5/")
        );
    }
}
