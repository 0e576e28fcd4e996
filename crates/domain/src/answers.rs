//! The REST answers the widgets read, as serde types.
//!
//! Each type follows the answer as the Bitrix24 REST documentation shows it
//! (<https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-get.html>,
//! `crm.status.list`, `crm.item.fields`, `user.get`, `tasks.task.get`, `task.checklistitem.getlist`,
//! `sonet_group.get`). Known fields are typed and read leniently through [`rest::de`] (ids and numbers
//! as strings or numbers, `Y`/`N` flags, `[]` for an absent object), so one odd field leaves that
//! field empty instead of failing the widget. Every field has a default: a missing key is an absent
//! value, and PHP's `[]` in place of a whole answer object reads as an empty answer.

use crate::format::Timestamp;
use rest::de;
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// A portal date-time (`2026-11-01T10:00:00+01:00`) or date; `None` for anything unparsable.
pub fn timestamp<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Timestamp>, D::Error> {
    Ok(Timestamp::from_json(Some(&Value::deserialize(
        deserializer,
    )?)))
}

/// `crm.item.get`: `{item: {...}}`; `item` is `None` when the portal sent none (or `[]`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ItemAnswer {
    /// The element.
    #[serde(deserialize_with = "de::object")]
    pub item: Option<CrmItem>,
}

/// One CRM element as `crm.item.get` returns it (camelCase fields of the universal API).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CrmItem {
    /// `id`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `title` (deals, leads, quotes, companies, smart processes).
    #[serde(deserialize_with = "de::text")]
    pub title: Option<String>,
    /// `name` (contacts, leads).
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `secondName`.
    #[serde(deserialize_with = "de::text")]
    pub second_name: Option<String>,
    /// `lastName`.
    #[serde(deserialize_with = "de::text")]
    pub last_name: Option<String>,
    /// `post`: a contact's position.
    #[serde(deserialize_with = "de::text")]
    pub post: Option<String>,
    /// `companyTitle`: a lead's company name.
    #[serde(deserialize_with = "de::text")]
    pub company_title: Option<String>,
    /// `stageId` (`NEW`, `C1:PREPARATION`, `DT183_5:NEW`).
    #[serde(deserialize_with = "de::text")]
    pub stage_id: Option<String>,
    /// `stageSemanticId`: `P`, `S` or `F`.
    #[serde(deserialize_with = "de::text")]
    pub stage_semantic_id: Option<String>,
    /// `categoryId`: the pipeline (`0`, the default one, reads as `None`).
    #[serde(deserialize_with = "de::id")]
    pub category_id: Option<u64>,
    /// `opportunity`: the amount.
    #[serde(deserialize_with = "de::number")]
    pub opportunity: Option<f64>,
    /// `currencyId`.
    #[serde(deserialize_with = "de::text")]
    pub currency_id: Option<String>,
    /// `assignedById`: the responsible user.
    #[serde(deserialize_with = "de::id")]
    pub assigned_by_id: Option<u64>,
    /// `contactId`: the linked contact.
    #[serde(deserialize_with = "de::id")]
    pub contact_id: Option<u64>,
    /// `companyId`: the linked company.
    #[serde(deserialize_with = "de::id")]
    pub company_id: Option<u64>,
    /// `createdTime`.
    #[serde(deserialize_with = "timestamp")]
    pub created_time: Option<Timestamp>,
    /// `updatedTime`.
    #[serde(deserialize_with = "timestamp")]
    pub updated_time: Option<Timestamp>,
    /// `begindate`.
    #[serde(rename = "begindate", deserialize_with = "timestamp")]
    pub begin_date: Option<Timestamp>,
    /// `closedate`.
    #[serde(rename = "closedate", deserialize_with = "timestamp")]
    pub close_date: Option<Timestamp>,
    /// `closed` (`Y`/`N`).
    #[serde(deserialize_with = "de::flag")]
    pub closed: Option<bool>,
    /// `fm`: phones, e-mails, web sites, messengers.
    #[serde(deserialize_with = "de::list")]
    pub fm: Vec<MultiField>,
    /// `phone`: the first phone, on portals that send it flat.
    #[serde(deserialize_with = "de::text")]
    pub phone: Option<String>,
    /// `email`: the first e-mail, on portals that send it flat.
    #[serde(deserialize_with = "de::text")]
    pub email: Option<String>,
    /// Every other field, custom fields (`ufCrm*`, `UF_CRM_*`) included, as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl CrmItem {
    /// The person's name for contacts and leads: `name secondName lastName`, blanks skipped.
    pub fn full_name(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.name, &self.second_name, &self.last_name]
            .into_iter()
            .filter_map(|part| part.as_deref())
            .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }
}

