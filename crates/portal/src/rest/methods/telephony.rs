//! Telephony (scope `telephony`): `telephony.externalcall.register` (an external call; the card the
//! portal raises for it), `telephony.externalcall.finish` (into the statistics, with a CRM call
//! activity on the bound element; a call can be finished once) and `voximplant.statistic.get` (the
//! call log, filtered and paged like other lists), as
//! <https://apidocs.bitrix24.com/api-reference/telephony/index.html> shows them.

use super::{date, page_success, s, Ctx};
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, Params};
use crate::rest::query::{run, ListQuery, ListSpec};
use crate::store::crm::Activity;
use crate::store::telephony::Call;
use crate::store::time::{now_secs, parse as parse_date};
use crate::store::Data;
use serde_json::{json, Map, Value};

fn core_error(text: &str) -> RestError {
    RestError::bad_request("ERROR_CORE", text)
}

/// `USER_ID`, or the user whose inner number (`100 + id` in the demo) is `USER_PHONE_INNER`.
fn user_of(d: &Data, p: &Params) -> Result<u64, RestError> {
    let id = match (p.get("USER_ID").and_then(as_id), p.text("USER_PHONE_INNER")) {
        (Some(id), _) => id,
        (None, Some(inner)) => inner
            .trim()
            .parse::<u64>()
            .ok()
            .and_then(|n| n.checked_sub(100))
            .unwrap_or(0),
        (None, None) => return Err(core_error("USER_ID or USER_PHONE_INNER should be set")),
    };
    d.user(id)
        .filter(|u| u.active)
        .map(|u| u.id)
        .ok_or_else(|| core_error("User is not found or is not active"))
}

/// The entity type id of a `CRM_ENTITY_TYPE` code the telephony methods accept.
fn crm_type_id(code: &str) -> Option<u32> {
    Some(match code.to_ascii_uppercase().as_str() {
        "LEAD" => 1,
        "DEAL" => 2,
        "CONTACT" => 3,
        "COMPANY" => 4,
        _ => return None,
    })
}

/// `telephony.externalcall.register {USER_ID | USER_PHONE_INNER, PHONE_NUMBER*, TYPE* (1-5),
/// CALL_START_DATE, CRM_ENTITY_TYPE, CRM_ENTITY_ID, LINE_NUMBER, SHOW}` → `{CALL_ID, CRM_CREATED_LEAD,
/// CRM_CREATED_ENTITIES, CRM_ENTITY_TYPE, CRM_ENTITY_ID}`. Without a CRM element the call is bound to
/// the contact with that number when there is one (here: none; the call stays unbound).
pub fn external_call_register(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let mut d = ctx.state.store.write();
    let user = user_of(&d, p)?;
    let phone = p
        .text("PHONE_NUMBER")
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| core_error("PHONE_NUMBER should be set"))?;
    let call_type = p
        .get("TYPE")
        .and_then(as_id)
        .filter(|t| (1..=5).contains(t))
        .ok_or_else(|| core_error("TYPE should be 1, 2, 3, 4 or 5"))? as u32;
    let start = match p.text("CALL_START_DATE") {
        Some(t) if !t.trim().is_empty() => {
            parse_date(&t).ok_or_else(|| core_error("CALL_START_DATE is not a date"))?
        }
        _ => now_secs(),
    };
    let (entity_type, entity_id) = match (
        p.text("CRM_ENTITY_TYPE"),
        p.get("CRM_ENTITY_ID").and_then(as_id),
    ) {
        (Some(t), Some(id))
            if crm_type_id(&t).is_some_and(|tid| d.crm.of(tid).iter().any(|r| r.id == id)) =>
        {
            (t.to_ascii_uppercase(), id)
        }
        _ => (String::new(), 0),
    };
    let id = d.telephony.calls.iter().map(|c| c.id).max().unwrap_or(0) + 1;
    let call_id = format!(
        "externalCall.{:032x}.{start}",
        u128::from(id) * 0x9e37_79b9_7f4a_7c15
    );
    d.telephony.calls.push(Call {
        id,
        call_id: call_id.clone(),
        user_id: user,
        phone,
        line: p.text("LINE_NUMBER").unwrap_or_default(),
        call_type,
        start,
        duration: 0,
        failed_code: String::new(),
        crm_entity_type: entity_type.clone(),
        crm_entity_id: entity_id,
        crm_activity_id: 0,
        open: true,
        finishes: 0,
    });
    Ok(Success::plain(json!({
        "CALL_ID": call_id,
        "CRM_CREATED_LEAD": null,
        "CRM_CREATED_ENTITIES": [],
        "CRM_ENTITY_TYPE": entity_type,
        "CRM_ENTITY_ID": entity_id,
    })))
}

