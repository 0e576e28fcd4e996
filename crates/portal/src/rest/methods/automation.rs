//! The app's CRM automation triggers (`crm.automation.trigger.add/list/delete/execute`, scope `crm`):
//! a trigger the app registers shows up in the automation designer's trigger list, where an
//! administrator places it on a stage; firing it on an element moves the element to that stage.
//!
//! Public docs: <https://apidocs.bitrix24.com/api-reference/crm/automation/triggers/index.html>.
//! The emulator has no designer, so nothing places a trigger on a stage: `execute` checks what the
//! portal checks (a registered code, an existing element of a type with automation) and records the
//! run in [`crate::store::app::AppData::trigger_runs`], which the tests read as the portal-side
//! effect. The docs give no error code for an unknown trigger or element; the emulator answers
//! `ERROR_NOT_FOUND` for both, and `ERROR_ARGUMENT` for a malformed parameter.

use super::Ctx;
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, Params};
use crate::store::crm::{DEAL, LEAD, QUOTE, SMART_INVOICE};
use serde_json::{json, Value};

/// The documented mask of a trigger code: `[a-z0-9.\-_]`, not empty.
fn code(p: &Params) -> Result<String, RestError> {
    p.text("CODE")
        .filter(|c| {
            !c.is_empty()
                && c.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'_')
                })
        })
        .ok_or_else(|| RestError::bad_request("ERROR_ARGUMENT", "Incorrect trigger code"))
}

/// `crm.automation.trigger.add {CODE, NAME}` → `true`. A code the app registered already gets the
/// new name (documented).
pub fn add(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let code = code(p)?;
    let name = p
        .text("NAME")
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| RestError::bad_request("ERROR_ARGUMENT", "Empty trigger name"))?;
    let mut d = ctx.state.store.write();
    match d
        .app
        .automation_triggers
        .iter_mut()
        .find(|t| t["CODE"] == code.as_str())
    {
        Some(existing) => existing["NAME"] = json!(name),
        None => d
            .app
            .automation_triggers
            .push(json!({"NAME": name, "CODE": code})),
    }
    Ok(Success::plain(Value::Bool(true)))
}

/// `crm.automation.trigger.list` → the app's triggers, `[{NAME, CODE}]`.
pub fn list(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    Ok(Success::plain(Value::Array(
        d.app.automation_triggers.clone(),
    )))
}

/// `crm.automation.trigger.delete {CODE}` → `true`.
pub fn delete(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let code = code(p)?;
    let mut d = ctx.state.store.write();
    let before = d.app.automation_triggers.len();
    d.app
        .automation_triggers
        .retain(|t| t["CODE"] != code.as_str());
    if d.app.automation_triggers.len() == before {
        return Err(RestError::bad_request(
            "ERROR_NOT_FOUND",
            "Trigger not found",
        ));
    }
    Ok(Success::plain(Value::Bool(true)))
}

/// Whether automation runs on elements of `entity_type_id`: leads and deals (the documented
/// `OWNER_TYPE_ID` values), quotes, smart invoices and smart processes (automation exists there on
/// portals today; the trigger docs predate them, so this is the emulator's reading).
fn has_automation(d: &crate::store::Data, entity_type_id: u32) -> bool {
    matches!(entity_type_id, LEAD | DEAL | QUOTE | SMART_INVOICE)
        || d.crm
            .types
            .iter()
            .any(|t| t.entity_type_id == entity_type_id)
}

/// `crm.automation.trigger.execute {CODE, OWNER_TYPE_ID, OWNER_ID}` → `true`, recorded as a run.
pub fn execute(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let code = code(p)?;
    let owner_type = p
        .get("OWNER_TYPE_ID")
        .and_then(as_id)
        .and_then(|t| u32::try_from(t).ok())
        .filter(|t| *t > 0);
    let owner_id = p.get("OWNER_ID").and_then(as_id).filter(|id| *id > 0);
    let (Some(owner_type), Some(owner_id)) = (owner_type, owner_id) else {
        return Err(RestError::bad_request(
            "ERROR_ARGUMENT",
            "OWNER_TYPE_ID and OWNER_ID are required",
        ));
    };
    let mut d = ctx.state.store.write();
    if !d
        .app
        .automation_triggers
        .iter()
        .any(|t| t["CODE"] == code.as_str())
    {
        return Err(RestError::bad_request(
            "ERROR_NOT_FOUND",
            "Trigger not found",
        ));
    }
    if !has_automation(&d, owner_type) || d.crm.get(owner_type, owner_id).is_none() {
        return Err(RestError::bad_request(
            "ERROR_NOT_FOUND",
            "Target not found",
        ));
    }
    d.app.trigger_runs.push(json!({
        "CODE": code,
        "OWNER_TYPE_ID": owner_type,
        "OWNER_ID": owner_id,
    }));
    Ok(Success::plain(Value::Bool(true)))
}