/// One entry of the `fm` multi-field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct MultiField {
    /// `typeId`: `PHONE`, `EMAIL`, `WEB`, `IM`, ...
    #[serde(deserialize_with = "de::text")]
    pub type_id: Option<String>,
    /// `value`.
    #[serde(deserialize_with = "de::text")]
    pub value: Option<String>,
}

/// `crm.item.get` with every field of the element as sent, for the details list (which shows the
/// fields `crm.item.fields` names, whatever they are).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ItemFieldsAnswer {
    /// The element's fields; `None` when the portal sent no element.
    #[serde(deserialize_with = "de::object")]
    pub item: Option<Map<String, Value>>,
}

/// One row of `crm.status.list`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct StatusEntry {
    /// `ENTITY_ID`: the dictionary (`STATUS`, `DEAL_STAGE`, `DEAL_STAGE_1`, `DYNAMIC_183_STAGE_5`).
    #[serde(deserialize_with = "de::text")]
    pub entity_id: Option<String>,
    /// `STATUS_ID`: the stage's id in the dictionary.
    #[serde(deserialize_with = "de::text")]
    pub status_id: Option<String>,
    /// `NAME`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `COLOR` (older portals).
    #[serde(deserialize_with = "de::text")]
    pub color: Option<String>,
    /// `SEMANTICS`: `S`, `F` or empty.
    #[serde(deserialize_with = "de::text")]
    pub semantics: Option<String>,
    /// `EXTRA`: `{COLOR, SEMANTICS}` on newer portals.
    #[serde(deserialize_with = "de::object")]
    pub extra: Option<StatusExtra>,
}

impl StatusEntry {
    /// The stage colour: `COLOR`, else `EXTRA.COLOR`.
    pub fn colour(&self) -> Option<&str> {
        self.color
            .as_deref()
            .or_else(|| self.extra.as_ref().and_then(|e| e.color.as_deref()))
    }
}

/// `EXTRA` of a `crm.status.list` row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct StatusExtra {
    /// `COLOR`.
    #[serde(deserialize_with = "de::text")]
    pub color: Option<String>,
}

/// `crm.item.fields`: `{fields: {code: {title, formLabel, type}}}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct FieldsAnswer {
    /// The field descriptions by field code; entries that are not a description are left out.
    #[serde(deserialize_with = "field_map")]
    pub fields: HashMap<String, FieldInfo>,
}

/// `fields` as a map of descriptions; PHP's `[]` (no fields) and other shapes read as empty.
fn field_map<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<HashMap<String, FieldInfo>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::Object(map) => map
            .into_iter()
            .filter_map(|(code, info)| Some((code, serde_json::from_value(info).ok()?)))
            .collect(),
        _ => HashMap::new(),
    })
}

/// One field's description in `crm.item.fields`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct FieldInfo {
    /// `title`.
    #[serde(deserialize_with = "de::text")]
    pub title: Option<String>,
    /// `formLabel`: the label of custom fields.
    #[serde(deserialize_with = "de::text")]
    pub form_label: Option<String>,
    /// `type`: `string`, `date`, `datetime`, `double`, `money`, `crm_status`, ...
    #[serde(rename = "type", deserialize_with = "de::text")]
    pub kind: Option<String>,
}

/// One row of `user.get` (and the object `user.current` answers).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct User {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `NAME`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `LAST_NAME`.
    #[serde(deserialize_with = "de::text")]
    pub last_name: Option<String>,
    /// `EMAIL`.
    #[serde(deserialize_with = "de::text")]
    pub email: Option<String>,
    /// `PERSONAL_PHOTO`: a URL, or a file id on some portals.
    #[serde(deserialize_with = "de::text")]
    pub personal_photo: Option<String>,
    /// `WORK_POSITION`.
    #[serde(deserialize_with = "de::text")]
    pub work_position: Option<String>,
}

