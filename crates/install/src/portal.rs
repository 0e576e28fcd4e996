//! What a portal already holds for the app, read before planning so that nothing is bound twice:
//! the bindings `placement.get` lists, the field types `userfieldtype.list` lists, the connectors
//! `imconnector.list` lists, the smart processes `crm.type.list` lists, and what the app recorded in its
//! own options for the registrations the portal cannot list (`landing.repo.bind`).
//!
//! Every answer is read leniently (ids as numbers or text, `[]` for an empty object), so an odd field
//! costs one entry, never the wizard.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// One binding as `placement.get` lists it: `{placement, userId, handler, options, title, description,
/// langAll}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Binding {
    /// The placement code, as the portal stores it (upper case).
    pub placement: String,
    /// The user a per-user binding belongs to; `0` for a binding for everyone.
    #[serde(rename = "userId", default, deserialize_with = "lenient_count")]
    pub user_id: u64,
    /// The handler URL the portal loads.
    #[serde(default)]
    pub handler: String,
    /// The title the portal shows.
    #[serde(default)]
    pub title: String,
}

impl Binding {
    /// Whether this binding is `code` (case-insensitive) for everyone at `handler`.
    pub fn is(&self, code: &str, handler: &str) -> bool {
        self.user_id == 0 && self.placement.eq_ignore_ascii_case(code) && self.handler == handler
    }
}

/// A smart process (`crm.type.list`): the `<id>` of the `CRM_DYNAMIC_<id>_*` families.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SmartProcess {
    /// The process's `entityTypeId` (128 and up on real portals).
    #[serde(rename = "entityTypeId", deserialize_with = "lenient_id")]
    pub entity_type_id: u64,
    /// Its name as the portal shows it.
    #[serde(default)]
    pub title: String,
}

/// One custom field type as `userfieldtype.list` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct UserFieldType {
    /// The `USER_TYPE_ID` given to `userfieldtype.add`.
    #[serde(rename = "USER_TYPE_ID", default)]
    pub user_type_id: String,
    /// The handler URL the field's frame loads.
    #[serde(rename = "HANDLER", default)]
    pub handler: String,
}

/// Everything the plan needs to know about the portal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PortalState {
    /// `placement.get`.
    pub bindings: Vec<Binding>,
    /// `userfieldtype.list`.
    pub user_field_types: Vec<UserFieldType>,
    /// The ids `imconnector.list` lists.
    pub connectors: Vec<String>,
    /// `crm.type.list` (`result.types`).
    pub smart_processes: Vec<SmartProcess>,
    /// Site placements the app registered with `landing.repo.bind`, as it recorded them in its app
    /// options ([`crate::LANDING_OPTION`]): the portal has no method that lists them.
    pub landing: Vec<String>,
}

impl PortalState {
    /// Reads the answers of `placement.get`, `userfieldtype.list`, `imconnector.list`, `crm.type.list`
    /// and the recorded landing codes. Entries that do not fit are skipped; an answer of the wrong
    /// shape reads as empty.
    pub fn from_answers(
        placement_get: &Value,
        userfieldtype_list: &Value,
        imconnector_list: &Value,
        crm_type_list: &Value,
        landing_recorded: &Value,
    ) -> Self {
        Self {
            bindings: entries(placement_get),
            user_field_types: entries(userfieldtype_list),
            connectors: connector_ids(imconnector_list),
            smart_processes: entries(crm_type_list.get("types").unwrap_or(crm_type_list)),
            landing: recorded_codes(landing_recorded),
        }
    }

    /// Whether `code` is registered for everyone at `handler`, whichever way it is registered.
    pub fn has(&self, code: &str, handler: &str) -> bool {
        match code {
            "USERFIELD_TYPE" => self
                .user_field_types
                .iter()
                .any(|t| t.user_type_id == crate::offer::USER_FIELD_TYPE_ID),
            "SETTING_CONNECTOR" => self
                .connectors
                .iter()
                .any(|c| c == crate::offer::CONNECTOR_ID),
            _ if code.starts_with("LANDING_") => {
                self.landing.iter().any(|c| c.eq_ignore_ascii_case(code))
            }
            _ => self.bindings.iter().any(|b| b.is(code, handler)),
        }
    }

    /// Every code the app has registered (any handler, everyone), upper case, sorted, without
    /// duplicates: what the settings page shows as bound.
    pub fn registered_codes(&self) -> Vec<String> {
        let mut codes: Vec<String> = self
            .bindings
            .iter()
            .filter(|b| b.user_id == 0)
            .map(|b| b.placement.to_ascii_uppercase())
            .chain(self.landing.iter().map(|c| c.to_ascii_uppercase()))
            .collect();
        if self.has("USERFIELD_TYPE", "") {
            codes.push("USERFIELD_TYPE".to_owned());
        }
        if self.has("SETTING_CONNECTOR", "") {
            codes.push("SETTING_CONNECTOR".to_owned());
        }
        codes.sort();
        codes.dedup();
        codes
    }
}

