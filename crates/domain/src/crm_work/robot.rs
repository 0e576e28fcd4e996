//! The settings form of the app's robot (`BIZPROC_ACTIVITY_PROPERTIES_DIALOG`, placements.md §5.9):
//! the robot's property descriptors and saved values as typed fields, checked per type, and the
//! `setPropertyValue {<id>: value | [values]}` argument each valid change sends (the portal keeps
//! the values once the user saves the robot).

use placement::{RobotProperty, RobotSettings};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// How a property is edited.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// One line of text (`string` and anything unknown: expressions like `{=Document:TITLE}` fit).
    Text,
    /// Several lines (`text`).
    LongText,
    /// A whole number (`int`).
    Integer,
    /// A number (`double`).
    Number,
    /// Yes / no (`bool`): `Y` / `N`.
    Flag,
    /// One of the options (`select`), as (value, label).
    Choice(Vec<(String, String)>),
    /// A date (`date`): `YYYY-MM-DD`.
    Date,
}

/// One field of the form.
#[derive(Debug, Clone, PartialEq)]
pub struct RobotField {
    /// The property id.
    pub id: String,
    /// Its label.
    pub name: String,
    /// Its help text.
    pub description: Option<String>,
    /// How it is edited.
    pub kind: FieldKind,
    /// Must have a value.
    pub required: bool,
    /// Takes several values (one per line in the form).
    pub multiple: bool,
    /// The current value as the form shows it (several values one per line).
    pub value: String,
}

/// What is wrong with a typed value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueProblem {
    /// A required field is empty.
    Required,
    /// Not a whole number.
    NotInteger,
    /// Not a number.
    NotNumber,
    /// Not a date.
    NotDate,
    /// Not one of the options.
    NotAnOption,
}

fn options(raw: &Value) -> Vec<(String, String)> {
    if let Ok(map) = serde_json::from_value::<BTreeMap<String, String>>(raw.clone()) {
        // An object keeps the portal's order only through serde_json's preserve_order map.
        if let Ok(ordered) = serde_json::from_value::<Map<String, Value>>(raw.clone()) {
            return ordered
                .into_iter()
                .filter_map(|(k, _)| map.get(&k).map(|label| (k.clone(), label.clone())))
                .collect();
        }
        return map.into_iter().collect();
    }
    serde_json::from_value::<Vec<String>>(raw.clone())
        .map(|list| list.into_iter().map(|v| (v.clone(), v)).collect())
        .unwrap_or_default()
}

fn kind_of(p: &RobotProperty) -> FieldKind {
    match p.kind.to_ascii_lowercase().as_str() {
        "text" => FieldKind::LongText,
        "int" => FieldKind::Integer,
        "double" => FieldKind::Number,
        "bool" => FieldKind::Flag,
        "select" => FieldKind::Choice(options(&p.options)),
        "date" => FieldKind::Date,
        _ => FieldKind::Text,
    }
}

/// A saved value as the form's text: strings and numbers as they are, lists one per line.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "Y" } else { "N" }.to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join("\n"),
        Value::Object(_) => value.to_string(),
    }
}

/// The form's fields (by property id), with their saved (or default) values.
pub fn fields(settings: &RobotSettings) -> Vec<RobotField> {
    settings
        .properties
        .values()
        .map(|p| {
            let saved = settings.current_values.get(&p.id).unwrap_or(&p.default);
            RobotField {
                id: p.id.clone(),
                name: if p.name.is_empty() {
                    p.id.clone()
                } else {
                    p.name.clone()
                },
                description: p.description.clone(),
                kind: kind_of(p),
                required: p.required,
                multiple: p.multiple,
                value: shown(saved),
            }
        })
        .collect()
}

fn one(kind: &FieldKind, raw: &str) -> Result<Value, ValueProblem> {
    let raw = raw.trim();
    match kind {
        FieldKind::Text | FieldKind::LongText => Ok(Value::String(raw.to_owned())),
        FieldKind::Integer => raw
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| ValueProblem::NotInteger),
        FieldKind::Number => raw
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or(ValueProblem::NotNumber),
        FieldKind::Flag => match raw {
            "Y" | "N" => Ok(Value::String(raw.to_owned())),
            _ => Err(ValueProblem::NotAnOption),
        },
        FieldKind::Choice(options) => options
            .iter()
            .any(|(v, _)| v == raw)
            .then(|| Value::String(raw.to_owned()))
            .ok_or(ValueProblem::NotAnOption),
        FieldKind::Date => crate::format::Timestamp::parse(raw)
            .filter(|_| raw.len() == 10)
            .map(|_| Value::String(raw.to_owned()))
            .ok_or(ValueProblem::NotDate),
    }
}

