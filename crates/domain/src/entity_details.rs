//! The details view of a CRM element (opened in a slider from the entity card): the card plus every
//! field the user may see, with its portal-given title, in the same single batch.

use crate::answers::{FieldsAnswer, ItemFieldsAnswer};
use crate::entity_card::{self, CardCommands, EntityCard};
use crate::format::Timestamp;
use crate::LoadError;
use placement::CrmRef;
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::lenient;
use serde_json::{json, Map, Value};

/// Name of the `crm.item.fields` command added to the card's batch.
pub const FIELDS: &str = "fields";

/// Fields the card already shows, or that are internal, left out of the list.
const SKIPPED: &[&str] = &[
    "fm",
    "searchContent",
    "entityTypeId",
    "id",
    "title",
    "name",
    "lastName",
    "secondName",
];

/// The card's batch plus `crm.item.fields` (one round trip).
pub fn plan(target: CrmRef) -> Batch {
    let mut batch = Batch::new();
    add_commands(target, &mut batch);
    batch
}

/// The details view's commands: the card's, then `crm.item.fields`.
#[derive(Debug, Clone)]
pub struct DetailsCommands {
    /// The card's commands.
    pub card: CardCommands,
    /// `crm.item.fields` of the element's type.
    pub fields: CommandRef<FieldsAnswer>,
}

/// Adds the details view's commands to `batch` (what [`plan`] sends) and returns their handles.
pub fn add_commands(target: CrmRef, batch: &mut Batch) -> DetailsCommands {
    let card = entity_card::add_commands(target, batch);
    let fields = batch.add_as(
        FIELDS,
        "crm.item.fields",
        json!({"entityTypeId": target.entity.entity_type_id().get()}),
    );
    DetailsCommands { card, fields }
}

impl DetailsCommands {
    /// Builds the view from the batch answer: the card (required, see [`CardCommands::read`]) and
    /// the item's fields with their titles (optional: codes are shown without them).
    pub fn read(&self, target: CrmRef, results: &BatchResults) -> Result<EntityDetails, LoadError> {
        let card = self.card.read(target, results)?;
        let item: ItemFieldsAnswer = self.card.item.retype().read(results)?;
        let titles = self.fields.read(results).ok();
        Ok(EntityDetails {
            card,
            fields: field_rows(&item.item.unwrap_or_default(), titles.as_ref()),
        })
    }
}

/// One field of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldRow {
    /// The field's code (`opportunity`, `ufCrm5_1712...`).
    pub code: String,
    /// Its title in the user's language, from `crm.item.fields` (the code when unknown).
    pub title: String,
    /// The value, typed so that the app can show it in the user's language.
    pub value: FieldValue,
}

/// A field's value as the details view shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// Text as the portal sent it (lists joined with `, `, objects as JSON).
    Text(String),
    /// A number or an amount.
    Number(f64),
    /// A calendar date.
    Date(Timestamp),
    /// A date and time.
    DateTime(Timestamp),
    /// A yes/no flag (`boolean` fields, the portal's `Y`/`N`).
    Flag(bool),
}

/// The details view's data.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityDetails {
    /// The card on top.
    pub card: EntityCard,
    /// Every non-empty field, sorted by title.
    pub fields: Vec<FieldRow>,
}

impl EntityDetails {
    /// Builds the view from the answer to [`plan`]`(target)`, read through that plan's handles (see
    /// [`DetailsCommands::read`]). Dates, times, amounts and flags are typed when `crm.item.fields`
    /// gives their type.
    pub fn from_batch(target: CrmRef, results: &BatchResults) -> Result<Self, LoadError> {
        add_commands(target, &mut Batch::new()).read(target, results)
    }
}