/// The items of a list answer that deserialise as `T` (an object answer counts by its values, as PHP
/// arrays with keys arrive).
fn entries<T: for<'de> Deserialize<'de>>(answer: &Value) -> Vec<T> {
    let items: Vec<&Value> = match answer {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => map.values().collect(),
        _ => Vec::new(),
    };
    items
        .into_iter()
        .filter_map(|item| T::deserialize(item).ok())
        .collect()
}

/// `imconnector.list` answers `{ID: NAME, ...}` (or a list of ids on some versions).
fn connector_ids(answer: &Value) -> Vec<String> {
    match answer {
        Value::Object(map) => map.keys().cloned().collect(),
        Value::Array(items) => items
            .iter()
            .filter_map(|v| protocol::lenient::text(Some(v)))
            .collect(),
        _ => Vec::new(),
    }
}

/// The landing codes the app recorded: a list of codes (the app option is stored as JSON text by
/// some portals, so text holding a JSON list is read too).
fn recorded_codes(recorded: &Value) -> Vec<String> {
    match recorded {
        Value::String(text) => serde_json::from_str::<Value>(text)
            .map(|v| recorded_codes(&v))
            .unwrap_or_default(),
        Value::Array(items) => items
            .iter()
            .filter_map(|v| protocol::lenient::text(Some(v)))
            .collect(),
        _ => Vec::new(),
    }
}

/// A `u64` read with [`protocol::lenient::count`]; `0` when absent or odd.
fn lenient_count<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let value = Value::deserialize(d)?;
    Ok(protocol::lenient::count(Some(&value)).unwrap_or(0))
}

/// A positive id read with [`protocol::lenient::id`]; an entry without one does not deserialise.
fn lenient_id<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    let value = Value::deserialize(d)?;
    protocol::lenient::id(Some(&value))
        .ok_or_else(|| serde::de::Error::custom(format!("not an id: {value}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn answers_are_read_leniently_and_odd_entries_skipped() {
        let state = PortalState::from_answers(
            &json!([
                {"placement": "CRM_DEAL_DETAIL_TAB", "userId": "0", "handler": "https://a.example/app/",
                 "options": [], "title": "Deal", "description": "", "langAll": []},
                {"placement": "PAGE_BACKGROUND_WORKER", "userId": 7, "handler": "https://a.example/app/"},
                "not a binding"
            ]),
            &json!([{"USER_TYPE_ID": "rating", "HANDLER": "https://a.example/app/", "TITLE": "Rating"}]),
            &json!({"b24_widgets": "Widgets", "telegrambot": "Telegram"}),
            &json!({"types": [{"entityTypeId": "183", "title": "Projects"}, {"entityTypeId": 0, "title": "broken"}]}),
            &json!("[\"LANDING_SETTINGS\"]"),
        );
        assert_eq!(state.bindings.len(), 2);
        assert_eq!(state.bindings[1].user_id, 7);
        assert_eq!(
            state.smart_processes,
            vec![SmartProcess {
                entity_type_id: 183,
                title: "Projects".into()
            }]
        );
        let handler = "https://a.example/app/";
        assert!(state.has("CRM_DEAL_DETAIL_TAB", handler));
        assert!(
            state.has("crm_deal_detail_tab", handler),
            "codes compare case-insensitively"
        );
        assert!(!state.has("CRM_DEAL_DETAIL_TAB", "https://b.example/app/"));
        assert!(
            !state.has("PAGE_BACKGROUND_WORKER", handler),
            "a per-user binding is not the binding for everyone"
        );
        assert!(state.has("USERFIELD_TYPE", handler));
        assert!(state.has("SETTING_CONNECTOR", handler));
        assert!(state.has("LANDING_SETTINGS", handler));
        assert!(!state.has("LANDING_BLOCK_*", handler));
        assert_eq!(
            state.registered_codes(),
            [
                "CRM_DEAL_DETAIL_TAB",
                "LANDING_SETTINGS",
                "SETTING_CONNECTOR",
                "USERFIELD_TYPE"
            ]
        );
    }

    #[test]
    fn wrong_shapes_read_as_nothing() {
        let state = PortalState::from_answers(
            &json!(null),
            &json!("x"),
            &json!(3),
            &json!({"types": {}}),
            &json!("not json"),
        );
        assert_eq!(state, PortalState::default());
    }
}
