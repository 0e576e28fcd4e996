//! `CALL_CARD`: the telephony call card tab. Every value arrives as a string (`"false"`, `"undefined"`,
//! `"17"`); `CRM_BINDINGS` is nested JSON, possibly itself encoded as a string.

use super::crm::crm_type_from_value;
use super::fields::{as_id, decoded_json, Fields, Read};
use crate::crm::CrmRef;
use crate::ids::{ActivityId, EntityId};
use crate::model::{CallContext, CallDirection, CallState};
use serde_json::Value;

/// Parses the call card options.
pub(crate) fn call_context(f: &Fields) -> Read<CallContext> {
    Ok(CallContext {
        call_id: f.text("CALL_ID")?,
        phone: f
            .opt_text("PHONE_NUMBER")?
            .filter(|p| !p.eq_ignore_ascii_case("hidden")),
        line_number: f.opt_text("LINE_NUMBER")?,
        line_name: f.opt_text("LINE_NAME")?,
        crm: bound_element(f)?,
        bindings: f.present("CRM_BINDINGS").map(bindings).unwrap_or_default(),
        activity: f
            .opt_id(&["CRM_ACTIVITY_ID"])?
            .filter(|&id| id != 0)
            .map(ActivityId),
        direction: direction(f)?,
        state: state(f),
        call_list_mode: f.flag("CALL_LIST_MODE")?,
    })
}

/// `CRM_ENTITY_TYPE` (symbolic, `COMPANY`) + `CRM_ENTITY_ID` (`0` = unbound). A type that names no CRM
/// type is an error; an id without a type cannot be typed and is dropped.
fn bound_element(f: &Fields) -> Read<Option<CrmRef>> {
    let entity = f
        .present("CRM_ENTITY_TYPE")
        .map(|v| {
            crm_type_from_value(v)
                .ok_or_else(|| f.invalid("CRM_ENTITY_TYPE", v, "a CRM type name such as DEAL"))
        })
        .transpose()?;
    let id = f.opt_id(&["CRM_ENTITY_ID"])?;
    Ok(entity.zip(id).map(|(entity, id)| CrmRef {
        entity,
        id: EntityId(id),
    }))
}

/// `CRM_BINDINGS`: `[{ENTITY_TYPE, ENTITY_ID}, ...]`, also as a JSON string or a PHP-style object keyed
/// by index. Entries that are not usable references are skipped: a call card must still open.
fn bindings(value: &Value) -> Vec<CrmRef> {
    let entries = match decoded_json(value) {
        Some(Value::Array(items)) => items,
        Some(Value::Object(map)) => map.into_iter().map(|(_, v)| v).collect(),
        _ => return Vec::new(),
    };
    entries.iter().filter_map(binding).collect()
}

fn binding(entry: &Value) -> Option<CrmRef> {
    let entity = entry
        .get("ENTITY_TYPE")
        .or_else(|| entry.get("ENTITY_TYPE_ID"))
        .and_then(crm_type_from_value)?;
    let id = entry
        .get("ENTITY_ID")
        .and_then(as_id)
        .filter(|&id| id != 0)?;
    Some(CrmRef {
        entity,
        id: EntityId(id),
    })
}

/// `CALL_DIRECTION` (required): `incoming`, `outgoing` or `callback`, any case.
fn direction(f: &Fields) -> Read<CallDirection> {
    let value = f
        .present("CALL_DIRECTION")
        .ok_or_else(|| f.missing("CALL_DIRECTION"))?;
    let direction = match value
        .as_str()
        .map(|s| s.trim().to_ascii_lowercase())
        .as_deref()
    {
        Some("incoming") => CallDirection::Incoming,
        Some("outgoing") => CallDirection::Outgoing,
        Some("callback") => CallDirection::Callback,
        _ => return Err(f.invalid("CALL_DIRECTION", value, "incoming, outgoing or callback")),
    };
    Ok(direction)
}

/// `CALL_STATE` (optional): `idle`, `connecting` or `connected`. The state changes during the call and
/// arrives again through `CallCard::CallStateChanged`, so a state this build does not know is treated
/// as absent instead of failing the whole card (it stays in `raw_options`).
fn state(f: &Fields) -> Option<CallState> {
    match f
        .opt_text("CALL_STATE")
        .ok()??
        .to_ascii_lowercase()
        .as_str()
    {
        "idle" => Some(CallState::Idle),
        "connecting" => Some(CallState::Connecting),
        "connected" => Some(CallState::Connected),
        _ => None,
    }
}