impl RobotField {
    /// Checks `raw` (several values one per line when the field is multiple) and returns the
    /// `setPropertyValue` argument `{<id>: value | [values]}`.
    pub fn change(&self, raw: &str) -> Result<Value, ValueProblem> {
        let values: Vec<&str> = if self.multiple {
            raw.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect()
        } else {
            vec![raw.trim()]
        };
        let empty = values.iter().all(|v| v.is_empty());
        if empty && self.required {
            return Err(ValueProblem::Required);
        }
        let value = if empty {
            if self.multiple {
                Value::Array(Vec::new())
            } else {
                Value::String(String::new())
            }
        } else if self.multiple {
            Value::Array(
                values
                    .iter()
                    .map(|v| one(&self.kind, v))
                    .collect::<Result<_, _>>()?,
            )
        } else {
            one(&self.kind, values[0])?
        };
        let mut out = Map::new();
        out.insert(self.id.clone(), value);
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn settings() -> RobotSettings {
        let opts = json!({
            "code": "robot", "activity_name": "A1",
            "properties": {
                "subject": {"Id": "subject", "Type": "string", "Name": "Subject", "Required": true},
                "count": {"Id": "count", "Type": "int", "Name": "How many"},
                "channel": {"Id": "channel", "Type": "select", "Name": "Channel", "Options": {"sms": "SMS", "mail": "E-mail"}},
                "emails": {"Id": "emails", "Type": "string", "Name": "E-mails", "Multiple": true},
                "urgent": {"Id": "urgent", "Type": "bool", "Name": "Urgent", "Default": "N"}
            },
            "current_values": {"subject": "Hello", "emails": ["a@x.test", "b@x.test"]},
            "document_type": ["crm", "CCrmDocumentDeal", "DEAL"], "document_fields": {}
        });
        match placement::parse(Some("BIZPROC_ACTIVITY_PROPERTIES_DIALOG"), &opts)
            .unwrap()
            .placement
        {
            placement::Placement::RobotSettings(s) => s,
            other => panic!("{other:?}"),
        }
    }

    fn field<'a>(all: &'a [RobotField], id: &str) -> &'a RobotField {
        all.iter().find(|f| f.id == id).unwrap()
    }

    #[test]
    fn fields_carry_saved_values_defaults_and_options() {
        let all = fields(&settings());
        assert_eq!(field(&all, "subject").value, "Hello");
        assert_eq!(field(&all, "emails").value, "a@x.test\nb@x.test");
        assert_eq!(field(&all, "urgent").value, "N");
        assert_eq!(field(&all, "count").kind, FieldKind::Integer);
        assert_eq!(
            field(&all, "channel").kind,
            FieldKind::Choice(vec![
                ("sms".into(), "SMS".into()),
                ("mail".into(), "E-mail".into())
            ])
        );
    }

    #[test]
    fn changes_are_checked_and_shaped_for_set_property_value() {
        let all = fields(&settings());
        assert_eq!(
            field(&all, "subject").change(" "),
            Err(ValueProblem::Required)
        );
        assert_eq!(
            field(&all, "subject").change(" Hi "),
            Ok(json!({"subject": "Hi"}))
        );
        assert_eq!(
            field(&all, "count").change("2.5"),
            Err(ValueProblem::NotInteger)
        );
        assert_eq!(field(&all, "count").change("12"), Ok(json!({"count": 12})));
        assert_eq!(field(&all, "count").change(""), Ok(json!({"count": ""})));
        assert_eq!(
            field(&all, "channel").change("fax"),
            Err(ValueProblem::NotAnOption)
        );
        assert_eq!(
            field(&all, "emails").change("a@x.test\n\n c@x.test "),
            Ok(json!({"emails": ["a@x.test", "c@x.test"]}))
        );
        assert_eq!(
            field(&all, "urgent").change("Y"),
            Ok(json!({"urgent": "Y"}))
        );
    }
}