/// The non-empty fields of an item (every field as sent) with titles and types from `crm.item.fields`.
pub fn field_rows(item: &Map<String, Value>, titles: Option<&FieldsAnswer>) -> Vec<FieldRow> {
    let mut rows: Vec<FieldRow> = item
        .iter()
        .filter(|(code, _)| !SKIPPED.contains(&code.as_str()))
        .filter_map(|(code, value)| {
            let field = titles.and_then(|t| t.fields.get(code));
            let kind = field.and_then(|f| f.kind.as_deref());
            let value = typed_value(kind, value).or_else(|| plain_value(value))?;
            let title = field
                .and_then(|f| f.title.clone().or_else(|| f.form_label.clone()))
                .unwrap_or_else(|| code.clone());
            Some(FieldRow {
                code: code.clone(),
                title,
                value,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        a.title
            .to_lowercase()
            .cmp(&b.title.to_lowercase())
            .then_with(|| a.code.cmp(&b.code))
    });
    rows
}

/// A value of a known field type: dates, times, numbers, flags.
fn typed_value(kind: Option<&str>, value: &Value) -> Option<FieldValue> {
    match kind? {
        "date" => Timestamp::from_json(Some(value)).map(FieldValue::Date),
        "datetime" => Timestamp::from_json(Some(value)).map(FieldValue::DateTime),
        "double" | "money" | "integer" => lenient::number(Some(value)).map(FieldValue::Number),
        "boolean" => lenient::flag(Some(value)).map(FieldValue::Flag),
        _ => None,
    }
}

/// A value of an unknown type, by its JSON shape; `None` for empty values (`null`, `""`, `[]`,
/// `{}`). The portal's `Y`/`N` are flags.
fn plain_value(value: &Value) -> Option<FieldValue> {
    match value {
        Value::Bool(b) => Some(FieldValue::Flag(*b)),
        Value::Number(n) => n.as_f64().map(FieldValue::Number),
        Value::String(s) if s == "Y" || s == "N" => Some(FieldValue::Flag(s == "Y")),
        other => value_text(other).map(FieldValue::Text),
    }
}

/// A value as one line of text; `None` for empty values (`null`, `""`, `[]`, `{}`).
fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Bool(b) => Some(if *b { "Y" } else { "N" }.to_owned()),
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => lenient::text(Some(&Value::String(s.clone()))),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(value_text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Object(map) => (!map.is_empty()).then(|| value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_have_titles_skip_empties_and_sort() {
        let fields = |item: Value| match item {
            Value::Object(map) => map,
            other => panic!("{other}"),
        };
        let titled = |answer: Value| serde_json::from_value::<FieldsAnswer>(answer).unwrap();
        let item = fields(
            json!({"id": 5, "title": "T", "opportunity": 10.5, "comments": "", "observers": [], "contactIds": [3, 4],
            "opened": "Y", "ufCrm1": null, "closed": false, "fm": [{"value": "x"}], "extra": {"a": 1}}),
        );
        let titles = titled(
            json!({"fields": {"opportunity": {"title": "Amount", "type": "double"}, "contactIds": {"title": "Contacts"}, "opened": {"title": "Available to everyone"}}}),
        );
        let rows = field_rows(&item, Some(&titles));
        let got: Vec<(&str, &FieldValue)> =
            rows.iter().map(|r| (r.title.as_str(), &r.value)).collect();
        let text = |s: &str| FieldValue::Text(s.into());
        assert_eq!(
            got,
            [
                ("Amount", &FieldValue::Number(10.5)),
                ("Available to everyone", &FieldValue::Flag(true)),
                ("closed", &FieldValue::Flag(false)),
                ("Contacts", &text("3, 4")),
                ("extra", &text("{\"a\":1}"))
            ]
        );
        assert!(field_rows(&Map::new(), None).is_empty());
        let dated = fields(
            json!({"begindate": "2026-01-12T00:00:00+03:00", "createdTime": "2026-01-12T14:08:00+03:00", "opportunity": 86150}),
        );
        let types = titled(
            json!({"fields": {"begindate": {"type": "date", "title": "Start date"}, "createdTime": {"type": "datetime", "title": "Created on"}, "opportunity": {"type": "double", "title": "Amount"}, "flag": {"type": "boolean", "title": "Flag"}}}),
        );
        let rows: Vec<FieldValue> = field_rows(&dated, Some(&types))
            .into_iter()
            .map(|r| r.value)
            .collect();
        let ts = |s: &str| Timestamp::parse(s).unwrap();
        assert_eq!(
            rows,
            [
                FieldValue::Number(86150.0),
                FieldValue::DateTime(ts("2026-01-12T14:08:00+03:00")),
                FieldValue::Date(ts("2026-01-12T00:00:00+03:00"))
            ]
        );
        let flags = fields(json!({"flag": "Y", "other": "N", "word": "No"}));
        let rows: Vec<FieldValue> = field_rows(&flags, Some(&types))
            .into_iter()
            .map(|r| r.value)
            .collect();
        assert_eq!(
            rows,
            [
                FieldValue::Flag(true),
                FieldValue::Flag(false),
                FieldValue::Text("No".into())
            ]
        );
    }

    #[test]
    fn one_batch_reads_the_card_and_every_field() {
        let target = CrmRef {
            entity: placement::CrmEntityType::Deal,
            id: placement::EntityId(8061),
        };
        let batch = plan(target);
        assert_eq!(
            batch.names(),
            [
                "item",
                "stage",
                "responsible",
                "contact",
                "company",
                "fields"
            ]
        );
        assert_eq!(batch.plan().unwrap().len(), 1, "one round trip");
        let mut results = BatchResults::new(batch.names());
        results
            .absorb(
                &json!({"result": {
                    "item": {"item": {"id": 8061, "title": "Redesign", "opportunity": "1500", "ufCrm1_2": "blue"}},
                    "fields": {"fields": {"opportunity": {"title": "Amount", "type": "money"}, "ufCrm1_2": {"formLabel": "Colour"}}}
                }}),
                None,
            )
            .unwrap();
        let details = EntityDetails::from_batch(target, &results).unwrap();
        assert_eq!(details.card.title, "Redesign");
        let rows: Vec<(&str, &FieldValue)> = details
            .fields
            .iter()
            .map(|r| (r.title.as_str(), &r.value))
            .collect();
        assert_eq!(
            rows,
            [
                ("Amount", &FieldValue::Number(1500.0)),
                ("Colour", &FieldValue::Text("blue".into()))
            ]
        );
        let mut denied = BatchResults::new(batch.names());
        denied
            .absorb(
                &json!({"result": {"item": {"item": {"id": 8061, "title": "Redesign"}}}, "result_error": {"fields": "ACCESS_DENIED"}}),
                None,
            )
            .unwrap();
        let untitled = EntityDetails::from_batch(target, &denied).unwrap();
        assert!(
            untitled.fields.is_empty(),
            "the card's own fields are not repeated"
        );
    }
}
