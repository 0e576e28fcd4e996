//! Robot / activity settings (`BIZPROC_ACTIVITY_PROPERTIES_DIALOG`, and `DEFAULT` on portals or in
//! third-party notes that open the dialog as the app's main page).
//!
//! Property descriptors come as `{Id, Type, Name, Description, Multiple, Required, Options, Default}`
//! on current portals and with upper-case keys (`NAME`, `TYPE`, ...) on older ones; both are read.

use super::fields::{as_bool, as_text, decoded_json, Fields, Read, EXPECT_BOOL};
use crate::model::{RobotProperty, RobotSettings};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Whether `DEFAULT` options look like the robot settings dialog: a `code` string plus `properties`.
pub(crate) fn looks_like_robot_settings(f: &Fields) -> bool {
    let has_code = f.present("code").is_some_and(Value::is_string);
    let has_properties = f
        .present("properties")
        .is_some_and(|p| p.is_object() || p.is_array() || p.is_string());
    has_code && has_properties
}

/// Parses robot settings. `activity_name` is required for the dedicated placement; the `DEFAULT`
/// reading only needs `code` + `properties` and leaves a missing name empty.
///
/// `current_values`, `document_type` and `document_fields` are documented as always sent, but a form
/// can be drawn without them, so a missing one reads as empty rather than failing the dialog.
pub(crate) fn robot_settings(f: &Fields, require_activity_name: bool) -> Read<RobotSettings> {
    let activity_name = match f.opt_text("activity_name")? {
        Some(name) => name,
        None if require_activity_name => return Err(f.missing("activity_name")),
        None => String::new(),
    };
    Ok(RobotSettings {
        code: f.text("code")?,
        activity_name,
        properties: properties(f)?,
        current_values: current_values(f)?,
        document_type: document_type(f)?,
        document_fields: f.present("document_fields").cloned().unwrap_or(Value::Null),
        template: f.present("template").cloned(),
    })
}

/// `properties`: an object keyed by property id, a list of descriptors (PHP lists), or either one as a
/// JSON string. `[]` is no properties.
fn properties(f: &Fields) -> Read<BTreeMap<String, RobotProperty>> {
    const EXPECTED: &str = "an object of property descriptors";
    let raw = f
        .present("properties")
        .ok_or_else(|| f.missing("properties"))?;
    let entries: Vec<(String, Value)> = match decoded_json(raw) {
        Some(Value::Object(map)) => map.into_iter().collect(),
        Some(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                (
                    item.as_object()
                        .and_then(own_id)
                        .unwrap_or_else(|| index.to_string()),
                    item,
                )
            })
            .collect(),
        _ => return Err(f.invalid("properties", raw, EXPECTED)),
    };
    entries
        .into_iter()
        .map(|(key, descriptor)| {
            let field = format!("properties.{key}");
            let Value::Object(descriptor) = &descriptor else {
                return Err(f.invalid(&field, &descriptor, "a property descriptor object"));
            };
            let property = property(f, &field, key, descriptor)?;
            Ok((property.id.clone(), property))
        })
        .collect()
}

/// The `Id` a descriptor in a list names itself by. In the usual object form the key is the id (it is
/// what `current_values` and `setPropertyValue` use), so this is only read for lists.
fn own_id(descriptor: &Map<String, Value>) -> Option<String> {
    ["Id", "ID", "id"]
        .iter()
        .find_map(|k| descriptor.get(*k))
        .and_then(as_text)
        .filter(|id| !id.is_empty())
}

fn property(f: &Fields, field: &str, id: String, d: &Map<String, Value>) -> Read<RobotProperty> {
    let get = |name: &str| -> Option<&Value> {
        [
            name.to_owned(),
            name.to_ascii_uppercase(),
            name.to_ascii_lowercase(),
        ]
        .iter()
        .find_map(|k| d.get(k.as_str()))
        .filter(|v| !v.is_null())
    };
    let text = |name: &str| get(name).and_then(as_text).filter(|s| !s.is_empty());
    let flag = |name: &str| -> Read<bool> {
        get(name)
            .map(|v| {
                as_bool(v).ok_or_else(|| f.invalid(&format!("{field}.{name}"), v, EXPECT_BOOL))
            })
            .transpose()
            .map(Option::unwrap_or_default)
    };
    Ok(RobotProperty {
        // Bizproc treats a descriptor without a type as a string field.
        kind: text("Type").unwrap_or_else(|| "string".to_owned()),
        name: text("Name").unwrap_or_else(|| id.clone()),
        description: text("Description"),
        multiple: flag("Multiple")?,
        required: flag("Required")?,
        options: get("Options").cloned().unwrap_or(Value::Null),
        default: get("Default").cloned().unwrap_or(Value::Null),
        id,
    })
}

/// `current_values`: saved values by property id; `[]` (PHP's empty array) or absent is none.
fn current_values(f: &Fields) -> Read<Map<String, Value>> {
    let Some(raw) = f.present("current_values") else {
        return Ok(Map::new());
    };
    match decoded_json(raw) {
        Some(Value::Object(map)) => Ok(map),
        Some(Value::Array(items)) if items.is_empty() => Ok(Map::new()),
        _ => Err(f.invalid("current_values", raw, "an object of values by property id")),
    }
}

/// `document_type`: `["crm", "CCrmDocumentDeal", "DEAL"]` (also as a JSON string).
fn document_type(f: &Fields) -> Read<Vec<String>> {
    const EXPECTED: &str = "a list of strings such as [\"crm\",\"CCrmDocumentDeal\",\"DEAL\"]";
    let Some(raw) = f.present("document_type") else {
        return Ok(Vec::new());
    };
    match decoded_json(raw) {
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| as_text(item).ok_or_else(|| f.invalid("document_type", raw, EXPECTED)))
            .collect(),
        _ => Err(f.invalid("document_type", raw, EXPECTED)),
    }
}