/// `tasks.task.get`: `{task: {...}}`, or `[]` for a task that does not exist or is hidden.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TaskAnswer {
    /// The task.
    #[serde(deserialize_with = "de::object")]
    pub task: Option<Task>,
}

/// A task as `tasks.task.get` returns it (camelCase keys).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Task {
    /// `id`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `title`.
    #[serde(deserialize_with = "de::text")]
    pub title: Option<String>,
    /// `status`: 1..7.
    #[serde(deserialize_with = "de::id")]
    pub status: Option<u64>,
    /// `priority`: 2 is high.
    #[serde(deserialize_with = "de::id")]
    pub priority: Option<u64>,
    /// `deadline`.
    #[serde(deserialize_with = "timestamp")]
    pub deadline: Option<Timestamp>,
    /// `createdDate`.
    #[serde(deserialize_with = "timestamp")]
    pub created_date: Option<Timestamp>,
    /// `closedDate`.
    #[serde(deserialize_with = "timestamp")]
    pub closed_date: Option<Timestamp>,
    /// `groupId`: the project (`0` reads as `None`).
    #[serde(deserialize_with = "de::id")]
    pub group_id: Option<u64>,
    /// `group`: the embedded project, `[]` when none.
    #[serde(deserialize_with = "de::object")]
    pub group: Option<TaskGroup>,
    /// `responsible`.
    #[serde(deserialize_with = "de::object")]
    pub responsible: Option<TaskMember>,
    /// `creator`.
    #[serde(deserialize_with = "de::object")]
    pub creator: Option<TaskMember>,
}

/// The project embedded in a task.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct TaskGroup {
    /// `id`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `name`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
}

/// A person embedded in a task: `{id, name, link, icon, workPosition}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TaskMember {
    /// `id`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `name`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `icon`: the photo.
    #[serde(deserialize_with = "de::text")]
    pub icon: Option<String>,
    /// `workPosition`.
    #[serde(deserialize_with = "de::text")]
    pub work_position: Option<String>,
}

/// One row of `task.checklistitem.getlist`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct ChecklistItem {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `PARENT_ID`: `0` (read as `None`) for a checklist itself.
    #[serde(deserialize_with = "de::id")]
    pub parent_id: Option<u64>,
    /// `SORT_INDEX`.
    #[serde(deserialize_with = "de::id")]
    pub sort_index: Option<u64>,
    /// `TITLE`.
    #[serde(deserialize_with = "de::text")]
    pub title: Option<String>,
    /// `IS_COMPLETE` (`Y`/`N`).
    #[serde(deserialize_with = "de::flag")]
    pub is_complete: Option<bool>,
}

/// One row of `sonet_group.get`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct GroupRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `NAME`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn php_empty_arrays_and_odd_fields_read_as_absent() {
        let empty: TaskAnswer = serde_json::from_value(json!([])).unwrap();
        assert_eq!(empty.task, None);
        let none: TaskAnswer = serde_json::from_value(json!({"task": []})).unwrap();
        assert_eq!(none.task, None);
        let item: ItemAnswer =
            serde_json::from_value(json!({"item": {"id": "5", "opportunity": "12.50",
            "closed": "Y", "categoryId": "0", "closedate": "", "fm": [], "ufCrm5_1": ["a"]}}))
            .unwrap();
        let item = item.item.unwrap();
        assert_eq!(
            (
                item.id,
                item.opportunity,
                item.closed,
                item.category_id,
                item.close_date
            ),
            (Some(5), Some(12.5), Some(true), None, None)
        );
        assert_eq!(item.extra.get("ufCrm5_1"), Some(&json!(["a"])));
        let no_item: ItemAnswer = serde_json::from_value(json!([])).unwrap();
        assert_eq!(no_item.item, None);
        let fields: FieldsAnswer = serde_json::from_value(json!({"fields": []})).unwrap();
        assert!(fields.fields.is_empty());
    }
}