fn call_row(c: &Call) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("ID".into(), s(c.id.to_string()));
    m.insert("CALL_ID".into(), s(&c.call_id));
    m.insert("PORTAL_USER_ID".into(), s(c.user_id.to_string()));
    m.insert("PORTAL_NUMBER".into(), s(&c.line));
    m.insert("PHONE_NUMBER".into(), s(&c.phone));
    m.insert("CALL_TYPE".into(), s(c.call_type.to_string()));
    m.insert("CALL_DURATION".into(), s(c.duration.to_string()));
    m.insert("CALL_START_DATE".into(), date(Some(c.start)));
    m.insert("CALL_FAILED_CODE".into(), s(&c.failed_code));
    m.insert(
        "CALL_FAILED_REASON".into(),
        s(if c.failed_code == "200" {
            ""
        } else {
            "Missed call"
        }),
    );
    m.insert("CALL_VOTE".into(), s("0"));
    m.insert("COST".into(), s("0.0000"));
    m.insert("COST_CURRENCY".into(), s("EUR"));
    m.insert("CRM_ENTITY_TYPE".into(), s(&c.crm_entity_type));
    m.insert("CRM_ENTITY_ID".into(), s(c.crm_entity_id.to_string()));
    m.insert("CRM_ACTIVITY_ID".into(), s(c.crm_activity_id.to_string()));
    m.insert("REST_APP_ID".into(), Value::Null);
    m.insert("COMMENT".into(), Value::Null);
    m
}

/// `telephony.externalcall.finish {CALL_ID*, USER_ID | USER_PHONE_INNER, DURATION, STATUS_CODE,
/// FAILED_REASON, VOTE}` → the statistics row. Adds a call activity to the bound CRM element. A call
/// that is not registered (or already finished) is `ERROR_CORE`, as on a portal.
pub fn external_call_finish(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let call_id = match p.get("CALL_ID") {
        Some(Value::String(id)) if !id.trim().is_empty() => id.trim().to_owned(),
        _ => {
            return Err(RestError::bad_request(
                "INVALID_ARGUMENT",
                "CALL_ID must be a string",
            ))
        }
    };
    let mut d = ctx.state.store.write();
    let user = user_of(&d, p)?;
    let duration = p.get("DURATION").and_then(as_id).unwrap_or(0);
    let code = p
        .text("STATUS_CODE")
        .filter(|c| !c.trim().is_empty())
        .unwrap_or_else(|| {
            if duration > 0 {
                "200".into()
            } else {
                "304".into()
            }
        });
    let Some(call) = d
        .telephony
        .calls
        .iter()
        .find(|c| c.call_id == call_id && c.open)
        .cloned()
    else {
        return Err(core_error(
            "Call is not found (call should be registered prior to finishing)",
        ));
    };
    let mut activity_id = 0;
    if let Some(tid) = crm_type_id(&call.crm_entity_type).filter(|_| call.crm_entity_id > 0) {
        let now = now_secs();
        activity_id = d.crm.activities.iter().map(|a| a.id).max().unwrap_or(0) + 1;
        d.crm.activities.push(Activity {
            id: activity_id,
            owner_type_id: tid,
            owner_id: call.crm_entity_id,
            type_id: 2,
            provider_id: "VOXIMPLANT_CALL",
            provider_type_id: "CALL",
            subject: format!(
                "{} {}",
                if call.call_type == 1 {
                    "Outgoing call to"
                } else {
                    "Incoming call from"
                },
                call.phone
            ),
            description: String::new(),
            start: call.start,
            end: call.start + duration as i64,
            deadline: call.start + duration as i64,
            completed: true,
            responsible_id: user,
            direction: if call.call_type == 1 { 2 } else { 1 },
            priority: 2,
            created: now,
            updated: now,
        });
    }
    let Some(stored) = d.telephony.call_mut(&call_id) else {
        return Err(core_error("Unexpected database error"));
    };
    stored.open = false;
    stored.finishes += 1;
    stored.duration = duration;
    stored.failed_code = code;
    stored.user_id = user;
    stored.crm_activity_id = activity_id;
    let row = call_row(stored);
    let mut result = row;
    result.insert(
        "CALL_STATUS".into(),
        json!(u8::from(result["CALL_FAILED_CODE"] == "200")),
    );
    result.insert("INCOMING".into(), result["CALL_TYPE"].clone());
    Ok(Success::plain(Value::Object(result)))
}

/// `voximplant.statistic.get {FILTER, SORT, ORDER, start}`: the call log (registered calls that are
/// still open are not in it), 50 per page.
pub fn statistic_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d
        .telephony
        .calls
        .iter()
        .filter(|c| !c.open)
        .map(call_row)
        .collect();
    let mut query = ListQuery::from_params(p);
    // This method names its sort `SORT` + `ORDER` instead of `order`.
    if let Some(field) = p.text("SORT") {
        let desc = p
            .text("ORDER")
            .is_some_and(|o| o.eq_ignore_ascii_case("desc"));
        query.order = vec![(field.to_ascii_uppercase(), desc)];
    }
    Ok(page_success(
        run(&ListSpec::simple("ID", &[("ID", false)]), &query, rows),
        None,
    ))
}
