//! The call card's live events as typed payloads (`CALL_CARD` placement, `CallCard::EntityChanged`):
//! the portal hands the event's argument over the frame as JSON, read here like a REST answer.

use placement::{CrmEntityType, CrmRef, EntityId};
use rest::de;
use serde::Deserialize;
use serde_json::{json, Value};

/// `crm.activity.todo.add` parameters for a call note on the element the call is bound to: the note
/// is the description, `deadline` (ISO date-time, required by the method) is when it was written, so
/// the to-do shows in the element's timeline at the call. The responsible person is the portal's
/// default: the user who writes it.
pub fn note_params(target: CrmRef, title: &str, note: &str, deadline: &str) -> Value {
    json!({
        "ownerTypeId": target.entity.entity_type_id().0,
        "ownerId": target.id.0,
        "deadline": deadline,
        "title": title,
        "description": note.trim(),
    })
}

/// The payload of `CallCard::EntityChanged`: `{PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct EntityChanged {
    /// `PHONE_NUMBER`: the number on the line.
    #[serde(deserialize_with = "de::text")]
    pub phone_number: Option<String>,
    /// `CRM_ENTITY_TYPE`: `CONTACT`, `COMPANY`, `LEAD`, `DEAL`, `DYNAMIC_<id>`...
    #[serde(deserialize_with = "de::text")]
    pub crm_entity_type: Option<String>,
    /// `CRM_ENTITY_ID`: `0` (read as `None`) when the call is now unbound.
    #[serde(deserialize_with = "de::id")]
    pub crm_entity_id: Option<u64>,
}

impl EntityChanged {
    /// Reads the event's argument; `None` when it is not an object.
    pub fn from_payload(payload: &Value) -> Option<Self> {
        payload
            .is_object()
            .then(|| serde_json::from_value(payload.clone()).ok())
            .flatten()
    }

    /// The element the call is now bound to; `None` when unbound or of an unknown type.
    pub fn target(&self) -> Option<CrmRef> {
        Some(CrmRef {
            entity: CrmEntityType::from_code_name(self.crm_entity_type.as_deref()?)?,
            id: EntityId(self.crm_entity_id?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_note_is_a_todo_on_the_bound_element() {
        let deal = CrmRef {
            entity: CrmEntityType::Deal,
            id: EntityId(25),
        };
        assert_eq!(
            note_params(
                deal,
                "Call note",
                "  wants a callback \n",
                "2026-11-24T10:00:00Z"
            ),
            json!({"ownerTypeId": 2, "ownerId": 25, "deadline": "2026-11-24T10:00:00Z", "title": "Call note", "description": "wants a callback"})
        );
    }

    #[test]
    fn entity_changed_payloads() {
        let bound = EntityChanged::from_payload(
            &json!({"PHONE_NUMBER": "+1", "CRM_ENTITY_TYPE": "CONTACT", "CRM_ENTITY_ID": "3"}),
        )
        .unwrap();
        assert_eq!(bound.phone_number.as_deref(), Some("+1"));
        assert_eq!(
            bound.target(),
            Some(CrmRef {
                entity: CrmEntityType::Contact,
                id: EntityId(3)
            })
        );
        let unbound =
            EntityChanged::from_payload(&json!({"CRM_ENTITY_TYPE": "CONTACT", "CRM_ENTITY_ID": 0}));
        assert_eq!(unbound.and_then(|e| e.target()), None);
        let unknown =
            EntityChanged::from_payload(&json!({"CRM_ENTITY_TYPE": "NOPE", "CRM_ENTITY_ID": 3}));
        assert_eq!(unknown.and_then(|e| e.target()), None);
        assert_eq!(EntityChanged::from_payload(&json!("Connected")), None);
    }
}
